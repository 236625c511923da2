import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../src-shared/household-schema';
import { Household } from '../../../src-shared/household-schema';
import { CompareResult } from '../../../src-shared/compare-result-schema';
import { compareHousehold } from '../../../src-main/compare';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { planWindow } from '../../../src-main/compare/plan-window';
import { simulateYears } from '../../../src-main/compare/simulate';
import { compilePlan } from '../../../src-main/engine';
import { adult, coinsurance, copay, makePlan, tables, type Counts } from './fixtures';

const YEARS = 20_000;

function run(
  plans: ReturnType<typeof makePlan>[],
  counts: Counts,
  extra: Partial<CompareRequestInput> = {},
  household: Partial<CompareRequestInput['household']> = {},
) {
  const request: CompareRequestInput = {
    household: { members: [adult(counts)], ...household },
    priority: 'lowest_expected',
    simulations: YEARS,
    seed: 12345,
    ...extra,
  };
  return compareHousehold(plans, request, tables);
}

/** |mean − expected| within five standard errors of a Poisson count × a fixed amount. */
function withinPoissonError(mean: number, perEvent: number, lambda: number): void {
  expect(Math.abs(mean - perEvent * lambda)).toBeLessThan(5 * perEvent * Math.sqrt(lambda / YEARS));
}

