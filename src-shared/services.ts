// The one vocabulary of service codes shared by the plan data, the engine, the command line and the UI
// (engine/README.md, "Service codes"). Append new codes at the end; never rename a shipped one, since plan and
// session files on counselors' machines refer to them.

/**
 * Every service a plan must give a rule for before the engine will price it. A plan missing any of these
 * is incomplete (the district plans ship that way until HR enters their numbers). Never add to this list:
 * a new required code would turn every stored plan on a counselor's machine incomplete.
 */
const REQUIRED_SERVICE_CODES = [
  'preventive_visit',
  'pcp_visit',
  'specialist_visit',
  'telehealth_visit',
  'urgent_care_visit',
  'er_visit',
  'ambulance_trip',
  'lab_test',
  'xray',
  'advanced_imaging',
  'office_procedure',
  'outpatient_hospital',
  'ambulatory_surgery_center',
  'inpatient_admission',
  'maternity_delivery',
  'maternity_care',
  'mental_health_visit',
  'mental_health_inpatient',
  'pt_visit',
  'ot_visit',
  'speech_therapy_visit',
  'chiropractic_visit',
  'skilled_nursing_day',
  'durable_medical_equipment',
  'rx_preventive_maintenance',
  'rx_generic',
  'rx_preferred_brand',
  'rx_nonpreferred',
  'rx_specialty',
  'diabetic_supplies',
  'dental_preventive',
] as const;

/**
 * The rest of the FEHB brochure's Section 5 rows. A plan without a rule for one is still complete; the
 * engine refuses a claim for it under that plan (it never prices it as free). An SBC does not print most.
 */
const OPTIONAL_SERVICE_CODES = [
  'infertility_service',
  'allergy_injection_visit',
  'treatment_therapy_visit',
  'cardiac_rehab_visit',
  'hearing_aid',
  'prosthetic_orthotic_device',
  'home_health_visit',
  'office_administered_drug',
  'inpatient_rehab_facility',
  'hospice_inpatient',
  'opioid_treatment_30_days',
  'medical_food_day',
  'sexual_dysfunction_drug',
  'immunosuppressant_drug',
  'dental_accidental_injury',
  // Issue 17: the brochure rows that had no service code.
  'rx_contraceptive',
  'rx_preventive_medication',
  'rx_tobacco_cessation',
  'tobacco_cessation_counseling',
  'family_planning_service',
  'sterilization_female',
  'vasectomy',
  'allergy_serum',
  'internal_prosthetic_device',
  'uv_light_therapy',
  'breastfeeding_support',
  'breast_pump',
  'breast_pump_hospital_grade',
  'hospice_home_day',
  'group_therapy_visit',
  'urgent_care_video',
  'routine_eye_exam',
  'acupuncture_visit',
  'observation_care',
  'early_intervention_visit',
  'rx_brand_requested',
  'rx_brand_price_difference',
] as const;

export const SERVICE_CODES = [...REQUIRED_SERVICE_CODES, ...OPTIONAL_SERVICE_CODES] as const;

export type ServiceCode = (typeof SERVICE_CODES)[number];

export { PHARMACY_CHANNELS, type PharmacyChannel } from './prescriptions';

/** Services whose claims are prescriptions: they carry supplyDays and channel. */
export const PRESCRIPTION_SERVICES: readonly ServiceCode[] = [
  'rx_preventive_maintenance',
  'rx_generic',
  'rx_preferred_brand',
  'rx_nonpreferred',
  'rx_specialty',
  'rx_contraceptive',
  'rx_preventive_medication',
  'rx_tobacco_cessation',
  'rx_brand_requested',
];

/**
 * A brand-name drug the member asked for when the Plan provider prescribed an approved generic (5(f): "you
 * pay your brand-name drug copayment plus the difference in price between the generic drug and your
 * requested brand-name drug"). Its claim carries `genericAllowedCents`, the generic's price: the engine
 * prices the brand copay on the generic's price and the difference as an rx_brand_price_difference row
 * (not covered: the member pays it, and it counts toward nothing), shown as one ledger line.
 */
export const BRAND_REQUESTED_SERVICE: ServiceCode = 'rx_brand_requested';
export const BRAND_PRICE_DIFFERENCE_SERVICE: ServiceCode = 'rx_brand_price_difference';

/** Services whose claims carry a number of days (per-day copays, per-admission caps). */
export const STAY_SERVICES: readonly ServiceCode[] = [
  'inpatient_admission',
  'maternity_delivery',
  'mental_health_inpatient',
  'skilled_nursing_day',
  'inpatient_rehab_facility',
  'hospice_inpatient',
];

