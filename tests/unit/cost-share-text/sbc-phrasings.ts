import type { CostShare } from '../../../src-shared/plan-schema';
import type { CopayUnit } from '../../../src-shared/cost-share-text';

// "You pay" cells as SBCs and FEHB brochures print them, with the structure each must read as. Rows
// marked KPCO are copied from the 2022 FEHB Kaiser Permanente Colorado brochure (RI 73-019); the rest
// are the common SBC (Summary of Benefits and Coverage) phrasings an HR office types.

export interface PhrasingRow {
  text: string;
  unitHint?: CopayUnit;
  costShare: CostShare;
  afterDeductible: boolean;
  deductibleWaived?: true;
  visitLimitPerYear?: number;
}

const copay = (amountCents: number, unit: CopayUnit, maxPerClaimCents?: number): CostShare =>
  maxPerClaimCents === undefined ? { kind: 'copay', amountCents, unit } : { kind: 'copay', amountCents, unit, maxPerClaimCents };
const coins = (percent: number, maxPerClaimCents?: number): CostShare =>
  maxPerClaimCents === undefined ? { kind: 'coinsurance', percent } : { kind: 'coinsurance', percent, maxPerClaimCents };
const combo = (amountCents: number, unit: CopayUnit, percent: number): CostShare => ({
  kind: 'copay_plus_coinsurance',
  amountCents,
  unit,
  percent,
});
const NOTHING: CostShare = { kind: 'nothing' };
const NOT_COVERED: CostShare = { kind: 'not_covered' };

