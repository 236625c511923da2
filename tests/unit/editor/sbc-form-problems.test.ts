import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import type { Plan } from '../../../src-shared/plan-schema';
import { formFromPlan, sbcSourceId, type SbcForm } from '../../../src-shared/sbc-form';
import { planFromForm, type FormResult } from '../../../src-shared/sbc-form-to-plan';
import { fillForm, loadSbcFixture } from './sbc-fixture';

// Every problem is tied to the field it comes from, and a plan comes out only when nothing blocks it.

const root = join(import.meta.dirname, '..', '..', '..', 'data', 'plans');
const plans = [
  ...parsePlanFile(readFileSync(join(root, 'fehb-kpco-2022.json'), 'utf8')),
  ...parsePlanFile(readFileSync(join(root, 'district-kpco-2021.json'), 'utf8')),
];
const plan = (id: string): Plan => {
  const p = plans.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const district = plan('district-kpco-2021-dhmo2000plus');
const standard = plan('fehb-kpco-2022-standard');

/** The district plan completed from the fixture SBC, then changed by `edit`. */
function completed(edit: (f: SbcForm) => void): FormResult {
  const form = fillForm(formFromPlan(district), loadSbcFixture());
  edit(form);
  return planFromForm(form, district);
}
function edited(base: Plan, edit: (f: SbcForm) => void): FormResult {
  const form = formFromPlan(base);
  edit(form);
  return planFromForm(form, base);
}
const errorsAt = (r: FormResult, field: string): string[] => r.problems.filter((p) => p.field === field && p.severity === 'error').map((p) => p.message);
const warningsAt = (r: FormResult, field: string): string[] => r.problems.filter((p) => p.field === field && p.severity === 'warning').map((p) => p.message);

describe('Important Questions', () => {
  it('"What is the overall deductible?" $2,000 / $4,000, embedded, is stored in cents', () => {
    const r = completed(() => {});
    expect(r.plan?.deductible).toEqual({ personCents: 200_000, familyCents: 400_000, embedded: true });
    expect(r.plan?.oopMax).toEqual({ personCents: 450_000, familyCents: 900_000, embedded: true });
  });

  it('refuses a deductible that is not a dollar amount, beside the field', () => {
    const r = completed((f) => (f.deductible.person = '2k'));
    expect(errorsAt(r, 'deductible.person')[0]).toMatch(/Deductible per person: "2k" is not a dollar amount/);
    expect(r.plan).toBeNull();
  });

  it('refuses a family amount below the per-person amount, beside the family field', () => {
    const r = completed((f) => (f.oopMax.family = '$4,000'));
    expect(errorsAt(r, 'oopMax.family')[0]).toMatch(/family amount must be at least the per-person amount/);
  });

  it('asks for the family amount when only the per-person one is typed', () => {
    const r = edited(district, (f) => (f.deductible.person = '$2,000'));
    expect(errorsAt(r, 'deductible.family')[0]).toMatch(/per family: type the amount/);
  });

  it('lists the services covered before the deductible, as the rows say', () => {
    const r = completed(() => {});
    expect(r.coveredBeforeDeductible).toContain('pcp_visit');
    expect(r.coveredBeforeDeductible).toContain('preventive_visit');
    expect(r.coveredBeforeDeductible).not.toContain('inpatient_admission');
    expect(r.coveredBeforeDeductible).not.toContain('dental_preventive');
  });

  it('keeps "other deductibles" as a note and warns that the engine applies only the overall one', () => {
    const r = completed((f) => (f.otherDeductibles = '$250 for prescription drugs'));
    expect(warningsAt(r, 'otherDeductibles')[0]).toMatch(/applies one deductible/);
    expect(r.plan?.notes).toContain('Other deductibles (SBC): $250 for prescription drugs');
  });

  it('keeps the referral answer as a network note', () => {
    const r = completed(() => {});
    expect(r.plan?.network.notes.at(-1)).toBe('Referral to see a specialist (SBC): Yes, for most specialists; some may be seen without a referral.');
  });
});

describe('Common Medical Events cells', () => {
  it('"$500/day up to $1,000/admission" in the hospital row is a per-day copay capped per stay', () => {
    const r = completed((f) => (f.cells.inpatient_admission.inNetwork = '$500/day up to $1,000/admission'));
    expect(r.plan?.benefits.inpatient_admission?.costShare).toEqual({ kind: 'copay', amountCents: 50_000, unit: 'day', maxPerClaimCents: 100_000 });
    expect(r.readings.inpatient_admission.inNetwork).toEqual({
      state: 'read',
      text: expect.stringMatching(/You pay \$500 a day, at most \$1,000 for each stay/),
    });
  });

  it('"$750" alone in the hospital row is counted per admission (the row names the unit)', () => {
    const r = completed((f) => (f.cells.inpatient_admission.inNetwork = '$750 after deductible'));
    expect(r.plan?.benefits.inpatient_admission?.costShare).toEqual({ kind: 'copay', amountCents: 75_000, unit: 'admission' });
  });

  it("shows the parser's refusal beside the cell and saves nothing", () => {
    const r = completed((f) => (f.cells.pcp_visit.inNetwork = '$30 or $40'));
    expect(errorsAt(r, 'cell.pcp_visit.in')).toHaveLength(1);
    expect(r.readings.pcp_visit.inNetwork.state).toBe('error');
    expect(r.plan).toBeNull();
  });

  it('an empty in-network cell leaves the service missing, which is not an error', () => {
    const r = completed((f) => (f.cells.chiropractic_visit = { ...f.cells.chiropractic_visit, inNetwork: '', outOfNetwork: '' }));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.plan?.status).toEqual({ complete: false, missing: ['cost sharing for chiropractic visit (chiropractic_visit)'] });
  });

  it('refuses out-of-network text on a row without an in-network cost', () => {
    const r = completed((f) => (f.cells.chiropractic_visit.inNetwork = ''));
    expect(errorsAt(r, 'cell.chiropractic_visit.in')[0]).toMatch(/in-network cost too/);
  });

  it('keeps unreadable out-of-network text as printed, with a warning (it is never priced)', () => {
    const r = completed((f) => (f.cells.pcp_visit.outOfNetwork = 'Plus tier: see your EOC'));
    expect(warningsAt(r, 'cell.pcp_visit.out')).toHaveLength(1);
    expect(r.plan?.benefits.pcp_visit?.outOfNetworkYouPay).toBe('Plus tier: see your EOC');
  });

  it('drops out-of-network text when the plan has no out-of-network benefit', () => {
    const r = completed((f) => (f.outOfNetworkBenefit = 'no'));
    expect(r.plan?.benefits.pcp_visit?.outOfNetworkYouPay).toBeUndefined();
    expect(r.plan?.network.outOfNetworkBenefit).toBe(false);
  });

  it('"Copay waived if admitted" is the emergency row\'s checkbox', () => {
    expect(completed(() => {}).plan?.benefits.er_visit?.waivedIfAdmitted).toBe(true);
    expect(completed((f) => (f.cells.er_visit.waivedIfAdmitted = false)).plan?.benefits.er_visit?.waivedIfAdmitted).toBeUndefined();
  });

  it('"limited to 20 visits per year" becomes the rule\'s visit limit', () => {
    expect(completed(() => {}).plan?.benefits.pt_visit?.visitLimitPerYear).toBe(20);
  });

  it('a cell typed here cites the SBC row; an untouched FEHB cell keeps its brochure source', () => {
    const r = edited(standard, (f) => (f.cells.pcp_visit.inNetwork = '$35 copay/visit'));
    expect(r.plan?.benefits.pcp_visit?.source).toEqual({
      document: sbcSourceId(standard.id),
      section: 'Common Medical Events',
      row: "If you visit a health care provider's office or clinic — Primary care visit to treat an injury or illness",
      youPay: '$35 copay/visit',
    });
    expect(r.plan?.benefits.specialist_visit).toEqual(standard.benefits.specialist_visit);
    expect(r.plan?.sources.map((s) => s.id)).toContain(sbcSourceId(standard.id));
  });

  it('keeps the Standard Option\'s "nothing for children through age 17" when the adult copay changes, unless unticked', () => {
    const kept = edited(standard, (f) => (f.cells.pcp_visit.inNetwork = '$35 copay/visit'));
    expect(kept.plan?.benefits.pcp_visit?.exceptions).toEqual(standard.benefits.pcp_visit?.exceptions);
    const dropped = edited(standard, (f) => {
      f.cells.pcp_visit.inNetwork = '$35 copay/visit';
      f.cells.pcp_visit.keepExceptions = false;
    });
    expect(dropped.plan?.benefits.pcp_visit?.exceptions).toBeUndefined();
  });

  it("asks for the SBC's name when a typed cell would cite it", () => {
    const r = edited(standard, (f) => {
      f.cells.pcp_visit.inNetwork = '$35 copay/visit';
      f.source.title = '';
    });
    expect(errorsAt(r, 'source.title')[0]).toMatch(/Name the SBC/);
  });
});

