import type { ComparePriority } from '../../../src-shared/household-schema';
import type { CompareResult, PlanComparison, Recommendation } from '../../../src-shared/compare-result-schema';

// How every screen reads a comparison: plans in the one order the main process gave (expected cost,
// lowest first) and the ranking for the priority chosen now. Selection only: no money is computed here.

/** The plans in the result's order (planOrder); every screen, the PDF and the CSV list them this way. */
export function plansInOrder(result: CompareResult): PlanComparison[] {
  const byId = new Map(result.plans.map((p) => [p.planId, p]));
  return result.planOrder.map((id) => byId.get(id)).filter((p): p is PlanComparison => p !== undefined);
}

/** The ranking under `priority`: the result carries every priority's, so changing it needs no new comparison. */
export function rankingFor(result: CompareResult, priority: ComparePriority): Recommendation {
  return result.rankings[priority];
}
