import type { AgeException, BenefitRule, CostShare, Plan, SettingRule } from '../../src-shared/plan-schema';
import {
  DAYS_REQUIRED_SERVICES,
  DAYS_SERVICES,
  MEMBER_CONDITIONS,
  OFFICE_SETTINGS,
  PRESCRIPTION_SERVICES,
  REQUIRED_SERVICES,
  SEPARATE_LIMIT_PURPOSES,
  SERVICE_CODES,
  THERAPY_PURPOSES,
} from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import { NS } from './compiled-plan';
import { BUCKETS, BUCKET_PULMONARY } from './scratch';

// Compiling, step 1: each service's rule as flat arrays indexed by service (compiled-plan.ts explains the
// slots and the visit counts), then its age exceptions and office settings as slots after the rules.

/** One cost-sharing form to compile into the slot arrays (compile-slots.ts); null for a service without a rule. */
export type SlotShare = { share: CostShare; afterDeductible: boolean; field: string } | null;

export interface CompiledBenefits {
  rules: (BenefitRule | undefined)[];
  exceptions: AgeException[];
  countsOop: Uint8Array;
  waivedIfAdmitted: Uint8Array;
  visitLimit: Int32Array;
  isRx: Uint8Array;
  excStart: Int32Array;
  excEnd: Int32Array;
  visitLimitOf: Int32Array;
  visitBucketOf: Uint8Array;
  limitLiftMask: Uint8Array;
  visitCounterOf: Int32Array;
  liftMaskOf: Uint8Array;
  dayCounterOf: Int32Array;
  hasPurposeLimits: Uint8Array;
  visitCounters: number;
  dayCounters: number;
  dayLimit: Int32Array;
  dayLimitPerCondition: Uint8Array;
  settingSlot: Int32Array;
  hasSettings: Uint8Array;
  slotSetting: (SettingRule | undefined)[];
  daysApply: Uint8Array;
  daysRequired: Uint8Array;
  slotShares: SlotShare[];
}

export function compileBenefits(plan: Plan): CompiledBenefits {
  const b: CompiledBenefits = {
    rules: [],
    exceptions: [],
    countsOop: new Uint8Array(NS),
    waivedIfAdmitted: new Uint8Array(NS),
    visitLimit: new Int32Array(NS),
    isRx: new Uint8Array(NS),
    excStart: new Int32Array(NS),
    excEnd: new Int32Array(NS),
    visitLimitOf: new Int32Array(NS * BUCKETS),
    visitBucketOf: new Uint8Array(NS * BUCKETS),
    limitLiftMask: new Uint8Array(NS),
    visitCounterOf: new Int32Array(NS * BUCKETS).fill(-1),
    liftMaskOf: new Uint8Array(NS * BUCKETS),
    dayCounterOf: new Int32Array(NS).fill(-1),
    hasPurposeLimits: new Uint8Array(NS),
    visitCounters: 0,
    dayCounters: 0,
    dayLimit: new Int32Array(NS),
    dayLimitPerCondition: new Uint8Array(NS),
    settingSlot: new Int32Array(NS * OFFICE_SETTINGS.length).fill(-1),
    hasSettings: new Uint8Array(NS),
    slotSetting: [],
    daysApply: new Uint8Array(NS),
    daysRequired: new Uint8Array(NS),
    slotShares: [],
  };
  SERVICE_CODES.forEach((code: ServiceCode, s) => compileRule(b, plan, code, s));
  compileExceptionsAndSettings(b);
  return b;
}

/** The service's own rule (its slot), its visit and day limits, and whether its claims carry days. */
function compileRule(b: CompiledBenefits, plan: Plan, code: ServiceCode, s: number): void {
  const {
    rules,
    slotShares,
    countsOop,
    waivedIfAdmitted,
    visitLimit,
    visitLimitOf,
    visitBucketOf,
    limitLiftMask,
    hasPurposeLimits,
    visitCounterOf,
    liftMaskOf,
  } = b;
  const { dayLimit, dayLimitPerCondition, dayCounterOf, daysRequired, daysApply, isRx } = b;
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
      counter = b.visitCounters++;
      counterOfBucket.set(bucket, counter);
    }
    visitCounterOf[k] = counter;
    liftMaskOf[k] = bucket === BUCKET_PULMONARY ? 0 : (limitLiftMask[s] as number);
  });
  if (rule.dayLimit) {
    dayLimit[s] = rule.dayLimit.days;
    dayLimitPerCondition[s] = rule.dayLimit.per === 'condition' ? 1 : 0;
    dayCounterOf[s] = b.dayCounters++;
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
}

/** The age exceptions (slots NS + e), then the office-setting rules, one slot each. */
function compileExceptionsAndSettings(b: CompiledBenefits): void {
  const { rules, exceptions, slotShares, slotSetting, excStart, excEnd, hasSettings, settingSlot } = b;
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
}
