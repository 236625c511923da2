import { formatCents } from '../../src-shared/money';
import type { AgeException, CostShare, SettingRule } from '../../src-shared/plan-schema';
import { CONDITION_LABELS, SERVICE_LABELS } from '../../src-shared/services';
import type { MemberCondition, PharmacyChannel, ServiceCode } from '../../src-shared/services';

// Short plain sentences for the ledger's rule.text: what the rule is, and what it did to this claim.
// A counselor reads them aloud, so they use the brochure's words ("copay", "after the deductible",
// "up to $50") and whole dollars where the amount is whole.

function money(cents: number): string {
  return formatCents(cents, cents % 100 === 0);
}

const UNIT_NOUN = {
  day: 'day',
  trip: 'trip',
  admission: 'admission',
  procedure: 'procedure',
  prescription: 'prescription',
  item: 'item',
} as const;

/** Services whose claim is not the unit the copay names: "$20 every thirty days" is charged per claim of 30 days. */
const CLAIM_NOUN: Partial<Record<ServiceCode, string>> = {
  opioid_treatment_30_days: '30 days of treatment',
};

function perWhat(service: ServiceCode, unit: keyof typeof UNIT_NOUN | 'visit'): string {
  const own = CLAIM_NOUN[service];
  if (own !== undefined && unit !== 'day') return own;
  if (unit !== 'visit') return UNIT_NOUN[unit];
  const label = SERVICE_LABELS[service].toLowerCase();
  return label.endsWith(' visit') ? label : 'visit';
}

/**
 * The rule in one sentence: "$30 copay per primary care visit", "20% of the allowed amount after the
 * deductible, up to $50", "$500 copay per day, up to $1,000 per admission".
 */
export function describeRule(service: ServiceCode, share: CostShare, afterDeductible: boolean): string {
  const after = afterDeductible ? ' after the deductible' : '';
  switch (share.kind) {
    case 'nothing':
      return afterDeductible ? 'Nothing after the deductible' : 'Nothing to pay';
    case 'not_covered':
      return 'Not covered: the member pays all charges';
    case 'copay': {
      const cap =
        share.maxPerClaimCents === undefined
          ? ''
          : share.unit === 'day'
            ? `, up to ${money(share.maxPerClaimCents)} per admission`
            : `, up to ${money(share.maxPerClaimCents)}`;
      return `${money(share.amountCents)} copay per ${perWhat(service, share.unit)}${after}${cap}`;
    }
    case 'coinsurance': {
      const cap = share.maxPerClaimCents === undefined ? '' : `, up to ${money(share.maxPerClaimCents)}`;
      return `${share.percent}% of the allowed amount${after}${cap}`;
    }
    case 'copay_plus_coinsurance': {
      const cap = share.maxPerClaimCents === undefined ? '' : `, up to ${money(share.maxPerClaimCents)} in all`;
      return `${money(share.amountCents)} copay plus ${share.percent}% of the allowed amount${after}${cap}`;
    }
  }
}

const CHANNEL_TEXT: Record<PharmacyChannel, string> = {
  retail: 'at a network pharmacy',
  plan_pharmacy: 'at a Plan pharmacy',
  mail: 'by mail order',
};

/** What happened to one claim; the ledger builder fills in what applies. */
export interface AppliedRule {
  service: ServiceCode;
  share: CostShare;
  afterDeductible: boolean;
  exception?: AgeException | undefined;
  notCoveredByRule?: boolean;
  visitLimit?: number | undefined;
  waived?: boolean;
  /** Prescriptions: copays charged for the supply. */
  rx?: { copays: number; supplyDays: number; channel: PharmacyChannel } | undefined;
  /** Per-day copays: the days of the stay (the days covered, when some are past a day limit). */
  days?: number | undefined;
  oopCapped?: boolean;
  /** "habilitative", "rehabilitative", "pulmonary rehabilitation": which count a visit limit is of. */
  visitKind?: string | undefined;
  /** A condition lifted the visit limit this visit was past. */
  limitLifted?: { condition: MemberCondition; visit: number; limit: number } | undefined;
  /** The copay was waived for an admission: an ER visit, or a scan done in the ER before the admission. */
  waivedFor?: 'er_visit' | 'scan' | undefined;
  /** A day limit: days of the stay past it, what they cost, and how the limit is counted. */
  dayLimit?: { limit: number; daysOver: number; stayDays: number; notCoveredCents: number; perCondition: boolean } | undefined;
  /** The office setting's own rule. */
  setting?: SettingRule | undefined;
  /** An office procedure (or eye exam) priced by the rule itself, under a plan that prices other settings apart. */
  specialistOffice?: boolean;
  /** A brand asked for over the prescribed generic, dearer than the generic: the copay is on the generic's price. */
  brandOverGeneric?: boolean;
  /** A birthday inside the plan year changed which age rule applies. */
  birthday?: { age: number; on: string; lost?: AgeException | undefined } | undefined;
}

