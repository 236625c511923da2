import { copay, H, nothing, P, percent, row, S } from './fehb-brochure-table';
import type { BrochureRow } from './fehb-brochure-table';

// The brochure rows of the optional services (src-shared/services.ts OPTIONAL_SERVICES), Sections 5(a)
// to 5(g) of the 2022 brochure (RI 73-019), written by hand from the brochure.

const INF = 'Infertility services — Diagnosis and treatment of infertility, such as:';
const ALLERGY = 'Allergy care — Injections';
const CHEMO = 'Treatment therapies — Chemotherapy';
const CARDIAC = 'Treatment therapies — Cardiac rehabilitation program following a qualifying event/condition';
const HEARING = 'Hearing services (testing, treatment, and supplies) — Hearing aids for children under age 18';
const PROSTHETIC = 'Orthopedic and prosthetic devices — External prosthetic and orthotic devices, such as:';
const HOME = 'Home health services — Home healthcare ordered by a Plan physician';
const DRUGS = 'Diagnostic and treatment services — In a physician’s office';
const REHAB =
  'Rehabilitation facility — Up to 60 days per condition of multidisciplinary rehabilitation services program in a designated rehabilitation facility.';
const HOSPICE = 'Hospice care — Supportive and palliative care for a terminally ill member';
const MAT = 'Professional services — Methadone/Suboxone treatment program';
const FOOD = 'Covered medications and supplies — Medical foods for use in the home:';
const ED = 'Covered medications and supplies — Sexual dysfunction drugs';
const IMMUNO = 'Covered medications and supplies — Immunosuppressant drugs after a transplant';
const INJURY =
  'Accidental injury benefit — We cover restorative services and supplies necessary to promptly repair (but not replace) sound, natural teeth';
const adultsNotCovered = { notCoveredFromAge: 18 };
const overEighteen = { notCoveredThroughAge: 18 };
const sixtyDays = { dayLimit: { days: 60, per: 'condition' as const } };
const dental = { countsTowardOop: false };

