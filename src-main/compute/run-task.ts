import { ZodError } from 'zod';
import { AppError, type AppErrorShape } from '../../src-shared/result';
import type { CompareTables } from '../../src-shared/tables-schema';
import { zodIssueParts } from '../../src-shared/zod-issues';
import { explainArrangement } from '../compare/arrangements';
import { analyseComparison, explainYear, finishComparison, prepareComparison, simulateChunks, type YearRange } from '../compare';
import { EngineError, priceClaims } from '../engine';
import { claimChunks, rangeBuffers, type Task } from './protocol';

// What a worker does with one task: the compare module's pure functions, with a checkpoint that stops
// the work when the job was cancelled. No thread or message handling here, so it is tested directly.

export class Cancelled extends Error {
  constructor() {
    super('This request was replaced by a newer one or the session ended.');
    this.name = 'Cancelled';
  }
}

export interface TaskContext {
  tables: CompareTables;
  /** Throws Cancelled once the job is cancelled. */
  checkpoint: () => void;
  /** The lead's wait for the other parts' years (resolves with every part but its own). */
  otherParts: () => Promise<YearRange[]>;
}

/** The value to answer with and the buffers to transfer (not copy) with it. */
export interface TaskOutput {
  value: unknown;
  transfer: ArrayBuffer[];
}

export async function runTask(task: Task, tc: TaskContext): Promise<TaskOutput> {
  switch (task.type) {
    case 'compare-part': {
      // A part only simulates: the lead prices the typical year the result shows.
      const prepared = prepareComparison(task.plans, task.request, tc.tables, { simulationOnly: true });
      const ranges = simulateChunks(prepared, claimChunks(task.chunks, prepared.simulation.years), tc.checkpoint);
      return { value: ranges, transfer: rangeBuffers(ranges) };
    }
    case 'compare-lead': {
      const prepared = prepareComparison(task.plans, task.request, tc.tables);
      // The analysis first: meanwhile the other workers take the years' chunks, and the lead joins them.
      const analysis = analyseComparison(prepared, tc.tables, tc.checkpoint);
      const own = simulateChunks(prepared, claimChunks(task.chunks, prepared.simulation.years), tc.checkpoint);
      const others = task.parts > 1 ? await tc.otherParts() : [];
      tc.checkpoint();
      return { value: finishComparison(prepared, tc.tables, [...own, ...others], analysis), transfer: [] };
    }
    case 'explain':
      return { value: explainYear(task.plans, task.request, tc.tables), transfer: [] };
    case 'explain-arrangement':
      return { value: explainArrangement(task.plans, task.request, tc.tables), transfer: [] };
    case 'price':
      return { value: priceClaims(task.plan, task.members, task.claims, { ledger: task.ledger }), transfer: [] };
  }
}

/** Any error as the envelope's error: deliberate ones keep their code; the rest say nothing of internals. */
export function errorShape(error: unknown): AppErrorShape {
  if (error instanceof Cancelled) return { code: 'CANCELLED', message: error.message };
  // With its parts (a catalog key, located problems), so the screen says it in its language.
  if (error instanceof AppError) return error.shape;
  if (error instanceof EngineError) {
    const code = error.code === 'PLAN_INCOMPLETE' ? 'PLAN_INCOMPLETE' : 'PRICING_ERROR';
    // The engine's message already starts with the field it names (EngineError's constructor).
    return { code, message: error.message };
  }
  if (error instanceof ZodError) {
    const parts = zodIssueParts(error);
    return { code: 'INVALID_ARGUMENT', message: parts.issues[0] ?? 'Invalid data.', ...parts };
  }
  console.error('[compute] a task failed:', error);
  return { code: 'INTERNAL', message: 'Something went wrong inside the app. Nothing was changed.' };
}
