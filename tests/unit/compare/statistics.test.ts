import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUCKETED_FROM, nearestRank, percentile, probabilityCheapest, summarize, summarizeMonotone, valuesAtRanks } from '../../../src-main/compare/statistics';

/** The reference for probabilityCheapest: each year on its own, the plans in order (the first version's loop). */
const yearByYear = (totals: (Float64Array | null)[]): (number | null)[] => {
  const wins = totals.map(() => 0);
  const years = totals.find((t) => t)?.length ?? 0;
  for (let k = 0; k < years; k++) {
    let best = Infinity;
    let ties = 0;
    for (const t of totals) {
      if (!t) continue;
      const v = t[k]!;
      if (v < best - 0.5) [best, ties] = [v, 1];
      else if (Math.abs(v - best) <= 0.5) ties++;
    }
    totals.forEach((t, p) => {
      if (t && Math.abs(t[k]! - best) <= 0.5) wins[p]! += 1 / ties;
    });
  }
  return totals.map((t, p) => (t && years > 0 ? wins[p]! / years : null));
};

describe('statistics of simulated years', () => {
  it('takes percentiles by nearest rank, so each is a year that was simulated', () => {
    const sorted = Float64Array.from({ length: 10 }, (_, i) => (i + 1) * 100);
    expect(percentile(sorted, 0.1)).toBe(100);
    expect(percentile(sorted, 0.5)).toBe(500);
    expect(percentile(sorted, 0.9)).toBe(900);
    expect(percentile(sorted, 1)).toBe(1000);
  });

  it('summarizes mean, p10 ≤ p50 ≤ p90, min and max', () => {
    const s = summarize(Float64Array.from([500, 100, 300, 200, 400]));
    expect(s).toEqual({ meanCents: 300, p10Cents: 100, p50Cents: 300, p90Cents: 500, minCents: 100, maxCents: 500 });
  });

  it('summarizes a year total (premium + what the account does not pay) from its out-of-pocket selection, as a second summary would', () => {
    const years = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 60 }).map((v) => v * 100),
        fc.integer({ min: 0, max: 2_000_000 }),
      ),
      { minLength: 1, maxLength: 300 },
    );
    fc.assert(
      fc.property(years, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 300_000 }), (values, premium, account) => {
        const oop = Float64Array.from(values);
        const total = (v: number): number => premium + Math.max(0, v - account);
        const selected: number[] = [];
        summarize(oop, selected);
        const totals = oop.map(total);
        const fromTotals: number[] = [];
        const direct = summarize(totals, fromTotals);
        const derived: number[] = [];
        expect(summarizeMonotone(totals, selected, total, derived)).toEqual(direct);
        expect(derived).toEqual(fromTotals);
      }),
    );
    expect(() => summarizeMonotone(Float64Array.from([1]), [1, 1], (v) => v)).toThrow(/five values/);
  });

  it('splits a tied year evenly and gives unknown totals no share', () => {
    const a = Float64Array.from([100, 200, 300, 400]);
    const b = Float64Array.from([100, 250, 250, 500]);
    const c = Float64Array.from([150, 200, 350, 300]);
    const [pa, pb, pc, pu] = probabilityCheapest([a, b, c, null]);
    // Year 1: a and b tie; year 2: a and c tie; year 3: b; year 4: c.
    expect(pa).toBeCloseTo((0.5 + 0.5) / 4, 12);
    expect(pb).toBeCloseTo((0.5 + 1) / 4, 12);
    expect(pc).toBeCloseTo((0.5 + 1) / 4, 12);
    expect(pu).toBeNull();
    expect(pa! + pb! + pc!).toBeCloseTo(1, 12);
  });

  it('gives, plan by plan, exactly the shares of judging each year across the plans in turn', () => {
    // Few distinct cents per year, so many years tie two, three or more ways (shares of 1/3 and 1/7 included).
    const year = fc.integer({ min: 0, max: 3 });
    const plans = fc.integer({ min: 1, max: 60 }).chain((years) => {
      const column = fc.option(fc.array(year, { minLength: years, maxLength: years }), { nil: null, freq: 5 });
      return fc.array(column, { minLength: 1, maxLength: 9 });
    });
    fc.assert(
      fc.property(plans, (raw) => {
        const totals = raw.map((t) => (t ? Float64Array.from(t, (v) => v * 100) : null));
        expect(probabilityCheapest(totals)).toEqual(yearByYear(totals));
      }),
      { numRuns: 300 },
    );
  });

  it('judges totals less than a cent apart (after-tax totals have fractions) exactly as year by year does', () => {
    // Quarter cents: plans 0.25, 0.5 and 0.75 apart, below and above the year's least, in any order.
    const plans = fc.integer({ min: 1, max: 60 }).chain((years) => {
      const column = fc.option(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: years, maxLength: years }), { nil: null, freq: 6 });
      return fc.array(column, { minLength: 1, maxLength: 9 });
    });
    fc.assert(
      fc.property(plans, (raw) => {
        const totals = raw.map((t) => (t ? Float64Array.from(t, (v) => 10_000 + v * 0.25) : null));
        expect(probabilityCheapest(totals)).toEqual(yearByYear(totals));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the values at given ranks exactly as a sort would (quickselect), for any years, ties and order', () => {
    const years = fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true })), {
      minLength: 1,
      maxLength: 400,
    });
    expectRanksAsSort(years, 400);
    expect(() => valuesAtRanks(Float64Array.from([3, 1, 2]), [2, 1])).toThrow(RangeError);
  });

  it(`finds them by counting first from ${BUCKETED_FROM} years on, still exactly as a sort would: lumps of equal years, long tails, one value`, () => {
    // Simulated years: most in a lump (many exactly the premium), a few far out, a whole-cent or any amount.
    const year = fc.oneof(
      { weight: 3, arbitrary: fc.constant(123_400) },
      { weight: 6, arbitrary: fc.integer({ min: 100_000, max: 160_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_000_000 }) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }) },
    );
    const years = fc.array(year, { minLength: BUCKETED_FROM, maxLength: 3 * BUCKETED_FROM });
    expectRanksAsSort(years, 150);
    const same = new Float64Array(BUCKETED_FROM * 2).fill(5_000);
    expect(valuesAtRanks(same, [1, 1000, 2048])).toEqual([5_000, 5_000, 5_000]);
    expect(() => valuesAtRanks(same, [2, 1])).toThrow(RangeError);
    expect(() => valuesAtRanks(same, [1, 2049])).toThrow(RangeError);
  });
});

/** valuesAtRanks(years, ranks) equals the sorted years at those ranks, and leaves the years in their order. */
function expectRanksAsSort(years: fc.Arbitrary<number[]>, numRuns: number): void {
  fc.assert(
    fc.property(years, fc.array(fc.double({ min: 0.0001, max: 1, noNaN: true }), { maxLength: 6 }), (values, fractions) => {
      const a = Float64Array.from(values);
      const sorted = Float64Array.from(values).sort();
      const ranks = [...new Set([1, ...fractions.map((p) => nearestRank(a.length, p)), a.length])].sort((x, y) => x - y);
      expect(valuesAtRanks(a, ranks)).toEqual(ranks.map((r) => sorted[r - 1]));
      // The caller's years are left in their order (the markers find a year by its position).
      expect(Array.from(a)).toEqual(values);
    }),
    { numRuns },
  );
}
