// Numbers the requests of one kind so that only the newest one's answer is used: answers can arrive in
// any order (a slow request, then a quick one), and an older answer arriving after a newer one must not
// replace what the newer one showed.

export class LatestRequest {
  #seq = 0;

  /** Starts a request; the function it returns says whether that request is still the newest. */
  begin(): () => boolean {
    const seq = ++this.#seq;
    return () => seq === this.#seq;
  }

  /** Makes every request already started stale (its answer is dropped). */
  cancel(): void {
    this.#seq++;
  }
}
