import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareRequestInput } from '../../src-shared/household-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { parseCompareRequest } from '../compare';
import type { ComputePool } from './pool';

// What the compute pool warms up on when the app starts (ComputePool.warmUp): the shipped example family
// of four under up to three complete plans of one plan year from the library — made-up people, nothing of
// any client's. Skipped, silently, when the library has no complete plan or the example cannot be priced.

const PLANS = 3;
/**
 * Comparisons run one after another: the engine's code settles over the first dozen or so. On this
 * machine, a new pool's first 16 took 1861, 355, 311, 174, 166, 171, 176, 160, 137, 146, 141, 143, 126,
 * 127, 154 and 247 ms (the host's speed moves too): after 4 rounds an edit still ran ~20% slower than
 * after 12. About 2 s of both cores at start, given up at the first real request.
 */
const ROUNDS = 12;

/** How a warm-up ended: every round run, cut short by a real job, or not started. */
export type WarmUp = 'done' | 'gave way' | 'skipped';

export function warmUpPool(pool: ComputePool, library: readonly Plan[], appRoot: string): Promise<WarmUp> {
  const complete = library.filter((p) => p.status.complete);
  const first = complete[0];
  if (!first) return Promise.resolve('skipped');
  const plans = complete.filter((p) => p.planYear.start === first.planYear.start && p.program === first.program).slice(0, PLANS);
  try {
    const example = JSON.parse(readFileSync(join(appRoot, 'data', 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;
    const request = parseCompareRequest({ ...example, planIds: plans.map((p) => p.id), simulations: 10_000 });
    return rounds(pool, { plans: [...plans], request });
  } catch {
    return Promise.resolve('skipped');
  }
}

/** ROUNDS warm-up comparisons in a row (other seeds, so each simulates its years anew); stops at the first a real job cancelled. */
async function rounds(pool: ComputePool, task: Parameters<ComputePool['warmUp']>[0]): Promise<WarmUp> {
  for (let round = 0; round < ROUNDS; round++) {
    if (!(await pool.warmUp({ ...task, request: { ...task.request, seed: task.request.seed + round } }))) return 'gave way';
  }
  return 'done';
}