describe('pharmacy, premiums and plan year', () => {
  it('refuses covered drug rows when no way to fill a prescription is given', () => {
    const r = completed((f) => {
      f.pharmacy.plan_pharmacy.offered = false;
      f.pharmacy.mail.offered = false;
    });
    expect(errorsAt(r, 'pharmacy')[0]).toMatch(/No way to fill a prescription/);
    expect(r.plan).toBeNull();
  });

  it('asks for the copays of a supply whose days are typed', () => {
    const r = completed((f) => (f.pharmacy.mail.tiers[2] = { upToDays: '60', copays: '' }));
    expect(errorsAt(r, 'pharmacy.mail.2.copays')[0]).toMatch(/how many copays a supply of 60 days costs/);
  });

  it('premiums are cents per pay period; an amount without an enrollment code is refused at the code', () => {
    expect(completed(() => {}).plan?.enrollment[0]).toEqual({
      type: 'self_only',
      code: 'EE',
      biweekly: { employeeCents: 3923, employerCents: 27692 },
      monthly: { employeeCents: 8500, employerCents: 60000 },
    });
    const r = completed((f) => (f.premiums[1]!.code = ''));
    expect(errorsAt(r, 'premium.self_plus_one.code')[0]).toMatch(/type the enrollment code/);
  });

  it('warns that a monthly-only premium is shown as unknown (the year is figured from every two weeks × 26)', () => {
    const r = completed((f) => (f.premiums[0]!.biweeklyEmployee = ''));
    expect(warningsAt(r, 'premium.self_only.biweeklyEmployee')[0]).toMatch(/× 26/);
    expect(r.plan).not.toBeNull();
  });

  it('refuses a plan year that ends before it starts, beside the end date', () => {
    const r = completed((f) => (f.planYear.end = '2021-06-30'));
    expect(errorsAt(r, 'planYear.end')[0]).toMatch(/Plan year end: the plan year must end after it starts/);
  });

  it('refuses an empty plan name, naming the field', () => {
    const r = completed((f) => (f.planName = '  '));
    expect(errorsAt(r, 'planName')).toEqual(['Plan name: cannot be empty.']);
  });
});

describe('the reading shown beside a cell', () => {
  it('says outright that a copay does not wait for a $2,000 deductible', () => {
    expect(completed(() => {}).readings.pcp_visit.inNetwork).toEqual({
      state: 'read',
      text: 'You pay $30 for each visit. You do not have to meet the deductible first.',
    });
  });

  it('does not say so under a plan without a deductible (FEHB High Option)', () => {
    const high = plan('fehb-kpco-2022-high');
    expect(planFromForm(formFromPlan(high), high).readings.pcp_visit.inNetwork).toEqual({ state: 'read', text: 'You pay $20 for each visit.' });
  });

  it('includes the visit limit and the emergency room waiver', () => {
    const r = completed(() => {});
    expect(r.readings.pt_visit.inNetwork).toMatchObject({ text: expect.stringContaining('The plan covers up to 20 visits a year.') });
    expect(r.readings.er_visit.inNetwork).toMatchObject({
      text: expect.stringContaining('If you are admitted to the hospital from here, you pay nothing for this visit.'),
    });
  });
});
