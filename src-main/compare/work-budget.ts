import { AppError } from '../../src-shared/result';
import type { PreparedComparison } from './prepare-plans';

// How much a comparison may compute. The simulation prices every simulated year's claims under every
// plan; a household of twenty people with thirty drugs each makes hundreds of thousands of claims a
// year, and ten thousand such years would keep a core busy for an hour. Past the budget the comparison
// simulates fewer years (and says so); below a floor of years the estimate would be too rough, and the
// request is refused with the household's size instead of hanging.

/** Claim pricings per comparison: a few seconds on this project's 2-core machine (see npm run bench). */
export const WORK_BUDGET = 60_000_000;
/** Fewer simulated years than this would make the 1-in-10 and worst years too rough to show. */
export const MIN_SIMULATIONS = 1_000;

export interface SimulationPlan {
  years: number;
  /** Claims of one typical year summed over the plans priced (and the arrangements' enrollments): the cost of one simulated year. */
  claimsPerYear: number;
  note: string | null;
}

/**
 * What who-enrolls-where adds (issue 14): each enrollment the plain comparison does not price is priced on
 * its own members' claims, so a household with arrangements costs more per simulated year.
 */
export interface ArrangementWork {
  /** Claims of a typical year summed over the enrollments priced and their plans. */
  claimsPerYear: number;
  /** Enrollments priced beyond the plain comparison's plans. */
  enrollments: number;
}

export function planSimulation(prep: PreparedComparison, arrangements: ArrangementWork | null = null, budget = WORK_BUDGET): SimulationPlan {
  const requested = prep.request.simulations;
  const plainClaims = prep.contexts.reduce((n, ctx) => n + Math.max(1, ctx.typicalClaims.length), 0);
  const claimsPerYear = plainClaims + (arrangements?.claimsPerYear ?? 0);
  if (claimsPerYear * requested <= budget) return { years: requested, claimsPerYear, note: null };
  const years = Math.floor(budget / claimsPerYear / 100) * 100;
  const people = prep.cares[0]?.members.length ?? prep.request.household.members.length;
  const perPlan = Math.round(plainClaims / Math.max(1, prep.contexts.length));
  const size =
    `about ${perPlan.toLocaleString('en-US')} claims a year for ${people} ${people === 1 ? 'person' : 'people'} under ${prep.contexts.length} ${prep.contexts.length === 1 ? 'plan' : 'plans'}` +
    (arrangements && arrangements.enrollments > 0
      ? `, and about ${arrangements.claimsPerYear.toLocaleString('en-US')} more priced over the ${arrangements.enrollments} other ${arrangements.enrollments === 1 ? 'enrollment' : 'enrollments'} of who enrolls where and their plans`
      : '');
  if (years < Math.min(MIN_SIMULATIONS, requested)) {
    const fewer =
      arrangements && arrangements.enrollments > 0
        ? 'Compare fewer plans at a time or without who enrolls where (no employer offers)'
        : 'Compare fewer plans at a time';
    throw new AppError(
      'TOO_LARGE',
      `This household's year is too large to simulate in reasonable time: ${size}. ${fewer}, or enter long-term drugs as 30- or 90-day fills rather than daily ones.`,
    );
  }
  return {
    years,
    claimsPerYear,
    note: `${years.toLocaleString('en-US')} simulated years instead of ${requested.toLocaleString('en-US')}: the household's year is large (${size}), so fewer years keep the answer quick. The range and worst year are a little less precise.`,
  };
}

/** The sensitivity search re-prices the typical year about a hundred times per person: skip it past the budget. */
export function sensitivityAffordable(prep: PreparedComparison, budget = WORK_BUDGET / 4): boolean {
  const claims = prep.contexts.reduce((n, ctx) => n + ctx.typicalClaims.length, 0);
  const people = prep.cares[0]?.members.length ?? 1;
  return claims * people * 100 <= budget;
}
