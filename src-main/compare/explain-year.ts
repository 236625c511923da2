import type { ExplainRequest, ExplainResult } from '../../src-shared/compare-result-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { PricedClaims } from '../../src-shared/pricing-schema';
import { refusal } from '../../src-shared/refusal';
import { AppError } from '../../src-shared/result';
import type { CompareTables } from '../../src-shared/tables-schema';
import { priceClaims } from '../engine';
import { yearFigures } from './figures';
import type { PlanContext } from './plan-context';
import { prepareParsed } from './prepare-plans';
import { simulatedYearRows } from './simulate';
import { planSimulation } from './work-budget';
import { prepareArrangementsFor } from './arrangements';

// One year of a comparison, claim by claim: the typical year, or any simulated year (the median, the
// 1-in-10 bad year, the worst) drawn again from its own random stream. Priced with the ledger by the same
// engine, so its total is exactly the year's figure in the comparison. `request` is already checked.

export function explainYear(plans: readonly Plan[], { request, planId, year }: ExplainRequest, tables: CompareTables): ExplainResult {
  const prep = prepareParsed(plans, request, tables);
  const i = prep.contexts.findIndex((c) => c.plan.id === planId);
  if (i < 0) {
    const skipped = prep.skipped.find((s) => s.planId === planId);
    if (skipped) throw new AppError('PLAN_INCOMPLETE', skipped.reason);
    throw refusal('NOT_FOUND', 'err_explain_plan', { id: planId });
  }
  const ctx = prep.contexts[i] as PlanContext;
  let priced: PricedClaims;
  if (year === 'typical') {
    priced = prep.typical[i] as PricedClaims;
  } else {
    // The comparison's years: with arrangements, the budget counts their enrollments too.
    const years = planSimulation(prep, prepareArrangementsFor(plans, prep, tables)?.work).years;
    if (year.simulated >= years) {
      throw refusal('INVALID_ARGUMENT', 'err_explain_year', { last: years - 1, year: year.simulated });
    }
    const claims = simulatedYearRows(ctx.care, [ctx.compiled], request.seed, year.simulated).toClaims(0);
    priced = { ...priceClaims(ctx.compiled, ctx.care.members, claims, { ledger: true }), premium: ctx.basis.premium };
  }
  return {
    planId,
    year,
    priced,
    figures: yearFigures(ctx.basis, priced.totals.memberPaysCents),
    notes: prep.planNotes[i] ?? [],
    warnings: prep.planWarnings[i] ?? [],
    assumptions: prep.planAssumptions[i] ?? [],
  };
}
