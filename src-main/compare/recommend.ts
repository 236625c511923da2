import { ENROLLMENT_LABELS } from '../../src-shared/enrollment-types';
import type { ComparePriority } from '../../src-shared/household-schema';
import type { CompareResult, PlanComparison } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';

// Ranking under the counselor's chosen priority, with two or three neutral reasons per plan drawn from
// the numbers. The wording states facts and differences; it never tells the family what to do.

export const ESTIMATE_CAVEAT =
  'This is an estimate, not a quote: real costs depend on the care the family actually receives and the amounts the plan allows. ' +
  "The plan's brochure is the final word. The app explains the numbers; the employee decides.";

export const PRIORITY_LABELS: Record<ComparePriority, string> = {
  lowest_expected: 'lowest expected cost',
  lowest_worst_case: 'lowest worst case',
  lowest_premium: 'lowest premium',
  balanced: 'balance of expected cost and a bad year',
};

const usd = (cents: number): string => formatCents(cents, true);

const toDollar = (cents: number): number => Math.round(cents / 100) * 100;

/**
 * The number a priority ranks by, as shown (whole dollars, from the plan's shown figures, so the order
 * on screen never contradicts the numbers beside it); null when the plan's total cannot be known.
 */
export function scoreFor(priority: ComparePriority, p: PlanComparison): number | null {
  const total = p.simulated.total;
  switch (priority) {
    case 'lowest_expected':
      return p.expected.totalCents;
    case 'lowest_worst_case':
      return p.worstCase.totalCents;
    case 'lowest_premium':
      return p.expected.premiumCents;
    case 'balanced':
      return total && p.expected.totalCents !== null ? toDollar((p.expected.totalCents + total.p90Cents) / 2) : null;
  }
}

export function rankPlans(
  priority: ComparePriority,
  plans: readonly PlanComparison[],
  context: { simulations: number; afterTax: boolean },
): CompareResult['recommendation'] {
  const scored = plans.map((p, i) => ({ p, i, score: scoreFor(priority, p), mean: p.simulated.total?.meanCents ?? Infinity }));
  // Known scores first, lowest first; equal scores go to the lower exact average, then keep the order the
  // plans came in (so do unknown ones).
  scored.sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === null ? (b.score === null ? a.i - b.i : 1) : -1;
    return a.score - b.score || a.mean - b.mean || a.i - b.i;
  });
  const best = scored[0];
  const ranking = scored.map(({ p, score }, r) => ({
    planId: p.planId,
    rank: r + 1,
    scoreCents: score,
    reasons: reasonsFor(
      priority,
      p,
      score,
      best && best.score !== null && best.p !== p ? { name: best.p.name, score: best.score } : null,
      plans.length,
      context,
    ),
  }));
  return { priority, ranking, caveat: ESTIMATE_CAVEAT };
}

function comparison(score: number, leader: { name: string; score: number } | null, count: number, what: string): string {
  if (count < 2) return '';
  if (!leader) return `, the ${what} of the ${count} plans`;
  const diff = score - leader.score;
  return diff === 0 ? `, the same as ${leader.name}` : `, ${usd(diff)} more than ${leader.name}`;
}

function reasonsFor(
  priority: ComparePriority,
  p: PlanComparison,
  score: number | null,
  leader: { name: string; score: number } | null,
  count: number,
  context: { simulations: number; afterTax: boolean },
): string[] {
  const taxed = context.afterTax ? ' after tax' : '';
  const limit = `the ${p.worstCase.limit === 'person' ? 'personal' : 'family'} out-of-pocket limit of ${usd(p.worstCase.oopMaxCents)}`;
  const oop = p.simulated.outOfPocket;
  const shown = p.expected;
  if (shown.premiumCents === null || shown.totalCents === null || p.simulated.total === null || score === null) {
    return [
      `The ${ENROLLMENT_LABELS[p.premium.enrollmentType]} premium is not in the plan's source document, so the yearly total is unknown (it is not $0).`,
      `Out of pocket about ${usd(shown.careCents)} in an average year; at most ${limit} if it is reached.`,
    ];
  }
  const total = p.simulated.total;
  const premium = `${usd(shown.premiumCents)}${taxed}`;
  const account = shown.accountCents > 0 ? ` after ${usd(shown.accountCents)} from the employer account` : '';
  const reasons: string[] = [];
  switch (priority) {
    case 'lowest_expected':
      reasons.push(
        `Expected cost about ${usd(score)} a year (premium ${premium} plus about ${usd(shown.careCents)} out of pocket${account})${comparison(score, leader, count, 'lowest')}.`,
      );
      break;
    case 'lowest_worst_case':
      reasons.push(`At most ${usd(score)} in a year: premium ${premium} plus ${limit}${comparison(score, leader, count, 'lowest')}.`);
      break;
    case 'lowest_premium':
      reasons.push(`Premium ${premium} a year for ${ENROLLMENT_LABELS[p.premium.enrollmentType]}${comparison(score, leader, count, 'lowest')}.`);
      break;
    case 'balanced':
      reasons.push(
        `About ${usd(shown.totalCents)} in an average year and ${usd(total.p90Cents)} in a bad year (1 in 10); balance score ${usd(score)}${comparison(score, leader, count, 'best')}.`,
      );
      break;
  }
  if (p.simulated.probabilityCheapest !== null && count > 1) {
    reasons.push(`Cost least in ${Math.round(p.simulated.probabilityCheapest * 100)}% of ${context.simulations.toLocaleString('en-US')} simulated years.`);
  }
  reasons.push(
    priority === 'lowest_worst_case'
      ? `Expected cost about ${usd(shown.totalCents)} a year; about ${usd(total.p90Cents)} in a bad year (1 in 10).`
      : `Worst case ${usd(p.worstCase.totalCents ?? 0)}${taxed} if ${limit} is reached, plus any care the plan does not cover.`,
  );
  if (oop.meanCents === 0 && oop.maxCents === 0) reasons[reasons.length - 1] = `No out-of-pocket costs in any simulated year.`;
  return reasons.slice(0, 3);
}
