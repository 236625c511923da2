import { describe, expect, it } from 'vitest';
import { sampleImpact } from '../../../src-main/editor/change-impact';
import { SAMPLE_HOUSEHOLDS, claimsFor } from '../../../src-main/editor/sample-household';
import type { Plan } from '../../../src-shared/plan-schema';
import { planFromPlanFile } from './sbc-fixture';

const plan = planFromPlanFile();
const change = (edit: (p: Plan) => void): Plan => {
  const p = structuredClone(plan);
  edit(p);
  return p;
};

describe("the sample household's year under two versions of a plan", () => {
  it('prices one adult under the fixture plan: copays only, none of it reaching the $2,000 deductible', () => {
    const row = sampleImpact(plan, plan).rows.find((r) => r.enrollmentType === 'self_only');
    // $30 + $30 primary care, $10 lab, $50 specialist, $50 x-ray, $50 urgent care, 12 × $10 generic fills.
    expect(row?.after).toEqual({ priced: true, outOfPocketCents: 34_000, premiumCents: 3923 * 26, totalCents: 34_000 + 3923 * 26 });
    expect(row?.outOfPocketChangeCents).toBe(0);
  });

  it('a $5 higher primary care copay costs the one adult $10 a year (two visits)', () => {
    const after = change((p) => (p.benefits.pcp_visit!.costShare = { kind: 'copay', amountCents: 3500, unit: 'visit' }));
    const rows = sampleImpact(plan, after).rows;
    expect(rows.find((r) => r.enrollmentType === 'self_only')?.outOfPocketChangeCents).toBe(1000);
    expect(rows.find((r) => r.enrollmentType === 'self_only')?.totalChangeCents).toBe(1000);
  });

  it('a premium change moves the total but not the out-of-pocket figure', () => {
    const after = change((p) => (p.enrollment[2]!.biweekly.employeeCents = 28_154 + 100));
    const family = sampleImpact(plan, after).rows.find((r) => r.enrollmentType === 'self_and_family');
    expect(family?.outOfPocketChangeCents).toBe(0);
    expect(family?.totalChangeCents).toBe(100 * 26);
  });

  it('says why an incomplete version cannot be priced instead of giving a number', () => {
    const incomplete = change((p) => {
      delete p.benefits.xray;
      p.status = { complete: false, missing: ['cost sharing for x-ray or ultrasound (xray)'] };
    });
    const row = sampleImpact(incomplete, plan).rows[0];
    expect(row?.before).toEqual({ priced: false, reason: expect.stringMatching(/incomplete \(1 item missing\)/) });
    expect(row?.outOfPocketChangeCents).toBeNull();
  });

  it('dates every sample claim inside the plan year, and fills prescriptions through a channel the plan offers', () => {
    for (const household of SAMPLE_HOUSEHOLDS) {
      const { claims } = claimsFor(household, plan);
      for (const c of claims) {
        expect(c.date >= plan.planYear.start && c.date <= plan.planYear.end).toBe(true);
        if (c.service.startsWith('rx_')) expect(c.channel).toBe('plan_pharmacy');
      }
    }
  });

  it('leaves prescriptions out, and says so, for a version with no pharmacy', () => {
    const noDrugs = change((p) => {
      p.pharmacy = {};
      for (const code of ['rx_generic', 'rx_preventive_maintenance', 'rx_preferred_brand', 'rx_nonpreferred', 'rx_specialty'] as const) {
        p.benefits[code] = { ...p.benefits[code]!, costShare: { kind: 'not_covered' } };
      }
    });
    const impact = sampleImpact(plan, noDrugs);
    expect(impact.notes.join(' ')).toMatch(/gives no pharmacy/);
    // The one adult's 12 generic fills ($120) are gone from the figure.
    expect(impact.rows[0]?.outOfPocketChangeCents).toBe(-12_000);
  });
});