export const PHRASINGS: readonly PhrasingRow[] = [
  // Copays per visit
  { text: '$30 copay/visit', costShare: copay(3000, 'visit'), afterDeductible: false },
  { text: '$30 copay per visit', costShare: copay(3000, 'visit'), afterDeductible: false },
  { text: '$30 Copay', costShare: copay(3000, 'visit'), afterDeductible: false },
  { text: '$30 Copay', unitHint: 'trip', costShare: copay(3000, 'trip'), afterDeductible: false },
  { text: '$ 30 copay', costShare: copay(3000, 'visit'), afterDeductible: false },
  { text: '$12.50 copay', costShare: copay(1250, 'visit'), afterDeductible: false },
  { text: '$30 COPAY PER VISIT.', costShare: copay(3000, 'visit'), afterDeductible: false },
  { text: '$30 co-pay per office visit', costShare: copay(3000, 'visit'), afterDeductible: false },
  { text: '$40 copayment/visit', costShare: copay(4000, 'visit'), afterDeductible: false },
  { text: 'You pay $25 per visit', costShare: copay(2500, 'visit'), afterDeductible: false },
  { text: '$0 copay', costShare: copay(0, 'visit'), afterDeductible: false },
  { text: '$1,000', unitHint: 'admission', costShare: copay(100000, 'admission'), afterDeductible: false },
  { text: '$1,000', costShare: copay(100000, 'visit'), afterDeductible: false },
  { text: '$20 per primary care office visit', costShare: copay(2000, 'visit'), afterDeductible: false }, // KPCO 5(a) High
  { text: '$40 per specialty care office visit', costShare: copay(4000, 'visit'), afterDeductible: false }, // KPCO 5(a) Standard
  { text: '$10 per group therapy office visit', costShare: copay(1000, 'visit'), afterDeductible: false }, // KPCO 5(e)
  { text: '$35 per visit after the deductible', costShare: copay(3500, 'visit'), afterDeductible: true }, // KPCO 5(a) Prosper x-ray
  { text: '$200 after the deductible per visit', costShare: copay(20000, 'visit'), afterDeductible: true }, // KPCO changes
  { text: '$40 copay/visit; deductible does not apply', costShare: copay(4000, 'visit'), afterDeductible: false, deductibleWaived: true },
  { text: '$40 copay/visit — deductible does not apply', costShare: copay(4000, 'visit'), afterDeductible: false, deductibleWaived: true },
  { text: '$40 copay/visit – no deductible', costShare: copay(4000, 'visit'), afterDeductible: false, deductibleWaived: true },
  { text: '$50 copay per visit (deductible does not apply)', costShare: copay(5000, 'visit'), afterDeductible: false, deductibleWaived: true },
  { text: '$75 copay per visit, not subject to the deductible', costShare: copay(7500, 'visit'), afterDeductible: false, deductibleWaived: true },
  { text: '$250 per visit after you have met your calendar year deductible', costShare: copay(25000, 'visit'), afterDeductible: true },
  { text: '$150 per occurrence', costShare: copay(15000, 'visit'), afterDeductible: false },
  { text: '$150 copay per occurrence', unitHint: 'procedure', costShare: copay(15000, 'procedure'), afterDeductible: false },
  // Asterisk: FEHB Summary of Benefits, "subject to the deductible"
  { text: '$300*', costShare: copay(30000, 'visit'), afterDeductible: true }, // KPCO Standard summary, outpatient
  { text: '$375*', unitHint: 'visit', costShare: copay(37500, 'visit'), afterDeductible: true }, // KPCO Prosper summary, ER
  { text: '$750 per admission*', costShare: copay(75000, 'admission'), afterDeductible: true },
  // Stays and days
  { text: '$750 per admission after deductible', costShare: copay(75000, 'admission'), afterDeductible: true },
  { text: '$750 per admission after the deductible', costShare: copay(75000, 'admission'), afterDeductible: true }, // KPCO 5(c) Standard
  { text: '$750 copay per admission, deductible applies', costShare: copay(75000, 'admission'), afterDeductible: true },
  { text: '$500/day up to $1,000/admission', costShare: copay(50000, 'day', 100000), afterDeductible: false },
  { text: '$500 per day up to $1,000 per admission', costShare: copay(50000, 'day', 100000), afterDeductible: false },
  { text: '$500 per day up to $1,000 maximum per admission', costShare: copay(50000, 'day', 100000), afterDeductible: false }, // KPCO 5(c) High
  { text: '$275 per day up to $1,100', costShare: copay(27500, 'day', 110000), afterDeductible: false }, // KPCO Senior Advantage
  { text: '$500 a day, up to a maximum of $2,500 per stay, after deductible', costShare: copay(50000, 'day', 250000), afterDeductible: true },
  { text: '$250 copay per day for the first 5 days of each admission', costShare: copay(25000, 'day', 125000), afterDeductible: false },
  { text: '$3 per product per day', costShare: copay(300, 'day'), afterDeductible: false }, // KPCO 5(f) medical foods
  // Trips, procedures, prescriptions, items
  { text: '$150 per trip', costShare: copay(15000, 'trip'), afterDeductible: false }, // KPCO 5(c) ambulance High
  { text: '$250 per trip after the deductible', costShare: copay(25000, 'trip'), afterDeductible: true }, // KPCO 5(c) Prosper
  { text: '$125 per procedure per body part', costShare: copay(12500, 'procedure'), afterDeductible: false }, // KPCO 5(a) imaging
  { text: '$250 per procedure per body part after the deductible', costShare: copay(25000, 'procedure'), afterDeductible: true },
  { text: '$100 copay per procedure', costShare: copay(10000, 'procedure'), afterDeductible: false },
  { text: '$10 per script', costShare: copay(1000, 'prescription'), afterDeductible: false },
  { text: '$10 copay/prescription', costShare: copay(1000, 'prescription'), afterDeductible: false },
  { text: '$15 per fill', costShare: copay(1500, 'prescription'), afterDeductible: false },
  { text: '$20 copay per 30-day supply', costShare: copay(2000, 'prescription'), afterDeductible: false },
  { text: '$40 per prescription or refill', costShare: copay(4000, 'prescription'), afterDeductible: false }, // KPCO 5(f)
  { text: '$5 per script/prescription/fill', costShare: copay(500, 'prescription'), afterDeductible: false },
  { text: '$50 per item', costShare: copay(5000, 'item'), afterDeductible: false },
  // Coinsurance
  { text: '20% coinsurance', costShare: coins(20), afterDeductible: false },
  { text: '20% coinsurance after deductible', costShare: coins(20), afterDeductible: true },
  { text: '20% Coinsurance after deductible is met.', costShare: coins(20), afterDeductible: true },
  { text: '20% coinsurance – after deductible', costShare: coins(20), afterDeductible: true },
  { text: '20% of our allowance after the deductible', costShare: coins(20), afterDeductible: true }, // KPCO 5(c) Prosper
  { text: '20% of our allowance*', costShare: coins(20), afterDeductible: true }, // KPCO Prosper summary
  { text: '50% of our allowance', costShare: coins(50), afterDeductible: false }, // KPCO 5(f) sexual dysfunction drugs
  { text: '0% coinsurance', costShare: coins(0), afterDeductible: false },
  { text: '12.5% coinsurance', costShare: coins(12.5), afterDeductible: false },
  { text: '30% coinsurance, deductible does not apply', costShare: coins(30), afterDeductible: false, deductibleWaived: true },
  { text: '40% co-insurance subject to deductible', costShare: coins(40), afterDeductible: true },
  { text: '20% of our allowance up to $50', costShare: coins(20, 5000), afterDeductible: false }, // KPCO 5(f) diabetic, Standard
  { text: '20% of the allowed amount, max $500 per trip', costShare: coins(20, 50000), afterDeductible: false },
  // Copay then coinsurance
  { text: '$100 copay then 10% coinsurance', costShare: combo(10000, 'visit', 10), afterDeductible: false },
  { text: '$100 copayment plus 10% of our allowance after the deductible', costShare: combo(10000, 'visit', 10), afterDeductible: true },
  { text: '$250 copay per admission, then 20% coinsurance', costShare: combo(25000, 'admission', 20), afterDeductible: false },
  // Nothing and not covered
  { text: 'No charge', costShare: NOTHING, afterDeductible: false },
  { text: 'NO CHARGE', costShare: NOTHING, afterDeductible: false },
  { text: 'No Charge after deductible', costShare: NOTHING, afterDeductible: true },
  { text: 'Nothing', costShare: NOTHING, afterDeductible: false }, // KPCO throughout
  { text: 'Nothing after the deductible', costShare: NOTHING, afterDeductible: true }, // KPCO 5(a) Prosper
  { text: 'No charge, deductible does not apply', costShare: NOTHING, afterDeductible: false, deductibleWaived: true },
  { text: 'Not covered', costShare: NOT_COVERED, afterDeductible: false },
  { text: 'Not Covered.', costShare: NOT_COVERED, afterDeductible: false },
  { text: 'All charges', costShare: NOT_COVERED, afterDeductible: false }, // KPCO throughout
  // Visit limits
  { text: '$15 copay/visit, limited to 20 visits per year', costShare: copay(1500, 'visit'), afterDeductible: false, visitLimitPerYear: 20 },
  { text: '20% coinsurance after deductible; 20 visit limit per year', costShare: coins(20), afterDeductible: true, visitLimitPerYear: 20 },
  { text: '$30 per visit, up to 20 visits per calendar year', costShare: copay(3000, 'visit'), afterDeductible: false, visitLimitPerYear: 20 },
  { text: 'No charge; 30 visits/year', costShare: NOTHING, afterDeductible: false, visitLimitPerYear: 30 },
];
