import { describe } from 'vitest';
import { runCases } from './case-runner';
import type { BrochureCase } from './case-runner';
import { family, repeat } from './fixtures';
import { compileKpPlans } from './real-plans';

// 2022 FEHB Kaiser Permanente Colorado, Standard Option, priced with the plan in data/plans/.
// Deductible $150 per person / $300 per family, embedded; OOP maximum $5,500 / $11,000, embedded.

const plans = compileKpPlans();
const standard = () => plans.standard;
const ADMISSION = { service: 'inpatient_admission', allowedCents: 1000000, days: 3 } as const;
const MRI = { service: 'advanced_imaging', allowedCents: 100000 } as const;

const cases: BrochureCase[] = [
  {
    name: 'Standard Option · 5(a): $30 per primary care office visit, no deductible',
    claims: [{ service: 'pcp_visit', allowedCents: 15000 }],
    pays: 3000,
    lines: [{ deductible: 0, copay: 3000, text: '$30 copay per primary care visit' }],
  },
  {
    name: 'Standard Option · 5(a): nothing for children through age 17 at a primary care visit',
    members: [{ id: 'kid', age: 17 }],
    claims: [{ service: 'pcp_visit', allowedCents: 15000 }],
    pays: 0,
    lines: [{ text: 'Nothing for children through age 17' }],
  },
  {
    name: 'Standard Option · 5(a): an 18-year-old pays the $30 primary care copay',
    members: [{ id: 'teen', age: 18 }],
    claims: [{ service: 'pcp_visit', allowedCents: 15000 }],
    pays: 3000,
  },
  {
    name: 'Standard Option · age on the date of service: 17 in the 2022 plan year is 18 in 2023',
    members: [{ id: 'teen', age: 17 }],
    claims: [
      { service: 'pcp_visit', allowedCents: 15000, date: '2022-06-01' },
      { service: 'pcp_visit', allowedCents: 15000, date: '2023-06-01' },
    ],
    pays: 3000,
    warnings: ['2023 priced with the 2022 rules; the 2023 plan is not in the catalog'],
    lines: [
      { pays: 0, planYear: '2022' },
      { pays: 3000, planYear: '2023' },
    ],
  },
  { name: 'Standard Option · 5(a): $40 per specialty care office visit', claims: [{ service: 'specialist_visit', allowedCents: 25000 }], pays: 4000 },
  {
    name: 'Standard Option · 5(c): $150 per person deductible before the $750 inpatient copay',
    claims: [ADMISSION],
    pays: 90000,
    lines: [{ deductible: 15000, copay: 75000, events: ['person_deductible_met'], text: '$750 copay per admission after the deductible' }],
  },
  {
    name: 'Standard Option · 5(c): $750 per admission, not per day; the second admission has no deductible left',
    claims: [ADMISSION, { ...ADMISSION, days: 6 }],
    pays: 90000 + 75000,
    lines: [undefined, { deductible: 0, copay: 75000 }],
  },
  {
    name: 'Standard Option · 5(c): nothing for maternity care delivery, and no deductible either',
    claims: [{ service: 'maternity_delivery', allowedCents: 1200000, days: 2 }],
    pays: 0,
    lines: [{ after: { personDeductibleCents: 0 } }],
  },
  { name: 'Standard Option · 5(a): prenatal and postpartum care cost nothing', claims: [{ service: 'maternity_care', allowedCents: 30000 }], pays: 0 },
  {
    name: 'Standard Option · 5(d): $350 per ER visit after the deductible',
    claims: [{ service: 'er_visit', allowedCents: 200000 }],
    pays: 15000 + 35000,
  },
  {
    name: 'Standard Option · 5(d): ER copay waived if admitted — the deductible is then paid on the stay',
    claims: [{ service: 'er_visit', allowedCents: 200000, admitted: true }, ADMISSION],
    pays: 90000,
    lines: [
      { pays: 0, deductible: 0 },
      { deductible: 15000, copay: 75000 },
    ],
  },
  {
    name: 'Standard Option · an ER visit allowed at less than the deductible costs its allowance, all deductible',
    claims: [{ service: 'er_visit', allowedCents: 10000 }],
    pays: 10000,
    lines: [{ deductible: 10000, copay: 0, after: { personDeductibleCents: 10000 } }],
  },
  {
    name: 'Standard Option · 5(a): $150 per CT/MRI per body part after the deductible — two body parts',
    claims: [
      { service: 'advanced_imaging', allowedCents: 120000 },
      { service: 'advanced_imaging', allowedCents: 120000 },
    ],
    pays: 30000 + 15000,
  },
  {
    name: 'Standard Option · 5(a): procedure in a specialist office: 10% of our allowance after the deductible',
    claims: [{ service: 'office_procedure', allowedCents: 50000 }],
    pays: 15000 + 3500,
    lines: [{ deductible: 15000, coinsurance: 3500 }],
  },
  {
    name: 'Standard Option · 10% of $123.45 is $12.35 (coinsurance rounds half up to the cent)',
    claims: [
      { service: 'er_visit', allowedCents: 15000 },
      { service: 'office_procedure', allowedCents: 12345 },
    ],
    pays: 15000 + 1235,
  },
  {
    name: 'Standard Option · 5(c): $300 outpatient hospital and $200 surgical center, after the deductible',
    claims: [
      { service: 'outpatient_hospital', allowedCents: 500000 },
      { service: 'ambulatory_surgery_center', allowedCents: 300000 },
    ],
    pays: 15000 + 30000 + 20000,
  },
  {
    name: 'Standard Option · Section 4: copays do not count toward the deductible',
    claims: [...repeat(10, { service: 'pcp_visit', allowedCents: 15000 }), { service: 'advanced_imaging', allowedCents: 120000 }],
    pays: 10 * 3000 + 15000 + 15000,
    line: { 10: { deductible: 15000, after: { personDeductibleCents: 15000, personOopCents: 60000 } } },
  },
  {
    name: 'Standard Option · embedded family deductible met by two members ($150 + $150); the third pays none',
    members: family(3),
    claims: [
      { ...MRI, member: 'a' },
      { ...MRI, member: 'b' },
      { ...MRI, member: 'c' },
    ],
    pays: 30000 + 30000 + 15000,
    lines: [
      { deductible: 15000, events: ['person_deductible_met'] },
      { deductible: 15000, events: ['person_deductible_met', 'family_deductible_met'], after: { familyDeductibleCents: 30000 } },
      { deductible: 0, copay: 15000, events: [] },
    ],
  },
  {
    name: 'Standard Option · family of four: $100 + $100 + $100 reaches the $300 family deductible',
    members: family(4),
    claims: [
      { service: 'er_visit', allowedCents: 10000, member: 'a' },
      { service: 'er_visit', allowedCents: 10000, member: 'b' },
      { service: 'er_visit', allowedCents: 10000, member: 'c' },
      { service: 'er_visit', allowedCents: 200000, member: 'd' },
    ],
    pays: 30000 + 35000,
    lines: [{ events: [] }, { events: [] }, { events: ['family_deductible_met'] }, { deductible: 0, copay: 35000 }],
  },
  {
    name: 'Standard Option · Self Only: the $150 deductible is met across two claims',
    claims: [
      { service: 'er_visit', allowedCents: 10000 },
      { service: 'er_visit', allowedCents: 200000 },
    ],
    pays: 10000 + 5000 + 35000,
    lines: [
      { deductible: 10000, events: [] },
      { deductible: 5000, events: ['person_deductible_met'] },
    ],
  },
  {
    name: "Standard Option · Self Plus One: one member's $150 does not lift the other's",
    members: family(2),
    claims: [
      { ...MRI, member: 'a' },
      { ...MRI, member: 'a' },
      { ...MRI, member: 'b' },
    ],
    pays: 30000 + 15000 + 30000,
    lines: [undefined, { deductible: 0 }, { deductible: 15000, events: ['person_deductible_met', 'family_deductible_met'] }],
  },
  {
    name: 'Standard Option · Section 4: $5,500 per person out-of-pocket maximum',
    claims: repeat(9, ADMISSION),
    pays: 550000,
    line: { 6: { pays: 75000 }, 7: { pays: 10000, copay: 10000, events: ['person_oop_met'] }, 8: { pays: 0 } },
  },
  {
    name: 'Standard Option · Section 4: $11,000 family maximum met by two members; the third pays nothing',
    members: family(3),
    claims: [...repeat(8, { ...ADMISSION, member: 'a' }), ...repeat(8, { ...ADMISSION, member: 'b' }), { ...ADMISSION, member: 'c' }],
    pays: 1100000,
    line: {
      7: { events: ['person_oop_met'] },
      8: { deductible: 15000, events: ['person_deductible_met', 'family_deductible_met'] },
      15: { pays: 10000, events: ['person_oop_met', 'family_oop_met'] },
      16: { pays: 0, deductible: 0, copay: 0 },
    },
  },
  {
    name: 'Standard Option · 5(f): diabetic supplies 20% of allowance up to $50',
    claims: [{ service: 'diabetic_supplies', allowedCents: 30000 }],
    pays: 5000,
  },
  {
    name: 'Standard Option · 5(f): $5 preventive maintenance drug, a 90-day supply by mail = 2 copays',
    claims: [{ service: 'rx_preventive_maintenance', allowedCents: 4000, supplyDays: 90, channel: 'mail' }],
    pays: 1000,
  },
  {
    name: 'Standard Option · 5(f): $200 specialty drug — there is no pharmacy deductible',
    claims: [{ service: 'rx_specialty', allowedCents: 400000 }],
    pays: 20000,
    lines: [{ deductible: 0 }],
  },
  {
    name: 'Standard Option · 5(c): skilled nursing care, nothing after the deductible',
    claims: [{ service: 'skilled_nursing_day', allowedCents: 300000, days: 5 }],
    pays: 15000,
  },
  {
    name: 'Standard Option · 5(e): individual therapy $30, nothing for children through age 17',
    members: [
      { id: 'parent', age: 45 },
      { id: 'child', age: 12 },
    ],
    claims: [
      { service: 'mental_health_visit', allowedCents: 18000, member: 'child' },
      { service: 'mental_health_visit', allowedCents: 18000, member: 'parent' },
    ],
    pays: 3000,
  },
  {
    name: 'Standard Option · two plan years: the deductible starts again on January 1, 2023',
    claims: [
      { ...MRI, date: '2022-06-01' },
      { ...MRI, date: '2023-02-01' },
    ],
    pays: 60000,
    warnings: ['2023 priced with the 2022 rules; the 2023 plan is not in the catalog'],
    lines: [
      { planYear: '2022', deductible: 15000 },
      { planYear: '2023', deductible: 15000, events: ['person_deductible_met'], after: { personDeductibleCents: 15000 } },
    ],
  },
  {
    name: 'Standard Option · claims are priced in date order, not list order',
    claims: [
      { ...MRI, date: '2022-05-01' },
      { service: 'er_visit', allowedCents: 10000, date: '2022-02-01' },
    ],
    pays: 10000 + 20000,
    lines: [
      { index: 1, deductible: 10000 },
      { index: 0, deductible: 5000, copay: 15000 },
    ],
  },
  {
    // README "Same-day claims": by member, then in the order of the service codes (er_visit before
    // advanced_imaging), whatever order the list gives: the ER visit takes the deductible.
    name: 'Standard Option · same-day claims in the service order, MRI listed first: the ER visit takes the deductible',
    claims: [
      { ...MRI, date: '2022-03-01' },
      { service: 'er_visit', allowedCents: 10000, date: '2022-03-01' },
    ],
    pays: 10000 + 20000,
    lines: [
      { index: 1, deductible: 10000, copay: 0 },
      { index: 0, deductible: 5000, copay: 15000 },
    ],
  },
  {
    name: 'Standard Option · same-day claims in the service order, ER listed first: the same ledger',
    claims: [
      { service: 'er_visit', allowedCents: 10000, date: '2022-03-01' },
      { ...MRI, date: '2022-03-01' },
    ],
    pays: 10000 + 20000,
    lines: [
      { index: 0, deductible: 10000, copay: 0 },
      { index: 1, deductible: 5000, copay: 15000 },
    ],
  },
  {
    name: 'Standard Option · 5(a): the 21st speech therapy visit is not covered',
    claims: repeat(21, { service: 'speech_therapy_visit', allowedCents: 9000 }),
    pays: 20 * 3000 + 9000,
  },
  {
    name: 'Standard Option · 5(c): $200 per ambulance trip, no deductible',
    claims: [{ service: 'ambulance_trip', allowedCents: 80000 }],
    pays: 20000,
    lines: [{ deductible: 0 }],
  },
  {
    name: 'Standard Option · dental is not covered and does not count toward the deductible',
    claims: [{ service: 'dental_preventive', allowedCents: 20000 }, MRI],
    pays: 20000 + 30000,
    lines: [{ notCovered: 20000 }, { deductible: 15000 }],
  },
];

describe('Standard Option (brochure cases)', () => runCases(standard, cases));
