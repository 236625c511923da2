import type { CostShare } from '../../../src-shared/plan-schema';
import type { ServiceCode } from '../../../src-shared/services';

// The shape of the hand-written tables that read like the 2022 FEHB brochure of Kaiser Permanente –
// Colorado: one line per benefit row, option and service code, with the "You pay" text as printed.

export const OPTIONS = {
  'High Option': 'fehb-kpco-2022-high',
  'Standard Option': 'fehb-kpco-2022-standard',
  Prosper: 'fehb-kpco-2022-prosper',
} as const;
export type OptionName = keyof typeof OPTIONS;

export interface BrochureRow {
  option: OptionName;
  service: ServiceCode;
  section: string;
  /** "Benefit description — sub-row", both parts as printed. */
  row: string;
  youPay: string;
  costShare: CostShare;
  afterDeductible: boolean;
  /** "(nothing for children through age 17)" */
  nothingThroughAge?: number;
  /** "Not covered: … for all persons age 18 and over" ("All charges") */
  notCoveredFromAge?: number;
  waivedIfAdmitted?: boolean;
  visitLimitPerYear?: number;
  countsTowardOop?: boolean;
}

type Extra = Pick<BrochureRow, 'nothingThroughAge' | 'notCoveredFromAge' | 'waivedIfAdmitted' | 'visitLimitPerYear' | 'countsTowardOop'>;

export function row(
  option: OptionName,
  service: ServiceCode,
  section: string,
  benefitRow: string,
  youPay: string,
  costShare: CostShare,
  afterDeductible: boolean,
  extra: Extra = {},
): BrochureRow {
  return { option, service, section, row: benefitRow, youPay, costShare, afterDeductible, ...extra };
}

export const nothing: CostShare = { kind: 'nothing' };
export const allCharges: CostShare = { kind: 'not_covered' };
export const copay = (
  amountCents: number,
  unit: 'visit' | 'day' | 'trip' | 'admission' | 'procedure' | 'prescription',
  maxPerClaimCents?: number,
): CostShare =>
  maxPerClaimCents === undefined
    ? { kind: 'copay', amountCents, unit }
    : { kind: 'copay', amountCents, unit, maxPerClaimCents };
export const percent = (p: number, maxPerClaimCents?: number): CostShare =>
  maxPerClaimCents === undefined ? { kind: 'coinsurance', percent: p } : { kind: 'coinsurance', percent: p, maxPerClaimCents };

export const H = 'High Option';
export const S = 'Standard Option';
export const P = 'Prosper';
