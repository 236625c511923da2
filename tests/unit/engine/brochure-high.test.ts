import { describe } from 'vitest';
import { runCases } from './case-runner';
import type { BrochureCase } from './case-runner';
import { family, repeat } from './fixtures';
import { compileKpPlans } from './real-plans';

// 2022 FEHB Kaiser Permanente Colorado, High Option (RI 73-019), priced with the plan in data/plans/.
// No deductible; out-of-pocket maximum $4,000 per person, $8,000 per family (embedded).

const plans = compileKpPlans();
const high = () => plans.high;

const cases: BrochureCase[] = [
  { name: 'High Option · 5(a): $20 per primary care office visit', claims: [{ service: 'pcp_visit', allowedCents: 15000 }], pays: 2000 },
  { name: 'High Option · 5(a): $30 per specialty care office visit', claims: [{ service: 'specialist_visit', allowedCents: 25000 }], pays: 3000 },
  {
    name: 'High Option · lesser of copay and allowance: a $12 primary care visit costs $12',
    claims: [{ service: 'pcp_visit', allowedCents: 1200 }],
    pays: 1200,
    lines: [{ copay: 1200, deductible: 0 }],
  },
  {
    name: 'High Option · 5(c): $500 per day up to $1,000 per admission — a one-day stay is $500',
    claims: [{ service: 'inpatient_admission', allowedCents: 800000, days: 1 }],
    pays: 50000,
  },
  {
    name: 'High Option · 5(c): $500 per day up to $1,000 per admission — a five-day stay is $1,000',
    claims: [{ service: 'inpatient_admission', allowedCents: 800000, days: 5 }],
    pays: 100000,
    lines: [{ copay: 100000, text: '$500 copay per day, up to $1,000 per admission (5 days)' }],
  },
  {
    name: 'High Option · 5(c): two separate admissions each pay up to $1,000',
    claims: repeat(2, { service: 'inpatient_admission', allowedCents: 900000, days: 3 }),
    pays: 200000,
  },
  {
    name: 'High Option · maternity: the delivery stay is hospitalization, $500 a day up to $1,000',
    claims: [{ service: 'maternity_delivery', allowedCents: 1200000, days: 2 }],
    pays: 100000,
  },
  { name: 'High Option · 5(d): $300 per emergency room visit', claims: [{ service: 'er_visit', allowedCents: 200000 }], pays: 30000 },
  {
    name: 'High Option · 5(d): ER copay waived if admitted; the stay costs its inpatient copay',
    claims: [
      { service: 'er_visit', allowedCents: 200000, admitted: true },
      { service: 'inpatient_admission', allowedCents: 1000000, days: 3 },
    ],
    pays: 100000,
    lines: [{ pays: 0, copay: 0 }, { pays: 100000 }],
  },
  {
    name: 'High Option · 5(a): $125 per CT/MRI procedure per body part — two body parts, two copays',
    claims: repeat(2, { service: 'advanced_imaging', allowedCents: 150000 }),
    pays: 25000,
  },
  { name: 'High Option · 5(c): $150 per ambulance trip', claims: [{ service: 'ambulance_trip', allowedCents: 90000 }], pays: 15000 },
  {
    name: 'High Option · 5(c): $250 in an outpatient hospital, $150 in an ambulatory surgical center',
    claims: [
      { service: 'outpatient_hospital', allowedCents: 400000 },
      { service: 'ambulatory_surgery_center', allowedCents: 300000 },
    ],
    pays: 40000,
  },
  {
    name: 'High Option · nothing for preventive care, lab tests, X-rays and telehealth',
    claims: [
      { service: 'preventive_visit', allowedCents: 30000 },
      { service: 'lab_test', allowedCents: 5000 },
      { service: 'xray', allowedCents: 20000 },
      { service: 'telehealth_visit', allowedCents: 8000 },
    ],
    pays: 0,
  },
  {
    name: 'High Option · 5(f): no preventive maintenance tier, so the drug costs the $15 generic copay',
    claims: [{ service: 'rx_preventive_maintenance', allowedCents: 5000 }],
    pays: 1500,
    lines: [{ text: '$15 copay per prescription for a 30-day supply at a Plan pharmacy' }],
  },
  { name: 'High Option · 5(f): $100 for a 30-day specialty drug at a Plan pharmacy', claims: [{ service: 'rx_specialty', allowedCents: 500000 }], pays: 10000 },
  {
    name: 'High Option · 5(f): 90-day mail order = 2 copays ($40 preferred brand → $80)',
    claims: [{ service: 'rx_preferred_brand', allowedCents: 60000, supplyDays: 90, channel: 'mail' }],
    pays: 8000,
    lines: [{ text: '$40 copay per prescription × 2 copays for a 90-day supply by mail order' }],
  },
  {
    name: 'High Option · 5(f): a 90-day supply at a Plan pharmacy = 3 copays ($120)',
    claims: [{ service: 'rx_preferred_brand', allowedCents: 60000, supplyDays: 90, channel: 'plan_pharmacy' }],
    pays: 12000,
  },
  {
    name: 'High Option · 5(f): a 60-day supply at a Plan pharmacy = 2 copays ($30 generic)',
    claims: [{ service: 'rx_generic', allowedCents: 6000, supplyDays: 60 }],
    pays: 3000,
  },
  {
    name: 'High Option · 5(f): allowance less than the copays — a $20 generic 90-day mail fill costs $20',
    claims: [{ service: 'rx_generic', allowedCents: 2000, supplyDays: 90, channel: 'mail' }],
    pays: 2000,
  },
  {
    name: 'High Option · 5(f): diabetic supplies 20% of allowance up to $40 — $100 of strips cost $20',
    claims: [{ service: 'diabetic_supplies', allowedCents: 10000 }],
    pays: 2000,
  },
  {
    name: 'High Option · 5(f): diabetic supplies 20% of allowance up to $40 — $500 of supplies cost $40',
    claims: [{ service: 'diabetic_supplies', allowedCents: 50000 }],
    pays: 4000,
    lines: [{ coinsurance: 4000 }],
  },
  {
    name: 'High Option · 5(a): DME 10% of our allowance — 10% of $1,234.56 is $123.46 (half-up to the cent)',
    claims: [{ service: 'durable_medical_equipment', allowedCents: 123456 }],
    pays: 12346,
  },
  {
    name: 'High Option · 5(c): skilled nursing care costs nothing',
    claims: [{ service: 'skilled_nursing_day', allowedCents: 500000, days: 10 }],
    pays: 0,
  },
  {
    name: 'High Option · 5(g): dental is all charges and counts toward nothing',
    claims: [{ service: 'dental_preventive', allowedCents: 20000 }],
    pays: 20000,
    lines: [{ notCovered: 20000, after: { personOopCents: 0, familyOopCents: 0 } }],
  },
  {
    name: 'High Option · 5(a): the 21st physical therapy visit is not covered',
    claims: repeat(21, { service: 'pt_visit', allowedCents: 10000 }),
    pays: 20 * 2000 + 10000,
    line: { 19: { pays: 2000 }, 20: { pays: 10000, notCovered: 10000, copay: 0, after: { personOopCents: 40000 } } },
  },
  {
    name: 'High Option · 5(a): 20 visits of each therapy — 20 PT visits then an OT visit are all covered',
    claims: [...repeat(20, { service: 'pt_visit', allowedCents: 10000 }), { service: 'ot_visit', allowedCents: 10000 }],
    pays: 21 * 2000,
  },
  {
    name: 'High Option · the therapy visit limit is per person: 20 PT visits for one, a 21st for another',
    members: family(2),
    claims: [...repeat(20, { service: 'pt_visit', allowedCents: 10000, member: 'a' }), { service: 'pt_visit', allowedCents: 10000, member: 'b' }],
    pays: 21 * 2000,
  },
  {
    name: 'High Option · the therapy visit limit starts again in the next plan year',
    claims: [...repeat(20, { service: 'pt_visit', allowedCents: 10000 }), { service: 'pt_visit', allowedCents: 10000, date: '2023-01-05' }],
    pays: 21 * 2000,
    warnings: ['2023 priced with the 2022 rules; the 2023 plan is not in the catalog'],
    line: { 20: { planYear: '2023', pays: 2000 } },
  },
  {
    name: 'High Option · Section 4: $4,000 per person out-of-pocket maximum — the 5th $1,000 stay is free',
    claims: repeat(5, { service: 'inpatient_admission', allowedCents: 1000000, days: 2 }),
    pays: 400000,
    line: { 3: { pays: 100000, events: ['person_oop_met'] }, 4: { pays: 0, copay: 0, events: [] } },
  },
  {
    name: 'High Option · Section 4: $8,000 family maximum met by two members; the third pays nothing',
    members: family(3),
    claims: [
      ...repeat(4, { service: 'inpatient_admission', allowedCents: 1000000, days: 2, member: 'a' }),
      ...repeat(4, { service: 'inpatient_admission', allowedCents: 1000000, days: 2, member: 'b' }),
      { service: 'inpatient_admission', allowedCents: 1000000, days: 2, member: 'c' },
    ],
    pays: 800000,
    line: {
      3: { events: ['person_oop_met'] },
      7: { events: ['person_oop_met', 'family_oop_met'], after: { familyOopCents: 800000 } },
      8: { pays: 0 },
    },
  },
  {
    name: 'High Option · 5(a): chiropractic $30 per visit, up to 20 visits per calendar year',
    claims: repeat(21, { service: 'chiropractic_visit', allowedCents: 8000 }),
    pays: 20 * 3000 + 8000,
  },
  {
    name: 'High Option · 5(e): inpatient mental health $500 per day up to $1,000 per admission',
    claims: [{ service: 'mental_health_inpatient', allowedCents: 2000000, days: 4 }],
    pays: 100000,
  },
  { name: 'High Option · 5(e): $20 per individual therapy office visit', claims: [{ service: 'mental_health_visit', allowedCents: 15000 }], pays: 2000 },
  { name: 'High Option · 5(d): $30 per urgent care visit', claims: [{ service: 'urgent_care_visit', allowedCents: 20000 }], pays: 3000 },
];

describe('High Option (brochure cases)', () => runCases(high, cases));
