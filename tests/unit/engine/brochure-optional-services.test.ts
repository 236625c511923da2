import { describe } from 'vitest';
import { runCases } from './case-runner';
import type { BrochureCase } from './case-runner';
import { compileKpPlans } from './real-plans';

// The optional services (src-shared/services.ts OPTIONAL_SERVICES) of the 2022 FEHB Kaiser Permanente
// Colorado brochure, priced with the plans in data/plans/. One case per row and option whose form is not
// trivial, worked out by hand from the printed "You pay" text. Members are 40 unless a case says otherwise.

const plans = compileKpPlans();
const CHILD = [{ id: 'kid', age: 10 }];
const TEEN = [{ id: 'teen', age: 16 }];

const high: BrochureCase[] = [
  {
    name: 'High Option · 5(a) Infertility services: 50% of our allowance',
    claims: [{ service: 'infertility_service', allowedCents: 60000 }],
    pays: 30000,
    lines: [{ coinsurance: 30000, text: '50% of the allowed amount' }],
  },
  {
    name: 'High Option · 5(a) Allergy care, injections: $20 per office visit',
    claims: [{ service: 'allergy_injection_visit', allowedCents: 5000 }],
    pays: 2000,
    lines: [{ copay: 2000, text: '$20 copay per allergy shot visit' }],
  },
  {
    name: 'High Option · 5(a) Chemotherapy: $30 per office visit, and up to $100 for the drugs administered',
    claims: [
      { service: 'treatment_therapy_visit', allowedCents: 80000 },
      { service: 'office_administered_drug', allowedCents: 250000 },
    ],
    pays: 3000 + 10000,
    lines: [{ copay: 3000 }, { copay: 10000, text: '$100 copay per visit' }],
  },
  {
    name: 'High Option · 5(a) drugs administered: the allowance when it is less than $100',
    claims: [{ service: 'office_administered_drug', allowedCents: 4500 }],
    pays: 4500,
  },
  { name: 'High Option · 5(a) Cardiac rehabilitation: $20 per office visit', claims: [{ service: 'cardiac_rehab_visit', allowedCents: 6600 }], pays: 2000 },
  {
    name: 'High Option · 5(a) Hearing aids for children under age 18: $20 per office visit',
    members: CHILD,
    claims: [{ service: 'hearing_aid', allowedCents: 150000 }],
    pays: 2000,
  },
  {
    name: 'High Option · 5(a) Hearing aids for persons age 18 and over: All charges, counting toward nothing',
    claims: [{ service: 'hearing_aid', allowedCents: 150000 }],
    pays: 150000,
    lines: [{ notCovered: 150000, after: { personOopCents: 0 }, text: 'Not covered: the member pays all charges (hearing aids for persons age 18 and over)' }],
  },
  {
    name: 'High Option · 5(a) External prosthetic and orthotic devices: 10% of our allowance',
    claims: [{ service: 'prosthetic_orthotic_device', allowedCents: 100000 }],
    pays: 10000,
  },
  { name: 'High Option · 5(a) Home health services: Nothing', claims: [{ service: 'home_health_visit', allowedCents: 15000 }], pays: 0 },
  {
    name: 'High Option · 5(c) Rehabilitation facility: $500 per day up to $1,000 maximum per admission',
    claims: [
      { service: 'inpatient_rehab_facility', allowedCents: 1000000, days: 5 },
      { service: 'inpatient_rehab_facility', allowedCents: 200000, days: 1 },
    ],
    pays: 100000 + 50000,
    lines: [{ copay: 100000, text: '$500 copay per day, up to $1,000 per admission (5 days)' }, { copay: 50000 }],
  },
  { name: 'High Option · 5(c) Hospice care: Nothing', claims: [{ service: 'hospice_inpatient', allowedCents: 1000000, days: 10 }], pays: 0 },
  {
    name: 'High Option · 5(e) Methadone/Suboxone treatment program: $20 every thirty days',
    claims: [{ service: 'opioid_treatment_30_days', allowedCents: 50000 }],
    pays: 2000,
    lines: [{ text: '$20 copay per 30 days of treatment' }],
  },
  {
    name: 'High Option · 5(f) Medical foods: $3 per product per day (30 days of one product)',
    claims: [{ service: 'medical_food_day', allowedCents: 90000, days: 30 }],
    pays: 9000,
    lines: [{ copay: 9000, text: '$3 copay per day (30 days)' }],
  },
  {
    name: 'High Option · 5(f) Sexual dysfunction drugs: 50% of our allowance',
    claims: [{ service: 'sexual_dysfunction_drug', allowedCents: 18360 }],
    pays: 9180,
  },
  {
    name: 'High Option · 5(f) Immunosuppressant drugs: $40 per prescription or refill, or the allowance if less',
    claims: [
      { service: 'immunosuppressant_drug', allowedCents: 29520 },
      { service: 'immunosuppressant_drug', allowedCents: 2500 },
    ],
    pays: 4000 + 2500,
  },
  {
    name: 'High Option · 5(g) Accidental injury benefit: $20 per visit, not toward the out-of-pocket maximum',
    claims: [{ service: 'dental_accidental_injury', allowedCents: 50000 }],
    pays: 2000,
    lines: [{ copay: 2000, after: { personOopCents: 0 } }],
  },
];

