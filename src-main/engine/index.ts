// The cost engine's public face. Pure: no Electron, no database, no node:*, no clock.
export { compilePlan, isCompiledPlan } from './compile-plan';
export type { CompiledPlan } from './compile-plan';
export { priceClaims } from './price-claims';
export type { PriceOptions } from './price-claims';
export { priceTotalsFast, createFastTotals, toFastInput, planYearOfDate } from './price-totals-fast';
export { prepareClaims, claimVariant } from './claim-variants';
export type { PreparedClaims } from './claim-variants';
export type { FastTotals } from './price-totals-fast';
export {
  createFastClaims,
  createFastHousehold,
  FAST_CLAIM_FIELDS,
  serviceIndex,
  channelIndex,
  purposeIndex,
  settingIndex,
  conditionMask,
  DEFAULT_CHANNEL,
  DEFAULT_SUPPLY_DAYS,
} from './fast-input';
export type { FastClaims, FastHousehold, FastHouseholdDetails } from './fast-input';
export { enrollmentTypeFor, annualPremium, UNKNOWN_PREMIUM_MESSAGE, PAY_PERIODS_PER_YEAR } from './premium';
export { EngineError, ENGINE_ERROR_CODES } from './engine-error';
export type { EngineErrorCode } from './engine-error';
export { describeRule, describeApplied } from './describe-rule';
export { describeTier } from './describe-tier';
export { NS, TIER_SAME } from './compile-plan';
export { quickPayCents, setAsideCheck, SET_ASIDE_EXACT, SET_ASIDE_PERSON_REACHED } from './quick-services';
export type { AppliedRule } from './describe-rule';
export { planYearLabel, planYearIndex, parseDayKey, formatDayKey } from './plan-year';
export { AGE_ASSUMPTION_PREFIX, claimAssumptions, compareSameDay, nextYearWarning } from './validate-input';
