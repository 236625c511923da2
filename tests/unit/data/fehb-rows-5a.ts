import { copay, H, nothing, P, percent, row, S } from './fehb-brochure-table';
import type { BrochureRow } from './fehb-brochure-table';

// Section 5(a), Medical services and supplies provided by physicians and other healthcare professionals,
// as printed in the 2022 brochure (RI 73-019), written by hand from the brochure.

const DT = 'Diagnostic and treatment services — In a physician’s office';
const PROC = 'Diagnostic and treatment services — Procedures received during an office visit';
const PREV = 'Preventive care, adult — Routine physical exam';
const TELE = 'Telehealth services — Interactive video';
const LAB = 'Lab, X-ray and other diagnostic tests — Blood test';
const XRAY = 'Lab, X-ray and other diagnostic tests — X-ray';
const CT = 'Lab, X-ray and other diagnostic tests — CT/CAT scan';
const MAT = 'Maternity care — Prenatal care';
const PT = 'Physical and occupational therapies — Physical therapy by qualified physical therapists';
const OT = 'Physical and occupational therapies — Occupational therapy by occupational therapists';
const SPEECH =
  'Speech therapy — We cover up to 20 outpatient habilitative and up to 20 outpatient rehabilitative visits per year';
const CHIRO = 'Chiropractic Services — Diagnosis and treatment of neuromusculoskeletal disorders';
const DME = 'Durable medical equipment (DME) — Crutches';
const twenty = { visitLimitPerYear: 20 };
const PULMONARY = 'Physical and occupational therapies — We cover up to 20 pulmonary rehabilitation visits per year.';
// "We cover up to 20 outpatient rehabilitative and up to 20 outpatient habilitative visits per year of each
// therapy, except we cover rehabilitative and habilitative services with no visit limits with a diagnosis of
// autism spectrum disorders (ASD)"; speech therapy adds "or treatment of cleft lip or cleft palate".
const therapy = { ...twenty, purposeVisitLimits: { habilitative: { visitsPerYear: 20 } }, noVisitLimitWith: ['autism_spectrum_disorder' as const] };
const pt = (youPay: string) => ({
  ...therapy,
  purposeVisitLimits: {
    habilitative: { visitsPerYear: 20 },
    // "We cover up to 20 pulmonary rehabilitation visits per year." (its own row, the same copay)
    pulmonary_rehabilitation: { visitsPerYear: 20, source: { document: 'fehb-kpco-2022-brochure', section: '5(a)', row: PULMONARY, youPay } },
  },
});
const speech = { ...therapy, noVisitLimitWith: ['autism_spectrum_disorder' as const, 'cleft_lip_palate' as const] };
// 5(d): "Your copayment for the special procedures performed in a hospital emergency room will be waived if
// you are admitted to the hospital as an inpatient." (High, Standard and Prosper alike)
const scanWaiver = {
  waivedIfAdmitted: true,
  waiverSource: {
    section: '5(d)',
    youPay: 'Your copayment for the special procedures performed in a hospital emergency room will be waived if you are admitted to the hospital as an inpatient.',
  },
};
// Procedures in a primary care office (5(a)) and in a mental health office (5(e)).
const MHPROC = 'Professional services — Procedures received during an office visit';
const officeSettings = (primaryCare: string) => ({
  settings: {
    primary_care_office: { section: '5(a)', row: PROC, youPay: primaryCare, costShare: nothing, afterDeductible: false },
    mental_health_office: { section: '5(e)', row: MHPROC, youPay: 'Nothing after you pay the office visit copayment', costShare: nothing, afterDeductible: false },
  },
});