describe('Monte Carlo against closed forms', () => {
  it('a copay-only plan costs the copay times the expected count', () => {
    // $30 per primary care visit, 4 expected visits at a fixed $100 allowed: mean $120.
    const plan = makePlan({ id: 'copay-plan', benefits: { pcp_visit: { costShare: copay(30) } } });
    const r = run([plan], { pcp_visit: 4 }, {}, { priceOverrides: { pcp_visit: 10_000 } });
    const p = r.plans[0]!;
    withinPoissonError(p.simulated.outOfPocket.meanCents, 3_000, 4);
    expect(p.simulated.total!.meanCents - p.simulated.outOfPocket.meanCents).toBe(10_000 * 26);
  });

  it('a 20% coinsurance plan costs a fifth of the expected allowed amount', () => {
    const plan = makePlan({ id: 'coins-plan', benefits: { specialist_visit: { costShare: coinsurance(20) } } });
    const r = run([plan], { specialist_visit: 3 }, {}, { priceOverrides: { specialist_visit: 20_000 } });
    withinPoissonError(r.plans[0]!.simulated.outOfPocket.meanCents, 4_000, 3);
  });

  it('price spread keeps the table price as the mean', () => {
    // The member pays everything: the mean out-of-pocket is λ × table price, even with lognormal prices.
    const plan = makePlan({ id: 'pay-all', all: coinsurance(100), oopMax: [100_000_000, 100_000_000] });
    const price = tables.prices.services.pcp_visit.cents;
    const r = run([plan], { pcp_visit: 2 });
    const sd = price * Math.sqrt(2 * Math.exp(tables.prices.services.pcp_visit.spread ** 2));
    expect(Math.abs(r.plans[0]!.simulated.outOfPocket.meanCents - 2 * price)).toBeLessThan((5 * sd) / Math.sqrt(YEARS));
  });

  it('admissions come up in some years, more often for someone of 80 than for a child', () => {
    // $1,000 per admission, nothing else: the mean is $1,000 × the age band's admission rate.
    const plan = makePlan({ id: 'adm', benefits: { inpatient_admission: { costShare: { kind: 'copay', amountCents: 100_000, unit: 'admission' } } } });
    const rate = (age: number): number =>
      tables.usage.baseline.inpatient_admission!.perYear * tables.usage.ageBands.find((b) => age >= b.minAge && age <= b.maxAge)!.factors.admission.value;
    const at = (age: number) =>
      compareHousehold(
        [plan],
        {
          household: {
            // A child is covered with a parent (who here expects no care); an adult alone.
            members: [
              ...(age < 16 ? [{ id: 'parent', relationship: 'employee' as const, age: 40, usage: { preset: 'none' as const } }] : []),
              {
                id: 'e',
                relationship: age < 16 ? ('child' as const) : ('employee' as const),
                age,
                usage: { preset: 'none' as const, counts: { inpatient_admission: rate(age) } },
              },
            ],
          },
          priority: 'balanced',
          simulations: YEARS,
          seed: 3,
        },
        tables,
      ).plans[0]!.simulated.outOfPocket;
    const elder = at(80);
    const child = at(10);
    withinPoissonError(elder.meanCents, 100_000, rate(80));
    withinPoissonError(child.meanCents, 100_000, rate(10));
    expect(elder.meanCents).toBeGreaterThan(2 * child.meanCents);
    expect(elder.p50Cents).toBe(0); // most years have no admission
    expect(elder.maxCents).toBeGreaterThanOrEqual(100_000);
  });

  it('orders percentiles, splits "cheapest" to a total of 1, and ties identical plans', () => {
    const a = makePlan({ id: 'plan-a', all: coinsurance(20), deductible: [50_000, 100_000] });
    const twin = makePlan({ id: 'plan-twin', all: coinsurance(20), deductible: [50_000, 100_000] });
    const c = makePlan({ id: 'plan-c', all: copay(40), biweekly: [12_000, 20_000, 30_000] });
    const r = run([a, twin, c], {}, { simulations: 5_000 }, { members: [adult({}, { usage: { preset: 'typical' } })] });
    for (const p of r.plans) {
      const t = p.simulated.total!;
      expect(t.minCents).toBeLessThanOrEqual(t.p10Cents);
      expect(t.p10Cents).toBeLessThanOrEqual(t.p50Cents);
      expect(t.p50Cents).toBeLessThanOrEqual(t.p90Cents);
      expect(t.p90Cents).toBeLessThanOrEqual(t.maxCents);
    }
    const chances = r.plans.map((p) => p.simulated.probabilityCheapest!);
    expect(chances.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(chances[0]).toBeCloseTo(chances[1]!, 12);
  });

  it('gives the same figures for the same seed and different ones for another', () => {
    const plan = makePlan({ id: 'plan-a', all: coinsurance(20), deductible: [50_000, 100_000] });
    const household = { members: [adult({}, { usage: { preset: 'typical' } })] };
    const one = run([plan], {}, { simulations: 2_000, seed: 9 }, household);
    const two = run([plan], {}, { simulations: 2_000, seed: 9 }, household);
    const other = run([plan], {}, { simulations: 2_000, seed: 10 }, household);
    expect(two).toEqual(one);
    expect(other.plans[0]!.simulated.outOfPocket.meanCents).not.toBe(one.plans[0]!.simulated.outOfPocket.meanCents);
    expect(CompareResult.safeParse(one).success).toBe(true);
  });
});

describe('worst case', () => {
  const plan = makePlan({ id: 'tight', all: coinsurance(50), deductible: [100_000, 200_000], oopMax: [300_000, 600_000], biweekly: [5_000, 9_000, 12_000] });
  const family = Household.parse({
    members: [
      { id: 'e', relationship: 'employee', age: 60, usage: { preset: 'high' }, events: [{ type: 'mri' }] },
      { id: 's', relationship: 'spouse', age: 58, usage: { preset: 'typical' } },
    ],
  });

  it('bounds every simulated year: premium plus the family out-of-pocket limit', () => {
    const care = buildCarePlan(family, planWindow(plan), tables);
    const sim = simulateYears(care, [compilePlan(plan)], 77, 0, 5_000);
    const oop = sim.outOfPocket[0]!;
    let over = 0;
    let atLimit = 0;
    for (let k = 0; k < sim.to; k++) {
      if (oop[k]! - sim.notCovered[0]![k]! > 600_000) over++;
      if (oop[k] === 600_000) atLimit++;
    }
    expect(over).toBe(0);
    expect(atLimit).toBeGreaterThan(0); // the limit is reached in some years, so the bound is tight

    const r = compareHousehold([plan], { household: family, priority: 'lowest_worst_case', simulations: 5_000, seed: 77 }, tables);
    const p = r.plans[0]!;
    expect(p.worstCase).toMatchObject({ limit: 'family', oopMaxCents: 600_000, totalCents: 9_000 * 26 + 600_000, shareAbove: 0 });
    expect(p.simulated.shareWithNotCovered).toBe(0);
    expect(p.simulated.total!.maxCents).toBeLessThanOrEqual(p.worstCase.totalCents!);
  });

  it("uses the person's limit for one member", () => {
    const r = compareHousehold([plan], { household: { members: [adult({ pcp_visit: 1 })] }, priority: 'balanced', simulations: 200 }, tables);
    expect(r.plans[0]!.worstCase).toMatchObject({ limit: 'person', oopMaxCents: 300_000, totalCents: 5_000 * 26 + 300_000 });
  });

  it('keeps visits past a yearly limit outside it: "up to 20 visits per year"', () => {
    const limited = makePlan({ id: 'pt-limit', oopMax: [50_000, 100_000], benefits: { pt_visit: { costShare: copay(30), visitLimitPerYear: 20 } } });
    const r = compareHousehold([limited], { household: { members: [adult({ pt_visit: 30 })] }, priority: 'balanced', simulations: 2_000, seed: 5 }, tables);
    const p = r.plans[0]!;
    // 30 expected visits against a limit of 20: almost every simulated year has visits the plan does not pay.
    expect(p.simulated.shareWithNotCovered).toBeGreaterThan(0.95);
    expect(p.simulated.total!.maxCents).toBeGreaterThan(p.worstCase.totalCents!);
    // The worst case says so, and how often a simulated year costs more than it.
    expect(p.worstCase.shareAbove).toBeGreaterThan(0.5);
    expect(p.worstCase.note).toMatch(
      /plus any care the plan does not cover \(such as visits past a yearly limit\), which is outside the limit; \d+% of simulated years cost more than this/,
    );
  });
});
