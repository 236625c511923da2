import { allCharges, copay, H, nothing, P, percent, row, S } from './fehb-brochure-table';
import type { BrochureRow } from './fehb-brochure-table';

// The brochure rows that had no service code before issue 17 (src-shared/services.ts, the codes after
// dental_accidental_injury), as printed in the 2022 brochure (RI 73-019), written by hand from the
// brochure: one line per option, the printed "You pay" text and the cost share it is read as.

const CONTRA = "Covered medications and supplies — Women's contraceptive drugs and devices:";
const DISP = 'Prescription Drug Benefits — These are the dispensing limitations';
// "For prescribed contraceptives, you may obtain up to a three-month supply for the first dispensing and up
// to a twelve-month supply for refills … at a Plan pharmacy or through our mail-order program."
const CONTRA_SUPPLY =
  'For prescribed contraceptives, you may obtain up to a three-month supply for the first dispensing and up to a twelve-month supply for refills, or a prescribed vaginal contraceptive ring intended to last for a three-month period, at a Plan pharmacy or through our mail-order program.';
const twelveMonths = {
  dispensing: {
    plan_pharmacy: { tiers: [{ upToDays: 365, copays: 1 }], row: DISP, youPay: CONTRA_SUPPLY },
    mail: { tiers: [{ upToDays: 365, copays: 1 }], row: DISP, youPay: CONTRA_SUPPLY },
  },
};
const PREVMED = 'Preventive Care medications — The following are covered:';
const TOBRX =
  'Covered medications and supplies — Prescribed tobacco cessation medications, including prescribed over-the-counter medications, approved by the FDA to treat tobacco dependence';
const TOBC =
  'Educational classes and programs — Tobacco cessation programs, including individual, group, and phone counseling, prescribed over-the-counter (OTC) and prescription drugs approved by the FDA to treat tobacco cessation.';
const FP = 'Family planning — A range of family planning services, limited to:';
const FST = 'Surgical procedures — Female voluntary sterilization, including anesthesia and confirmation testing following tubal occlusion';
const VAS = 'Surgical procedures — Male voluntary sterilization (e.g., vasectomy)';
const SERUM = 'Allergy care — Serum';
const INTERNAL = 'Orthopedic and prosthetic devices — Internal prosthetic devices, such as:';
const UV = 'Treatment therapies — Ultraviolet light treatments';
const BREAST = 'Maternity care — Breastfeeding support, supplies, and counseling for each birth';
const PUMP =
  'Durable medical equipment (DME) — One breastfeeding pump and supplies per delivery, including equipment that is required for pump functionality';
const HOSPICE = 'Hospice care — Supportive and palliative care for a terminally ill member:';
const GROUP = 'Professional services — Treatment and counseling (including group and individual therapy visits)';
const VIDEO = 'Emergency within our service area — Urgent care delivered through interactive video';
const EYE =
  'Vision services (testing, treatment, and supplies) — Routine eye exam with a Plan optometrist or ophthalmologist to determine the need for vision correction and provide a prescription for eyeglasses.';
const ACU = 'Alternative treatments — Not covered, including acupuncture';
const OBS = 'Outpatient hospital or ambulatory surgical center — Observation care';
const EI =
  'Early childhood intervention services — Through age two (2), early intervention services (EIS) are covered for children with significant delays in development or a diagnosed physical or mental condition that has a high probability of resulting in significant delays in development as defined by Colorado state law.';
const BRAND =
  'Prescription Drug Benefits — A generic equivalent will be dispensed if it is available, unless your Plan provider specifically requires a brand-name drug.';
const BRAND_PAYS =
  'If you request a brand-name drug on the formulary when your Plan provider has prescribed an approved generic drug, you pay your brand-name drug copayment plus the difference in price between the generic drug and your requested brand-name drug.';
/** "$20 per primary care office visit" beside "$30 per specialty care office visit": the exam billed as primary care. */
const primaryEye = (youPay: string, cents: number) => ({
  settings: { primary_care_office: { section: '5(a)', row: EYE, youPay, costShare: copay(cents, 'visit'), afterDeductible: false } },
});

