import { allCharges, copay, H, nothing, P, percent, row, S } from './fehb-brochure-table';
import type { BrochureRow } from './fehb-brochure-table';

// Sections 5(c) hospital, 5(d) emergency, 5(e) mental health, 5(f) prescription drugs and 5(g) dental of
// the 2022 brochure (RI 73-019), written by hand from the brochure.

const IP = 'Inpatient hospital — Room and board, such as';
const OP = 'Outpatient hospital or ambulatory surgical center — Operating, recovery, and other treatment rooms';
const SNF = 'Skilled nursing care benefits — Room and board';
const UC = 'Emergency within our service area — Urgent care at an urgent care center';
const ER = "Emergency within our service area — Emergency care as an outpatient at a hospital, including physicians' services";
const AMB = 'Ambulance — Licensed ambulance service when medically necessary.';
const MH = 'Professional services — Treatment and counseling (including group and individual therapy visits)';
const MHIP = 'Inpatient hospital or other covered facility — Inpatient psychiatric or substance use care';
const RX =
  'Covered medications and supplies — Drugs and medications that, by federal law, require a physician’s prescription for their purchase';
const DIAB = 'Covered medications and supplies — Diabetic supplies, limited to:';
const DENTAL = 'Dental benefits — We have no other dental benefits.';
const rx = (dollars: number) => copay(dollars * 100, 'prescription');
const hundredDays = { dayLimit: { days: 100, per: 'plan_year' as const } };
// 5(f): "Some drugs (for example, drugs that are extremely high cost, …) may not be eligible for mailing
// and/or a mail order discount": a specialty drug by mail is one copay per started 30 days.
const specialtyByMail = {
  dispensing: {
    mail: {
      tiers: [{ upToDays: 30, copays: 1 }, { upToDays: 60, copays: 2 }, { upToDays: 90, copays: 3 }],
      row: 'Prescription Drug Benefits — These are the dispensing limitations',
      youPay:
        'Some drugs (for example, drugs that are extremely high cost, require special handling, have standard packaging, or requested to be mailed outside the state of Colorado) may not be eligible for mailing and/or a mail order discount.',
    },
  },
};

