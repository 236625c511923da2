import { missingForPricing } from '../../src-shared/plan-completeness';
import { Plan } from '../../src-shared/plan-schema';
import { compileBenefits } from './compile-benefits';
import { compilePharmacy } from './compile-pharmacy';
import { compileSlots } from './compile-slots';
import { compileTiers } from './compile-tiers';
import { BUCKETS, createScratch } from './scratch';
import { NS, SF_DAY_LIMIT, SF_EXCEPTIONS, SF_SETTINGS, SF_VISIT_LIMIT } from './compiled-plan';
import type { CompiledPlan } from './compiled-plan';
import { EngineError } from './engine-error';
import { planYearAnchor } from './plan-year';
import { quickServices } from './quick-services';

// compilePlan: checks a plan and flattens it into the typed arrays the pricing loop reads, in steps:
// each service's rule, its age exceptions and office settings (compile-benefits.ts), the network tiers
// (compile-tiers.ts), every slot's cost share (compile-slots.ts), the prescription supply tables
// (compile-pharmacy.ts). What the arrays mean: compiled-plan.ts. Compile once, price many times.

export * from './compiled-plan';

function issuePath(path: readonly PropertyKey[]): string {
  let out = 'plan';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
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
    throw new EngineError('PLAN_INCOMPLETE', `plan "${plan.id}" cannot be priced until it has: ${missing.join('; ')}`, undefined, missing);
  }

  const benefits = compileBenefits(plan);
  const { rules, exceptions, countsOop, waivedIfAdmitted, visitLimit, isRx, excStart, excEnd, visitLimitOf, visitBucketOf, limitLiftMask } = benefits;
  const { visitCounterOf, liftMaskOf, dayCounterOf, hasPurposeLimits, visitCounters, dayCounters, dayLimit, dayLimitPerCondition } = benefits;
  const { settingSlot, hasSettings, slotSetting, daysApply, daysRequired, slotShares } = benefits;
  const tiers = compileTiers(plan, rules, { slotShares, slotSetting });

  const svcFlags = new Uint8Array(NS);
  for (let s = 0; s < NS; s++) {
    let f = 0;
    for (let p = 0; p < BUCKETS; p++) if ((visitCounterOf[s * BUCKETS + p] as number) >= 0) f |= SF_VISIT_LIMIT;
    if ((dayCounterOf[s] as number) >= 0) f |= SF_DAY_LIMIT;
    if (hasSettings[s] === 1) f |= SF_SETTINGS;
    if ((excStart[s] as number) < (excEnd[s] as number)) f |= SF_EXCEPTIONS;
    svcFlags[s] = f;
  }

  const { slotKind, slotAmountCents, slotPerDay, slotPercentBp, slotCapCents, slotAfterDeductible, excMinAge, excMaxAge } = compileSlots(
    slotShares,
    exceptions,
  );
  const { rxCopays, rxTableOf } = compilePharmacy(plan, rules, isRx);

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
    tiers,
  };
}