export const ROWS_OPTIONAL: BrochureRow[] = [
  // No "after the deductible" in the row.
  // Notes: "Infertility services are covered for individuals over the age of 18 …"
  row(H, 'infertility_service', '5(a)', INF, '50% of our allowance', percent(50), false, overEighteen),
  row(S, 'infertility_service', '5(a)', INF, '50% of our allowance', percent(50), false, overEighteen),
  row(P, 'infertility_service', '5(a)', INF, '50% of our allowance', percent(50), false, overEighteen),

  row(H, 'allergy_injection_visit', '5(a)', ALLERGY, '$20 per office visit', copay(20_00, 'visit'), false),
  row(S, 'allergy_injection_visit', '5(a)', ALLERGY, '$30 per office visit', copay(30_00, 'visit'), false),
  row(P, 'allergy_injection_visit', '5(a)', ALLERGY, '$10 per office visit', copay(10_00, 'visit'), false),

  row(H, 'treatment_therapy_visit', '5(a)', CHEMO, '$30 per office visit', copay(30_00, 'visit'), false),
  row(S, 'treatment_therapy_visit', '5(a)', CHEMO, '$40 per office visit', copay(40_00, 'visit'), false),
  row(P, 'treatment_therapy_visit', '5(a)', CHEMO, '$35 per office visit', copay(35_00, 'visit'), false),

  row(H, 'cardiac_rehab_visit', '5(a)', CARDIAC, '$20 per office visit', copay(20_00, 'visit'), false),
  row(S, 'cardiac_rehab_visit', '5(a)', CARDIAC, '$30 per office visit', copay(30_00, 'visit'), false),
  row(P, 'cardiac_rehab_visit', '5(a)', CARDIAC, '$10 per office visit', copay(10_00, 'visit'), false),

  // "Not covered: … Hearing aids, including testing and examinations for them, for all persons age 18 and over".
  row(H, 'hearing_aid', '5(a)', HEARING, '$20 per office visit', copay(20_00, 'visit'), false, adultsNotCovered),
  row(S, 'hearing_aid', '5(a)', HEARING, '10% of our allowance after the deductible', percent(10), true, adultsNotCovered),
  row(P, 'hearing_aid', '5(a)', HEARING, '20% of our allowance after the deductible', percent(20), true, adultsNotCovered),

  row(H, 'prosthetic_orthotic_device', '5(a)', PROSTHETIC, '10% of our allowance', percent(10), false),
  row(S, 'prosthetic_orthotic_device', '5(a)', PROSTHETIC, '10% of our allowance', percent(10), false),
  row(P, 'prosthetic_orthotic_device', '5(a)', PROSTHETIC, '20% of our allowance', percent(20), false),

  row(H, 'home_health_visit', '5(a)', HOME, 'Nothing', nothing, false),
  row(S, 'home_health_visit', '5(a)', HOME, '10% of our allowance after the deductible', percent(10), true),
  row(P, 'home_health_visit', '5(a)', HOME, '20% of our allowance after the deductible', percent(20), true),

  // "up to $100": a copay per visit, or the allowance when it is less.
  row(H, 'office_administered_drug', '5(a)', DRUGS, 'You pay up to $100 for drugs administered in connection with your care.',
    copay(100_00, 'visit'), false),
  row(S, 'office_administered_drug', '5(a)', DRUGS,
    'You pay up to $200 after the deductible for drugs administered in connection with your care.', copay(200_00, 'visit'), true),
  row(P, 'office_administered_drug', '5(a)', DRUGS,
    'You pay up to $300 after the deductible for drugs administered in connection with your care.', copay(300_00, 'visit'), true),

  // "Up to 60 days per condition" (counted per plan year: a claim list does not say the condition).
  row(H, 'inpatient_rehab_facility', '5(c)', REHAB, '$500 per day up to $1,000 maximum per admission',
    copay(500_00, 'day', 1_000_00), false, sixtyDays),
  row(S, 'inpatient_rehab_facility', '5(c)', REHAB, '$750 per admission after the deductible', copay(750_00, 'admission'), true, sixtyDays),
  row(P, 'inpatient_rehab_facility', '5(c)', REHAB, '20% of our allowance after the deductible', percent(20), true, sixtyDays),

  row(H, 'hospice_inpatient', '5(c)', HOSPICE, 'Nothing', nothing, false),
  row(S, 'hospice_inpatient', '5(c)', HOSPICE, '10% of our allowance after the deductible for inpatient admission', percent(10), true),
  row(P, 'hospice_inpatient', '5(c)', HOSPICE, '20% of our allowance after the deductible for inpatient admission', percent(20), true),

  // "every thirty days": one claim is thirty days of the program.
  row(H, 'opioid_treatment_30_days', '5(e)', MAT, '$20 every thirty days', copay(20_00, 'prescription'), false),
  row(S, 'opioid_treatment_30_days', '5(e)', MAT, '$30 every thirty days (nothing for children through age 17)',
    copay(30_00, 'prescription'), false, { nothingThroughAge: 17 }),
  row(P, 'opioid_treatment_30_days', '5(e)', MAT, '$10 every thirty days', copay(10_00, 'prescription'), false),

  row(H, 'medical_food_day', '5(f)', FOOD, '$3 per product per day', copay(3_00, 'day'), false),
  row(S, 'medical_food_day', '5(f)', FOOD, '$3 per product per day', copay(3_00, 'day'), false),
  row(P, 'medical_food_day', '5(f)', FOOD, '$3 per product per day', copay(3_00, 'day'), false),

  row(H, 'sexual_dysfunction_drug', '5(f)', ED, '50% of our allowance', percent(50), false),
  row(S, 'sexual_dysfunction_drug', '5(f)', ED, '50% of our allowance', percent(50), false),
  row(P, 'sexual_dysfunction_drug', '5(f)', ED, '50% of our allowance', percent(50), false),

  row(H, 'immunosuppressant_drug', '5(f)', IMMUNO, '$40 per prescription or refill', copay(40_00, 'prescription'), false),
  row(S, 'immunosuppressant_drug', '5(f)', IMMUNO, '$40 per prescription or refill', copay(40_00, 'prescription'), false),
  row(P, 'immunosuppressant_drug', '5(f)', IMMUNO, '$40 per prescription or refill', copay(40_00, 'prescription'), false),

  // Section 4: "Dental services" do not count toward the out-of-pocket maximum.
  row(H, 'dental_accidental_injury', '5(g)', INJURY, '$20 per visit', copay(20_00, 'visit'), false, dental),
  row(S, 'dental_accidental_injury', '5(g)', INJURY, '10% of our allowance after the deductible', percent(10), true, dental),
  row(P, 'dental_accidental_injury', '5(g)', INJURY, '20% of our allowance after the deductible', percent(20), true, dental),
];
