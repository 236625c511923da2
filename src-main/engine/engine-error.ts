// The one error the engine throws on purpose. `code` is stable (callers and the IPC layer switch on it),
// `field` names the offending input the way a person would look it up ("claims[3].allowedCents"), and the
// message says what was wrong in plain words.

import { SERVICE_LABELS } from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';

export const ENGINE_ERROR_CODES = [
  'PLAN_INCOMPLETE', // the plan lacks rules or limits (see `missing`)
  'PLAN_INVALID', // the plan object does not match the plan schema
  'INVALID_HOUSEHOLD', // members missing, too many, or not a list
  'INVALID_MEMBER', // a member id or age is malformed
  'DUPLICATE_MEMBER',
  'INVALID_CLAIM', // a claim is not an object, or carries a field the schema does not know
  'UNKNOWN_MEMBER', // a claim for someone not in the household
  'UNKNOWN_SERVICE',
  'NO_RULE_FOR_SERVICE', // an optional service the plan gives no rule for: refused, never priced as free
  'INVALID_AMOUNT', // negative, fractional or absurdly large cents
  'INVALID_DATE', // not YYYY-MM-DD or not a real calendar day (2022-02-30)
  'DATE_OUTSIDE_PLAN_YEARS', // before the plan's own plan year, or more than one plan year after it
  'FIELD_NOT_APPLICABLE', // days, supplyDays, channel, admitted, purpose, setting or genericAllowedCents on a service they do not apply to
  'MISSING_DAYS', // a stay (inpatient, delivery, skilled nursing …) without its days
  'MISSING_FIELD', // a field a service needs (genericAllowedCents on a brand asked for over a generic)
  'INVALID_DAYS',
  'INVALID_SUPPLY',
  'INVALID_CHANNEL',
  'CHANNEL_NOT_OFFERED', // the plan has no dispensing table for that pharmacy channel
  'SUPPLY_NOT_DISPENSED', // more days of supply than the channel's last tier
  'TIER_INCOMPLETE', // a claim on a network tier whose amounts the plan does not have yet (HR enters them)
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly field: string | undefined;
  /** For PLAN_INCOMPLETE: what the plan still lacks, in plain words (missingForPricing()). */
  readonly missing: readonly string[] | undefined;

  constructor(code: EngineErrorCode, message: string, field?: string, missing?: readonly string[]) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'EngineError';
    this.code = code;
    this.field = field;
    this.missing = missing;
  }
}

/** A claim for an optional service the plan has no rule for. */
export function noRuleError(planId: string, service: ServiceCode, field: string): EngineError {
  return new EngineError(
    'NO_RULE_FOR_SERVICE',
    `this plan (${planId}) has no rule for ${SERVICE_LABELS[service].toLowerCase()} (${service}), so the claim cannot be priced under it`,
    field,
  );
}
