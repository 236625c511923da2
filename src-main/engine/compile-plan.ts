import { missingForPricing } from '../../src-shared/plan-completeness';
import { Plan } from '../../src-shared/plan-schema';
import type { AgeException, BenefitRule, CostShare, NetworkTierPlan, PersonFamilyLimit, SettingRule, TierRule } from '../../src-shared/plan-schema';
import {
  DAYS_REQUIRED_SERVICES,
  DAYS_SERVICES,
  MEMBER_CONDITIONS,
  NETWORK_TIERS,
  OFFICE_SETTINGS,
  PHARMACY_CHANNELS,
  PRESCRIPTION_SERVICES,
  REQUIRED_SERVICES,
  SEPARATE_LIMIT_PURPOSES,
  SERVICE_CODES,
  THERAPY_PURPOSES,
} from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import { EngineError } from './engine-error';
import { planYearAnchor } from './plan-year';
import type { PlanYearAnchor } from './plan-year';
import { quickServices, type QuickServices } from './quick-services';
import { BUCKETS, BUCKET_PULMONARY, createScratch } from './scratch';
import type { Scratch } from './scratch';

// Compiling turns a plan into flat typed arrays indexed by service (the position of the code in
// SERVICE_CODES), so that pricing a claim is a handful of array reads and no object lookups. Compile
// once, price many times.
//
// A "slot" is one cost-sharing form the engine can apply: slots 0…NS-1 are each service's own rule,
// slots NS+e are the age exceptions (e indexes the flattened exception list), and after them come the
// office-setting rules (settingSlot).
//
// Visit limits are kept per service and purpose (s * BUCKETS + purpose index): visitLimitOf is the limit
// and visitBucketOf the count it is counted in (0: with the rehabilitative visits; 1, 2: a count of its
// own, for a purpose the plan gives its own limit).
//
// An optional service the plan gives no rule for compiles to KIND_NO_RULE: a claim for it is refused
// (validate-input.ts, and again in the adjudication loop for the unvalidated fast path), never priced.

export const NS = SERVICE_CODES.length;
export const KIND_NOTHING = 0;
export const KIND_NOT_COVERED = 1;
export const KIND_COPAY = 2;
export const KIND_COINSURANCE = 3;
export const KIND_COPAY_PLUS_COINSURANCE = 4;
export const KIND_NO_RULE = 5;
const KIND_OF: Record<CostShare['kind'], number> = {
  nothing: KIND_NOTHING,
  not_covered: KIND_NOT_COVERED,
  copay: KIND_COPAY,
  coinsurance: KIND_COINSURANCE,
  copay_plus_coinsurance: KIND_COPAY_PLUS_COINSURANCE,
};

/** Supply days run 1…366 (the claim schema's range); the table has one entry per day per channel. */
export const RX_DAYS = 367;

/** svcFlags bits: which of the rarer steps of the adjudication a service needs. */
export const SF_VISIT_LIMIT = 1;
export const SF_DAY_LIMIT = 2;
export const SF_SETTINGS = 4;
export const SF_EXCEPTIONS = 8;
export const RX_CHANNEL_NOT_OFFERED = -2;
/** tierSlot values that are not a slot: the plan's own rule applies, not covered on the tier, tier incomplete. */
export const TIER_SAME = -1;
export const TIER_NOT_COVERED = -2;
export const TIER_INCOMPLETE = -3;
/** Number of network tiers (index 0 is the plan's own network). */
export const NT = NETWORK_TIERS.length;
export const RX_SUPPLY_REFUSED = -1;

