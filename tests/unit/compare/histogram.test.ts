import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompareRequestInput } from '../../../src-shared/household-schema';
import { CompareResult, CostHistogram, type PlanComparison } from '../../../src-shared/compare-result-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { compareHousehold } from '../../../src-main/compare';
import { histogram, MAX_BANDS, sharedBandEdges, summarize } from '../../../src-main/compare/statistics';
import { adult, copay, makePlan, tables } from './fixtures';

// The histogram of simulated years: how many of the simulated years fall in each cost band, per plan,
// on one set of round bands shared by every plan in the comparison.

// $1, $2, $5, $10, $20, $25, $50, $100 … $500,000, in cents.
const ROUND_STEPS = [100, 200, 500, ...[1_000, 10_000, 100_000, 1_000_000, 10_000_000].flatMap((s) => [s, 2 * s, 2.5 * s, 5 * s])];
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const stepOf = (edges: readonly number[]): number => (edges[1] as number) - (edges[0] as number);

/** Years below `edge`: the counts of every band that ends at or before it. */
function yearsBelow(h: { binEdgesCents: number[]; counts: number[] }, edge: number): number {
  return sum(h.counts.filter((_, k) => (h.binEdgesCents[k + 1] as number) <= edge));
}

/** The band a whole-cent amount falls in: [edge, next edge). */
function bandOf(edges: readonly number[], cents: number): number {
  return edges.findIndex((e, k) => k < edges.length - 1 && e <= cents && cents < (edges[k + 1] as number));
}

/**
 * Nearest-rank p10 is a simulated year, so the years in bands wholly below its band are fewer than 1 in
 * 10, and the years up to the end of its band are at least 1 in 10: the histogram and p10 agree within
 * one band. The same holds for p90 at 9 in 10.
 */
function expectPercentilesAgree(h: { binEdgesCents: number[]; counts: number[] }, p10: number, p90: number, years: number): void {
  for (const [p, share] of [
    [p10, 0.1],
    [p90, 0.9],
  ] as const) {
    const b = bandOf(h.binEdgesCents, p);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(yearsBelow(h, h.binEdgesCents[b] as number) / years).toBeLessThan(share);
    expect(yearsBelow(h, h.binEdgesCents[b + 1] as number) / years).toBeGreaterThanOrEqual(share);
  }
}

describe('shared band edges', () => {
  it('a family whose plans run from $4,500 to $16,500 a year gets $500 bands from $4,500 to $17,000', () => {
    const edges = sharedBandEdges([
      { minCents: 681_118, maxCents: 1_138_618 },
      { minCents: 450_000, maxCents: 944_093 },
      { minCents: 558_531, maxCents: 1_650_000 },
    ])!;
    // $250 bands would need 49; $500 bands need 25.
    expect(stepOf(edges)).toBe(50_000);
    expect(edges[0]).toBe(450_000);
    expect(edges.at(-1)).toBe(1_700_000);
    expect(edges).toHaveLength(26);
  });

  it('puts a highest total that sits on a round edge inside the last band, not on its far edge', () => {
    const edges = sharedBandEdges([{ minCents: 0, maxCents: 2_900_000 }])!;
    expect(stepOf(edges)).toBe(100_000);
    expect(edges).toHaveLength(31);
    expect(edges.at(-1)).toBe(3_000_000);
  });

  it('gives a plan whose every year costs the same one $1 band', () => {
    expect(sharedBandEdges([{ minCents: 260_000, maxCents: 260_000 }])).toEqual([260_000, 260_100]);
  });

  it('has no bands when no plan has a known total', () => {
    expect(sharedBandEdges([])).toBeNull();
  });

  it('always: round steps, strictly ascending, at most 30 bands, covering every plan from lowest to highest', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 5_000_000 }))
      .map(([min, width]) => ({ minCents: min, maxCents: min + width }));
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 6 }), (ranges) => {
        const edges = sharedBandEdges(ranges)!;
        const step = stepOf(edges);
        expect(ROUND_STEPS).toContain(step);
        expect(edges.length - 1).toBeLessThanOrEqual(MAX_BANDS);
        edges.forEach((e, k) => {
          expect(e % step).toBe(0);
          if (k > 0) expect(e - (edges[k - 1] as number)).toBe(step);
        });
        expect(edges[0]).toBeLessThanOrEqual(Math.min(...ranges.map((r) => r.minCents)));
        expect(edges.at(-1)).toBeGreaterThan(Math.max(...ranges.map((r) => r.maxCents)));
        // The step is the smallest round one that fits: the next smaller would need more than 30 bands.
        const smaller = ROUND_STEPS[ROUND_STEPS.indexOf(step) - 1];
        if (smaller !== undefined) {
          const lo = Math.min(...ranges.map((r) => r.minCents));
          const hi = Math.max(...ranges.map((r) => r.maxCents));
          expect(Math.floor(hi / smaller) - Math.floor(lo / smaller) + 1).toBeGreaterThan(MAX_BANDS);
        }
      }),
    );
  });
});

