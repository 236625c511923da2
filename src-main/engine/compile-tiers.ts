import type { BenefitRule, NetworkTierPlan, PersonFamilyLimit, Plan, PrecertPenalty, SettingRule, TierRule } from '../../src-shared/plan-schema';
import { NETWORK_TIERS, SERVICE_CODES } from '../../src-shared/services';
import type { SlotShare } from './compile-benefits';
import { toBasisPoints } from './compile-slots';
import { NS, NT, TIER_INCOMPLETE, TIER_NOT_COVERED, TIER_SAME } from './compiled-plan';
import type { CompiledTiers } from './compiled-plan';
import { EngineError } from './engine-error';

// Compiling, step 2: the network tiers (issue 13; tiers.ts prices them). Each tier rule is one more slot
// after the setting slots (pushed onto slotShares and slotSetting); the tier arrays say which slot a
// claim on a tier takes.

/** The slot lists the tier rules are added to (compile-benefits.ts made them). */
type SlotLists = { slotShares: SlotShare[]; slotSetting: (SettingRule | undefined)[] };

export function compileTiers(plan: Plan, rules: readonly (BenefitRule | undefined)[], { slotShares, slotSetting }: SlotLists): CompiledTiers {
  const tierPlans: (NetworkTierPlan | undefined)[] = NETWORK_TIERS.map((t) => (t === 'plan' ? undefined : plan.networkTiers?.[t]));
  const tierSlot = new Int32Array(NT * NS).fill(TIER_NOT_COVERED);
  const tierMaxAge = new Int32Array(NT).fill(1_000);
  const tierOwnLimits = new Uint8Array(NT);
  const tierDeductible: PersonFamilyLimit[] = [];
  const tierOop: PersonFamilyLimit[] = [];
  const planPaysMax = new Float64Array(NT).fill(Infinity);
  const groupOf = new Int32Array(NT * NS).fill(-1);
  const groupLimits: number[] = [];
  const groupLabel: string[] = [];
  const precertBp = new Float64Array(NT);
  const precertCents = new Float64Array(NT);
  const precertNeeded = new Uint8Array(NT * NS);
  const tierRuleOfSlot = new Map<number, TierRule>();
  tierPlans.forEach((tp, t) => {
    tierDeductible.push(plan.deductible as PersonFamilyLimit);
    tierOop.push(plan.oopMax as PersonFamilyLimit);
    if (t === 0) return;
    const name = NETWORK_TIERS[t] as string;
    if (!tp || tp.status === 'not_offered') return;
    if (tp.status === 'incomplete') {
      tierSlot.fill(TIER_INCOMPLETE, t * NS, (t + 1) * NS);
      return;
    }
    if (tp.maxAge !== undefined) tierMaxAge[t] = tp.maxAge;
    if (tp.deductible || tp.oopMax) {
      tierOwnLimits[t] = 1;
      tierDeductible[t] = tp.deductible ?? (plan.deductible as PersonFamilyLimit);
      tierOop[t] = tp.oopMax ?? (plan.oopMax as PersonFamilyLimit);
    }
    if (tp.planPaysMaxPerYearCents !== undefined) planPaysMax[t] = tp.planPaysMaxPerYearCents;
    const groupIndex = compileVisitGroups(tp, name, groupLimits, groupLabel);
    markSamePlanServices(tp, t, name, rules, tierSlot);
    SERVICE_CODES.forEach((code, s) => {
      const r = tp.benefits[code];
      if (!r) return;
      if ((tp.samePlanServices ?? []).includes(code)) {
        throw new EngineError(
          'PLAN_INVALID',
          `${code} is both priced with the plan's own rule and given a rule of the tier`,
          `plan.networkTiers.${name}.benefits.${code}`,
        );
      }
      if (r.visitGroup !== undefined) {
        const g = groupIndex.get(r.visitGroup);
        if (g === undefined)
          throw new EngineError('PLAN_INVALID', `no visit group "${r.visitGroup}" in the tier`, `plan.networkTiers.${name}.benefits.${code}.visitGroup`);
        groupOf[t * NS + s] = g;
      }
      tierSlot[t * NS + s] = slotShares.length;
      tierRuleOfSlot.set(slotShares.length, r);
      slotShares.push({ share: r.costShare, afterDeductible: r.afterDeductible, field: `plan.networkTiers.${name}.benefits.${code}` });
      slotSetting.push(undefined);
    });
    if (tp.precertPenalty) compilePrecertPenalty(tp.precertPenalty, t, name, precertBp, precertCents, precertNeeded);
  });

  return {
    slot: tierSlot,
    slotRule: Array.from({ length: slotShares.length }, (_, k) => tierRuleOfSlot.get(k)),
    slotCountsOop: Uint8Array.from({ length: slotShares.length }, (_, k) => (tierRuleOfSlot.get(k)?.countsTowardOop === false ? 0 : 1)),
    plan: tierPlans,
    maxAge: tierMaxAge,
    ownLimits: tierOwnLimits,
    deductible: tierDeductible,
    oopMax: tierOop,
    planPaysMax,
    groupOf,
    groupLimit: Int32Array.from(groupLimits),
    groupLabel,
    groups: groupLimits.length,
    precertBp,
    precertCents,
    precertNeeded,
    any: tierPlans.some((tp) => tp !== undefined),
  };
}

/** A tier's combined visit limits ("up to 5 office visits"): one counter each, numbered across the tiers. */
function compileVisitGroups(
  tp: Extract<NetworkTierPlan, { status: 'offered' }>,
  name: string,
  groupLimits: number[],
  groupLabel: string[],
): Map<string, number> {
  const groupIndex = new Map<string, number>();
  for (const g of tp.visitGroups ?? []) {
    if (groupIndex.has(g.id)) throw new EngineError('PLAN_INVALID', `visit group "${g.id}" is listed twice`, `plan.networkTiers.${name}.visitGroups`);
    groupIndex.set(g.id, groupLimits.length);
    groupLimits.push(g.visitsPerYear);
    groupLabel.push(g.label);
  }
  return groupIndex;
}

/** The pre-certification penalty of a tier and the services that need it. */
function compilePrecertPenalty(
  p: PrecertPenalty,
  t: number,
  name: string,
  precertBp: Float64Array,
  precertCents: Float64Array,
  precertNeeded: Uint8Array,
): void {
  precertBp[t] = p.percent === undefined ? 0 : toBasisPoints(p.percent, `plan.networkTiers.${name}.precertPenalty.percent`);
  precertCents[t] = p.amountCents ?? 0;
  for (const code of p.services) precertNeeded[t * NS + SERVICE_CODES.indexOf(code)] = 1;
}

/** The services a tier prices with the plan's own rule (emergency care anywhere): TIER_SAME. */
function markSamePlanServices(
  tp: Extract<NetworkTierPlan, { status: 'offered' }>,
  t: number,
  name: string,
  rules: readonly (BenefitRule | undefined)[],
  tierSlot: Int32Array,
): void {
  for (const code of tp.samePlanServices ?? []) {
    const s = SERVICE_CODES.indexOf(code);
    if (!rules[s]) throw new EngineError('PLAN_INVALID', `the plan has no rule of its own for ${code}`, `plan.networkTiers.${name}.samePlanServices`);
    tierSlot[t * NS + s] = TIER_SAME;
  }
}
