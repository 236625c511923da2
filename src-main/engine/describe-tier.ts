import { formatCents } from '../../src-shared/money';
import type { RuleSource } from '../../src-shared/plan-schema';
import type { LedgerException } from '../../src-shared/pricing-schema';
import { NETWORK_TIERS } from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import { NS, TIER_NOT_COVERED } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { describeRule } from './describe-rule';
import * as S from './scratch';

// The ledger's words for a claim priced on a network tier (tiers.ts): which tier, what its rule did, and
// the printed line behind it. Built once per distinct case, outside the pricing loop.

function money(cents: number): string {
  return formatCents(cents, cents % 100 === 0);
}

/** "out of network", "out of area", "travel". */
export function tierWords(t: number): string {
  return (NETWORK_TIERS[t] ?? '').replaceAll('_', ' ');
}

export interface TierLine {
  text: string;
  source: RuleSource;
  decidedBy: LedgerException[];
}

/** What the plan says (or does not say) about a tier it does not list: a line the ledger can cite. */
function unlistedSource(cp: CompiledPlan, t: number): RuleSource {
  const doc = cp.plan.sources[0];
  return {
    document: doc?.id ?? cp.plan.id,
    section: 'Network',
    row: `The plan lists no ${tierWords(t)} benefit`,
    youPay: 'All charges',
  };
}

export function describeTierLine(cp: CompiledPlan, t: number, s: number, service: ServiceCode, c: Float64Array, penalty: number, age: number): TierLine {
  const tiers = cp.tiers;
  const tp = tiers.plan[t];
  const flags = c[S.C_FLAGS] as number;
  const slot = c[S.C_SLOT] as number;
  const decidedBy: LedgerException[] = ['network'];
  const ts = tiers.slot[t * NS + s] as number;
  if (ts === TIER_NOT_COVERED) {
    if (!tp)
      return {
        text: `Not covered: the plan lists no ${tierWords(t)} benefit (care from providers outside its own network), so the member pays it all`,
        source: unlistedSource(cp, t),
        decidedBy,
      };
    if (tp.status === 'not_offered') return { text: `Not covered ${tierWords(t)}: ${tp.reason}`, source: tp.source ?? unlistedSource(cp, t), decidedBy };
    if (tp.status === 'offered') return { text: `Not covered: ${tp.notCoveredReason}`, source: tp.notCoveredSource, decidedBy };
  }
  const rule = tiers.slotRule[slot];
  if (!rule || tp?.status !== 'offered') throw new Error(`unreachable: tier slot ${slot} has no rule`);
  if (flags & S.F_TIER_AGE) {
    return {
      text: `Not covered: the ${tp.label.toLowerCase()} covers members up to age ${tiers.maxAge[t]}, and this member is ${age}`,
      source: rule.source,
      decidedBy,
    };
  }
  const g = tiers.groupOf[t * NS + s] as number;
  const group = g >= 0 ? { label: tiers.groupLabel[g] as string, limit: tiers.groupLimit[g] as number } : undefined;
  if (flags & S.F_VISIT_LIMIT && group) {
    decidedBy.push('visit_limit');
    return {
      text: `Not covered: past the ${group.limit} ${group.label} a year of the ${tp.label.toLowerCase()} (the member pays it all; it counts toward nothing)`,
      source: rule.source,
      decidedBy,
    };
  }
  if (flags & S.F_NOT_COVERED)
    return { text: `Not covered ${tierWords(t)}: "${rule.source.youPay}" (the member pays it all; it counts toward nothing)`, source: rule.source, decidedBy };
  let text = `${tp.label}: ${describeRule(service, rule.costShare, rule.afterDeductible)}`;
  const visit = c[S.C_VISIT_NUMBER] as number;
  if (group && visit > 0) text += ` (${group.label}: ${visit} of ${group.limit} a year)`;
  if (tiers.ownLimits[t] === 1) text += `, with the ${tierWords(t)} deductible and out-of-pocket maximum`;
  if (!rule.countsTowardOop) text += '; outside the out-of-pocket maximum';
  if (flags & S.F_OOP_CAPPED) text += '; cut to what was left of the out-of-pocket maximum';
  if (flags & S.F_PRECERT) {
    decidedBy.push('precertification');
    text += `; plus the penalty for care without pre-certification, ${money(penalty)}, which counts toward neither the deductible nor the out-of-pocket maximum`;
  }
  if (flags & S.F_PLAN_PAYS_LIMIT) {
    decidedBy.push('plan_pays_limit');
    const max = tiers.planPaysMax[t] as number;
    text += `; the plan pays at most ${money(max)} a year under the ${tp.label.toLowerCase()}, so the rest of this claim is the member's`;
  }
  return { text, source: flags & S.F_PLAN_PAYS_LIMIT && tp.planPaysMaxSource ? tp.planPaysMaxSource : rule.source, decidedBy };
}

/**
 * How a plan treats one network tier, in one sentence for Compare and Explain, so plans read side by side:
 * "Dependent out-of-area benefit: office visits: $10 copay per primary care visit, 5 a year, then not
 * covered; … emergency and urgent care at the plan's own cost sharing; other care not covered".
 */
export function describeTier(cp: CompiledPlan, t: number): string {
  const tp = cp.tiers.plan[t];
  const words = tierWords(t);
  const head = words.charAt(0).toUpperCase() + words.slice(1);
  if (!tp) return `${head}: the plan lists no benefit for this care, so it is not covered (the member pays it all).`;
  if (tp.status === 'not_offered') return `${head}: not covered. ${tp.reason}`;
  if (tp.status === 'incomplete') return `${head}: not priced yet; missing ${tp.missing.join('; ')}.`;
  const parts: string[] = [];
  const seenGroups = new Set<string>();
  for (const [code, rule] of Object.entries(tp.benefits) as [ServiceCode, NonNullable<(typeof tp.benefits)[ServiceCode]>][]) {
    if (rule.visitGroup !== undefined) {
      if (seenGroups.has(rule.visitGroup)) continue;
      seenGroups.add(rule.visitGroup);
      const g = tp.visitGroups?.find((x) => x.id === rule.visitGroup);
      parts.push(
        `${g?.label ?? rule.visitGroup}: ${describeRule(code, rule.costShare, rule.afterDeductible).replace(/ per [a-z ]+ visit\b/, ' per visit')}${g ? `, ${g.visitsPerYear} a year, then not covered` : ''}`,
      );
    } else if (rule.costShare.kind !== 'not_covered') {
      parts.push(`${code.replaceAll('_', ' ')}: ${describeRule(code, rule.costShare, rule.afterDeductible)}`);
    }
  }
  if ((tp.samePlanServices ?? []).length > 0)
    parts.push(`${tp.samePlanServices?.map((c) => c.replaceAll('_', ' ')).join(', ')} at the plan's own cost sharing`);
  if (tp.deductible || tp.oopMax)
    parts.push(
      `a deductible of ${money(tp.deductible?.personCents ?? cp.deductible.personCents)} and an out-of-pocket limit of ${money(tp.oopMax?.personCents ?? cp.oopMax.personCents)} a person of its own`,
    );
  if (tp.planPaysMaxPerYearCents !== undefined) parts.push(`the plan pays at most ${money(tp.planPaysMaxPerYearCents)} a year`);
  if (Object.values(tp.benefits).some((r) => r && !r.countsTowardOop)) parts.push('outside the out-of-pocket maximum');
  parts.push('other care not covered');
  return `${tp.label}: ${parts.join('; ')}.`;
}
