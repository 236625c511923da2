import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CompareRequestInput } from '../../../src-shared/household-schema';
import { CompareResult, type CostFigures } from '../../../src-shared/compare-result-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import {
  analyseComparison,
  compareHousehold,
  explainYear,
  finishComparison,
  parseCompareRequest,
  prepareComparison,
  simulateRange,
} from '../../../src-main/compare';
import { costFigures } from '../../../src-main/compare/figures';
import { planSimulation } from '../../../src-main/compare/work-budget';
import { tables } from './fixtures';

// "One figure, one definition": the headline expected cost is the mean of the simulated years, the
// result carries every figure a screen shows already rounded so that parts add up, and any year of the
// range can be opened claim by claim with exactly the total the comparison counted for it.

const root = join(__dirname, '..', '..', '..');
const fehb = (JSON.parse(readFileSync(join(root, 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const family = JSON.parse(readFileSync(join(root, 'data', 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;
const withHsa: CompareRequestInput = {
  ...family,
  household: { ...family.household, taxRatePercent: 22, accountCentsByPlan: { 'fehb-kpco-2022-standard': 50_000, 'fehb-kpco-2022-prosper': 100_000 } },
};
const dollar = (c: number): number => Math.round(c / 100) * 100;

function expectPartsAddUp(f: CostFigures): void {
  for (const v of [f.premiumCents, f.careCents, f.careBeforeAccountCents, f.accountCents, f.totalCents]) if (v !== null) expect(v % 100).toBe(0);
  if (f.premiumCents !== null) expect(f.premiumCents + f.careCents).toBe(f.totalCents);
  expect(f.careBeforeAccountCents - f.accountCents).toBe(f.careCents);
}

describe('one figure per plan', () => {
  const request = { ...withHsa, simulations: 2_000 };
  const result = compareHousehold(fehb, request, tables);

  it('is a valid result under 50 KB: no raw years and no ledgers travel with it', () => {
    expect(CompareResult.safeParse(result).error?.issues ?? []).toEqual([]);
    const full = compareHousehold(fehb, { ...withHsa, simulations: 10_000 }, tables);
    expect(JSON.stringify(full).length).toBeLessThan(50_000);
  });

  it('headline = the mean of the simulated years; shown parts add up (premium + care = total, care before the account − account = care)', () => {
    for (const p of result.plans) {
      expectPartsAddUp(p.expected);
      expectPartsAddUp(p.typicalYear.figures);
      expect(Math.abs((p.expected.totalCents as number) - (p.simulated.total as { meanCents: number }).meanCents)).toBeLessThanOrEqual(50);
      expect(p.expected.premiumCents).toBe(dollar(p.premiumBasisCents as number));
    }
    const high = result.plans.find((p) => p.planId === 'fehb-kpco-2022-high')!;
    expect(high.expected.accountCents).toBe(0);
    const prosper = result.plans.find((p) => p.planId === 'fehb-kpco-2022-prosper')!;
    expect(prosper.expected.accountCents).toBeGreaterThan(0);
    expect(prosper.expected.accountCents).toBeLessThanOrEqual(100_000);
  });

  it('rounds parts once: $6,034.40 + $3,075.40 shows as $6,034 + $3,076 = $9,110, never a total its parts do not make', () => {
    expect(costFigures(603_440, 307_540, 0)).toEqual({
      premiumCents: 603_400,
      careBeforeAccountCents: 307_600,
      accountCents: 0,
      careCents: 307_600,
      totalCents: 911_000,
    });
    expect(costFigures(null, 57_700, 42_800)).toEqual({
      premiumCents: null,
      careBeforeAccountCents: 57_700,
      accountCents: 42_800,
      careCents: 14_900,
      totalCents: null,
    });
  });

  it('ranks under every priority at once (a priority change needs no new comparison), and lists plans in one order', () => {
    for (const priority of ['lowest_expected', 'lowest_worst_case', 'lowest_premium', 'balanced'] as const) {
      const again = compareHousehold(fehb, { ...request, priority }, tables);
      expect(again.recommendation).toEqual(result.rankings[priority]);
    }
    expect(result.planOrder).toEqual(result.rankings.lowest_expected.ranking.map((r) => r.planId));
    const totals = result.planOrder.map((id) => result.plans.find((p) => p.planId === id)!.expected.totalCents as number);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
  });

  it('gives the same result however the simulated years are split between workers, in any order', () => {
    const parsed = parseCompareRequest(request);
    const prepared = prepareComparison(fehb, parsed, tables);
    const a = simulateRange(prepared, 0, 700);
    const b = simulateRange(prepareComparison(fehb, parsed, tables), 700, 2_000);
    const split = finishComparison(prepared, tables, [b, a], analyseComparison(prepared, tables));
    expect(split).toEqual(result);
  });
});

describe('explaining a year claim by claim', () => {
  const request = parseCompareRequest({ ...withHsa, simulations: 1_000 });
  const result = compareHousehold(fehb, request, tables);

  it('opens the median, the 1-in-10 bad and the worst simulated year with exactly the totals the range shows', () => {
    for (const p of result.plans) {
      const open = (k: number) => explainYear(fehb, { request, planId: p.planId, year: { simulated: k } }, tables);
      const t = p.simulated.total!;
      expect(open(p.simulated.years.median).figures.totalCents).toBe(dollar(t.p50Cents));
      expect(open(p.simulated.years.bad).figures.totalCents).toBe(dollar(t.p90Cents));
      const worst = open(p.simulated.years.worst);
      expect(worst.figures.totalCents).toBe(dollar(t.maxCents));
      // Each line carries the brochure rule that decided it.
      for (const line of worst.priced.lines) expect(line.rule.source.youPay.length).toBeGreaterThan(0);
    }
  });

  it('opens the typical year with the figures the comparison lists for it', () => {
    for (const p of result.plans) {
      const typical = explainYear(fehb, { request, planId: p.planId, year: 'typical' }, tables);
      expect(typical.figures).toEqual(p.typicalYear.figures);
      expect(typical.priced.totals.allowedCents).toBe(p.typicalYear.allowedCents);
    }
  });

  it('refuses a year the comparison did not simulate and a plan it did not price, naming the field', () => {
    expect(() => explainYear(fehb, { request, planId: 'fehb-kpco-2022-high', year: { simulated: 1_000 } }, tables)).toThrow(
      /year\.simulated: the comparison simulates years 0 to 999, not 1000/,
    );
    expect(() => explainYear(fehb, { request, planId: 'nope', year: 'typical' }, tables)).toThrow(/planId: "nope" is not among the plans compared/);
  });
});

describe('the work budget', () => {
  const many = (people: number, fills: number): CompareRequestInput => ({
    household: {
      members: Array.from({ length: people }, (_, i) => ({
        id: `m${i}`,
        relationship: i === 0 ? ('employee' as const) : i === 1 ? ('spouse' as const) : ('child' as const),
        age: i < 2 ? 40 : 10,
        prescriptions: Array.from({ length: 30 }, () => ({ tier: 'rx_generic' as const, fillsPerYear: fills, supplyDays: 1 })),
      })),
    },
    priority: 'balanced',
  });

  it('simulates fewer years for a very large household, and says so', () => {
    const prepared = prepareComparison(fehb, parseCompareRequest(many(20, 12)), tables);
    const plan = planSimulation(prepared.prep);
    expect(plan.years).toBeLessThan(10_000);
    expect(plan.years).toBeGreaterThanOrEqual(1_000);
    expect(plan.note).toMatch(/simulated years instead of 10,000: the household's year is large \(about [\d,]+ claims a year for 20 people under 3 plans\)/);
  });

  it('refuses one too large to simulate at all, naming the household size, instead of hanging', () => {
    const request = parseCompareRequest(many(20, 365));
    expect(() => prepareComparison(fehb, request, tables)).toThrow(
      /too large to simulate in reasonable time: about [\d,]+ claims a year for 20 people under 3 plans/,
    );
  });

  it('stops between years when the checkpoint says the work was cancelled', () => {
    let calls = 0;
    const stop = (): void => {
      if (++calls > 2) throw new Error('cancelled');
    };
    expect(() => compareHousehold(fehb, { ...family, simulations: 10_000 }, tables, stop)).toThrow('cancelled');
    expect(calls).toBe(3);
  });
});