export const ROWS_5A: BrochureRow[] = [
  row(H, 'preventive_visit', '5(a)', PREV, 'Nothing', nothing, false),
  row(S, 'preventive_visit', '5(a)', PREV, 'Nothing', nothing, false),
  row(P, 'preventive_visit', '5(a)', PREV, 'Nothing', nothing, false),

  row(H, 'pcp_visit', '5(a)', DT, '$20 per primary care office visit', copay(20_00, 'visit'), false),
  row(S, 'pcp_visit', '5(a)', DT, '$30 per primary care office visit (nothing for children through age 17)',
    copay(30_00, 'visit'), false, { nothingThroughAge: 17 }),
  row(P, 'pcp_visit', '5(a)', DT, '$10 per primary care office visit', copay(10_00, 'visit'), false),

  row(H, 'specialist_visit', '5(a)', DT, '$30 per specialty care office visit', copay(30_00, 'visit'), false),
  row(S, 'specialist_visit', '5(a)', DT, '$40 per specialty care office visit', copay(40_00, 'visit'), false),
  row(P, 'specialist_visit', '5(a)', DT, '$35 per specialty care office visit', copay(35_00, 'visit'), false),

  // The specialty copay is charged on the office visit claim; the procedure claim pays the percentage.
  row(H, 'office_procedure', '5(a)', PROC, 'Nothing after you pay the office visit copayment', nothing, false,
    officeSettings('Nothing after you pay the office visit copayment')),
  row(S, 'office_procedure', '5(a)', PROC,
    'Specialty care office copayment plus 10% of our allowance after the deductible', percent(10), true,
    officeSettings('Nothing after you pay the primary care copayment')),
  row(P, 'office_procedure', '5(a)', PROC,
    'Specialty care office copayment plus 20% of our allowance after the deductible', percent(20), true,
    officeSettings('Nothing after you pay the primary care copayment')),

  row(H, 'telehealth_visit', '5(a)', TELE, 'Nothing', nothing, false),
  row(S, 'telehealth_visit', '5(a)', TELE, 'Nothing', nothing, false),
  row(P, 'telehealth_visit', '5(a)', TELE, 'Nothing', nothing, false),

  row(H, 'lab_test', '5(a)', LAB, 'Nothing', nothing, false),
  row(S, 'lab_test', '5(a)', LAB, 'Nothing', nothing, false),
  row(P, 'lab_test', '5(a)', LAB, 'Nothing', nothing, false),

  row(H, 'xray', '5(a)', XRAY, 'Nothing', nothing, false),
  row(S, 'xray', '5(a)', XRAY, 'Nothing', nothing, false),
  row(P, 'xray', '5(a)', XRAY, '$35 per visit after the deductible', copay(35_00, 'visit'), true),

  row(H, 'advanced_imaging', '5(a)', CT, '$125 per procedure per body part', copay(125_00, 'procedure'), false, scanWaiver),
  row(S, 'advanced_imaging', '5(a)', CT, '$150 per procedure per body part after the deductible',
    copay(150_00, 'procedure'), true, scanWaiver),
  row(P, 'advanced_imaging', '5(a)', CT, '$250 per procedure per body part after the deductible',
    copay(250_00, 'procedure'), true, scanWaiver),

  row(H, 'maternity_care', '5(a)', MAT, 'Nothing', nothing, false),
  row(S, 'maternity_care', '5(a)', MAT, 'Nothing', nothing, false),
  row(P, 'maternity_care', '5(a)', MAT, 'Nothing', nothing, false),

  row(H, 'pt_visit', '5(a)', PT, '$20 per office visit', copay(20_00, 'visit'), false, pt('$20 per office visit')),
  row(S, 'pt_visit', '5(a)', PT, '$30 per office visit', copay(30_00, 'visit'), false, pt('$30 per office visit')),
  row(P, 'pt_visit', '5(a)', PT, '$10 per office visit', copay(10_00, 'visit'), false, pt('$10 per office visit')),

  row(H, 'ot_visit', '5(a)', OT, '$20 per office visit', copay(20_00, 'visit'), false, therapy),
  row(S, 'ot_visit', '5(a)', OT, '$30 per office visit', copay(30_00, 'visit'), false, therapy),
  row(P, 'ot_visit', '5(a)', OT, '$10 per office visit', copay(10_00, 'visit'), false, therapy),

  row(H, 'speech_therapy_visit', '5(a)', SPEECH, '$20 per office visit', copay(20_00, 'visit'), false, speech),
  row(S, 'speech_therapy_visit', '5(a)', SPEECH, '$30 per office visit', copay(30_00, 'visit'), false, speech),
  row(P, 'speech_therapy_visit', '5(a)', SPEECH, '$10 per office visit', copay(10_00, 'visit'), false, speech),

  row(H, 'chiropractic_visit', '5(a)', CHIRO, '$30 per office visit', copay(30_00, 'visit'), false, twenty),
  row(S, 'chiropractic_visit', '5(a)', CHIRO, '$40 per office visit', copay(40_00, 'visit'), false, twenty),
  row(P, 'chiropractic_visit', '5(a)', CHIRO, '$40 per office visit', copay(40_00, 'visit'), false, twenty),

  // DME does not say "after the deductible".
  row(H, 'durable_medical_equipment', '5(a)', DME, '10% of our allowance', percent(10), false),
  row(S, 'durable_medical_equipment', '5(a)', DME, '10% of our allowance', percent(10), false),
  row(P, 'durable_medical_equipment', '5(a)', DME, '20% of our allowance', percent(20), false),
];
