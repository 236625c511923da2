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
  row(H, 'office_procedure', '5(a)', PROC, 'Nothing after you pay the office visit copayment', nothing, false),
  row(S, 'office_procedure', '5(a)', PROC,
    'Specialty care office copayment plus 10% of our allowance after the deductible', percent(10), true),
  row(P, 'office_procedure', '5(a)', PROC,
    'Specialty care office copayment plus 20% of our allowance after the deductible', percent(20), true),

  row(H, 'telehealth_visit', '5(a)', TELE, 'Nothing', nothing, false),
  row(S, 'telehealth_visit', '5(a)', TELE, 'Nothing', nothing, false),
  row(P, 'telehealth_visit', '5(a)', TELE, 'Nothing', nothing, false),

  row(H, 'lab_test', '5(a)', LAB, 'Nothing', nothing, false),
  row(S, 'lab_test', '5(a)', LAB, 'Nothing', nothing, false),
  row(P, 'lab_test', '5(a)', LAB, 'Nothing', nothing, false),

  row(H, 'xray', '5(a)', XRAY, 'Nothing', nothing, false),
  row(S, 'xray', '5(a)', XRAY, 'Nothing', nothing, false),
  row(P, 'xray', '5(a)', XRAY, '$35 per visit after the deductible', copay(35_00, 'visit'), true),

  row(H, 'advanced_imaging', '5(a)', CT, '$125 per procedure per body part', copay(125_00, 'procedure'), false),
  row(S, 'advanced_imaging', '5(a)', CT, '$150 per procedure per body part after the deductible',
    copay(150_00, 'procedure'), true),
  row(P, 'advanced_imaging', '5(a)', CT, '$250 per procedure per body part after the deductible',
    copay(250_00, 'procedure'), true),

  row(H, 'maternity_care', '5(a)', MAT, 'Nothing', nothing, false),
  row(S, 'maternity_care', '5(a)', MAT, 'Nothing', nothing, false),
  row(P, 'maternity_care', '5(a)', MAT, 'Nothing', nothing, false),

  row(H, 'pt_visit', '5(a)', PT, '$20 per office visit', copay(20_00, 'visit'), false, twenty),
  row(S, 'pt_visit', '5(a)', PT, '$30 per office visit', copay(30_00, 'visit'), false, twenty),
  row(P, 'pt_visit', '5(a)', PT, '$10 per office visit', copay(10_00, 'visit'), false, twenty),

  row(H, 'ot_visit', '5(a)', OT, '$20 per office visit', copay(20_00, 'visit'), false, twenty),
  row(S, 'ot_visit', '5(a)', OT, '$30 per office visit', copay(30_00, 'visit'), false, twenty),
  row(P, 'ot_visit', '5(a)', OT, '$10 per office visit', copay(10_00, 'visit'), false, twenty),

  row(H, 'speech_therapy_visit', '5(a)', SPEECH, '$20 per office visit', copay(20_00, 'visit'), false, twenty),
  row(S, 'speech_therapy_visit', '5(a)', SPEECH, '$30 per office visit', copay(30_00, 'visit'), false, twenty),
  row(P, 'speech_therapy_visit', '5(a)', SPEECH, '$10 per office visit', copay(10_00, 'visit'), false, twenty),

  row(H, 'chiropractic_visit', '5(a)', CHIRO, '$30 per office visit', copay(30_00, 'visit'), false, twenty),
  row(S, 'chiropractic_visit', '5(a)', CHIRO, '$40 per office visit', copay(40_00, 'visit'), false, twenty),
  row(P, 'chiropractic_visit', '5(a)', CHIRO, '$40 per office visit', copay(40_00, 'visit'), false, twenty),

  // DME does not say "after the deductible".
  row(H, 'durable_medical_equipment', '5(a)', DME, '10% of our allowance', percent(10), false),
  row(S, 'durable_medical_equipment', '5(a)', DME, '10% of our allowance', percent(10), false),
  row(P, 'durable_medical_equipment', '5(a)', DME, '20% of our allowance', percent(20), false),
];
