import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CompareRequestInput } from '../../../src-shared/household-schema';
import { CompareResult } from '../../../src-shared/compare-result-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { AppError } from '../../../src-shared/result';
import { compareHousehold, explainYear, formatCompareTable, parseCompareRequest } from '../../../src-main/compare';
import { adult, coinsurance, copay, makePlan, tables } from './fixtures';

const planFile = (name: string): Plan[] =>
  (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', `${name}.json`), 'utf8')) as { plans: Plan[] }).plans;
const example = (name: string): CompareRequestInput =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'examples', `${name}.json`), 'utf8')) as CompareRequestInput;

const fehb = planFile('fehb-kpco-2022');
const district = planFile('district-kpco-2021');

describe('compareHousehold', () => {
  it('prices the complete FEHB plans and lists the incomplete district plans as skipped, with what they lack', () => {
    const request = { ...example('household-family-of-four'), simulations: 1_000 };
    const r = compareHousehold([...fehb, ...district], request, tables);
    expect(CompareResult.safeParse(r).error?.issues ?? []).toEqual([]);
    expect(r.plans.map((p) => p.name)).toEqual(['High Option', 'Standard Option', 'Prosper']);
    expect(r.skipped.map((s) => s.planId)).toEqual(district.map((p) => p.id));
    for (const s of r.skipped) {
      expect(s.reason).toMatch(/cannot be priced yet: its numbers are missing/);
      expect(s.missing).toContain('deductible (per person and per family)');
    }
    expect(r.plans.length + r.skipped.length).toBe(fehb.length + district.length);
    expect(r.enrollmentType).toBe('self_and_family');
    // The family's typical year includes the birth, priced line by line (Explain asks for it separately).
    const typical = explainYear(fehb, { request: parseCompareRequest(request), planId: r.plans[0]!.planId, year: 'typical' }, tables);
    expect(typical.priced.lines.some((l) => l.service === 'maternity_delivery')).toBe(true);
  });

  it('refuses an unknown plan id and a bad request, naming the field', () => {
    const request: CompareRequestInput = { household: { members: [adult()] }, priority: 'balanced', planIds: ['fehb-kpco-2022-high', 'no-such-plan'] };
    expect(() => compareHousehold(fehb, request, tables)).toThrow('request.planIds[1]: there is no plan with id "no-such-plan".');
    expect(() => compareHousehold(fehb, request, tables)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    try {
      compareHousehold(fehb, { household: { members: [{ ...adult(), age: 200 }] }, priority: 'balanced' }, tables);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_ARGUMENT');
      expect((error as AppError).issues?.[0]).toMatch(/^request\.household\.members\[0\]\.age: /);
    }
    expect(() => compareHousehold(fehb, { household: { members: [adult()] }, priority: 'cheapest' as 'balanced' }, tables)).toThrow(/request\.priority/);
  });

  it('prices a plan with an unknown premium for out-of-pocket, but never totals it as if the premium were $0', () => {
    const known = makePlan({ id: 'known', all: copay(20) });
    const unknown = makePlan({ id: 'unknown', all: copay(10), biweekly: [null, 20_000, 30_000] });
    const r = compareHousehold([known, unknown], { household: { members: [adult({ pcp_visit: 3 })] }, priority: 'lowest_premium', simulations: 500 }, tables);
    const u = r.plans.find((p) => p.planId === 'unknown')!;
    expect(u.totalKnown).toBe(false);
    expect(u.premium).toMatchObject({ known: false, enrollmentType: 'self_only' });
    expect(u.premiumBasisCents).toBeNull();
    expect(u.typicalYear.figures.totalCents).toBeNull();
    expect(u.expected.totalCents).toBeNull();
    expect(u.typicalYear.figures.careCents).toBe(3 * 1_000);
    expect(u.simulated.total).toBeNull();
    expect(u.simulated.outOfPocket.meanCents).toBeGreaterThan(0);
    expect(u.simulated.probabilityCheapest).toBeNull();
    expect(u.worstCase.totalCents).toBeNull();
    expect(r.plans.find((p) => p.planId === 'known')!.simulated.probabilityCheapest).toBe(1);
    expect(r.recommendation.ranking.map((x) => x.planId)).toEqual(['known', 'unknown']);
    expect(formatCompareTable(r)).toMatch(/unknown\s+unknown/);
  });

  it('counts premiums after tax and out-of-pocket after the employer account', () => {
    const plan = makePlan({ id: 'hsa-plan', all: coinsurance(50), oopMax: [300_000, 600_000], biweekly: [4_000, 8_000, 12_000] });
    const request: CompareRequestInput = {
      household: {
        members: [adult({ specialist_visit: 2 }, { usage: { preset: 'none', counts: { specialist_visit: 2 } } })],
        taxRatePercent: 25,
        accountCentsByPlan: { 'hsa-plan': 10_000 },
      },
      priority: 'balanced',
      simulations: 500,
    };
    const r = compareHousehold([plan], request, tables);
    const p = r.plans[0]!;
    const oop = Math.round(tables.prices.services.specialist_visit.cents / 2) * 2;
    expect(p.premiumBasisCents).toBe(4_000 * 26 * 0.75);
    const dollar = (c: number) => Math.round(c / 100) * 100;
    expect(p.typicalYear.figures).toEqual({
      premiumCents: dollar(4_000 * 26 * 0.75),
      careBeforeAccountCents: dollar(oop),
      accountCents: 10_000,
      careCents: dollar(oop) - 10_000,
      totalCents: dollar(4_000 * 26 * 0.75 + (oop - 10_000)),
    });
    expect(p.worstCase.totalCents).toBe(dollar(4_000 * 26 * 0.75 + 300_000 - 10_000));
    expect(r.basis).toMatchObject({ afterTax: true, taxRatePercent: 25, accountsApplied: true });
    expect(r.basis.text).toMatch(/premium × 0\.75/);
  });

  it('prints a table a counselor can read aloud', () => {
    const r = compareHousehold([...fehb, ...district], { ...example('household-single-specialty-drug'), simulations: 500 }, tables);
    const text = formatCompareTable(r);
    for (const p of r.plans) expect(text).toContain(p.name);
    expect(text).toContain('Not priced: Kaiser Permanente HMO 20 Plus cannot be priced yet');
    expect(text).toContain('What would change the answer:');
    expect(text.trimEnd().endsWith('the employee decides.')).toBe(true);
  });

  it('says so plainly when no plan can be priced', () => {
    const r = compareHousehold(district, { household: { members: [adult()] }, priority: 'balanced', simulations: 100 }, tables);
    expect(r.plans).toEqual([]);
    expect(r.skipped).toHaveLength(3);
    expect(r.recommendation.ranking).toEqual([]);
    expect(formatCompareTable(r)).toContain('No plan could be priced: see below for what is missing.');
  });

  it('prices the plan year that contains planYearStart, where a birth due then lands', () => {
    const request: CompareRequestInput = {
      household: {
        members: [
          adult(),
          {
            id: 'spouse',
            relationship: 'spouse',
            age: 30,
            sex: 'female',
            usage: { preset: 'none' },
            events: [{ type: 'baby', delivery: 'vaginal', dueDate: '2023-02-10' }],
          },
        ],
      },
      priority: 'balanced',
      simulations: 200,
    };
    const births = (r: ReturnType<typeof compareHousehold>, input: CompareRequestInput) =>
      explainYear(fehb, { request: parseCompareRequest(input), planId: r.plans[0]!.planId, year: 'typical' }, tables).priced.lines.filter(
        (l) => l.service === 'maternity_delivery',
      );
    const thisYear = compareHousehold(fehb, request, tables);
    expect(thisYear.plans[0]!.planYear).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(births(thisYear, request)).toHaveLength(0);
    expect(thisYear.notes[0]).toMatch(/falls in the next plan year/);
    const next = { ...request, planYearStart: '2023-01-01' };
    const nextYear = compareHousehold(fehb, next, tables);
    expect(nextYear.plans[0]!.planYear).toMatchObject({ start: '2023-01-01', end: '2023-12-31', label: '2023' });
    expect(births(nextYear, next).map((l) => [l.date, l.planYear])).toEqual([['2023-02-10', '2023']]);
  });
});
