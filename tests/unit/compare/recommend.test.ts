import { describe, expect, it } from 'vitest';
import type { ComparePriority } from '../../../src-shared/household-schema';
import type { PlanComparison } from '../../../src-shared/compare-result-schema';
import { ESTIMATE_CAVEAT, rankPlans } from '../../../src-main/compare/recommend';

/** Just the fields ranking reads; amounts in dollars for readability. */
function plan(id: string, premium: number | null, mean: number, p90: number, worst: number, chance: number): PlanComparison {
  const c = (d: number): number => d * 100;
  return {
    planId: id,
    name: `Plan ${id}`,
    premium:
      premium === null
        ? { known: false, enrollmentType: 'self_only', code: null, message: 'premium not in the source document — enter it' }
        : { known: true, enrollmentType: 'self_only', code: 'X', biweeklyEmployeeCents: 0, annualEmployeeCents: c(premium) },
    premiumBasisCents: premium === null ? null : c(premium),
    expected: {
      premiumCents: premium === null ? null : c(premium),
      careBeforeAccountCents: c(mean - (premium ?? 0)),
      accountCents: 0,
      careCents: c(mean - (premium ?? 0)),
      totalCents: premium === null ? null : c(mean),
    },
    simulated: {
      outOfPocket: { meanCents: c(mean - (premium ?? 0)), p10Cents: 0, p50Cents: 0, p90Cents: 0, minCents: 0, maxCents: c(worst) },
      total: premium === null ? null : { meanCents: c(mean), p10Cents: 0, p50Cents: c(mean), p90Cents: c(p90), minCents: 0, maxCents: c(worst) },
      probabilityCheapest: premium === null ? null : chance,
      shareWithNotCovered: 0,
    },
    worstCase: { limit: 'person', oopMaxCents: c(worst - (premium ?? 0)), totalCents: premium === null ? null : c(worst), note: '' },
  } as unknown as PlanComparison;
}

const plans = [
  plan('x', 1_000, 5_000, 9_000, 25_000, 0.3),
  plan('y', 3_000, 4_500, 6_000, 30_000, 0.6),
  plan('z', 500, 7_000, 15_000, 80_000, 0.1),
  plan('u', null, 4_000, 4_000, 4_000, 0),
];
const order = (priority: ComparePriority): string[] => rankPlans(priority, plans, { simulations: 10_000, afterTax: false }).ranking.map((r) => r.planId);

describe('recommendation', () => {
  it('ranks by the chosen priority, and a plan with an unknown premium comes last', () => {
    expect(order('lowest_expected')).toEqual(['y', 'x', 'z', 'u']);
    expect(order('lowest_worst_case')).toEqual(['x', 'y', 'z', 'u']);
    expect(order('lowest_premium')).toEqual(['z', 'x', 'y', 'u']);
    // Balanced: (mean + bad year) / 2 → x $7,000, y $5,250, z $11,000.
    expect(order('balanced')).toEqual(['y', 'x', 'z', 'u']);
  });

  it('gives two or three neutral reasons drawn from the numbers', () => {
    const r = rankPlans('lowest_expected', plans, { simulations: 10_000, afterTax: false });
    const [y, x] = r.ranking;
    expect(y!.reasons[0]).toBe('Expected cost about $4,500 a year (premium $3,000 plus about $1,500 out of pocket), the lowest of the 4 plans.');
    expect(x!.reasons[0]).toBe('Expected cost about $5,000 a year (premium $1,000 plus about $4,000 out of pocket), $500 more than Plan y.');
    expect(x!.reasons[1]).toBe('Cost least in 30% of 10,000 simulated years.');
    expect(x!.reasons[2]).toBe('Worst case $25,000 if the personal out-of-pocket limit of $24,000 is reached, plus any care the plan does not cover.');
    for (const p of r.ranking) {
      expect(p.reasons.length).toBeGreaterThanOrEqual(2);
      expect(p.reasons.length).toBeLessThanOrEqual(3);
      expect(p.reasons.join(' ')).not.toMatch(/\b(should|must|recommend|best choice)\b/i);
    }
  });

  it('never treats an unknown premium as $0', () => {
    const u = rankPlans('lowest_premium', plans, { simulations: 10_000, afterTax: false }).ranking.at(-1)!;
    expect(u).toMatchObject({ planId: 'u', scoreCents: null, rank: 4 });
    expect(u.reasons[0]).toMatch(/premium is not in the plan's source document, so the yearly total is unknown \(it is not \$0\)/);
  });

  it('ranks by the figures as shown: the expected total in whole dollars, the lower exact average first on a tie', () => {
    const a = plan('a', 1_000, 5_000, 9_000, 25_000, 0.5);
    const b = plan('b', 1_000, 5_000, 9_000, 25_000, 0.5);
    (b.simulated.total as { meanCents: number }).meanCents = 500_000 - 40; // shows $5,000 too, but is lower
    const r = rankPlans('lowest_expected', [a, b], { simulations: 100, afterTax: false });
    expect(r.ranking.map((x) => [x.planId, x.scoreCents])).toEqual([
      ['b', 500_000],
      ['a', 500_000],
    ]);
    expect(r.ranking[1]!.reasons[0]).toMatch(/, the same as Plan b\.$/);
  });

  it('says what the employer account paid in the expected cost', () => {
    const a = plan('a', 1_000, 5_000, 9_000, 25_000, 1);
    a.expected = { premiumCents: 100_000, careBeforeAccountCents: 450_000, accountCents: 50_000, careCents: 400_000, totalCents: 500_000 };
    expect(rankPlans('lowest_expected', [a], { simulations: 100, afterTax: false }).ranking[0]!.reasons[0]).toBe(
      'Expected cost about $5,000 a year (premium $1,000 plus about $4,000 out of pocket after $500 from the employer account).',
    );
  });

  it('carries the standing caveat', () => {
    expect(rankPlans('balanced', plans, { simulations: 100, afterTax: false }).caveat).toBe(ESTIMATE_CAVEAT);
    expect(ESTIMATE_CAVEAT).toMatch(/^This is an estimate, not a quote/);
    expect(ESTIMATE_CAVEAT).toMatch(/the employee decides\.$/);
  });
});
