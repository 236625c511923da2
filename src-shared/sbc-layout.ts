import type { CopayUnit } from './cost-share-text';
import { OPTIONAL_SERVICES, SERVICE_CODES, SERVICE_LABELS, type ServiceCode } from './services';

// The Summary of Benefits and Coverage's own order, so the plan editor reads like the paper an HR
// administrator holds: the "Common Medical Events" table, grouped by event, one row per service the
// engine prices. Rows the SBC template does not print on its own (video visits, chiropractic, the drug
// tiers beyond four) sit in the group where an SBC mentions them. Optional services (services.ts
// OPTIONAL_SERVICES) have rows too, marked optional: the HR user may leave them empty, and an empty
// optional row does not make the plan incomplete.

export interface SbcRow {
  service: ServiceCode;
  /** The "Services You May Need" wording. */
  label: string;
  /**
   * The unit a cell without one is counted by (SBC cells often drop it: "$250" in the hospital row).
   * Only 'day' would change a number, and no row defaults to it: a per-day copay must say "/day".
   */
  unitHint: CopayUnit;
  /**
   * An optional service (services.ts OPTIONAL_SERVICES, derived from it): an empty cell is allowed (claims
   * for it are then refused under the plan).
   */
  optional: boolean;
}

type PlacedRow = Omit<SbcRow, 'optional'>;
interface PlacedGroup {
  event: string;
  rows: readonly PlacedRow[];
}

export interface SbcEventGroup {
  /** The "Common Medical Event" wording. */
  event: string;
  rows: readonly SbcRow[];
}