const standard: BrochureCase[] = [
  {
    name: 'Standard Option · 5(a) Infertility services: 50% of our allowance, no deductible',
    claims: [{ service: 'infertility_service', allowedCents: 60000 }],
    pays: 30000,
    lines: [{ deductible: 0, coinsurance: 30000 }],
  },
  {
    name: 'Standard Option · 5(a) Allergy injections: $30 per office visit, no deductible, no exception for children',
    members: TEEN,
    claims: [{ service: 'allergy_injection_visit', allowedCents: 5000 }],
    pays: 3000,
  },
  { name: 'Standard Option · 5(a) Chemotherapy: $40 per office visit', claims: [{ service: 'treatment_therapy_visit', allowedCents: 80000 }], pays: 4000 },
  { name: 'Standard Option · 5(a) Cardiac rehabilitation: $30 per office visit', claims: [{ service: 'cardiac_rehab_visit', allowedCents: 6600 }], pays: 3000 },
  {
    name: 'Standard Option · 5(a) drugs administered: up to $200 after the deductible',
    claims: [{ service: 'office_administered_drug', allowedCents: 250000 }],
    pays: 15000 + 20000,
    lines: [{ deductible: 15000, copay: 20000, text: '$200 copay per visit after the deductible' }],
  },
  {
    name: 'Standard Option · 5(a) Hearing aids for children: 10% of our allowance after the deductible',
    members: CHILD,
    claims: [{ service: 'hearing_aid', allowedCents: 150000 }],
    pays: 15000 + 13500,
  },
  {
    name: 'Standard Option · 5(a) External prosthetic and orthotic devices: 10% of our allowance, no deductible',
    claims: [{ service: 'prosthetic_orthotic_device', allowedCents: 100000 }],
    pays: 10000,
    lines: [{ deductible: 0 }],
  },
  {
    name: 'Standard Option · 5(a) Home health services: 10% of our allowance after the deductible',
    claims: [
      { service: 'home_health_visit', allowedCents: 15000 },
      { service: 'home_health_visit', allowedCents: 15000 },
    ],
    pays: 15000 + 1500,
    lines: [
      { deductible: 15000, coinsurance: 0 },
      { deductible: 0, coinsurance: 1500 },
    ],
  },
  {
    name: 'Standard Option · 5(c) Rehabilitation facility: $750 per admission after the deductible',
    claims: [{ service: 'inpatient_rehab_facility', allowedCents: 1000000, days: 10 }],
    pays: 15000 + 75000,
  },
  {
    name: 'Standard Option · 5(c) Hospice care: 10% of our allowance after the deductible for inpatient admission',
    claims: [{ service: 'hospice_inpatient', allowedCents: 1000000, days: 7 }],
    pays: 15000 + 98500,
    lines: [{ deductible: 15000, coinsurance: 98500 }],
  },
  {
    name: 'Standard Option · 5(e) Methadone/Suboxone: $30 every thirty days (nothing for children through age 17)',
    members: [
      { id: 'teen', age: 17 },
      { id: 'parent', age: 45 },
    ],
    claims: [
      { service: 'opioid_treatment_30_days', allowedCents: 50000, member: 'teen' },
      { service: 'opioid_treatment_30_days', allowedCents: 50000, member: 'parent' },
    ],
    pays: 3000,
    lines: [{ pays: 0, text: 'Nothing for children through age 17' }, { pays: 3000 }],
  },
  {
    name: 'Standard Option · 5(f) Immunosuppressant drugs: $40 per prescription or refill, no pharmacy deductible',
    claims: [{ service: 'immunosuppressant_drug', allowedCents: 29520 }],
    pays: 4000,
    lines: [{ deductible: 0 }],
  },
  {
    name: 'Standard Option · 5(g) Accidental injury: 10% after the deductible; the deductible counts, the OOP maximum does not',
    claims: [{ service: 'dental_accidental_injury', allowedCents: 100000 }],
    pays: 15000 + 8500,
    lines: [{ deductible: 15000, coinsurance: 8500, after: { personDeductibleCents: 15000, personOopCents: 0 } }],
  },
];