describe('counting years into bands', () => {
  it('counts a year on an edge in the band that starts there', () => {
    const h = histogram(Float64Array.from([100_000, 149_999, 150_000, 150_000, 199_999, 120_000.4]), [100_000, 150_000, 200_000]);
    expect(h).toEqual({ binEdgesCents: [100_000, 150_000, 200_000], counts: [3, 3] });
  });

  it('counts a year of fractional cents in the band of its amount rounded to the cent, as the summary rounds it', () => {
    // $1,499.995 rounds to $1,500.00 (the second band); $1,499.99499… rounds down (the first); the same at
    // the lowest edge ($999.995 is $1,000.00, in) and the highest ($1,999.995 is $2,000.00, out).
    const edges = [100_000, 150_000, 200_000];
    const h = histogram(Float64Array.from([149_999.5, 149_999.499, 99_999.5, 199_999.499, 120_000.5]), edges);
    expect(h.counts).toEqual([3, 2]);
    expect(() => histogram(Float64Array.from([99_999.499]), edges)).toThrow(/99999 cents lies outside/);
    expect(() => histogram(Float64Array.from([199_999.5]), edges)).toThrow(/200000 cents lies outside/);
    expect(() => histogram(Float64Array.from([Number.NaN]), edges)).toThrow(/lies outside the bands/);
  });

  it('always: a year of any fractional cents counts where its rounded amount counts, half a cent either side of every edge', () => {
    const steps = [100, 2_500, 50_000, 49, 161];
    const nudge = fc.constantFrom(-0.5, -0.5 - 1e-9, -0.49, 0.49, 0.5, 0, 0.25, -1e-7);
    fc.assert(
      fc.property(
        fc.constantFrom(...steps),
        fc.integer({ min: 0, max: 5_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), nudge), { minLength: 1, maxLength: 60 }),
        (step, start, picks) => {
          const edges = Array.from({ length: 32 }, (_, i) => (start + i) * step);
          const list = picks
            .map(([k, d]) => (start + k) * step + d)
            .filter((v) => Math.round(v) >= (edges[0] as number) && Math.round(v) < (edges.at(-1) as number));
          const expected = edges.slice(1).map((next, b) => list.filter((v) => Math.round(v) >= (edges[b] as number) && Math.round(v) < next).length);
          expect(histogram(Float64Array.from(list), edges).counts).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a year outside the bands instead of dropping it', () => {
    expect(() => histogram(Float64Array.from([250_000]), [100_000, 150_000, 200_000])).toThrow(/250000 cents lies outside the bands 100000\.\.200000/);
  });

  it('always: each year is counted in the band whose edges hold it (edge ≤ total < next edge), years on an edge included', () => {
    // Whole-cent totals, and totals placed exactly on the round edges the bands get.
    const total = fc.oneof(
      fc.integer({ min: 0, max: 90_000_000 }),
      fc.integer({ min: 0, max: 900 }).map((k) => k * 100_000),
      fc.integer({ min: 0, max: 900 }).map((k) => k * 2_500),
    );
    fc.assert(
      fc.property(fc.array(total, { minLength: 1, maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const edges = sharedBandEdges([summarize(values)])!;
        const expected = edges.slice(1).map((next, b) => list.filter((v) => v >= (edges[b] as number) && v < next).length);
        expect(histogram(values, edges).counts).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a year on any round edge in the band that starts there, for every step the bands use', () => {
    // The band is found by multiplying by 1 / step, then checked in cents: with a step of 49 cents (not one
    // sharedBandEdges makes, but histogram takes any even edges) 49 × (1 / 49) is 0.9999999999999999.
    const steps = [100, 200, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 250_000, 2_500_000, 49, 103, 161];
    for (const step of steps) {
      for (const start of [0, 7, 1_234]) {
        const edges = Array.from({ length: 31 }, (_, i) => (start + i) * step);
        const onEdges = Float64Array.from({ length: 30 }, (_, i) => (start + i) * step);
        const below = Float64Array.from({ length: 29 }, (_, i) => (start + i + 1) * step - 1);
        expect(histogram(onEdges, edges).counts, `step ${step}, from ${start}`).toEqual(new Array(30).fill(1));
        expect(histogram(below, edges).counts, `step ${step}, from ${start}`).toEqual([...new Array(29).fill(1), 0]);
      }
    }
  });

  it('always: counts add up to the years, and agree with p10 and p90 within one band', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 1, maxLength: 400 }), (list) => {
        const values = Float64Array.from(list);
        const s = summarize(values);
        const edges = sharedBandEdges([s])!;
        const h = histogram(values, edges);
        expect(sum(h.counts)).toBe(values.length);
        expect(h.counts).toHaveLength(edges.length - 1);
        expectPercentilesAgree(h, s.p10Cents, s.p90Cents, values.length);
      }),
    );
  });

  it('a band edge list that is out of order is refused by the result schema, naming the field', () => {
    const bad = CostHistogram.safeParse({ binEdgesCents: [0, 500, 400], counts: [1, 1] });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['binEdgesCents: band edges must be strictly ascending']);
    expect(CostHistogram.safeParse({ binEdgesCents: [0, 500], counts: [1, 1] }).error?.issues[0]?.path).toEqual(['binEdgesCents']);
  });
});