const PLACED_GROUPS: readonly PlacedGroup[] = [
  {
    event: "If you visit a health care provider's office or clinic",
    rows: [
      { service: 'pcp_visit', label: 'Primary care visit to treat an injury or illness', unitHint: 'visit' },
      { service: 'specialist_visit', label: 'Specialist visit', unitHint: 'visit' },
      { service: 'preventive_visit', label: 'Preventive care / screening / immunization', unitHint: 'visit' },
      { service: 'telehealth_visit', label: 'Video or phone visit', unitHint: 'visit' },
      { service: 'office_procedure', label: 'Procedure during an office visit', unitHint: 'procedure' },
      { service: 'urgent_care_video', label: 'Urgent care by video', unitHint: 'visit' },
      { service: 'acupuncture_visit', label: 'Acupuncture', unitHint: 'visit' },
      { service: 'family_planning_service', label: 'Family planning (IUD, implant, contraceptive shot, counseling)', unitHint: 'visit' },
      { service: 'tobacco_cessation_counseling', label: 'Tobacco cessation counseling', unitHint: 'visit' },
    ],
  },
  {
    event: 'If you have a test',
    rows: [
      { service: 'lab_test', label: 'Diagnostic test (blood work)', unitHint: 'visit' },
      { service: 'xray', label: 'Diagnostic test (x-ray, ultrasound)', unitHint: 'visit' },
      { service: 'advanced_imaging', label: 'Imaging (CT/PET scans, MRIs), per body part', unitHint: 'procedure' },
    ],
  },
  {
    event: 'If you need drugs to treat your illness or condition',
    rows: [
      { service: 'rx_generic', label: 'Generic drugs', unitHint: 'prescription' },
      { service: 'rx_preventive_maintenance', label: 'Preventive maintenance drugs', unitHint: 'prescription' },
      { service: 'rx_preferred_brand', label: 'Preferred brand drugs', unitHint: 'prescription' },
      { service: 'rx_nonpreferred', label: 'Non-preferred brand drugs', unitHint: 'prescription' },
      { service: 'rx_specialty', label: 'Specialty drugs', unitHint: 'prescription' },
      { service: 'diabetic_supplies', label: 'Diabetic supplies', unitHint: 'item' },
      { service: 'immunosuppressant_drug', label: 'Anti-rejection drugs after a transplant', unitHint: 'prescription' },
      { service: 'sexual_dysfunction_drug', label: 'Sexual dysfunction drugs', unitHint: 'prescription' },
      { service: 'medical_food_day', label: 'Medical foods (per product)', unitHint: 'item' },
      { service: 'rx_contraceptive', label: 'Contraceptive drugs and devices', unitHint: 'prescription' },
      { service: 'rx_preventive_medication', label: 'Preventive care medications', unitHint: 'prescription' },
      { service: 'rx_tobacco_cessation', label: 'Tobacco cessation drugs', unitHint: 'prescription' },
      { service: 'rx_brand_requested', label: 'Brand drug asked for instead of the prescribed generic: the copay', unitHint: 'prescription' },
      { service: 'rx_brand_price_difference', label: 'Brand drug asked for instead of the prescribed generic: the price difference', unitHint: 'item' },
    ],
  },
  {
    event: 'If you have outpatient surgery',
    rows: [
      { service: 'ambulatory_surgery_center', label: 'Facility fee (ambulatory surgery center)', unitHint: 'visit' },
      { service: 'outpatient_hospital', label: 'Facility fee (outpatient hospital)', unitHint: 'visit' },
      { service: 'observation_care', label: 'Observation care in a hospital', unitHint: 'visit' },
      { service: 'sterilization_female', label: 'Female sterilization (surgeon)', unitHint: 'procedure' },
      { service: 'vasectomy', label: 'Vasectomy (surgeon)', unitHint: 'procedure' },
    ],
  },
  {
    event: 'If you need immediate medical attention',
    rows: [
      { service: 'er_visit', label: 'Emergency room care', unitHint: 'visit' },
      { service: 'ambulance_trip', label: 'Emergency medical transportation', unitHint: 'trip' },
      { service: 'urgent_care_visit', label: 'Urgent care', unitHint: 'visit' },
    ],
  },
  {
    event: 'If you have a hospital stay',
    rows: [{ service: 'inpatient_admission', label: 'Facility fee (e.g., hospital room)', unitHint: 'admission' }],
  },
  {
    event: 'If you need mental health, behavioral health, or substance abuse services',
    rows: [
      { service: 'mental_health_visit', label: 'Outpatient services', unitHint: 'visit' },
      { service: 'group_therapy_visit', label: 'Outpatient services: group therapy', unitHint: 'visit' },
      { service: 'mental_health_inpatient', label: 'Inpatient services', unitHint: 'admission' },
      { service: 'opioid_treatment_30_days', label: 'Methadone or Suboxone treatment (each 30 days)', unitHint: 'prescription' },
    ],
  },
  {
    event: 'If you are pregnant',
    rows: [
      { service: 'maternity_care', label: 'Office visits (prenatal and postnatal care)', unitHint: 'visit' },
      { service: 'maternity_delivery', label: 'Childbirth/delivery facility services', unitHint: 'admission' },
      { service: 'breastfeeding_support', label: 'Breastfeeding support and counseling', unitHint: 'visit' },
      { service: 'breast_pump', label: 'Breast pump (retail grade)', unitHint: 'item' },
      { service: 'breast_pump_hospital_grade', label: 'Breast pump (hospital grade)', unitHint: 'item' },
    ],
  },
  {
    event: 'If you need help recovering or have other special health needs',
    rows: [
      { service: 'pt_visit', label: 'Rehabilitation services: physical therapy', unitHint: 'visit' },
      { service: 'ot_visit', label: 'Rehabilitation services: occupational therapy', unitHint: 'visit' },
      { service: 'speech_therapy_visit', label: 'Habilitation services: speech therapy', unitHint: 'visit' },
      { service: 'chiropractic_visit', label: 'Chiropractic care', unitHint: 'visit' },
      { service: 'skilled_nursing_day', label: 'Skilled nursing care', unitHint: 'admission' },
      { service: 'durable_medical_equipment', label: 'Durable medical equipment', unitHint: 'item' },
      { service: 'home_health_visit', label: 'Home health care', unitHint: 'visit' },
      { service: 'inpatient_rehab_facility', label: 'Rehabilitation services: inpatient rehabilitation facility', unitHint: 'admission' },
      { service: 'hospice_inpatient', label: 'Hospice services (inpatient)', unitHint: 'admission' },
      { service: 'hospice_home_day', label: 'Hospice services (at home, per day)', unitHint: 'visit' },
      { service: 'early_intervention_visit', label: 'Early intervention services (children through age 2)', unitHint: 'visit' },
    ],
  },
  {
    event: 'If you need other care the plan documents list',
    rows: [
      { service: 'allergy_injection_visit', label: 'Allergy shots', unitHint: 'visit' },
      { service: 'office_administered_drug', label: 'Drugs given during an office visit', unitHint: 'visit' },
      { service: 'treatment_therapy_visit', label: 'Chemotherapy, radiation, dialysis or infusion', unitHint: 'visit' },
      { service: 'cardiac_rehab_visit', label: 'Cardiac rehabilitation', unitHint: 'visit' },
      { service: 'uv_light_therapy', label: 'Ultraviolet light treatments', unitHint: 'visit' },
      { service: 'allergy_serum', label: 'Allergy serum', unitHint: 'item' },
      { service: 'infertility_service', label: 'Infertility treatment', unitHint: 'procedure' },
      { service: 'prosthetic_orthotic_device', label: 'Prosthetic and orthotic devices', unitHint: 'item' },
      { service: 'internal_prosthetic_device', label: 'Internal prosthetic devices', unitHint: 'item' },
      { service: 'hearing_aid', label: 'Hearing aids', unitHint: 'item' },
      { service: 'dental_accidental_injury', label: 'Dental care after an accidental injury', unitHint: 'visit' },
    ],
  },
  {
    event: 'If your child needs dental or eye care',
    rows: [
      { service: 'dental_preventive', label: "Children's dental check-up", unitHint: 'visit' },
      { service: 'routine_eye_exam', label: 'Eye exam (routine, for glasses)', unitHint: 'visit' },
    ],
  },
];

