import type { Plan } from '../../src-shared/plan-schema';
import type { AgeException, BenefitRule, CostShare, NetworkTierPlan, PersonFamilyLimit, SettingRule, TierRule } from '../../src-shared/plan-schema';
import { NETWORK_TIERS, SERVICE_CODES } from '../../src-shared/services';
import type { PlanYearAnchor } from './plan-year';
import type { QuickServices } from './quick-services';
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
export const KIND_OF: Record<CostShare['kind'], number> = {
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
