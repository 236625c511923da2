import type { ComparePriority } from '../../../src-shared/household-schema';
import type { ArrangementComparison, ArrangementRanking } from '../../../src-shared/compare-result-schema';
import { formatCents } from '../../../src-shared/money';
import { ESTIMATE_CAVEAT } from '../recommend';

// Arrangements ranked under the counselor's priority, the same rules as the plans' (recommend.ts): by the
// shown whole-dollar figure, ties to the lower exact average; arrangements not priced come last, in the
// order listed, with the reason. Reasons state facts and differences; they never tell the family what to do.

const usd = (cents: number): string => formatCents(cents, true);
const toDollar = (cents: number): number => Math.round(cents / 100) * 100;

export function arrangementScore(priority: ComparePriority, a: ArrangementComparison): number | null {
  if (!a.expected || !a.simulated || !a.worstCase || a.expected.totalCents === null) return null;
  switch (priority) {
    case 'lowest_expected':
      return a.expected.totalCents;
    case 'lowest_worst_case':
      return a.worstCase.totalCents;
    case 'lowest_premium':
      return a.expected.premiumCents;
    case 'balanced':
      return toDollar((a.expected.totalCents + a.simulated.total.p90Cents) / 2);
  }
}

export function rankArrangements(priority: ComparePriority, list: readonly ArrangementComparison[], simulations: number): ArrangementRanking {
  const scored = list.map((a, i) => ({ a, i, score: arrangementScore(priority, a), mean: a.simulated?.total.meanCents ?? Infinity }));
  scored.sort((x, y) => {
    if (x.score === null || y.score === null) return x.score === null ? (y.score === null ? x.i - y.i : 1) : -1;
    return x.score - y.score || x.mean - y.mean || x.i - y.i;
  });
  const best = scored[0];
  const leader = best && best.score !== null ? best : null;
  return {
    priority,
    ranking: scored.map(({ a, score }, r) => ({
      arrangementId: a.id,
      rank: r + 1,
      scoreCents: score,
      reasons: reasonsFor(priority, a, score, leader && leader.a !== a ? { score: leader.score as number } : null, simulations),
    })),
    caveat: ESTIMATE_CAVEAT,
  };
}

function versus(score: number, leader: { score: number } | null): string {
  if (!leader) return ', the lowest of the arrangements priced';
  const diff = score - leader.score;
  return diff === 0 ? ', the same as the first arrangement' : `, ${usd(diff)} more than the first arrangement`;
}

function reasonsFor(
  priority: ComparePriority,
  a: ArrangementComparison,
  score: number | null,
  leader: { score: number } | null,
  simulations: number,
): string[] {
  if (a.status.priced === false) return [a.status.reason];
  if (score === null || !a.expected || !a.simulated || !a.worstCase || a.expected.premiumCents === null || a.expected.totalCents === null) {
    return ['The yearly total of this arrangement is not known.'];
  }
  const enrollments =
    a.enrollments.length === 1 ? 'one enrollment' : `${a.enrollments.length} enrollments, each with its own deductible and out-of-pocket limit`;
  const reasons: string[] = [];
  switch (priority) {
    case 'lowest_expected':
      reasons.push(
        `Expected cost about ${usd(score)} a year (premiums ${usd(a.expected.premiumCents)} plus about ${usd(a.expected.careCents)} out of pocket, ${enrollments})${versus(score, leader)}.`,
      );
      break;
    case 'lowest_worst_case':
      reasons.push(`At most ${usd(score)} in a year: the premiums plus every out-of-pocket limit of the enrollments${versus(score, leader)}.`);
      break;
    case 'lowest_premium':
      reasons.push(`Premiums ${usd(score)} for the twelve months (${enrollments})${versus(score, leader)}.`);
      break;
    case 'balanced':
      reasons.push(
        `About ${usd(a.expected.totalCents)} in an average year and ${usd(a.simulated.total.p90Cents)} in a bad year (1 in 10); balance score ${usd(score)}${versus(score, leader)}.`,
      );
      break;
  }
  if (a.simulated.probabilityCheapest !== null) {
    reasons.push(`Cost least in ${Math.round(a.simulated.probabilityCheapest * 100)}% of ${simulations.toLocaleString('en-US')} simulated years.`);
  }
  reasons.push(
    priority === 'lowest_worst_case'
      ? `Expected cost about ${usd(a.expected.totalCents)} a year; about ${usd(a.simulated.total.p90Cents)} in a bad year (1 in 10).`
      : `Worst case ${usd(a.worstCase.totalCents)} if every out-of-pocket limit is reached, plus any care a plan does not cover.`,
  );
  return reasons.slice(0, 3);
}
