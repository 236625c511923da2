import { describe } from 'vitest';
import { runCases } from './case-runner';
import type { BrochureCase } from './case-runner';
import { family } from './fixtures';
import { compileKpPlans } from './real-plans';

// 2022 FEHB Kaiser Permanente Colorado, Prosper (formerly Basic), priced with the plan in data/plans/.
// Deductible $300 per person / $600 per family, embedded; OOP maximum $7,000 / $14,000, embedded.

const plans = compileKpPlans();
const prosper = () => plans.prosper;
const BIG_STAY = { service: 'inpatient_admission', allowedCents: 5000000, days: 6 } as const;

const cases: BrochureCase[] = [
  { name: 'Prosper · 5(a): $10 per primary care office visit', claims: [{ service: 'pcp_visit', allowedCents: 15000 }], pays: 1000 },
  {
    name: 'Prosper · no exception for children: a 5-year-old pays the $10 primary care copay',
    members: [{ id: 'kid', age: 5 }],
    claims: [{ service: 'pcp_visit', allowedCents: 15000 }],
    pays: 1000,
  },
  { name: 'Prosper · 5(a): $35 per specialty care office visit', claims: [{ service: 'specialist_visit', allowedCents: 20000 }], pays: 3500 },
  {
    name: 'Prosper · 5(c): 20% of our allowance for inpatient care after the $300 deductible',
    claims: [{ service: 'inpatient_admission', allowedCents: 1000000, days: 3 }],
    pays: 30000 + 194000,
    lines: [{ deductible: 30000, coinsurance: 194000, copay: 0, text: '20% of the allowed amount after the deductible' }],
  },
  {
    name: 'Prosper · 20% rounds half up to the cent: $123.47 → $24.69, $123.48 → $24.70',
    claims: [
      { service: 'xray', allowedCents: 30000 },
      { service: 'inpatient_admission', allowedCents: 12347, days: 1 },
      { service: 'inpatient_admission', allowedCents: 12348, days: 1 },
    ],
    pays: 30000 + 2469 + 2470,
  },
  {
    name: 'Prosper · 5(d): the ER copay is not waived when admitted ($375 after the deductible)',
    claims: [
      { service: 'er_visit', allowedCents: 200000, admitted: true },
      { service: 'inpatient_admission', allowedCents: 1000000, days: 3 },
    ],
    pays: 30000 + 37500 + 200000,
    lines: [
      { deductible: 30000, copay: 37500 },
      { deductible: 0, coinsurance: 200000 },
    ],
  },
  {
    name: 'Prosper · maternity: the delivery stay is 20% of our allowance after the deductible',
    claims: [{ service: 'maternity_delivery', allowedCents: 1200000, days: 2 }],
    pays: 30000 + 234000,
  },
  {
    name: 'Prosper · 5(a): X-ray $35 per visit after the deductible — the first X-ray is all deductible',
    claims: [
      { service: 'xray', allowedCents: 20000 },
      { service: 'xray', allowedCents: 20000 },
    ],
    pays: 20000 + 10000 + 3500,
    lines: [
      { deductible: 20000, copay: 0, events: [] },
      { deductible: 10000, copay: 3500, events: ['person_deductible_met'] },
    ],
  },
  {
    name: 'Prosper · 5(c): $250 per ambulance trip after the deductible',
    claims: [{ service: 'ambulance_trip', allowedCents: 100000 }],
    pays: 30000 + 25000,
  },
  {
    name: 'Prosper · 5(c): $275 in an ambulatory surgical center after the deductible',
    claims: [{ service: 'ambulatory_surgery_center', allowedCents: 500000 }],
    pays: 30000 + 27500,
  },
  {
    name: 'Prosper · 5(f): diabetic supplies 20% of allowance up to $60',
    claims: [{ service: 'diabetic_supplies', allowedCents: 50000 }],
    pays: 6000,
    lines: [{ coinsurance: 6000, text: '20% of the allowed amount, up to $60' }],
  },
  {
    name: 'Prosper · 5(a): DME 20% of our allowance, no deductible',
    claims: [{ service: 'durable_medical_equipment', allowedCents: 12347 }],
    pays: 2469,
    lines: [{ deductible: 0 }],
  },
  {
    name: 'Prosper · 5(f): $300 specialty drug, a 90-day supply at a Plan pharmacy = 3 copays',
    claims: [{ service: 'rx_specialty', allowedCents: 1500000, supplyDays: 90, channel: 'plan_pharmacy' }],
    pays: 90000,
  },
  {
    name: 'Prosper · Section 4: $7,000 per person out-of-pocket maximum caps a $50,000 stay',
    claims: [BIG_STAY, { service: 'pcp_visit', allowedCents: 15000 }],
    pays: 700000,
    lines: [
      { deductible: 30000, coinsurance: 670000, pays: 700000, events: ['person_deductible_met', 'person_oop_met'] },
      { pays: 0, copay: 0 },
    ],
  },
  {
    name: 'Prosper · Section 4: family of five, $14,000 family maximum met by two members',
    members: family(5),
    claims: [
      { ...BIG_STAY, member: 'a' },
      { ...BIG_STAY, member: 'b' },
      { service: 'pcp_visit', allowedCents: 15000, member: 'c' },
      { service: 'specialist_visit', allowedCents: 20000, member: 'd' },
      { service: 'rx_generic', allowedCents: 5000, member: 'e' },
    ],
    pays: 1400000,
    lines: [
      { pays: 700000 },
      {
        pays: 700000,
        events: ['person_deductible_met', 'family_deductible_met', 'person_oop_met', 'family_oop_met'],
        after: { familyDeductibleCents: 60000, familyOopCents: 1400000 },
      },
      { pays: 0 },
      { pays: 0 },
      { pays: 0 },
    ],
  },
  {
    name: 'Prosper · embedded $600 family deductible met by two members; the third pays the ER copay only',
    members: family(3),
    claims: [
      { service: 'er_visit', allowedCents: 40000, member: 'a' },
      { service: 'er_visit', allowedCents: 40000, member: 'b' },
      { service: 'er_visit', allowedCents: 40000, member: 'c' },
    ],
    pays: 40000 + 40000 + 37500,
    lines: [
      { deductible: 30000, copay: 10000 },
      { deductible: 30000, copay: 10000, events: ['person_deductible_met', 'family_deductible_met'] },
      { deductible: 0, copay: 37500 },
    ],
  },
  {
    name: 'Prosper · 5(e): $10 per individual therapy visit, for children too',
    members: [{ id: 'kid', age: 10 }],
    claims: [{ service: 'mental_health_visit', allowedCents: 15000 }],
    pays: 1000,
  },
  {
    name: 'Prosper · 5(a): chiropractic $40 per visit',
    claims: [{ service: 'chiropractic_visit', allowedCents: 9000 }],
    pays: 4000,
  },
];

describe('Prosper (brochure cases)', () => runCases(prosper, cases));
