import { describeCostShare, formatCostShareText } from './cost-share-text';
import { m, sayIn, type Language, type PlainMessage } from './i18n';
import type { BenefitRule, CostShare } from './plan-schema';
import type { MemberCondition, OfficeSetting, PharmacyChannel } from './services';

// What a stored rule says beyond the SBC grid's cells: visit limits by purpose, no visit limit with a
// condition, a day limit, the office settings, the line behind an admission waiver, a prescription tier's
// own dispensing, the assumption said when the rule is used. The plan editor keeps these when a cell is
// changed (sbc-form-to-plan.ts) and shows them in words; "What changed" compares them.
//
// The words are the messages of messages/cells (`cell_d_…`), one a phrase, in the language asked for:
// English by default, word for word what they always were ("What changed", plan-diff.ts, is English and
// passes none), Spanish under "More" in the plan editor. The plan's own words (a waiver's printed line, an
// assumption) are quoted as the plan file has them, in English, and the Spanish says so.

/** The fields of a rule the editor's grid has no place for. */
export const RULE_DETAIL_KEYS = [
  'purposeVisitLimits',
  'noVisitLimitWith',
  'dayLimit',
  'waiverSource',
  'settings',
  'dispensing',
  'assumptionWhenUsed',
] as const satisfies readonly (keyof BenefitRule)[];

export type RuleDetails = Pick<BenefitRule, (typeof RULE_DETAIL_KEYS)[number]>;

/** The details a rule carries (only those it has). */
export function ruleDetails(rule: BenefitRule): RuleDetails {
  const out: Partial<Record<(typeof RULE_DETAIL_KEYS)[number], unknown>> = {};
  for (const key of RULE_DETAIL_KEYS) if (rule[key] !== undefined) out[key] = rule[key];
  return out as RuleDetails;
}

const PURPOSE: Record<string, PlainMessage> = {
  habilitative: m.cell_d_purpose_habilitative,
  pulmonary_rehabilitation: m.cell_d_purpose_pulmonary_rehabilitation,
};
const CONDITION: Record<MemberCondition, PlainMessage> = {
  autism_spectrum_disorder: m.rule_condition_autism_spectrum_disorder,
  cleft_lip_palate: m.rule_condition_cleft_lip_palate,
};
const OFFICE: Record<OfficeSetting, PlainMessage> = {
  primary_care_office: m.cell_d_primary_care_office,
  specialist_office: m.cell_d_specialist_office,
  mental_health_office: m.cell_d_mental_health_office,
};
const CHANNEL: Record<PharmacyChannel, PlainMessage> = { retail: m.cell_d_by_retail, plan_pharmacy: m.cell_d_by_plan_pharmacy, mail: m.cell_d_by_mail };

/**
 * A setting's cost: in English the SBC phrasing ("$30 copay per visit", "No charge"), in another language
 * the reading the editor shows under a cell, as a phrase ("usted paga $30 por cada consulta").
 */
function settingCost(costShare: CostShare, afterDeductible: boolean, lang: Language): string {
  if (lang === 'en') return formatCostShareText(costShare, afterDeductible);
  const reading = describeCostShare(costShare, afterDeductible, {}, lang);
  return `${reading.charAt(0).toLowerCase()}${reading.slice(1)}`.replace(/\.$/, '');
}

/** The details in words, one phrase each ("20 habilitative visits a year; no visit limit with …"); '' for none. */
export function ruleDetailsText(rule: BenefitRule | undefined, lang: Language = 'en'): string {
  if (!rule) return '';
  const locale = { locale: lang };
  const say = (message: PlainMessage): string => sayIn(message, lang);
  const parts: string[] = [];
  for (const [purpose, limit] of Object.entries(rule.purposeVisitLimits ?? {})) {
    const kind = PURPOSE[purpose];
    if (limit) parts.push(m.cell_d_purpose_limit({ limit: limit.visitsPerYear, purpose: kind ? say(kind) : purpose.replace('_', ' ') }, locale));
  }
  if (rule.noVisitLimitWith?.length) {
    const conditions = rule.noVisitLimitWith.map((c) => say(CONDITION[c])).reduce((first, second) => m.cell_d_or({ first, second }, locale));
    parts.push(m.cell_d_no_visit_limit({ conditions }, locale));
  }
  if (rule.dayLimit) {
    const days = rule.dayLimit.days;
    parts.push(rule.dayLimit.per === 'condition' ? m.cell_d_days_per_condition({ days }, locale) : m.cell_d_days_per_year({ days }, locale));
  }
  for (const [setting, r] of Object.entries(rule.settings ?? {})) {
    const office = OFFICE[setting as OfficeSetting] as PlainMessage | undefined;
    if (r) parts.push(m.cell_d_setting({ setting: office ? say(office) : setting, cost: settingCost(r.costShare, r.afterDeductible, lang) }, locale));
  }
  if (rule.waiverSource) parts.push(m.cell_d_waiver({ section: rule.waiverSource.section, youPay: rule.waiverSource.youPay }, locale));
  for (const [channel, d] of Object.entries(rule.dispensing ?? {})) {
    if (d) {
      const supplies = d.tiers.map((t) => m.cell_d_supply({ days: t.upToDays, copays: t.copays }, locale)).join(', ');
      parts.push(m.cell_d_dispensing({ channel: say(CHANNEL[channel as PharmacyChannel]), supplies }, locale));
    }
  }
  if (rule.assumptionWhenUsed) parts.push(m.cell_d_said_when_used({ text: rule.assumptionWhenUsed }, locale));
  return parts.join('; ');
}
