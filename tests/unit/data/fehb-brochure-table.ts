import type { BenefitRule, CostShare, DayLimit, RuleSource } from '../../../src-shared/plan-schema';
import type { MemberCondition, OfficeSetting } from '../../../src-shared/services';
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
  /** "covered for individuals over the age of 18": not covered through that age. */
  notCoveredThroughAge?: number;
  waivedIfAdmitted?: boolean;
  /** The printed line behind the waiver when it is not the row's own (5(d) for scans in the ER). */
  waiverSource?: Pick<RuleSource, 'section' | 'youPay'>;
  visitLimitPerYear?: number;
  /** "up to 20 outpatient habilitative visits", "up to 20 pulmonary rehabilitation visits" (with the row printing it). */
  purposeVisitLimits?: BenefitRule['purposeVisitLimits'];
  /** "no visit limits with a diagnosis of autism spectrum disorders (ASD) or treatment of cleft lip or cleft palate". */
  noVisitLimitWith?: MemberCondition[];
  /** "Up to 100 days per calendar year", "Up to 60 days per condition". */
  dayLimit?: DayLimit;
  /** The rows of the same benefit in another office ("Nothing after you pay the primary care copayment"). */
  settings?: Partial<Record<OfficeSetting, { section: string; row: string; youPay: string; costShare: CostShare; afterDeductible: boolean }>>;
  /** A prescription tier that a channel dispenses differently from the plan's pharmacy table (row in 5(f)). */
  dispensing?: Partial<Record<'retail' | 'plan_pharmacy' | 'mail', { tiers: { upToDays: number; copays: number }[]; row: string; youPay: string }>>;
  countsTowardOop?: boolean;
}

type Extra = Pick<
  BrochureRow,
  | 'nothingThroughAge'
  | 'notCoveredFromAge'
  | 'notCoveredThroughAge'
  | 'waivedIfAdmitted'
  | 'waiverSource'
  | 'visitLimitPerYear'
  | 'purposeVisitLimits'
  | 'noVisitLimitWith'
  | 'dayLimit'
  | 'settings'
  | 'dispensing'
  | 'countsTowardOop'
>;

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