export const ROWS_5C_5G: BrochureRow[] = [
  row(H, 'inpatient_admission', '5(c)', IP, '$500 per day up to $1,000 maximum per admission',
    copay(500_00, 'day', 1_000_00), false),
  row(S, 'inpatient_admission', '5(c)', IP, '$750 per admission after the deductible', copay(750_00, 'admission'), true),
  row(P, 'inpatient_admission', '5(c)', IP, '20% of our allowance after the deductible', percent(20), true),

  row(H, 'maternity_delivery', '5(c)', IP, '$500 per day up to $1,000 maximum per admission',
    copay(500_00, 'day', 1_000_00), false),
  row(S, 'maternity_delivery', '5(c)', IP, 'Nothing for maternity care delivery', nothing, false),
  row(P, 'maternity_delivery', '5(c)', IP, '20% of our allowance after the deductible', percent(20), true),

  row(H, 'outpatient_hospital', '5(c)', OP, '$250 in an outpatient hospital', copay(250_00, 'visit'), false),
  row(S, 'outpatient_hospital', '5(c)', OP, '$300 after the deductible in an outpatient hospital', copay(300_00, 'visit'), true),
  row(P, 'outpatient_hospital', '5(c)', OP, '$375 after the deductible in an outpatient hospital', copay(375_00, 'visit'), true),

  row(H, 'ambulatory_surgery_center', '5(c)', OP, '$150 in an ambulatory surgical center', copay(150_00, 'visit'), false),
  row(S, 'ambulatory_surgery_center', '5(c)', OP, '$200 after the deductible in an ambulatory surgical center',
    copay(200_00, 'visit'), true),
  row(P, 'ambulatory_surgery_center', '5(c)', OP, '$275 after the deductible in an ambulatory surgical center',
    copay(275_00, 'visit'), true),

  // "Up to 100 days per calendar year when you need full-time skilled nursing care."
  row(H, 'skilled_nursing_day', '5(c)', SNF, 'Nothing', nothing, false, hundredDays),
  row(S, 'skilled_nursing_day', '5(c)', SNF, 'Nothing after the deductible', nothing, true, hundredDays),
  row(P, 'skilled_nursing_day', '5(c)', SNF, '20% of our allowance after the deductible', percent(20), true, hundredDays),

  row(H, 'urgent_care_visit', '5(d)', UC, '$30 per visit', copay(30_00, 'visit'), false),
  row(S, 'urgent_care_visit', '5(d)', UC, '$40 per visit', copay(40_00, 'visit'), false),
  row(P, 'urgent_care_visit', '5(d)', UC, '$35 per visit', copay(35_00, 'visit'), false),

  // "we will waive your emergency room copayment (High and Standard Options)"
  row(H, 'er_visit', '5(d)', ER, '$300 per visit', copay(300_00, 'visit'), false, { waivedIfAdmitted: true }),
  row(S, 'er_visit', '5(d)', ER, '$350 per visit after the deductible', copay(350_00, 'visit'), true, { waivedIfAdmitted: true }),
  row(P, 'er_visit', '5(d)', ER, '$375 per visit after the deductible', copay(375_00, 'visit'), true),

  row(H, 'ambulance_trip', '5(d)', AMB, '$150 per trip', copay(150_00, 'trip'), false),
  row(S, 'ambulance_trip', '5(d)', AMB, '$200 per trip', copay(200_00, 'trip'), false),
  row(P, 'ambulance_trip', '5(d)', AMB, '$250 per trip after the deductible', copay(250_00, 'trip'), true),

  row(H, 'mental_health_visit', '5(e)', MH, '$20 per individual therapy office visit', copay(20_00, 'visit'), false),
  row(S, 'mental_health_visit', '5(e)', MH, '$30 per individual therapy office visit (nothing for children through age 17)',
    copay(30_00, 'visit'), false, { nothingThroughAge: 17 }),
  row(P, 'mental_health_visit', '5(e)', MH, '$10 per individual therapy office visit', copay(10_00, 'visit'), false),

  row(H, 'mental_health_inpatient', '5(e)', MHIP, '$500 per day up to $1,000 maximum per admission',
    copay(500_00, 'day', 1_000_00), false),
  row(S, 'mental_health_inpatient', '5(e)', MHIP, '$750 per admission after the deductible', copay(750_00, 'admission'), true),
  row(P, 'mental_health_inpatient', '5(e)', MHIP, '20% of our allowance after the deductible', percent(20), true),

  // The High Option has no preventive maintenance tier: priced as a preferred generic drug.
  row(H, 'rx_preventive_maintenance', '5(f)', RX, '$15 for preferred generic drugs', rx(15), false),
  row(S, 'rx_preventive_maintenance', '5(f)', RX, '$5 for preventive maintenance drugs', rx(5), false),
  row(P, 'rx_preventive_maintenance', '5(f)', RX, '$5 for preventive maintenance drugs', rx(5), false),

  row(H, 'rx_generic', '5(f)', RX, '$15 for preferred generic drugs', rx(15), false),
  row(S, 'rx_generic', '5(f)', RX, '$15 for preferred generic drugs', rx(15), false),
  row(P, 'rx_generic', '5(f)', RX, '$15 for preferred generic drugs', rx(15), false),

  row(H, 'rx_preferred_brand', '5(f)', RX, '$40 for preferred brand-name drugs', rx(40), false),
  row(S, 'rx_preferred_brand', '5(f)', RX, '$50 for preferred brand-name drugs', rx(50), false),
  row(P, 'rx_preferred_brand', '5(f)', RX, '$60 for preferred brand-name drugs', rx(60), false),

  row(H, 'rx_nonpreferred', '5(f)', RX, '$60 for non-preferred drugs', rx(60), false),
  row(S, 'rx_nonpreferred', '5(f)', RX, '$70 for non-preferred drugs', rx(70), false),
  row(P, 'rx_nonpreferred', '5(f)', RX, '$80 for non-preferred drugs', rx(80), false),

  row(H, 'rx_specialty', '5(f)', RX, '$100 for specialty drugs', rx(100), false, specialtyByMail),
  row(S, 'rx_specialty', '5(f)', RX, '$200 for specialty drugs', rx(200), false, specialtyByMail),
  row(P, 'rx_specialty', '5(f)', RX, '$300 for specialty drugs', rx(300), false, specialtyByMail),

  row(H, 'diabetic_supplies', '5(f)', DIAB, '20% of our allowance up to $40', percent(20, 40_00), false),
  row(S, 'diabetic_supplies', '5(f)', DIAB, '20% of our allowance up to $50', percent(20, 50_00), false),
  row(P, 'diabetic_supplies', '5(f)', DIAB, '20% of our allowance up to $60', percent(20, 60_00), false),

  // Section 4: dental services do not count toward the catastrophic out-of-pocket maximum.
  row(H, 'dental_preventive', '5(g)', DENTAL, 'All charges', allCharges, false, { countsTowardOop: false }),
  row(S, 'dental_preventive', '5(g)', DENTAL, 'All charges', allCharges, false, { countsTowardOop: false }),
  row(P, 'dental_preventive', '5(g)', DENTAL, 'All charges', allCharges, false, { countsTowardOop: false }),
];
