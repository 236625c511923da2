import { describe, expect, it } from 'vitest';
import { planProblems, recomputeStatus } from '../../../src-shared/plan-editor-checks';
import type { Plan } from '../../../src-shared/plan-schema';
import { planFromPlanFile } from './sbc-fixture';

const complete = planFromPlanFile();
const change = (edit: (p: Plan) => void): Plan => {
  const p = structuredClone(complete);
  edit(p);
  return p;
};

describe('the checks a save must pass beyond the schema', () => {
  it('finds nothing wrong with the completed fixture plan', () => {
    expect(planProblems(complete)).toEqual([]);
  });

  it('marks a plan complete only when every service has a rule', () => {
    const missingOne = change((p) => delete p.benefits.xray);
    expect(recomputeStatus(missingOne).status).toEqual({ complete: false, missing: ['cost sharing for x-ray or ultrasound (xray)'] });
    const claimsComplete = change((p) => {
      delete p.benefits.xray;
      p.status = { complete: true };
    });
    expect(planProblems(claimsComplete)).toContainEqual(expect.objectContaining({ path: 'status', severity: 'error' }));
    expect(recomputeStatus(change((p) => (p.status = { complete: false, missing: ['x'] }))).status).toEqual({ complete: true });
  });

  it('refuses a percentage finer than a hundredth (the engine works in basis points)', () => {
    const p = change((x) => (x.benefits.inpatient_admission!.costShare = { kind: 'coinsurance', percent: 12.345 }));
    expect(planProblems(p)).toEqual([expect.objectContaining({ path: 'benefits.inpatient_admission.costShare.percent', severity: 'error' })]);
  });

  it('refuses an enrollment type listed twice', () => {
    const p = change((x) => x.enrollment.push({ ...x.enrollment[0]!, code: 'EE2' }));
    expect(planProblems(p)).toEqual([expect.objectContaining({ path: 'enrollment[3].type', severity: 'error' })]);
  });

  it('refuses covered drugs without any pharmacy, but not a plan whose drugs are all "Not covered"', () => {
    const noPharmacy = change((x) => (x.pharmacy = {}));
    expect(planProblems(noPharmacy)).toEqual([expect.objectContaining({ path: 'pharmacy', severity: 'error' })]);
    const noDrugs = change((x) => {
      x.pharmacy = {};
      for (const code of ['rx_generic', 'rx_preventive_maintenance', 'rx_preferred_brand', 'rx_nonpreferred', 'rx_specialty'] as const) {
        x.benefits[code] = { ...x.benefits[code]!, costShare: { kind: 'not_covered' } };
      }
    });
    expect(planProblems(noDrugs)).toEqual([]);
  });

  it('warns (without refusing) when the deductible is above the out-of-pocket limit', () => {
    const p = change((x) => (x.deductible = { personCents: 500_000, familyCents: 1_000_000, embedded: true }));
    expect(planProblems(p)).toEqual([expect.objectContaining({ path: 'deductible.personCents', severity: 'warning' })]);
  });
});