export const ROWS_NEW_CODES: BrochureRow[] = [
  // 5(f) Women's contraceptive drugs and devices: "Nothing    NothingNothing".
  row(H, 'rx_contraceptive', '5(f)', CONTRA, 'Nothing', nothing, false, twelveMonths),
  row(S, 'rx_contraceptive', '5(f)', CONTRA, 'Nothing', nothing, false, twelveMonths),
  row(P, 'rx_contraceptive', '5(f)', CONTRA, 'Nothing', nothing, false, twelveMonths),
  // 5(f) Preventive Care medications (aspirin, fluoride, folic acid …): "NothingNothingNothing".
  row(H, 'rx_preventive_medication', '5(f)', PREVMED, 'Nothing', nothing, false),
  row(S, 'rx_preventive_medication', '5(f)', PREVMED, 'Nothing', nothing, false),
  row(P, 'rx_preventive_medication', '5(f)', PREVMED, 'Nothing', nothing, false),
  row(H, 'rx_tobacco_cessation', '5(f)', TOBRX, 'Nothing', nothing, false),
  row(S, 'rx_tobacco_cessation', '5(f)', TOBRX, 'Nothing', nothing, false),
  row(P, 'rx_tobacco_cessation', '5(f)', TOBRX, 'Nothing', nothing, false),
  // 5(a) Educational classes and programs: tobacco cessation counseling.
  row(H, 'tobacco_cessation_counseling', '5(a)', TOBC, 'Nothing', nothing, false),
  row(S, 'tobacco_cessation_counseling', '5(a)', TOBC, 'Nothing', nothing, false),
  row(P, 'tobacco_cessation_counseling', '5(a)', TOBC, 'Nothing', nothing, false),
  // 5(a) Family planning: implanted and injectable contraceptives, IUDs, counseling.
  row(H, 'family_planning_service', '5(a)', FP, 'Nothing', nothing, false),
  row(S, 'family_planning_service', '5(a)', FP, 'Nothing', nothing, false),
  row(P, 'family_planning_service', '5(a)', FP, 'Nothing', nothing, false),
  // 5(b) Surgical procedures.
  row(H, 'sterilization_female', '5(b)', FST, 'Nothing', nothing, false),
  row(S, 'sterilization_female', '5(b)', FST, 'Nothing', nothing, false),
  row(P, 'sterilization_female', '5(b)', FST, 'Nothing', nothing, false),
  row(H, 'vasectomy', '5(b)', VAS, 'Nothing', nothing, false),
  row(S, 'vasectomy', '5(b)', VAS, "Nothing, except 10% of our allowance after the deductible for procedures in a specialist's office", percent(10), true),
  row(P, 'vasectomy', '5(b)', VAS,
    "Nothing, except 20% of our allowance after the deductible for professional services while inpatient or for procedures in a specialist's office", percent(20), true),
  // 5(a) Allergy care, serum.
  row(H, 'allergy_serum', '5(a)', SERUM, 'Nothing', nothing, false),
  row(S, 'allergy_serum', '5(a)', SERUM, 'Nothing', nothing, false),
  row(P, 'allergy_serum', '5(a)', SERUM, 'Nothing', nothing, false),
  // 5(a) Internal prosthetic devices: "NothingNothingNothing".
  row(H, 'internal_prosthetic_device', '5(a)', INTERNAL, 'Nothing', nothing, false),
  row(S, 'internal_prosthetic_device', '5(a)', INTERNAL, 'Nothing', nothing, false),
  row(P, 'internal_prosthetic_device', '5(a)', INTERNAL, 'Nothing', nothing, false),
  row(H, 'uv_light_therapy', '5(a)', UV, 'Nothing', nothing, false),
  row(S, 'uv_light_therapy', '5(a)', UV, 'Nothing', nothing, false),
  row(P, 'uv_light_therapy', '5(a)', UV, 'Nothing', nothing, false),
  row(H, 'breastfeeding_support', '5(a)', BREAST, 'Nothing', nothing, false),
  row(S, 'breastfeeding_support', '5(a)', BREAST, 'Nothing', nothing, false),
  row(P, 'breastfeeding_support', '5(a)', BREAST, 'Nothing', nothing, false),
  // 5(a) DME: one breastfeeding pump per delivery.
  row(H, 'breast_pump', '5(a)', PUMP, 'Nothing for retail-grade pump', nothing, false),
  row(S, 'breast_pump', '5(a)', PUMP, 'Nothing for retail-grade pump', nothing, false),
  row(P, 'breast_pump', '5(a)', PUMP, 'Nothing for retail-grade pump', nothing, false),
  row(H, 'breast_pump_hospital_grade', '5(a)', PUMP, '10% of our allowance for hospital-grade pump', percent(10), false),
  row(S, 'breast_pump_hospital_grade', '5(a)', PUMP, '10% of our allowance for hospital-grade pump', percent(10), false),
  row(P, 'breast_pump_hospital_grade', '5(a)', PUMP, '20% of our allowance for hospital-grade pump', percent(20), false),
  // 5(c) Hospice care: High "Nothing" for all of it; Standard and Prosper "Nothing for home-based hospice services".
  row(H, 'hospice_home_day', '5(c)', HOSPICE, 'Nothing', nothing, false),
  row(S, 'hospice_home_day', '5(c)', HOSPICE, 'Nothing for home-based hospice services', nothing, false),
  row(P, 'hospice_home_day', '5(c)', HOSPICE, 'Nothing for home-based hospice services', nothing, false),
  // 5(e) Professional services: group therapy.
  row(H, 'group_therapy_visit', '5(e)', GROUP, '$10 per group therapy office visit', copay(10_00, 'visit'), false),
  row(S, 'group_therapy_visit', '5(e)', GROUP, '$15 per group therapy office visit (nothing for children through age 17)', copay(15_00, 'visit'), false,
    { nothingThroughAge: 17 }),
  row(P, 'group_therapy_visit', '5(e)', GROUP, '$5 per group therapy office visit', copay(5_00, 'visit'), false),
  // 5(d) Emergency within our service area: urgent care through interactive video, the urgent care copay.
  row(H, 'urgent_care_video', '5(d)', VIDEO, '$30 per visit', copay(30_00, 'visit'), false),
  row(S, 'urgent_care_video', '5(d)', VIDEO, '$40 per visit', copay(40_00, 'visit'), false),
  row(P, 'urgent_care_video', '5(d)', VIDEO, '$35 per visit', copay(35_00, 'visit'), false),
  // 5(a) Vision services: routine eye exam; Standard prints no child exemption here.
  row(H, 'routine_eye_exam', '5(a)', EYE, '$30 per specialty care office visit', copay(30_00, 'visit'), false, primaryEye('$20 per primary care office visit', 20_00)),
  row(S, 'routine_eye_exam', '5(a)', EYE, '$40 per specialty care office visit', copay(40_00, 'visit'), false, primaryEye('$30 per primary care office visit', 30_00)),
  row(P, 'routine_eye_exam', '5(a)', EYE, '$35 per specialty care office visit', copay(35_00, 'visit'), false, primaryEye('$10 per primary care office visit', 10_00)),
  // 5(a) Alternative treatments: "Not covered, including acupuncture" — "All charges".
  row(H, 'acupuncture_visit', '5(a)', ACU, 'All charges', allCharges, false),
  row(S, 'acupuncture_visit', '5(a)', ACU, 'All charges', allCharges, false),
  row(P, 'acupuncture_visit', '5(a)', ACU, 'All charges', allCharges, false),
  // 5(c) Outpatient hospital: observation care.
  row(H, 'observation_care', '5(c)', OBS, '$250 in an outpatient hospital', copay(250_00, 'visit'), false),
  row(S, 'observation_care', '5(c)', OBS, '$300 after the deductible in an outpatient hospital', copay(300_00, 'visit'), true),
  row(P, 'observation_care', '5(c)', OBS, '$375 after the deductible in an outpatient hospital', copay(375_00, 'visit'), true),
  // 5(a) Early childhood intervention: "Through age two (2)"; nothing within the amount state law requires.
  row(H, 'early_intervention_visit', '5(a)', EI, 'All charges in excess of the amount of coverage required by state law.', nothing, false, { notCoveredFromAge: 3 }),
  row(S, 'early_intervention_visit', '5(a)', EI, 'All charges in excess of the amount of coverage required by state law.', nothing, false, { notCoveredFromAge: 3 }),
  row(P, 'early_intervention_visit', '5(a)', EI, 'All charges in excess of the amount of coverage required by state law.', nothing, false, { notCoveredFromAge: 3 }),
  // 5(f): a brand asked for over the generic: the brand-name (preferred brand) copay plus the difference.
  row(H, 'rx_brand_requested', '5(f)', BRAND, BRAND_PAYS, copay(40_00, 'prescription'), false),
  row(S, 'rx_brand_requested', '5(f)', BRAND, BRAND_PAYS, copay(50_00, 'prescription'), false),
  row(P, 'rx_brand_requested', '5(f)', BRAND, BRAND_PAYS, copay(60_00, 'prescription'), false),
  row(H, 'rx_brand_price_difference', '5(f)', BRAND, BRAND_PAYS, allCharges, false),
  row(S, 'rx_brand_price_difference', '5(f)', BRAND, BRAND_PAYS, allCharges, false),
  row(P, 'rx_brand_price_difference', '5(f)', BRAND, BRAND_PAYS, allCharges, false),
];