/** Stays: a claim for one of these must say how many days it lasted. */
export const DAYS_REQUIRED_SERVICES: readonly ServiceCode[] = STAY_SERVICES;

/**
 * Services whose claims may carry `days`: the stays, and medical foods (one claim is one product; its days
 * multiply the "$3 per product per day"). A plan that charges another service per day also takes them.
 */
export const DAYS_SERVICES: readonly ServiceCode[] = [...STAY_SERVICES, 'medical_food_day'];

/**
 * Services whose claims may carry `admitted`: an ER visit that led to an inpatient admission, and an MRI,
 * CT, PET or nuclear scan done in the emergency room before one (5(d): "Your copayment for the special
 * procedures performed in a hospital emergency room will be waived if you are admitted").
 */
export const ADMISSION_SERVICES: readonly ServiceCode[] = ['er_visit', 'advanced_imaging'];

/** Therapy visits: their claims may carry `purpose` (rehabilitative and habilitative visits are counted apart). */
export const THERAPY_SERVICES: readonly ServiceCode[] = ['pt_visit', 'ot_visit', 'speech_therapy_visit'];

/**
 * Why a therapy visit is given. "rehabilitative" (the default) restores a function, "habilitative"
 * attains one; "pulmonary_rehabilitation" is a visit of a pulmonary rehabilitation program, billed as
 * physical therapy (pt_visit) with its own yearly limit. Index 0 is the default (the fast path's 0).
 */
export const THERAPY_PURPOSES = ['rehabilitative', 'habilitative', 'pulmonary_rehabilitation'] as const;
export type TherapyPurpose = (typeof THERAPY_PURPOSES)[number];
/** The purposes a plan may give a visit limit of their own (rehabilitative visits use visitLimitPerYear). */
export const SEPARATE_LIMIT_PURPOSES = ['habilitative', 'pulmonary_rehabilitation'] as const;
/** Pulmonary rehabilitation is billed as physical therapy only. */
export const PULMONARY_REHAB_SERVICE: ServiceCode = 'pt_visit';

/**
 * Where an office procedure is done (office_procedure claims' `setting`). Index 0, specialist_office, is
 * the default: the costlier reading of the brochure ("Specialty care office copayment plus 10% …").
 */
export const OFFICE_SETTINGS = ['specialist_office', 'primary_care_office', 'mental_health_office'] as const;
export type OfficeSetting = (typeof OFFICE_SETTINGS)[number];
export const OFFICE_PROCEDURE_SERVICE: ServiceCode = 'office_procedure';
/**
 * Services whose claims may carry `setting` (a plan prices them by the office: "$20 per primary care office
 * visit; $30 per specialty care office visit" for a routine eye exam). Without one, the specialist office.
 */
export const SETTING_SERVICES: readonly ServiceCode[] = ['office_procedure', 'routine_eye_exam'];

/** Conditions a member may carry that change a rule (the therapy visit limits of 5(a)). Bit i of a mask is entry i. */
/**
 * Where a claim's care is given (issue 13): `plan` (a Plan provider, the default; also visiting member
 * services in another Kaiser Permanente region, priced with this plan's cost sharing), `out_of_network` (a
 * provider outside the plan's network), `out_of_area` (the FEHB dependent out-of-area benefit, brochure
 * 5(h)) and `travel` (the FEHB travel benefit, 5(h), and emergency or urgent care while traveling outside
 * Kaiser Permanente states through the Cigna PPO network).
 */
export const NETWORK_TIERS = ['plan', 'out_of_network', 'out_of_area', 'travel'] as const;
export type NetworkTier = (typeof NETWORK_TIERS)[number];
/** The tiers other than `plan`, each priced by the plan's `networkTiers` entry. */
export const OTHER_NETWORK_TIERS = ['out_of_network', 'out_of_area', 'travel'] as const;
export type OtherNetworkTier = (typeof OTHER_NETWORK_TIERS)[number];

export const MEMBER_CONDITIONS = ['autism_spectrum_disorder', 'cleft_lip_palate'] as const;
export type MemberCondition = (typeof MEMBER_CONDITIONS)[number];
export const CONDITION_LABELS: Record<MemberCondition, string> = {
  autism_spectrum_disorder: 'a diagnosis of autism spectrum disorder',
  cleft_lip_palate: 'treatment of cleft lip or cleft palate',
};

export const REQUIRED_SERVICES: readonly ServiceCode[] = REQUIRED_SERVICE_CODES;

export const OPTIONAL_SERVICES: readonly ServiceCode[] = OPTIONAL_SERVICE_CODES;

