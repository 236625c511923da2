import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { CompareRequest } from '../../src-shared/household-schema';
import type { ExplainArrangementRequest, ExplainRequest } from '../../src-shared/compare-result-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { AppErrorShape } from '../../src-shared/result';
import type { YearRange } from '../compare';
import type { TaskMessage } from './plan-refs';

// The messages between the main thread and a compute worker. Values are already parsed and checked at
// the IPC boundary; the worker trusts their types and re-checks nothing.

/**
 * A comparison is shared between workers chunk by chunk: every worker works the Y simulated years out the
 * same way from the same request (the work budget) and takes the next chunk of years from one shared
 * counter (`chunks`, see claimChunks) until none is left. The lead first runs the break-even and
 * sensitivity analysis, then takes chunks too, joins the other parts' years and answers with the whole
 * CompareResult. Fixed shares left one worker waiting for the other by 25–35 ms of a 130 ms comparison:
 * the lead's analysis and the host's speed per thread both vary.
 */
export type Task =
  | { type: 'compare-lead'; plans: Plan[]; request: CompareRequest; chunks: SharedArrayBuffer; parts: number }
  | { type: 'compare-part'; plans: Plan[]; request: CompareRequest; chunks: SharedArrayBuffer }
  | { type: 'explain'; plans: Plan[]; request: ExplainRequest }
  | { type: 'explain-arrangement'; plans: Plan[]; request: ExplainArrangementRequest }
  | { type: 'price'; plan: Plan; members: EngineMember[]; claims: Claim[]; ledger: boolean };

export type ToWorker =
  /** The task with its plans as references (plan-refs.ts: each plan is sent to a worker once). */
  | { kind: 'run'; id: number; task: TaskMessage; cancel: SharedArrayBuffer }
  /** Another part's simulated years (the chunks it took), for the lead of job `id`. */
  | { kind: 'part'; id: number; ranges: YearRange[] }
  | { kind: 'cancel'; id: number };

export type FromWorker = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: AppErrorShape };

/** What the worker needs once, at start. */
export interface WorkerInit {
  appRoot: string;
  /** Set by worker-boot.mjs when the worker runs from TypeScript sources. */
  entry?: string;
}

/**
 * Chunks of about a fortieth of the years (250 of 10,000: 3–4 ms of work), at least 50 years: small
 * enough that the workers finish within a few milliseconds of each other, large enough that taking one
 * costs nothing that shows.
 */
export function chunkYears(years: number): number {
  return Math.max(50, Math.ceil(years / 40));
}

/** The next chunk of `years` from the counter every worker of a job shares, or null when none is left. */
export function claimChunks(chunks: SharedArrayBuffer, years: number): () => readonly [number, number] | null {
  const counter = new Int32Array(chunks);
  const size = chunkYears(years);
  return () => {
    const from = Atomics.add(counter, 0, 1) * size;
    return from < years ? [from, Math.min(years, from + size)] : null;
  };
}

/** Ranges' arrays, to transfer (not copy) between threads: the plans' years and the arrangements' units', each buffer once. */
export function rangeBuffers(ranges: readonly YearRange[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const range of ranges) {
    const arrays = [...range.outOfPocket, ...range.notCovered, ...(range.units?.outOfPocket ?? []), ...(range.units?.notCovered ?? [])];
    for (const a of arrays) buffers.add(a.buffer as ArrayBuffer);
  }
  return [...buffers];
}