describe('the histogram in a comparison', () => {
  const fehb = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
  const family = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', 'data', 'examples', 'household-family-of-four.json'), 'utf8'),
  ) as CompareRequestInput;
  const r = compareHousehold(fehb, { ...family, simulations: 3_000 }, tables);
  const known = (p: PlanComparison) => ({ h: p.simulated.histogram!, t: p.simulated.total! });

  it('is part of a valid result, one per plan with a known total', () => {
    expect(CompareResult.safeParse(r).error?.issues ?? []).toEqual([]);
    expect(r.plans).toHaveLength(3);
    for (const p of r.plans) expect(p.simulated.histogram).not.toBeNull();
  });

  it('counts every simulated year once for each plan', () => {
    for (const p of r.plans) expect(sum(known(p).h.counts)).toBe(r.simulations);
  });

  it('shares one set of strictly ascending, round band edges across all plans', () => {
    const first = r.plans[0]!.simulated.histogram!.binEdgesCents;
    expect(first.length - 1).toBeGreaterThanOrEqual(15);
    expect(first.length - 1).toBeLessThanOrEqual(MAX_BANDS);
    expect(ROUND_STEPS).toContain(stepOf(first));
    first.forEach((e, k) => k > 0 && expect(e).toBeGreaterThan(first[k - 1] as number));
    for (const p of r.plans) expect(p.simulated.histogram!.binEdgesCents).toEqual(first);
  });

  it("puts every plan's cheapest and costliest simulated year inside the bands, and the bands reach no further than needed", () => {
    const edges = r.plans[0]!.simulated.histogram!.binEdgesCents;
    const step = stepOf(edges);
    for (const p of r.plans) {
      const { h, t } = known(p);
      expect(t.minCents).toBeGreaterThanOrEqual(edges[0]!);
      expect(t.maxCents).toBeLessThan(edges.at(-1)!);
      // The cheapest year's band is the plan's first non-empty band; the costliest year's is its last.
      expect(h.counts.findIndex((c) => c > 0)).toBe(bandOf(edges, t.minCents));
      expect(h.counts.findLastIndex((c) => c > 0)).toBe(bandOf(edges, t.maxCents));
    }
    expect(edges[0]! + step).toBeGreaterThan(Math.min(...r.plans.map((p) => p.simulated.total!.minCents)));
    expect(edges.at(-2)!).toBeLessThanOrEqual(Math.max(...r.plans.map((p) => p.simulated.total!.maxCents)));
  });

  it("agrees with each plan's 10th and 90th percentile within one band", () => {
    for (const p of r.plans) {
      const { h, t } = known(p);
      expectPercentilesAgree(h, t.p10Cents, t.p90Cents, r.simulations);
    }
  });

  it('moves every year of a plan with a $2,600 higher premium (and the same care) up by $2,600', () => {
    // $0 copays, so each year costs exactly the premium: $2,600 (100 × 26) or $5,200 (200 × 26).
    const cheap = makePlan({ id: 'cheap', all: copay(0), biweekly: [10_000, 20_000, 30_000] });
    const dear = makePlan({ id: 'dear', all: copay(0), biweekly: [20_000, 40_000, 60_000] });
    const two = compareHousehold([cheap, dear], { household: { members: [adult({ pcp_visit: 3 })] }, priority: 'lowest_expected', simulations: 500 }, tables);
    const [a, b] = two.plans.map((p) => p.simulated.histogram!);
    const edges = a!.binEdgesCents;
    expect(b!.binEdgesCents).toEqual(edges);
    expect(a!.counts[bandOf(edges, 260_000)]).toBe(500);
    expect(b!.counts[bandOf(edges, 520_000)]).toBe(500);
    expect(sum(a!.counts)).toBe(500);
    expect(sum(b!.counts)).toBe(500);
  });

  it('is null when the premium, and so the total, is unknown, and the known plan keeps its bands', () => {
    const knownPlan = makePlan({ id: 'known', all: copay(20) });
    const unknown = makePlan({ id: 'unknown', all: copay(10), biweekly: [null, 20_000, 30_000] });
    const mixed = compareHousehold(
      [knownPlan, unknown],
      { household: { members: [adult({ pcp_visit: 3 })] }, priority: 'lowest_premium', simulations: 500 },
      tables,
    );
    expect(mixed.plans.find((p) => p.planId === 'unknown')!.simulated.histogram).toBeNull();
    expect(sum(mixed.plans.find((p) => p.planId === 'known')!.simulated.histogram!.counts)).toBe(500);
    const none = compareHousehold([unknown], { household: { members: [adult({ pcp_visit: 3 })] }, priority: 'lowest_premium', simulations: 500 }, tables);
    expect(none.plans[0]!.simulated.histogram).toBeNull();
    expect(CompareResult.safeParse(none).success).toBe(true);
  });
});
