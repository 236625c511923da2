import type { CompareRequest } from '../../../src-shared/household-schema';
import type { ExplainArrangementResult, ExplainYear } from '../../../src-shared/compare-result-schema';
import { call } from '../lib/api';
import { ExplainedYear } from './explain.svelte';

// The arrangement open on the Explain step (who enrolls where, issue 14), claim by claim: asked of the
// main process (engine:explain-arrangement) for the comparison on screen. Compare's "Open claim by claim"
// sets `chosen`; a late answer for an earlier choice is dropped.

export class ArrangementExplainState extends ExplainedYear<ExplainArrangementResult> {
  chosen = $state<string | null>(null);

  open(request: CompareRequest, arrangementId: string, year: ExplainYear): Promise<void> {
    return this.ask(JSON.stringify([request, arrangementId, year]), () => call('engine:explain-arrangement', { request, arrangementId, year }));
  }

  /** Forgets the arrangement open and its ledger (End session: nothing of one client stays for the next). */
  override clear(): void {
    super.clear();
    this.chosen = null;
  }
}

export const arrangementExplain = new ArrangementExplainState();