export interface CompiledPlan extends QuickServices {
  readonly compiled: true;
  /** The plan as parsed by the schema (defaults filled in). */
  readonly plan: Plan;
  readonly anchor: PlanYearAnchor;
  readonly deductible: PersonFamilyLimit;
  readonly oopMax: PersonFamilyLimit;
  /** Per service; undefined for an optional service the plan has no rule for. */
  readonly rules: readonly (BenefitRule | undefined)[];
  readonly countsOop: Uint8Array;
  readonly waivedIfAdmitted: Uint8Array;
  readonly visitLimit: Int32Array; // 0 = no limit (rehabilitative visits, and every visit of other services)
  /** s * BUCKETS + purpose → the visit limit for that purpose (0 = no limit). */
  readonly visitLimitOf: Int32Array;
  /** s * BUCKETS + purpose → which count the visit is counted in (0 = the service's own). */
  readonly visitBucketOf: Uint8Array;
  /**
   * s * BUCKETS + purpose → the visit counter of that limit (0 … visitCounters-1), or -1 when the visit has
   * no limit. Only limited visits are counted, so the per-member counts stay small.
   */
  readonly visitCounterOf: Int32Array;
  readonly visitCounters: number;
  /** Conditions (bit mask of MEMBER_CONDITIONS) that lift the rehabilitative and habilitative limits. */
  readonly limitLiftMask: Uint8Array;
  /** s * BUCKETS + purpose → the conditions that lift that limit (never a pulmonary limit of its own). */
  readonly liftMaskOf: Uint8Array;
  /** Days of stays covered per member per plan year (0 = no limit). */
  readonly dayLimit: Int32Array;
  /** s → the day counter of a day-limited service (0 … dayCounters-1), or -1. */
  readonly dayCounterOf: Int32Array;
  readonly dayCounters: number;
  /** 1 when the service gives some purpose a visit limit of its own (the ledger then names the kind of visit). */
  readonly hasPurposeLimits: Uint8Array;
  /** 1 when the printed limit is per condition (counted per plan year: a claim list does not show the condition). */
  readonly dayLimitPerCondition: Uint8Array;
  /** s * OFFICE_SETTINGS.length + setting → the slot of that setting's rule, or -1 for the rule's own. */
  readonly settingSlot: Int32Array;
  /** Per service: SF_VISIT_LIMIT | SF_DAY_LIMIT | SF_SETTINGS | SF_EXCEPTIONS, the steps it needs. */
  readonly svcFlags: Uint8Array;
  /** 1 when the service has setting rules. */
  readonly hasSettings: Uint8Array;
  /** Per slot: the setting rule behind it (undefined for rules and age exceptions). */
  readonly slotSetting: readonly (SettingRule | undefined)[];
  /** 1 when a claim for the service may carry `days` (stays, medical foods, any per-day copay of the plan). */
  readonly daysApply: Uint8Array;
  /** 1 when a claim for the service must carry `days` (the stays). */
  readonly daysRequired: Uint8Array;
  readonly isRx: Uint8Array;
  readonly excStart: Int32Array;
  readonly excEnd: Int32Array;
  /** Per exception (flattened). */
  readonly exceptions: readonly AgeException[];
  readonly excMinAge: Int32Array;
  readonly excMaxAge: Int32Array;
  /** Per slot. */
  readonly slotKind: Uint8Array;
  readonly slotAmountCents: Float64Array;
  readonly slotPerDay: Uint8Array;
  readonly slotPercentBp: Float64Array; // basis points: 20% → 2000
  readonly slotCapCents: Float64Array; // Infinity when there is no cap
  readonly slotAfterDeductible: Uint8Array;
  /**
   * rxTableOf[s] + channel * RX_DAYS + supplyDays → number of copays, RX_SUPPLY_REFUSED or
   * RX_CHANNEL_NOT_OFFERED. Table 0 is the plan's pharmacy; a tier with dispensing of its own has its own.
   */
  readonly rxCopays: Int32Array;
  readonly rxTableOf: Int32Array;
  /** Working memory of the pricing loop (the engine is synchronous, so one set per plan is enough). */
  readonly scratch: Scratch;
  /** The network tiers, compiled (tiers.ts): read only for claims whose network is not the plan's own. */
  readonly tiers: CompiledTiers;
}

/**
 * Network tiers (issue 13) as flat arrays. t indexes NETWORK_TIERS (0, the plan's own network, is never
 * read here). A tier's rules are extra slots after the setting slots, so the slot arrays price them.
 */
