import type { CompareRequest } from '../../../src-shared/household-schema';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { ApiError, api as mainProcess, type Api } from '../lib/api';
import { errorText, errorWords } from '../lib/error-words';

// Re-prices the household on every edit: no "calculate" button. The first edit after a pause is priced
// at once; further edits within DEBOUNCE_MS of the last request sent (a burst of stepper clicks) are
// priced once, at the end of that window, with the inputs as they are then. A newer request replaces an
// older one on the main process's compute pool (the older answers CANCELLED and is ignored here), and an
// answer that arrives after a newer edit is dropped, so the screen never shows figures for inputs that
// are no longer on it. The priority is not
// part of what is priced: the result ranks the plans under every priority, so changing it re-ranks on
// screen at once (see rankingFor in lib/result-view.ts). The last few answers are kept by what decides
// the figures: going back to inputs already priced ("one more visit… no, as it was") shows their figures
// at once, the same figures (the comparison is deterministic for a request); a plan change or End session
// forgets them.

export const DEBOUNCE_MS = 30;

/** How many answers are kept for going back to inputs already priced. */
export const ANSWERS_KEPT = 8;

/** What decides the figures: the request without its priority. */
export function pricingKey(request: CompareRequest): string {
  const { priority: _ignored, ...rest } = request;
  return JSON.stringify(rest);
}

export type PricingStatus = 'idle' | 'waiting' | 'pricing' | 'ready' | 'error';

export class PricingState {
  result = $state<CompareResult | null>(null);
  /** The request the result answers (what the printed report and the CSV say was priced). */
  resultRequest = $state<CompareRequest | null>(null);
  status = $state<PricingStatus>('idle');
  /** What failed (the error thrown), said in the language on screen by `error`. */
  failure = $state<unknown>(null);
  get error(): string | null {
    return this.failure === null ? null : errorText(this.failure).text;
  }
  /** The error could not be said in the language on screen: its English is shown (mark it lang="en"). */
  get errorEnglish(): boolean {
    return this.failure !== null && errorText(this.failure).english;
  }
  /** The error's located problems, in the language on screen. */
  get errorIssues(): string[] {
    return this.failure === null ? [] : errorWords(this.failure).issues.map((i) => i.text);
  }

  /** The burst window opened by the last request sent; while it is open, new edits wait in #pending. */
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: { request: CompareRequest; seq: number } | null = null;
  #seq = 0;
  #lastKey = '';
  /** Answers by pricingKey, oldest first (client data: cleared with everything else by clear()). */
  // A plain Map: nothing on screen reads it, so it need not be reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #answered = new Map<string, CompareResult>();
  /** Bumped when the kept answers are forgotten, so an answer asked for before is not kept after. */
  #generation = 0;
  readonly #api: Api;

  constructor(api: Api = mainProcess) {
    this.#api = api;
  }

  /** Forgets what was last priced, so the next schedule re-prices even an unchanged request (plans changed). */
  invalidate(): void {
    this.#lastKey = '';
    this.#forgetAnswers();
  }

  /** Asks for a new price of `request`; null clears the figures (the inputs are not valid yet). */
  schedule(request: CompareRequest | null): void {
    const key = request ? pricingKey(request) : '';
    if (key === this.#lastKey && this.status !== 'error') return;
    this.#lastKey = key;
    const seq = ++this.#seq;
    if (!request) {
      this.#pending = null;
      this.status = 'idle';
      return;
    }
    const known = this.#answered.get(key);
    if (known) {
      // Already priced: its figures at once; an answer still on its way (seq) is dropped, nothing is sent.
      this.#pending = null;
      this.#show(request, known);
      return;
    }
    this.status = this.result ? 'waiting' : 'pricing';
    if (this.#timer) {
      this.#pending = { request, seq };
      return;
    }
    this.#send(request, seq);
  }

  /** Sends now and opens a burst window; an edit made inside it is sent when it closes. */
  #send(request: CompareRequest, seq: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const next = this.#pending;
      this.#pending = null;
      if (next && next.seq === this.#seq) this.#send(next.request, next.seq);
    }, DEBOUNCE_MS);
    void this.#run(request, seq);
  }

  async #run(request: CompareRequest, seq: number): Promise<void> {
    this.status = 'pricing';
    const generation = this.#generation;
    try {
      const result = await this.#api.call('engine:compare', request);
      // Kept even when newer inputs are on screen (they may come back), unless the answers were forgotten.
      if (generation === this.#generation) this.#keep(pricingKey(request), result);
      if (seq !== this.#seq) return;
      this.#show(request, result);
    } catch (error) {
      if (seq !== this.#seq) return;
      if (error instanceof ApiError && error.error.code === 'CANCELLED') {
        // Stopped by End session or another request of this window: nothing to show, price again next time.
        this.status = 'idle';
        this.#lastKey = '';
        return;
      }
      this.status = 'error';
      this.failure = error;
    }
  }

  #show(request: CompareRequest, result: CompareResult): void {
    this.result = result;
    this.resultRequest = request;
    this.status = 'ready';
    this.failure = null;
  }

  #forgetAnswers(): void {
    this.#answered.clear();
    this.#generation++;
  }

  #keep(key: string, result: CompareResult): void {
    this.#answered.delete(key);
    this.#answered.set(key, result);
    if (this.#answered.size > ANSWERS_KEPT) this.#answered.delete(this.#answered.keys().next().value as string);
  }

  /** True while the figures on screen are for older inputs (a new price is on its way, or the inputs are unfinished). */
  get stale(): boolean {
    return this.result !== null && (this.status === 'waiting' || this.status === 'pricing' || this.status === 'idle');
  }

  clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
    this.#seq++;
    this.#lastKey = '';
    this.#forgetAnswers();
    this.result = null;
    this.resultRequest = null;
    this.status = 'idle';
    this.failure = null;
  }
}
