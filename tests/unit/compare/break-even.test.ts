import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HouseholdMemberInput } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { breakEven, createSpendingCurves } from '../../../src-main/compare/break-even';
import { yearTotal } from '../../../src-main/compare/cost-basis';
import { claimsForPlan, occurrencesAt } from '../../../src-main/compare/typical-year';
import { priceClaims } from '../../../src-main/engine';
import { preparePlans } from '../../../src-main/compare/prepare-plans';
import { adult, coinsurance, makePlan, tables, type Counts } from './fixtures';

// Plan "full" covers everything for a $5,200 premium; plan "bare" costs $1,300 but the member pays every
// dollar up to a $4,000 limit. Bare costs $1,300 + spending (up to $4,000): they cross at $3,900.
const full = makePlan({ id: 'full', biweekly: [20_000, 30_000, 40_000] });
const bare = makePlan({ id: 'bare', all: coinsurance(100), oopMax: [400_000, 800_000], biweekly: [5_000, 10_000, 15_000] });
const visit = tables.prices.services.specialist_visit.cents;

const contextsFor = (plans: Plan[], counts: Counts = { specialist_visit: 3 }) =>
  preparePlans(plans, { household: { members: [adult(counts)] }, priority: 'balanced' }, tables).contexts;

const fehbPlans = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
/** The three FEHB plans for an adult of `adultUsage` and a second member. */
const fehbContextsFor = (adultUsage: 'typical' | 'high', second: HouseholdMemberInput) =>
  preparePlans(fehbPlans, { household: { members: [adult({}, { usage: { preset: adultUsage } }), second] }, priority: 'balanced' }, tables).contexts;

describe('break-even spending', () => {
  it('finds where the cheaper plan changes: the first level of care above $3,900', () => {
    const result = breakEven(contextsFor([full, bare]));
    expect(result.available).toBe(true);
    expect(result.typicalAllowedCents).toBe(3 * visit);
    expect(result.points).toHaveLength(1);
    const [point] = result.points;
    expect(point).toMatchObject({ cheaperBelowPlanId: 'bare', cheaperAbovePlanId: 'full' });
    // Care grows a specialist visit at a time, so the change comes within one visit above $3,900.
    expect(point!.allowedCents).toBeGreaterThan(390_000);
    expect(point!.allowedCents).toBeLessThanOrEqual(390_000 + visit);
  });

  it('traces each curve as the plan rules say: bare = premium + spending up to the limit', () => {
    const result = breakEven(contextsFor([full, bare]));
    expect(result.grid[0]).toMatchObject({ careScale: 0, allowedCents: 0 });
    for (const g of result.grid) {
      expect(g.totalsCents.full).toBe(520_000);
      expect(g.totalsCents.bare).toBe(130_000 + Math.min(g.allowedCents, 400_000));
      expect(g.allowedCents % visit).toBe(0);
    }
    // The grid reaches past the point where bare's limit is met.
    expect(result.grid.at(-1)!.allowedCents).toBeGreaterThan(400_000);
  });

  it('puts every point where the curves cross, on the FEHB plans too', () => {
    const contexts = fehbContextsFor('typical', { id: 's', relationship: 'spouse', age: 38, usage: { preset: 'typical' } });
    const curves = createSpendingCurves(contexts);
    const result = breakEven(contexts, curves);
    expect(result.points.length).toBeGreaterThan(0);
    const index = (id: string): number => contexts.findIndex((c) => c.plan.id === id);
    for (const p of result.points) {
      const below = curves.at(p.careScale - 1e-6).totals;
      const at = curves.at(p.careScale).totals;
      // Just below the point the first plan is cheaper; from it on, the second is.
      expect(below[index(p.cheaperBelowPlanId)]!).toBeLessThanOrEqual(below[index(p.cheaperAbovePlanId)]!);
      expect(at[index(p.cheaperAbovePlanId)]!).toBeLessThan(at[index(p.cheaperBelowPlanId)]!);
      expect(curves.at(p.careScale).allowedCents).toBe(p.allowedCents);
    }
    // A hospital stay is what makes 20% coinsurance dear: Prosper stops being cheapest at some point.
    expect(result.points[0]!.cheaperBelowPlanId).toBe('fehb-kpco-2022-prosper');
  });

  it('prices every scale as the year its rounded counts make, claim by claim, also where a bisection asks again', () => {
    const contexts = fehbContextsFor('high', { id: 'c', relationship: 'child', age: 6, usage: { preset: 'typical' } });
    const curves = createSpendingCurves(contexts);
    // A year priced once is handed out for every scale that makes it: 301 scales a fortieth apart (most
    // change only some counts), scales a hair apart, and the same year asked for again after others.
    const scales = [...Array.from({ length: 301 }, (_, i) => i / 40), 0.3100001, 2.5000001, 0.3, 1];
    for (const scale of scales) {
      const point = curves.at(scale);
      expect(point.scale).toBe(scale);
      contexts.forEach((ctx, p) => {
        const occurrences = occurrencesAt(ctx.care, scale);
        const { claims } = claimsForPlan(ctx.care, ctx.plan, (item) => occurrences.get(item) ?? { offsets: [], days: 1 });
        const priced = priceClaims(ctx.compiled, ctx.care.members, claims, { ledger: false }).totals;
        expect(point.totals[p]).toBe(yearTotal(ctx.basis, priced.memberPaysCents));
        if (p === 0) expect(point.allowedCents).toBe(priced.allowedCents);
      });
    }
  });

  it('is not offered without two known premiums or without care to scale', () => {
    const unknown = makePlan({ id: 'unknown', biweekly: [null, null, null] });
    expect(breakEven(contextsFor([full, unknown])).available).toBe(false);
    expect(breakEven(contextsFor([full, bare], {}))).toMatchObject({ available: false, message: expect.stringMatching(/no care to scale/) });
  });
});
