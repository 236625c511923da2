import type { CompareRequest } from '../../../src-shared/household-schema';
import type { ExplainResult, ExplainYear } from '../../../src-shared/compare-result-schema';
import { ApiError, api as mainProcess, type Api } from '../lib/api';

// The year open on the Explain step, claim by claim: asked of the main process (engine:explain) for the
// comparison on screen, so its figures are the comparison's. A late answer for an earlier choice is
// dropped; a newer choice replaces the older one in the compute pool.

export type YearChoice = 'typical' | 'median' | 'bad' | 'worst';

export class ExplainState {
  result = $state<ExplainResult | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  #seq = 0;
  #key = '';
  readonly #api: Api;

  constructor(api: Api = mainProcess) {
    this.#api = api;
  }

  /** Opens `year` of plan `planId` for the comparison of `request`; does nothing if that is already open. */
  async open(request: CompareRequest, planId: string, year: ExplainYear): Promise<void> {
    const key = JSON.stringify([request, planId, year]);
    if (key === this.#key && (this.result || this.loading)) return;
    this.#key = key;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const answer = await this.#api.call('engine:explain', { request, planId, year });
      if (seq !== this.#seq) return;
      this.result = answer;
      this.error = null;
    } catch (error) {
      if (seq !== this.#seq || (error instanceof ApiError && error.error.code === 'CANCELLED')) return;
      this.result = null;
      this.error = (error as Error).message;
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  clear(): void {
    this.#seq++;
    this.#key = '';
    this.result = null;
    this.loading = false;
    this.error = null;
  }
}