/** A service code added later but not yet placed above still gets a row, so no plan is stuck incomplete. */
const unplaced = SERVICE_CODES.filter((code) => !PLACED_GROUPS.some((g) => g.rows.some((r) => r.service === code)));

const ALL_GROUPS: readonly PlacedGroup[] =
  unplaced.length === 0
    ? PLACED_GROUPS
    : [
        ...PLACED_GROUPS,
        { event: 'Other covered services', rows: unplaced.map((service) => ({ service, label: SERVICE_LABELS[service], unitHint: 'visit' as const })) },
      ];

export const SBC_EVENT_GROUPS: readonly SbcEventGroup[] = ALL_GROUPS.map((g) => ({
  event: g.event,
  rows: g.rows.map((r) => ({ ...r, optional: OPTIONAL_SERVICES.includes(r.service) })),
}));

export const SBC_ROWS: readonly SbcRow[] = SBC_EVENT_GROUPS.flatMap((g) => g.rows);

const ROW_BY_SERVICE = new Map(SBC_ROWS.map((r) => [r.service, r]));
const EVENT_BY_SERVICE = new Map(SBC_EVENT_GROUPS.flatMap((g) => g.rows.map((r) => [r.service, g.event] as const)));

export function sbcRow(service: ServiceCode): SbcRow {
  const row = ROW_BY_SERVICE.get(service);
  if (!row) throw new Error(`no SBC row for ${service}`);
  return row;
}

/** "If you have a test — Diagnostic test (blood work)": the row a rule typed from an SBC cites. */
export function sbcRowCitation(service: ServiceCode): string {
  return `${EVENT_BY_SERVICE.get(service) ?? 'Common Medical Events'} — ${sbcRow(service).label}`;
}

/** The section name rules typed in the editor cite. */
export const SBC_SECTION = 'Common Medical Events';
