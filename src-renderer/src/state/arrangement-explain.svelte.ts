import type { CompareRequest } from '../../../src-shared/household-schema';
import type { ExplainArrangementResult, ExplainYear } from '../../../src-shared/compare-result-schema';
import { ApiError, call } from '../lib/api';

// The arrangement open on the Explain step (who enrolls where, issue 14), claim by claim: asked of the
// main process (engine:explain-arrangement) for the comparison on screen. Compare's "Open claim by claim"
// sets `chosen`; a late answer for an earlier choice is dropped.

export class ArrangementExplainState {
  chosen = $state<string | null>(null);
  result = $state<ExplainArrangementResult | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  #seq = 0;
  #key = '';

  async open(request: CompareRequest, arrangementId: string, year: ExplainYear): Promise<void> {
    const key = JSON.stringify([request, arrangementId, year]);
    if (key === this.#key && (this.result || this.loading)) return;
    this.#key = key;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const answer = await call('engine:explain-arrangement', { request, arrangementId, year });
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

  /** Forgets the arrangement open and its ledger (End session: nothing of one client stays for the next). */
  clear(): void {
    this.#seq++;
    this.#key = '';
    this.chosen = null;
    this.result = null;
    this.loading = false;
    this.error = null;
  }
}

export const arrangementExplain = new ArrangementExplainState();