export interface CompiledTiers {
  /** t * NS + s → the slot of the tier's rule, or TIER_SAME, TIER_NOT_COVERED, TIER_INCOMPLETE. */
  readonly slot: Int32Array;
  /** Per slot: the tier rule behind it (undefined for the other slots). */
  readonly slotRule: readonly (TierRule | undefined)[];
  /** Per slot: 1 when a tier rule counts toward the out-of-pocket maximum. */
  readonly slotCountsOop: Uint8Array;
  /** Per tier: the tier as the plan gives it (undefined: not listed, so not covered). */
  readonly plan: readonly (NetworkTierPlan | undefined)[];
  /** Per tier: the oldest age the tier covers (1000: no age limit). */
  readonly maxAge: Int32Array;
  /** Per tier: 1 when it has a deductible or out-of-pocket maximum of its own. */
  readonly ownLimits: Uint8Array;
  readonly deductible: readonly PersonFamilyLimit[];
  readonly oopMax: readonly PersonFamilyLimit[];
  /** Per tier: the most the plan pays a plan year for the household (Infinity: no limit). */
  readonly planPaysMax: Float64Array;
  /** t * NS + s → the visit group counter (0 … groups-1), or -1. */
  readonly groupOf: Int32Array;
  readonly groupLimit: Int32Array;
  readonly groupLabel: readonly string[];
  readonly groups: number;
  /** Per tier: the pre-certification penalty (basis points of the allowed amount, and cents). */
  readonly precertBp: Float64Array;
  readonly precertCents: Float64Array;
  /** t * NS + s → 1 when the service needs pre-certification on the tier (and the tier has a penalty). */
  readonly precertNeeded: Uint8Array;
  /** 1 when any tier is listed (a plan without tiers never reads the rest). */
  readonly any: boolean;
}

export function isCompiledPlan(p: Plan | CompiledPlan): p is CompiledPlan {
  return (p as Partial<CompiledPlan>).compiled === true;
}

