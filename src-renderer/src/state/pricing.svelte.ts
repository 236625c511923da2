import type { CompareRequest } from '../../../src-shared/household-schema';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { ApiError, call } from '../lib/api';

// Re-prices the household on every edit: no "calculate" button. Edits within DEBOUNCE_MS (a burst of
// stepper clicks) are priced once; a newer request replaces an older one on the main process's compute
// pool (the older answers CANCELLED and is ignored here), and an answer that arrives after a newer edit
// is dropped, so the screen never shows figures for inputs that are no longer on it. The priority is not
// part of what is priced: the result ranks the plans under every priority, so changing it re-ranks on
// screen at once (see rankingFor in lib/result-view.ts).

export const DEBOUNCE_MS = 30;

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
  error = $state<string | null>(null);
  errorIssues = $state<string[]>([]);

  #timer: ReturnType<typeof setTimeout> | null = null;
  #seq = 0;
  #lastKey = '';

  /** Forgets what was last priced, so the next schedule re-prices even an unchanged request (plans changed). */
  invalidate(): void {
    this.#lastKey = '';
  }

  /** Asks for a new price of `request`; null clears the figures (the inputs are not valid yet). */
  schedule(request: CompareRequest | null): void {
    const key = request ? pricingKey(request) : '';
    if (key === this.#lastKey && this.status !== 'error') return;
    this.#lastKey = key;
    const seq = ++this.#seq;
    if (this.#timer) clearTimeout(this.#timer);
    if (!request) {
      this.#timer = null;
      this.status = 'idle';
      return;
    }
    this.status = this.result ? 'waiting' : 'pricing';
    this.#timer = setTimeout(() => void this.#run(request, seq), DEBOUNCE_MS);
  }

  async #run(request: CompareRequest, seq: number): Promise<void> {
    this.#timer = null;
    this.status = 'pricing';
    try {
      const result = await call('engine:compare', request);
      if (seq !== this.#seq) return;
      this.result = result;
      this.resultRequest = request;
      this.status = 'ready';
      this.error = null;
      this.errorIssues = [];
    } catch (error) {
      if (seq !== this.#seq) return;
      if (error instanceof ApiError && error.error.code === 'CANCELLED') {
        // Stopped by End session or another request of this window: nothing to show, price again next time.
        this.status = 'idle';
        this.#lastKey = '';
        return;
      }
      this.status = 'error';
      this.error = (error as Error).message;
      this.errorIssues = error instanceof ApiError ? (error.error.issues ?? []) : [];
    }
  }

  /** True while the figures on screen are for older inputs (a new price is on its way, or the inputs are unfinished). */
  get stale(): boolean {
    return this.result !== null && (this.status === 'waiting' || this.status === 'pricing' || this.status === 'idle');
  }

  clear(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#seq++;
    this.#lastKey = '';
    this.result = null;
    this.resultRequest = null;
    this.status = 'idle';
    this.error = null;
    this.errorIssues = [];
  }
}