function dayLimitWords(d: NonNullable<AppliedRule['dayLimit']>): string {
  return d.perCondition ? `${d.limit} days per condition (counted per plan year)` : `${d.limit} days per plan year`;
}

export function describeApplied(a: AppliedRule): string {
  const label = SERVICE_LABELS[a.service].toLowerCase();
  if (a.visitLimit !== undefined) {
    const kind = a.visitKind ? `${a.visitKind} ` : '';
    return `Not covered: the limit of ${a.visitLimit} ${kind}visits per plan year for ${label} is used up; the member pays all charges`;
  }
  if (a.dayLimit && a.dayLimit.daysOver >= a.dayLimit.stayDays) {
    return `Not covered: the limit of ${dayLimitWords(a.dayLimit)} for ${label} is used up; the member pays all charges`;
  }
  if (a.waived) {
    return a.waivedFor === 'scan'
      ? 'Copay waived: the scan was done in the emergency room and the member was admitted as an inpatient, so it is paid with the hospital stay'
      : 'Copay waived: the visit led to an inpatient admission, so it is paid with the hospital stay';
  }
  let text = describeRule(a.service, a.share, a.afterDeductible);
  if (a.setting) text = `${text} (${a.setting.label})`;
  else if (a.specialistOffice) {
    text =
      a.service === 'office_procedure'
        ? `${text} (procedure in a specialist’s office; the specialty care copayment is charged on the visit’s own claim)`
        : `${text} (billed as a specialty care office visit)`;
  }
  if (a.exception) {
    // The data's label says it best ("nothing for children through age 17"); a bare "Nothing to pay"
    // in front of it would only repeat it.
    const label = a.exception.label.charAt(0).toUpperCase() + a.exception.label.slice(1);
    text = a.share.kind === 'nothing' && !a.afterDeductible ? label : `${text} (${a.exception.label})`;
  }
  const hasCopay = a.share.kind === 'copay' || a.share.kind === 'copay_plus_coinsurance';
  if (hasCopay && a.rx) {
    const n = a.rx.copays;
    text += `${n === 1 ? '' : ` × ${n} copays`} for a ${a.rx.supplyDays}-day supply ${CHANNEL_TEXT[a.rx.channel]}`;
  } else if (a.days !== undefined && (a.share.kind === 'copay' || a.share.kind === 'copay_plus_coinsurance') && a.share.unit === 'day') {
    text += ` (${a.days} ${a.days === 1 ? 'day' : 'days'})`;
  }
  if (a.brandOverGeneric) text += ', on the price of the prescribed generic';
  if (a.birthday) {
    text += a.birthday.lost
      ? `; age ${a.birthday.age} on the date of service (turned ${a.birthday.age} on ${a.birthday.on}), so "${a.birthday.lost.label}" no longer applies`
      : `; age ${a.birthday.age} on the date of service (turned ${a.birthday.age} on ${a.birthday.on})`;
  }
  if (a.limitLifted) {
    const l = a.limitLifted;
    text += `; visit ${l.visit} this plan year, past the limit of ${l.limit}: no visit limit with ${CONDITION_LABELS[l.condition]}`;
  }
  if (a.dayLimit && a.dayLimit.daysOver > 0) {
    const d = a.dayLimit;
    text += `; ${d.daysOver} of the ${d.stayDays} days ${d.daysOver === 1 ? 'is' : 'are'} past the limit of ${dayLimitWords(d)} and not covered (${money(d.notCoveredCents)})`;
  }
  if (a.oopCapped) text += '; out-of-pocket maximum reached, the plan pays the rest';
  return text;
}
