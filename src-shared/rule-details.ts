import { formatCostShareText } from './cost-share-text';
import type { BenefitRule } from './plan-schema';
import { CONDITION_LABELS, type PharmacyChannel } from './services';

// What a stored rule says beyond the SBC grid's cells: visit limits by purpose, no visit limit with a
// condition, a day limit, the office settings, the line behind an admission waiver, a prescription tier's
// own dispensing, the assumption said when the rule is used. The plan editor keeps these when a cell is
// changed (sbc-form-to-plan.ts) and shows them in words; "What changed" compares them.

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

const CHANNEL: Record<PharmacyChannel, string> = { retail: 'a network pharmacy', plan_pharmacy: 'a Plan pharmacy', mail: 'mail order' };
const OFFICE: Record<string, string> = {
  primary_care_office: 'in a primary care office',
  specialist_office: 'in a specialist’s office',
  mental_health_office: 'in a mental health office',
};

/** The details in words, one phrase each ("20 habilitative visits a year; no visit limit with …"); '' for none. */
export function ruleDetailsText(rule: BenefitRule | undefined): string {
  if (!rule) return '';
  const parts: string[] = [];
  for (const [purpose, limit] of Object.entries(rule.purposeVisitLimits ?? {})) {
    if (limit) parts.push(`${limit.visitsPerYear} ${purpose.replace('_', ' ')} visits a year, counted apart`);
  }
  if (rule.noVisitLimitWith?.length) parts.push(`no visit limit with ${rule.noVisitLimitWith.map((c) => CONDITION_LABELS[c]).join(' or ')}`);
  if (rule.dayLimit) parts.push(`up to ${rule.dayLimit.days} days ${rule.dayLimit.per === 'condition' ? 'per condition' : 'per plan year'}`);
  for (const [setting, r] of Object.entries(rule.settings ?? {})) {
    if (r) parts.push(`${OFFICE[setting] ?? setting}: ${formatCostShareText(r.costShare, r.afterDeductible)}`);
  }
  if (rule.waiverSource) parts.push(`copay waived if admitted (${rule.waiverSource.section}: “${rule.waiverSource.youPay}”)`);
  for (const [channel, d] of Object.entries(rule.dispensing ?? {})) {
    if (d) {
      const tiers = d.tiers.map((t) => `up to ${t.upToDays} days for ${t.copays} ${t.copays === 1 ? 'copay' : 'copays'}`).join(', ');
      parts.push(`by ${CHANNEL[channel as PharmacyChannel]}: ${tiers}`);
    }
  }
  if (rule.assumptionWhenUsed) parts.push(`said when used: “${rule.assumptionWhenUsed}”`);
  return parts.join('; ');
}
