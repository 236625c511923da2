import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { CompareRequest } from '../../src-shared/household-schema';
import type { ExplainArrangementRequest, ExplainRequest } from '../../src-shared/compare-result-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { AppErrorShape } from '../../src-shared/result';
import type { YearRange } from '../compare';

// The messages between the main thread and a compute worker. Values are already parsed and checked at
// the IPC boundary; the worker trusts their types and re-checks nothing.

/**
 * A comparison is split between workers by share of the simulated years: part j simulates years
 * [floor(Y × start), floor(Y × end)) of the Y years the work budget allows (every worker works Y out the
 * same way from the same request). The lead also runs the break-even and sensitivity analysis, then joins
 * the other parts' years and answers with the whole CompareResult.
 */
export type Task =
  | { type: 'compare-lead'; plans: Plan[]; request: CompareRequest; share: [number, number]; parts: number }
  | { type: 'compare-part'; plans: Plan[]; request: CompareRequest; share: [number, number] }
  | { type: 'explain'; plans: Plan[]; request: ExplainRequest }
  | { type: 'explain-arrangement'; plans: Plan[]; request: ExplainArrangementRequest }
  | { type: 'price'; plan: Plan; members: EngineMember[]; claims: Claim[]; ledger: boolean };

export type ToWorker =
  | { kind: 'run'; id: number; task: Task; cancel: SharedArrayBuffer }
  /** Another part's simulated years, for the lead of job `id`. */
  | { kind: 'part'; id: number; range: YearRange }
  | { kind: 'cancel'; id: number };

export type FromWorker = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: AppErrorShape };

/** What the worker needs once, at start. */
export interface WorkerInit {
  appRoot: string;
  /** Set by worker-boot.mjs when the worker runs from TypeScript sources. */
  entry?: string;
}

/** Years [from, to) of `years` for a share [start, end). */
export function shareRange(years: number, [start, end]: [number, number]): { from: number; to: number } {
  return { from: Math.floor(years * start), to: end >= 1 ? years : Math.floor(years * end) };
}

/** A range's arrays, to transfer (not copy) between threads: the plans' years and the arrangements' units'. */
export function rangeBuffers(range: YearRange): ArrayBuffer[] {
  const arrays = [...range.outOfPocket, ...range.notCovered, ...(range.units?.outOfPocket ?? []), ...(range.units?.notCovered ?? [])];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