const prosper: BrochureCase[] = [
  { name: 'Prosper · 5(a) Infertility services: 50% of our allowance', claims: [{ service: 'infertility_service', allowedCents: 60000 }], pays: 30000 },
  { name: 'Prosper · 5(a) Allergy injections: $10 per office visit', claims: [{ service: 'allergy_injection_visit', allowedCents: 5000 }], pays: 1000 },
  { name: 'Prosper · 5(a) Chemotherapy: $35 per office visit', claims: [{ service: 'treatment_therapy_visit', allowedCents: 80000 }], pays: 3500 },
  { name: 'Prosper · 5(a) Cardiac rehabilitation: $10 per office visit', claims: [{ service: 'cardiac_rehab_visit', allowedCents: 6600 }], pays: 1000 },
  {
    name: 'Prosper · 5(a) drugs administered: up to $300 after the deductible, or what is left of the allowance',
    claims: [
      { service: 'office_administered_drug', allowedCents: 40000 },
      { service: 'office_administered_drug', allowedCents: 250000 },
    ],
    pays: 40000 + 30000,
    lines: [
      { deductible: 30000, copay: 10000 },
      { deductible: 0, copay: 30000 },
    ],
  },
  {
    name: 'Prosper · 5(a) Hearing aids for children: 20% of our allowance after the deductible',
    members: CHILD,
    claims: [{ service: 'hearing_aid', allowedCents: 150000 }],
    pays: 30000 + 24000,
  },
  {
    name: 'Prosper · 5(a) External prosthetic and orthotic devices: 20% of our allowance, no deductible',
    claims: [{ service: 'prosthetic_orthotic_device', allowedCents: 100000 }],
    pays: 20000,
    lines: [{ deductible: 0 }],
  },
  {
    name: 'Prosper · 5(a) Home health services: 20% of our allowance after the deductible',
    claims: [{ service: 'home_health_visit', allowedCents: 40000 }],
    pays: 30000 + 2000,
  },
  {
    name: 'Prosper · 5(c) Rehabilitation facility: 20% of our allowance after the deductible',
    claims: [{ service: 'inpatient_rehab_facility', allowedCents: 1000000, days: 10 }],
    pays: 30000 + 194000,
  },
  {
    name: 'Prosper · 5(c) Hospice care: 20% of our allowance after the deductible for inpatient admission',
    claims: [{ service: 'hospice_inpatient', allowedCents: 1000000, days: 7 }],
    pays: 30000 + 194000,
    lines: [{ deductible: 30000, coinsurance: 194000, text: '20% of the allowed amount after the deductible' }],
  },
  {
    name: 'Prosper · 5(e) Methadone/Suboxone: $10 every thirty days, with no exception for children',
    members: TEEN,
    claims: [{ service: 'opioid_treatment_30_days', allowedCents: 50000 }],
    pays: 1000,
  },
  {
    name: 'Prosper · 5(g) Accidental injury: 20% after the deductible, not toward the out-of-pocket maximum',
    claims: [{ service: 'dental_accidental_injury', allowedCents: 100000 }],
    pays: 30000 + 14000,
    lines: [{ after: { personDeductibleCents: 30000, personOopCents: 0 } }],
  },
];

describe('High Option: optional services as the brochure prints them', () => runCases(() => plans.high, high));
describe('Standard Option: optional services as the brochure prints them', () => runCases(() => plans.standard, standard));
describe('Prosper: optional services as the brochure prints them', () => runCases(() => plans.prosper, prosper));