function issuePath(path: readonly PropertyKey[]): string {
  let out = 'plan';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** 20 → 2000 basis points. The engine works to a hundredth of a percent so that the arithmetic stays exact. */
function toBasisPoints(percent: number, field: string): number {
  const bp = Math.round(percent * 100);
  if (Math.abs(percent * 100 - bp) > 1e-6) {
    throw new EngineError('PLAN_INVALID', `percentages are used to two decimals at most, got ${percent}`, field);
  }
  return bp;
}

export function compilePlan(input: Plan): CompiledPlan {
  const parsed = Plan.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issuePath(issue.path) : 'plan';
    throw new EngineError('PLAN_INVALID', `the plan does not match the plan schema: ${issue?.message ?? 'invalid'}`, field);
  }
  const plan = parsed.data;
  const missing = missingForPricing(plan);
  if (missing.length > 0 || !plan.deductible || !plan.oopMax) {
    throw new EngineError(
      'PLAN_INCOMPLETE',
      `plan "${plan.id}" cannot be priced until it has: ${missing.join('; ')}`,
      undefined,
      missing,
    );
  }

  const rules: (BenefitRule | undefined)[] = [];
  const exceptions: AgeException[] = [];
  const countsOop = new Uint8Array(NS);
  const waivedIfAdmitted = new Uint8Array(NS);
  const visitLimit = new Int32Array(NS);
  const isRx = new Uint8Array(NS);
  const excStart = new Int32Array(NS);
  const excEnd = new Int32Array(NS);
  const visitLimitOf = new Int32Array(NS * BUCKETS);
  const visitBucketOf = new Uint8Array(NS * BUCKETS);
  const limitLiftMask = new Uint8Array(NS);
  const visitCounterOf = new Int32Array(NS * BUCKETS).fill(-1);
  const liftMaskOf = new Uint8Array(NS * BUCKETS);
  const dayCounterOf = new Int32Array(NS).fill(-1);
  const hasPurposeLimits = new Uint8Array(NS);
  let visitCounters = 0;
  let dayCounters = 0;
  const dayLimit = new Int32Array(NS);
  const dayLimitPerCondition = new Uint8Array(NS);
  const settingSlot = new Int32Array(NS * OFFICE_SETTINGS.length).fill(-1);
  const hasSettings = new Uint8Array(NS);
  const slotSetting: (SettingRule | undefined)[] = [];
  const daysApply = new Uint8Array(NS);
  const daysRequired = new Uint8Array(NS);
  const slotShares: ({ share: CostShare; afterDeductible: boolean; field: string } | null)[] = [];

  SERVICE_CODES.forEach((code: ServiceCode, s) => {
    const rule = plan.benefits[code];
    rules.push(rule);
    if (!rule) {
      if (REQUIRED_SERVICES.includes(code)) throw new Error(`unreachable: completeness check let ${code} through`);
      slotShares.push(null);
      return;
    }
    countsOop[s] = rule.countsTowardOop ? 1 : 0;
    waivedIfAdmitted[s] = rule.waivedIfAdmitted ? 1 : 0;
    visitLimit[s] = rule.visitLimitPerYear ?? 0;
    THERAPY_PURPOSES.forEach((purpose, p) => {
      const own = (SEPARATE_LIMIT_PURPOSES as readonly string[]).includes(purpose)
        ? rule.purposeVisitLimits?.[purpose as (typeof SEPARATE_LIMIT_PURPOSES)[number]]?.visitsPerYear
        : undefined;
      visitLimitOf[s * BUCKETS + p] = own ?? rule.visitLimitPerYear ?? 0;
      visitBucketOf[s * BUCKETS + p] = own === undefined ? 0 : p;
    });
    for (const c of rule.noVisitLimitWith ?? []) limitLiftMask[s] = (limitLiftMask[s] as number) | (1 << MEMBER_CONDITIONS.indexOf(c));
    // One counter per (service, count): purposes that share the service's own count share its counter.
    const counterOfBucket = new Map<number, number>();
    THERAPY_PURPOSES.forEach((_, p) => {
      const k = s * BUCKETS + p;
      if ((visitLimitOf[k] as number) === 0) return;
      const bucket = visitBucketOf[k] as number;
      if (bucket !== 0) hasPurposeLimits[s] = 1;
      let counter = counterOfBucket.get(bucket);
      if (counter === undefined) {
        counter = visitCounters++;
        counterOfBucket.set(bucket, counter);
      }
      visitCounterOf[k] = counter;
      liftMaskOf[k] = bucket === BUCKET_PULMONARY ? 0 : (limitLiftMask[s] as number);
    });
    if (rule.dayLimit) {
      dayLimit[s] = rule.dayLimit.days;
      dayLimitPerCondition[s] = rule.dayLimit.per === 'condition' ? 1 : 0;
      dayCounterOf[s] = dayCounters++;
    }
    daysRequired[s] = DAYS_REQUIRED_SERVICES.includes(code) ? 1 : 0;
    const perDay = (share: CostShare) => (share.kind === 'copay' || share.kind === 'copay_plus_coinsurance') && share.unit === 'day';
    daysApply[s] =
      DAYS_SERVICES.includes(code) ||
      perDay(rule.costShare) ||
      (rule.exceptions ?? []).some((e) => perDay(e.costShare)) ||
      Object.values(rule.settings ?? {}).some((r) => r !== undefined && perDay(r.costShare))
        ? 1
        : 0;
    isRx[s] = PRESCRIPTION_SERVICES.includes(code) ? 1 : 0;
    slotShares.push({ share: rule.costShare, afterDeductible: rule.afterDeductible, field: `plan.benefits.${code}` });
  });
  SERVICE_CODES.forEach((code, s) => {
    excStart[s] = exceptions.length;
    (rules[s]?.exceptions ?? []).forEach((e, i) => {
      exceptions.push(e);
      slotShares.push({ share: e.costShare, afterDeductible: e.afterDeductible, field: `plan.benefits.${code}.exceptions[${i}]` });
    });
    excEnd[s] = exceptions.length;
  });
  for (let k = 0; k < slotShares.length; k++) slotSetting.push(undefined);
  SERVICE_CODES.forEach((code, s) => {
    const settings = rules[s]?.settings;
    if (!settings) return;
    OFFICE_SETTINGS.forEach((setting, k) => {
      const r = settings[setting];
      if (!r) return;
      hasSettings[s] = 1;
      settingSlot[s * OFFICE_SETTINGS.length + k] = slotShares.length;
      slotShares.push({ share: r.costShare, afterDeductible: r.afterDeductible, field: `plan.benefits.${code}.settings.${setting}` });
      slotSetting.push(r);
    });
  });

  // Network tiers: each tier rule is one more slot; the tier arrays say which slot a claim on a tier takes.
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
    const groupIndex = new Map<string, number>();
    for (const g of tp.visitGroups ?? []) {
      if (groupIndex.has(g.id)) throw new EngineError('PLAN_INVALID', `visit group "${g.id}" is listed twice`, `plan.networkTiers.${name}.visitGroups`);
      groupIndex.set(g.id, groupLimits.length);
      groupLimits.push(g.visitsPerYear);
      groupLabel.push(g.label);
    }
    for (const code of tp.samePlanServices ?? []) {
      const s = SERVICE_CODES.indexOf(code);
      if (!rules[s]) throw new EngineError('PLAN_INVALID', `the plan has no rule of its own for ${code}`, `plan.networkTiers.${name}.samePlanServices`);
      tierSlot[t * NS + s] = TIER_SAME;
    }
    SERVICE_CODES.forEach((code, s) => {
      const r = tp.benefits[code];
      if (!r) return;
      if ((tp.samePlanServices ?? []).includes(code)) {
        throw new EngineError('PLAN_INVALID', `${code} is both priced with the plan's own rule and given a rule of the tier`, `plan.networkTiers.${name}.benefits.${code}`);
      }
      if (r.visitGroup !== undefined) {
        const g = groupIndex.get(r.visitGroup);
        if (g === undefined) throw new EngineError('PLAN_INVALID', `no visit group "${r.visitGroup}" in the tier`, `plan.networkTiers.${name}.benefits.${code}.visitGroup`);
        groupOf[t * NS + s] = g;
      }
      tierSlot[t * NS + s] = slotShares.length;
      tierRuleOfSlot.set(slotShares.length, r);
      slotShares.push({ share: r.costShare, afterDeductible: r.afterDeductible, field: `plan.networkTiers.${name}.benefits.${code}` });
      slotSetting.push(undefined);
    });
    if (tp.precertPenalty) {
      const p = tp.precertPenalty;
      precertBp[t] = p.percent === undefined ? 0 : toBasisPoints(p.percent, `plan.networkTiers.${name}.precertPenalty.percent`);
      precertCents[t] = p.amountCents ?? 0;
      for (const code of p.services) precertNeeded[t * NS + SERVICE_CODES.indexOf(code)] = 1;
    }
  });

  const svcFlags = new Uint8Array(NS);
  for (let s = 0; s < NS; s++) {
    let f = 0;
    for (let p = 0; p < BUCKETS; p++) if ((visitCounterOf[s * BUCKETS + p] as number) >= 0) f |= SF_VISIT_LIMIT;
    if ((dayCounterOf[s] as number) >= 0) f |= SF_DAY_LIMIT;
    if (hasSettings[s] === 1) f |= SF_SETTINGS;
    if ((excStart[s] as number) < (excEnd[s] as number)) f |= SF_EXCEPTIONS;
    svcFlags[s] = f;
  }

  const slots = slotShares.length;
  const slotKind = new Uint8Array(slots);
  const slotAmountCents = new Float64Array(slots);
  const slotPerDay = new Uint8Array(slots);
  const slotPercentBp = new Float64Array(slots);
  const slotCapCents = new Float64Array(slots).fill(Infinity);
  const slotAfterDeductible = new Uint8Array(slots);
  slotShares.forEach((slot, k) => {
    if (slot === null) {
      slotKind[k] = KIND_NO_RULE;
      return;
    }
    const { share, afterDeductible, field } = slot;
    slotKind[k] = KIND_OF[share.kind];
    slotAfterDeductible[k] = afterDeductible ? 1 : 0;
    if (share.kind === 'copay' || share.kind === 'copay_plus_coinsurance') {
      slotAmountCents[k] = share.amountCents;
      slotPerDay[k] = share.unit === 'day' ? 1 : 0;
    }
    if (share.kind === 'coinsurance' || share.kind === 'copay_plus_coinsurance') {
      slotPercentBp[k] = toBasisPoints(share.percent, `${field}.costShare.percent`);
    }
    if (share.kind === 'copay' || share.kind === 'coinsurance' || share.kind === 'copay_plus_coinsurance') {
      if (share.maxPerClaimCents !== undefined) slotCapCents[k] = share.maxPerClaimCents;
    }
  });

  const excMinAge = new Int32Array(exceptions.length);
  const excMaxAge = new Int32Array(exceptions.length);
  exceptions.forEach((e, i) => {
    excMinAge[i] = e.minAge ?? 0;
    excMaxAge[i] = e.maxAge ?? 1_000;
  });

  // Supply tiers: the first tier whose upToDays covers the supply gives the number of copays. One table
  // for the plan's pharmacy, and one more for each prescription tier that dispenses differently.
  const TABLE = PHARMACY_CHANNELS.length * RX_DAYS;
  const own = SERVICE_CODES.map((_, s) => (isRx[s] === 1 ? rules[s]?.dispensing : undefined));
  const tables = 1 + own.filter((d) => d !== undefined).length;
  const rxCopays = new Int32Array(tables * TABLE).fill(RX_CHANNEL_NOT_OFFERED);
  const rxTableOf = new Int32Array(NS);
  const fillTable = (base: number, pharmacy: Plan['pharmacy']) => {
    PHARMACY_CHANNELS.forEach((channel, c) => {
      const dispensing = pharmacy[channel];
      if (!dispensing) return;
      const tiers = [...dispensing.tiers].sort((a, b) => a.upToDays - b.upToDays);
      for (let days = 0; days < RX_DAYS; days++) {
        const tier = tiers.find((t) => t.upToDays >= days);
        rxCopays[base + c * RX_DAYS + days] = tier ? tier.copays : RX_SUPPLY_REFUSED;
      }
    });
  };
  fillTable(0, plan.pharmacy);
  let next = 1;
  own.forEach((dispensing, s) => {
    if (!dispensing) return;
    rxTableOf[s] = next * TABLE;
    fillTable(next * TABLE, { ...plan.pharmacy, ...dispensing });
    next++;
  });

  return {
    compiled: true,
    plan,
    anchor: planYearAnchor(plan.planYear.start),
    deductible: plan.deductible,
    oopMax: plan.oopMax,
    rules,
    countsOop,
    waivedIfAdmitted,
    visitLimit,
    visitLimitOf,
    visitBucketOf,
    visitCounterOf,
    visitCounters,
    limitLiftMask,
    liftMaskOf,
    dayLimit,
    dayCounterOf,
    dayCounters,
    hasPurposeLimits,
    dayLimitPerCondition,
    settingSlot,
    svcFlags,
    hasSettings,
    slotSetting,
    daysApply,
    daysRequired,
    isRx,
    excStart,
    excEnd,
    exceptions,
    excMinAge,
    excMaxAge,
    slotKind,
    slotAmountCents,
    slotPerDay,
    slotPercentBp,
    slotCapCents,
    slotAfterDeductible,
    rxCopays,
    rxTableOf,
    ...quickServices({ svcFlags, waivedIfAdmitted, slotKind, slotAfterDeductible, slotPerDay, slotAmountCents, slotCapCents }),
    scratch: createScratch(20),
    tiers: {
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
    },
  };
}
