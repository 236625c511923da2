import { compilePlan, type CompiledPlan } from '../engine';
import type { Plan } from '../../src-shared/plan-schema';

// Compiled plans kept between comparisons. A counselor's edits change the household, not the plans, yet
// every comparison (on every worker) would check and compile the same three plans again: about 40% of
// preparing one. A plan is plain data, so its JSON text is its identity: an edited plan is another text,
// compiled afresh. Each thread keeps its own few (a compiled plan carries its scratch memory, used by one
// pricing at a time, which one thread guarantees).

const KEEP = 24;
const compiled = new Map<string, CompiledPlan>();
/**
 * Frozen plans, by object: the compute workers hold each plan the pool sent as one frozen object
 * (compute/plan-refs.ts), which cannot change, so its compiled form is found without writing its text.
 */
const byObject = new WeakMap<Plan, CompiledPlan>();

/** compilePlan(plan), from the ones compiled before when the same plan comes again (its errors are not kept). */
export function compiledPlan(plan: Plan): CompiledPlan {
  const frozen = Object.isFrozen(plan);
  const known = frozen ? byObject.get(plan) : undefined;
  if (known) return known;
  const fresh = compiledByText(plan);
  if (frozen) byObject.set(plan, fresh);
  return fresh;
}

function compiledByText(plan: Plan): CompiledPlan {
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
