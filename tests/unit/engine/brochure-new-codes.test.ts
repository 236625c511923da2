import { describe, expect, it } from 'vitest';
import type { EngineMember } from '../../../src-shared/claims-schema';
import { priceClaims } from '../../../src-main/engine';
import { runCases } from './case-runner';
import type { BrochureCase } from './case-runner';
import { compileKpPlans } from './real-plans';

// The brochure rows that had no service code before issue 17, priced with the plans in data/plans/ (2022
// FEHB Kaiser Permanente Colorado, RI 73-019). Each case names the option, the section, the row and the
// printed "You pay" text; the figures are worked out by hand from it, in cents. Members are 40 unless a
// case says otherwise.

const plans = compileKpPlans();
const CHILD: EngineMember[] = [{ id: 'kid', age: 10 }];
const TEEN: EngineMember[] = [{ id: 'teen', age: 16 }];
const TODDLER: EngineMember[] = [{ id: 'toddler', age: 1 }];

const high: BrochureCase[] = [
  {
    name: 'High Option · 5(f) Women\'s contraceptive drugs and devices: "Nothing"',
    claims: [{ service: 'rx_contraceptive', allowedCents: 3840 }],
    pays: 0,
    lines: [{ source: { section: '5(f)', youPay: 'Nothing' } }],
  },
  {
    name: 'High Option · 5(f) "up to a twelve-month supply for refills … at a Plan pharmacy or through our mail-order program": 365 days by mail, "Nothing"',
    claims: [{ service: 'rx_contraceptive', allowedCents: 46080, supplyDays: 365, channel: 'mail' }],
    pays: 0,
  },
  {
    name: 'High Option · 5(f) Preventive Care medications (aspirin, fluoride, folic acid): "Nothing"',
    claims: [{ service: 'rx_preventive_medication', allowedCents: 1000 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(f) Prescribed tobacco cessation medications: "Nothing"',
    claims: [{ service: 'rx_tobacco_cessation', allowedCents: 3840 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(a) Educational classes and programs, tobacco cessation programs (individual, group, and phone counseling): "Nothing"',
    claims: [{ service: 'tobacco_cessation_counseling', allowedCents: 7200 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(a) Family planning (IUDs, implanted and injectable contraceptives, counseling): "Nothing"',
    claims: [{ service: 'family_planning_service', allowedCents: 100000 }],
    pays: 0,
  },
  { name: 'High Option · 5(b) Female voluntary sterilization: "Nothing"', claims: [{ service: 'sterilization_female', allowedCents: 150000 }], pays: 0 },
  {
    name: 'High Option · 5(b) Surgical procedures, male voluntary sterilization: "Nothing"',
    claims: [{ service: 'vasectomy', allowedCents: 100000 }],
    pays: 0,
  },
  { name: 'High Option · 5(a) Allergy care, serum: "Nothing"', claims: [{ service: 'allergy_serum', allowedCents: 10000 }], pays: 0 },
  {
    name: 'High Option · 5(a) Internal prosthetic devices (artificial joints, pacemakers): "Nothing"',
    claims: [{ service: 'internal_prosthetic_device', allowedCents: 800000 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(a) Treatment therapies, ultraviolet light treatments: "Nothing"',
    claims: [{ service: 'uv_light_therapy', allowedCents: 10000 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(a) Maternity care, breastfeeding support, supplies, and counseling: "Nothing"',
    claims: [{ service: 'breastfeeding_support', allowedCents: 10000 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(a) DME, one breastfeeding pump per delivery: "Nothing for retail-grade pump"; the per-delivery limit is said',
    claims: [{ service: 'breast_pump', allowedCents: 15000 }],
    pays: 0,
    assumptions: ['One breastfeeding pump and supplies per delivery'],
  },
  {
    name: 'High Option · 5(a) DME: "10% of our allowance for hospital-grade pump"',
    claims: [{ service: 'breast_pump_hospital_grade', allowedCents: 40000 }],
    pays: 4000,
    lines: [{ coinsurance: 4000 }],
  },
  { name: 'High Option · 5(c) Hospice care at home: "Nothing"', claims: [{ service: 'hospice_home_day', allowedCents: 20000 }], pays: 0 },
  {
    name: 'High Option · 5(e) Professional services: "$10 per group therapy office visit" (individual therapy $20)',
    claims: [
      { service: 'group_therapy_visit', allowedCents: 4800 },
      { service: 'mental_health_visit', allowedCents: 14400 },
    ],
    pays: 1000 + 2000,
    lines: [
      {
        copay: 1000,
        text: '$10 copay per mental health or substance use group therapy visit',
        source: { section: '5(e)', youPay: '$10 per group therapy office visit' },
      },
      { copay: 2000 },
    ],
  },
  {
    name: 'High Option · 5(d) Urgent care delivered through interactive video: "$30 per visit" (other telehealth: "Nothing")',
    claims: [
      { service: 'urgent_care_video', allowedCents: 8000 },
      { service: 'telehealth_visit', allowedCents: 8000 },
    ],
    pays: 3000,
    lines: [{ copay: 3000, source: { section: '5(d)', youPay: '$30 per visit' } }, { pays: 0 }],
  },
  {
    name: 'High Option · 5(a) Routine eye exam: "$30 per specialty care office visit", the costlier reading without a setting, said as an assumption',
    claims: [{ service: 'routine_eye_exam', allowedCents: 16080 }],
    pays: 3000,
    lines: [{ copay: 3000, decidedBy: [], text: '$30 copay per visit (billed as a specialty care office visit)' }],
    assumptions: ['Routine eye exam (for glasses) without a "setting" is priced as a specialty care office visit'],
  },
  {
    name: 'High Option · 5(a) Routine eye exam billed as primary care: "$20 per primary care office visit"',
    claims: [{ service: 'routine_eye_exam', allowedCents: 16080, setting: 'primary_care_office' }],
    pays: 2000,
    lines: [{ copay: 2000, decidedBy: ['office_setting'], source: { section: '5(a)', youPay: '$20 per primary care office visit' } }],
  },
  {
    name: 'High Option · 5(a) Alternative treatments: "Not covered, including acupuncture" — All charges, counting toward nothing',
    claims: [{ service: 'acupuncture_visit', allowedCents: 8000 }],
    pays: 8000,
    lines: [{ notCovered: 8000, after: { personOopCents: 0, personDeductibleCents: 0 } }],
  },
  {
    name: 'High Option · 5(c) Outpatient hospital, observation care: "$250 in an outpatient hospital"',
    claims: [{ service: 'observation_care', allowedCents: 198900 }],
    pays: 25000,
  },
  {
    name: 'High Option · 5(a) Early childhood intervention, through age two: covered within the state-law amount, which the brochure does not print (said)',
    members: TODDLER,
    claims: [{ service: 'early_intervention_visit', allowedCents: 15000 }],
    pays: 0,
    lines: [{ source: { section: '5(a)', youPay: 'All charges in excess of the amount of coverage required by state law.' } }],
    assumptions: ['covered up to the amount of coverage Colorado law requires each year, which the brochure does not print'],
  },
  {
    name: 'High Option · 5(a) early intervention "Through age two (2)": the day a child turns 3 it is not covered (age on the date of service)',
    members: [{ id: 'kid', birthDate: '2019-06-15' }],
    claims: [
      { service: 'early_intervention_visit', allowedCents: 15000, date: '2022-06-14' },
      { service: 'early_intervention_visit', allowedCents: 15000, date: '2022-06-15' },
    ],
    pays: 15000,
    lines: [
      { pays: 0, decidedBy: [] },
      { notCovered: 15000, decidedBy: ['age_exception', 'birthday'] },
    ],
  },
  {
    name: 'High Option · 5(f) a brand asked for over the prescribed generic: "your brand-name drug copayment plus the difference in price" ($40 + $250 − $60)',
    claims: [{ service: 'rx_brand_requested', allowedCents: 25000, genericAllowedCents: 6000 }],
    pays: 4000 + 19000,
    lines: [
      {
        copay: 4000,
        notCovered: 19000,
        decidedBy: ['brand_requested'],
        after: { personOopCents: 4000 },
        text: '$40 copay per prescription for a 30-day supply at a Plan pharmacy, on the price of the prescribed generic; plus the difference in price between the prescribed generic and the brand asked for, $190, which the member pays in full (it counts toward nothing)',
        source: { section: '5(f)' },
      },
    ],
    assumptions: ['A brand drug asked for over the prescribed generic'],
  },
  {
    name: 'High Option · 5(f) a 90-day brand supply by mail asked for over the generic: two copays ("through our mail order program for two copayments") plus the difference',
    claims: [{ service: 'rx_brand_requested', allowedCents: 75000, genericAllowedCents: 18000, supplyDays: 90, channel: 'mail' }],
    pays: 2 * 4000 + 57000,
    lines: [{ copay: 8000, notCovered: 57000 }],
  },
  {
    name: 'High Option · 5(f) a brand asked for that costs less than the generic: the brand copayment only, no difference',
    claims: [{ service: 'rx_brand_requested', allowedCents: 5000, genericAllowedCents: 6000 }],
    pays: 4000,
    lines: [{ copay: 4000, notCovered: 0 }],
  },
];

const standard: BrochureCase[] = [
  {
    name: 'Standard Option · 5(b) vasectomy: "Nothing, except 10% of our allowance after the deductible for procedures in a specialist\'s office" ($150 + 10% of $850)',
    claims: [{ service: 'vasectomy', allowedCents: 100000 }],
    pays: 15000 + 8500,
    lines: [{ deductible: 15000, coinsurance: 8500 }],
    assumptions: ["Vasectomy, the surgeon: priced as done in a specialist's office"],
  },
  {
    name: 'Standard Option · 5(e) "$15 per group therapy office visit (nothing for children through age 17)": an adult pays $15',
    claims: [{ service: 'group_therapy_visit', allowedCents: 4800 }],
    pays: 1500,
  },
  {
    name: 'Standard Option · 5(e) group therapy "(nothing for children through age 17)": a 16-year-old pays nothing',
    members: TEEN,
    claims: [{ service: 'group_therapy_visit', allowedCents: 4800 }],
    pays: 0,
    lines: [{ decidedBy: ['age_exception'], text: 'Nothing for children through age 17' }],
  },
  {
    name: 'Standard Option · 5(d) urgent care through interactive video: "$40 per visit"',
    claims: [{ service: 'urgent_care_video', allowedCents: 8000 }],
    pays: 4000,
  },
  {
    name: 'Standard Option · 5(a) routine eye exam: "$30 per primary care office visit" with no child exemption, while a child\'s primary care visit is "(nothing for children through age 17)"',
    members: CHILD,
    claims: [
      { service: 'routine_eye_exam', allowedCents: 16080, setting: 'primary_care_office' },
      { service: 'pcp_visit', allowedCents: 16080 },
    ],
    pays: 3000,
    lines: [
      { copay: 3000, decidedBy: ['office_setting'] },
      { pays: 0, decidedBy: ['age_exception'] },
    ],
  },
  {
    name: 'Standard Option · 5(a) routine eye exam: "$40 per specialty care office visit"',
    claims: [{ service: 'routine_eye_exam', allowedCents: 16080 }],
    pays: 4000,
  },
  {
    name: 'Standard Option · 5(c) observation care: "$300 after the deductible in an outpatient hospital"',
    claims: [{ service: 'observation_care', allowedCents: 198900 }],
    pays: 15000 + 30000,
    lines: [{ deductible: 15000, copay: 30000 }],
  },
  {
    name: 'Standard Option · 5(a) "10% of our allowance for hospital-grade pump", not after the deductible',
    claims: [{ service: 'breast_pump_hospital_grade', allowedCents: 40000 }],
    pays: 4000,
    lines: [{ deductible: 0, coinsurance: 4000 }],
  },
  { name: 'Standard Option · 5(c) "Nothing for home-based hospice services"', claims: [{ service: 'hospice_home_day', allowedCents: 20000 }], pays: 0 },
  { name: 'Standard Option · 5(a) acupuncture: All charges', claims: [{ service: 'acupuncture_visit', allowedCents: 8000 }], pays: 8000 },
  {
    name: 'Standard Option · 5(f) a brand asked for over the generic: the $50 brand copayment plus the difference, with no pharmacy deductible',
    claims: [{ service: 'rx_brand_requested', allowedCents: 25000, genericAllowedCents: 6000 }],
    pays: 5000 + 19000,
    lines: [{ deductible: 0, copay: 5000, notCovered: 19000 }],
  },
];

const prosper: BrochureCase[] = [
  {
    name: 'Prosper · 5(b) vasectomy: "… 20% of our allowance after the deductible … for procedures in a specialist\'s office" ($300 + 20% of $700)',
    claims: [{ service: 'vasectomy', allowedCents: 100000 }],
    pays: 30000 + 14000,
  },
  { name: 'Prosper · 5(e) "$5 per group therapy office visit"', claims: [{ service: 'group_therapy_visit', allowedCents: 4800 }], pays: 500 },
  { name: 'Prosper · 5(d) urgent care through interactive video: "$35 per visit"', claims: [{ service: 'urgent_care_video', allowedCents: 8000 }], pays: 3500 },
  {
    name: 'Prosper · 5(a) routine eye exam: "$10 per primary care office visit" and "$35 per specialty care office visit"',
    claims: [
      { service: 'routine_eye_exam', allowedCents: 16080, setting: 'primary_care_office' },
      { service: 'routine_eye_exam', allowedCents: 16080, setting: 'specialist_office' },
    ],
    pays: 1000 + 3500,
  },
  {
    name: 'Prosper · 5(c) observation care: "$375 after the deductible in an outpatient hospital"',
    claims: [{ service: 'observation_care', allowedCents: 198900 }],
    pays: 30000 + 37500,
  },
  {
    name: 'Prosper · 5(a) "20% of our allowance for hospital-grade pump"',
    claims: [{ service: 'breast_pump_hospital_grade', allowedCents: 40000 }],
    pays: 8000,
  },
  {
    name: 'Prosper · 5(b) female voluntary sterilization: "Nothing", no deductible',
    claims: [{ service: 'sterilization_female', allowedCents: 150000 }],
    pays: 0,
  },
  {
    name: 'Prosper · 5(f) a brand asked for over the generic: the $60 brand copayment plus the difference ($60 + $250 − $80)',
    claims: [{ service: 'rx_brand_requested', allowedCents: 25000, genericAllowedCents: 8000 }],
    pays: 6000 + 17000,
  },
];

describe('rows that had no service code: High Option', () => runCases(() => plans.high, high));
describe('rows that had no service code: Standard Option', () => runCases(() => plans.standard, standard));
describe('rows that had no service code: Prosper', () => runCases(() => plans.prosper, prosper));

describe('claims for these rows that cannot be priced as given are refused, naming the field', () => {
  const adult: EngineMember[] = [{ id: 'self', age: 40 }];
  const at = (claim: Record<string, unknown>) => () => priceClaims(plans.high, adult, [{ member: 'self', date: '2022-03-01', ...claim } as never]);

  it("a brand asked for over a generic without the generic's price", () => {
    expect(at({ service: 'rx_brand_requested', allowedCents: 25000 })).toThrow(
      /claims\[0\]\.genericAllowedCents: .*the price of the generic that was prescribed/,
    );
  });
  it("a generic's price on a claim that is not a brand asked for over a generic", () => {
    expect(at({ service: 'rx_generic', allowedCents: 3840, genericAllowedCents: 3000 })).toThrow(
      /claims\[0\]\.genericAllowedCents: .*does not apply to generic drug/,
    );
  });
  it('a setting on a service that is not priced by the office', () => {
    expect(at({ service: 'group_therapy_visit', allowedCents: 4800, setting: 'primary_care_office' })).toThrow(
      /claims\[0\]\.setting: .*office_procedure, routine_eye_exam/,
    );
  });
  it('a contraceptive supply longer than a network pharmacy dispenses (30 days; twelve months only at a Plan pharmacy or by mail)', () => {
    expect(at({ service: 'rx_contraceptive', allowedCents: 11520, supplyDays: 90, channel: 'retail' })).toThrow(
      /claims\[0\]\.supplyDays: a 90-day supply is more than the 30 days "retail" dispenses/,
    );
  });
});
