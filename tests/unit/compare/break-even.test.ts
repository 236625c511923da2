import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src-shared/plan-schema';
import { breakEven, createSpendingCurves } from '../../../src-main/compare/break-even';
import { preparePlans } from '../../../src-main/compare/prepare-plans';
import { adult, coinsurance, makePlan, tables } from './fixtures';

// Plan "full" covers everything for a $5,200 premium; plan "bare" costs $1,300 but the member pays every
// dollar up to a $4,000 limit. Bare costs $1,300 + spending (up to $4,000), so they cross at $3,900.
const full = makePlan({ id: 'full', biweekly: [20_000, 30_000, 40_000] });
const bare = makePlan({ id: 'bare', all: coinsurance(100), oopMax: [400_000, 800_000], biweekly: [5_000, 10_000, 15_000] });

function prepared(plans: Plan[], taxRatePercent?: number) {
  return preparePlans(
    plans,
    { household: { members: [adult({ specialist_visit: 3 })], ...(taxRatePercent === undefined ? {} : { taxRatePercent }) }, priority: 'balanced' },
    tables,
  ).contexts;
}

describe('break-even spending', () => {
  it('finds where the cheaper plan changes: $3,900 of allowed care', () => {
    const result = breakEven(prepared([full, bare]));
    expect(result.available).toBe(true);
    expect(result.points).toHaveLength(1);
    const [point] = result.points;
    expect(point).toMatchObject({ cheaperBelowPlanId: 'bare', cheaperAbovePlanId: 'full' });
    expect(Math.abs(point!.allowedCents - 390_000)).toBeLessThanOrEqual(100);
  });

  it('traces each curve as the plan rules say: bare = premium + spending up to the limit', () => {
    const result = breakEven(prepared([full, bare]));
    for (const g of result.grid) {
      expect(g.totalsCents.full).toBe(520_000);
      // Scaling three claims rounds each to the cent, so allow a few cents.
      expect(Math.abs(g.totalsCents.bare! - (130_000 + Math.min(g.allowedCents, 400_000)))).toBeLessThanOrEqual(3);
    }
  });

  it('puts every point where the curves cross, on the FEHB plans too', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] };
    const contexts = preparePlans(
      file.plans,
      { household: { members: [adult({}, { usage: { preset: 'typical' } }), { id: 's', relationship: 'spouse', age: 38, usage: { preset: 'typical' } }] }, priority: 'balanced' },
      tables,
    ).contexts;
    const curves = createSpendingCurves(contexts);
    const result = breakEven(contexts, curves);
    expect(result.points.length).toBeGreaterThan(0);
    const index = (id: string): number => contexts.findIndex((c) => c.plan.id === id);
    for (const p of result.points) {
      const below = index(p.cheaperBelowPlanId);
      const above = index(p.cheaperAbovePlanId);
      // Just below the point the first plan is cheaper; at it, the second is no dearer.
      expect(curves.totalAt(below, p.allowedCents - 100)!).toBeLessThanOrEqual(curves.totalAt(above, p.allowedCents - 100)!);
      expect(curves.totalAt(above, p.allowedCents)!).toBeLessThanOrEqual(curves.totalAt(below, p.allowedCents)!);
    }
  });

  it('is not offered without two known premiums or without care to scale', () => {
    const unknown = makePlan({ id: 'unknown', biweekly: [null, null, null] });
    expect(breakEven(prepared([full, unknown])).available).toBe(false);
    const none = preparePlans([full, bare], { household: { members: [adult({})] }, priority: 'balanced' }, tables).contexts;
    expect(breakEven(none)).toMatchObject({ available: false, message: expect.stringMatching(/no care to scale/) });
  });
});
