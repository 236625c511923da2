import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src-shared/plan-diff';
import type { Plan } from '../../../src-shared/plan-schema';
import { planFromPlanFile } from './sbc-fixture';

const before = planFromPlanFile();
const change = (edit: (p: Plan) => void): Plan => {
  const p = structuredClone(before);
  edit(p);
  return p;
};
const texts = (a: Plan, b: Plan): string[] => diffPlans(a, b).map((c) => c.text);

describe('the readable plan diff', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(before, structuredClone(before))).toEqual([]);
  });

  it('says a copay change the way the SBC prints it', () => {
    const after = change((p) => (p.benefits.pcp_visit = { ...p.benefits.pcp_visit!, costShare: { kind: 'copay', amountCents: 3500, unit: 'visit' } }));
    expect(texts(before, after)).toEqual(['Primary care visit: $30 copay per visit → $35 copay per visit']);
  });

  it('names a deductible change with both amounts and whether it is embedded', () => {
    const after = change((p) => (p.deductible = { personCents: 250_000, familyCents: 500_000, embedded: false }));
    expect(texts(before, after)).toEqual([
      'Deductible: $2,000 per person, $4,000 per family (embedded) → $2,500 per person, $5,000 per family (family total only)',
    ]);
  });

  it('says when a rule starts applying after the deductible, and when a visit limit goes', () => {
    const after = change((p) => {
      p.benefits.urgent_care_visit = { ...p.benefits.urgent_care_visit!, afterDeductible: true };
      delete p.benefits.pt_visit!.visitLimitPerYear;
    });
    expect(texts(before, after)).toEqual([
      'Urgent care visit: $50 copay per visit → $50 copay per visit after deductible',
      'Physical therapy visit: $30 copay per visit; limited to 20 visits per year → $30 copay per visit',
    ]);
  });

  it('lists a removed rule as "not entered" and the status change it causes', () => {
    const after = change((p) => {
      delete p.benefits.dental_preventive;
      p.status = { complete: false, missing: ['cost sharing for dental checkup and cleaning (dental_preventive)'] };
    });
    expect(texts(before, after)).toEqual(['Dental checkup and cleaning: Not covered → not entered', 'Status: complete → incomplete (1 missing)']);
  });

  it('names each premium column that changed', () => {
    const after = change((p) => (p.enrollment[2]!.biweekly.employeeCents = 30_000));
    expect(texts(before, after)).toEqual(['Premium, self and family, every two weeks, employee share: $281.54 → $300']);
  });

  it('lists added and removed lines of a list field', () => {
    const after = change((p) => (p.oopExcludes = [...p.oopExcludes.filter((x) => x !== 'Premiums'), 'Penalties for not getting pre-certification']));
    expect(texts(before, after)).toEqual([
      'Not included in the out-of-pocket limit: removed “Premiums”',
      'Not included in the out-of-pocket limit: added “Penalties for not getting pre-certification”',
    ]);
  });

  it('shows where two long limitation notes differ', () => {
    const long = 'Prior authorization is required for every admission, including '.repeat(4);
    const a = change((p) => (p.benefits.inpatient_admission!.note = `${long}surgery.`));
    const b = change((p) => (p.benefits.inpatient_admission!.note = `${long}childbirth.`));
    const [line] = texts(a, b);
    expect(line).toMatch(/^Hospital stay, limitations: “….*surgery\.” → “….*childbirth\.”$/);
  });

  it('reports pharmacy supply, out-of-network text and plan year changes', () => {
    const after = change((p) => {
      delete p.pharmacy.mail;
      p.benefits.pcp_visit!.outOfNetworkYouPay = '40% coinsurance after deductible';
      p.planYear = { start: '2022-07-01', end: '2023-06-30', label: '2022–23' };
    });
    expect(texts(before, after)).toEqual([
      'Primary care visit, out of network: 30% coinsurance after deductible → 40% coinsurance after deductible',
      'Prescription supply, mail order: up to 30 days for 1 copay; up to 90 days for 2 copays → not offered',
      'Plan year: 2021-07-01 to 2022-06-30 (2021–22) → 2022-07-01 to 2023-06-30 (2022–23)',
    ]);
  });
});
