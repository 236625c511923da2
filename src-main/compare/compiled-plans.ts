import { compilePlan, type CompiledPlan } from '../engine';
import type { Plan } from '../../src-shared/plan-schema';

// Compiled plans kept between comparisons. A counselor's edits change the household, not the plans, yet
// every comparison (on every worker) would check and compile the same three plans again: about 40% of
// preparing one. A plan is plain data, so its JSON text is its identity: an edited plan is another text,
// compiled afresh. Each thread keeps its own few (a compiled plan carries its scratch memory, used by one
// pricing at a time, which one thread guarantees).

const KEEP = 24;
const compiled = new Map<string, CompiledPlan>();

/** compilePlan(plan), from the ones compiled before when the same plan comes again (its errors are not kept). */
export function compiledPlan(plan: Plan): CompiledPlan {
  const key = JSON.stringify(plan);
  const hit = compiled.get(key);
  if (hit) {
    // Most recently used last, so the oldest goes first when the map is full.
    compiled.delete(key);
    compiled.set(key, hit);
    return hit;
  }
  const fresh = compilePlan(plan);
  compiled.set(key, fresh);
  if (compiled.size > KEEP) compiled.delete(compiled.keys().next().value as string);
  return fresh;
}