/** Plain-language names, used on screen and in exports. */
export const SERVICE_LABELS: Record<ServiceCode, string> = {
  preventive_visit: 'Preventive visit (checkup, screening, shots)',
  pcp_visit: 'Primary care visit',
  specialist_visit: 'Specialist visit',
  telehealth_visit: 'Video or phone visit',
  urgent_care_visit: 'Urgent care visit',
  er_visit: 'Emergency room visit',
  ambulance_trip: 'Ambulance trip',
  lab_test: 'Lab test',
  xray: 'X-ray or ultrasound',
  advanced_imaging: 'MRI, CT or PET scan (per body part)',
  office_procedure: 'Procedure during an office visit',
  outpatient_hospital: 'Outpatient hospital surgery',
  ambulatory_surgery_center: 'Surgery center (outpatient)',
  inpatient_admission: 'Hospital stay',
  maternity_delivery: 'Delivery and hospital stay for a birth',
  maternity_care: 'Prenatal and postpartum care',
  mental_health_visit: 'Mental health or substance use visit',
  mental_health_inpatient: 'Mental health hospital stay',
  pt_visit: 'Physical therapy visit',
  ot_visit: 'Occupational therapy visit',
  speech_therapy_visit: 'Speech therapy visit',
  chiropractic_visit: 'Chiropractic visit',
  skilled_nursing_day: 'Skilled nursing facility stay',
  durable_medical_equipment: 'Medical equipment (crutches, CPAP …)',
  rx_preventive_maintenance: 'Preventive maintenance drug',
  rx_generic: 'Generic drug',
  rx_preferred_brand: 'Preferred brand drug',
  rx_nonpreferred: 'Non-preferred drug',
  rx_specialty: 'Specialty drug',
  diabetic_supplies: 'Diabetic supplies',
  dental_preventive: 'Dental checkup and cleaning',
  infertility_service: 'Infertility test or treatment',
  allergy_injection_visit: 'Allergy shot visit',
  treatment_therapy_visit: 'Chemotherapy, radiation, dialysis or infusion visit',
  cardiac_rehab_visit: 'Cardiac rehabilitation visit',
  hearing_aid: 'Hearing aid (covered for children under 18)',
  prosthetic_orthotic_device: 'Artificial limb, brace or other prosthetic or orthotic device',
  home_health_visit: 'Home health care visit',
  office_administered_drug: 'Drug given during an office visit (shot or infusion)',
  inpatient_rehab_facility: 'Inpatient rehabilitation facility stay',
  hospice_inpatient: 'Hospice stay in a facility',
  opioid_treatment_30_days: 'Methadone or Suboxone treatment (each 30-day period)',
  medical_food_day: 'Medical food (one product for one day)',
  sexual_dysfunction_drug: 'Sexual dysfunction drug (a fill)',
  immunosuppressant_drug: 'Anti-rejection drug after a transplant (a fill)',
  dental_accidental_injury: 'Dental repair after an accident',
  rx_contraceptive: 'Contraceptive drug or device from the pharmacy (a fill)',
  rx_preventive_medication: 'Preventive care medication: aspirin, fluoride, folic acid … (a fill)',
  rx_tobacco_cessation: 'Tobacco cessation drug (a fill)',
  tobacco_cessation_counseling: 'Tobacco cessation counseling or class',
  family_planning_service: 'Family planning: IUD, implant, contraceptive shot or counseling',
  sterilization_female: 'Female sterilization (tubal ligation), the surgeon',
  vasectomy: 'Vasectomy, the surgeon',
  allergy_serum: 'Allergy serum',
  internal_prosthetic_device: 'Internal prosthetic device (artificial joint, pacemaker …)',
  uv_light_therapy: 'Ultraviolet light treatment',
  breastfeeding_support: 'Breastfeeding support and counseling',
  breast_pump: 'Breast pump, retail grade, and supplies',
  breast_pump_hospital_grade: 'Breast pump, hospital grade',
  hospice_home_day: 'Hospice care at home (one day)',
  group_therapy_visit: 'Mental health or substance use group therapy visit',
  urgent_care_video: 'Urgent care by video',
  routine_eye_exam: 'Routine eye exam (for glasses)',
  acupuncture_visit: 'Acupuncture visit',
  observation_care: 'Observation care in a hospital',
  early_intervention_visit: 'Early intervention visit (child under 3)',
  rx_brand_requested: 'Brand drug asked for instead of the prescribed generic (a fill)',
  rx_brand_price_difference: 'Price difference of a brand drug asked for over the generic',
};
