import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { CompiledPlan } from './compile-plan';
import { EngineError } from './engine-error';
import { createFastClaims } from './fast-input';
import type { FastClaims, FastHousehold } from './fast-input';
import { AGE_ASSUMPTION_PREFIX, ageAssumption, claimAssumptions, nextYearWarning } from './input-assumptions';
import { compareSameDay, sortRows } from './claim-order';
import {
  RAW_FIELDS,
  R_ADMITTED,
  R_CHANNEL,
  R_DAYS,
  R_MEMBER,
  R_NETWORK,
  R_PRECERT,
  R_PURPOSE,
  R_SERVICE,
  R_SETTING,
  R_SUPPLY,
  R_YEAR,
  checkClaim,
  createRawRows,
} from './validate-claim';
import { validateMembers } from './validate-members';

// prepareInput: the household and its claims checked (validate-members.ts, validate-claim.ts), put in
// adjudication order (claim-order.ts) and turned into the fast path's typed arrays, with the warnings
// and assumptions (input-assumptions.ts). The checks run once per call, before the pricing loop; the loop
// itself trusts its input.

export { AGE_ASSUMPTION_PREFIX, claimAssumptions, compareSameDay, nextYearWarning, validateMembers };
export type { ValidMembers } from './validate-members';

export interface PreparedInput {
  household: FastHousehold;
  memberIds: string[];
  claims: FastClaims;
  /** Sorted row → index of the claim in the caller's list. */
  order: Int32Array;
  /**
   * Sorted row → 0 for a claim's own row, 1 for the price difference of a brand asked for over a generic
   * (rx_brand_price_difference, right after the claim's own row): the ledger shows the two as one line.
   */
  part: Uint8Array;
  /** Sorted row → day key (20220314). */
  dayKeys: Int32Array;
  /** Plan year of the first row, relative to the plan's own year (0 = the year of planYear.start). */
  baseYear: number;
  /** Things priced that the plan does not strictly cover ("2023 priced with the 2022 rules …"). */
  warnings: string[];
  /** Readings the engine chose where the input left a choice (age without a birth date …). */
  assumptions: string[];
}

/** Validates and converts the claims; rows come out in adjudication order (date, then the same-day order) with their plan years. */
export function prepareInput(cp: CompiledPlan, members: readonly EngineMember[], claims: readonly Claim[]): PreparedInput {
  const valid = validateMembers(members);
  const { ids, ages, birthKeys, conditions } = valid;
  if (!Array.isArray(claims)) throw new EngineError('INVALID_CLAIM', 'expected a list of claims', 'claims');
  const rr = createRawRows(claims.length);
  for (let i = 0; i < claims.length; i++) checkClaim(cp, valid, rr, claims[i] as Claim, i);
  const { raw, keys, rowClaim, rowPart, rowAllowed, rows, nextYearClaims, used, withoutSetting, perConditionDays, brandRequested, tiersUsed } = rr;
  const rowOrder = sortRows(claims, ids, rr);
  const claimsOut = createFastClaims(rows);
  const dayKeys = new Int32Array(rows);
  const order = new Int32Array(rows);
  const part = new Uint8Array(rows);
  const baseYear = rows > 0 ? (raw[(rowOrder[0] as number) * RAW_FIELDS + R_YEAR] as number) : 0;
  for (let k = 0; k < rows; k++) {
    const j = rowOrder[k] as number;
    order[k] = rowClaim[j] as number;
    part[k] = rowPart[j] as number;
    dayKeys[k] = keys[j] as number;
    const r = j * RAW_FIELDS;
    claimsOut.member[k] = raw[r + R_MEMBER] as number;
    claimsOut.service[k] = raw[r + R_SERVICE] as number;
    claimsOut.allowedCents[k] = rowAllowed[j] as number;
    claimsOut.days[k] = raw[r + R_DAYS] as number;
    claimsOut.supplyDays[k] = raw[r + R_SUPPLY] as number;
    claimsOut.channel[k] = raw[r + R_CHANNEL] as number;
    claimsOut.admitted[k] = raw[r + R_ADMITTED] as number;
    claimsOut.purpose[k] = raw[r + R_PURPOSE] as number;
    claimsOut.setting[k] = raw[r + R_SETTING] as number;
    claimsOut.network[k] = raw[r + R_NETWORK] as number;
    claimsOut.precert[k] = raw[r + R_PRECERT] as number;
    claimsOut.year[k] = (raw[r + R_YEAR] as number) - baseYear;
    claimsOut.dayKey[k] = keys[j] as number;
  }
  claimsOut.count = rows;

  const warnings: string[] = nextYearClaims ? [nextYearWarning(cp)] : [];
  const assumptions: string[] = [];
  if (birthKeys.indexOf(0) >= 0) assumptions.push(ageAssumption(cp, ids, birthKeys, baseYear, nextYearClaims && baseYear === 0));
  assumptions.push(...claimAssumptions(cp, { used, withoutSetting, perCondition: perConditionDays ?? [], brandRequested, tiers: tiersUsed }));

  return {
    household: {
      size: ids.length,
      ages: Int32Array.from(ages),
      birthKeys: Int32Array.from(birthKeys),
      conditions: Uint8Array.from(conditions),
    },
    memberIds: ids,
    claims: claimsOut,
    order,
    part,
    dayKeys,
    baseYear,
    warnings,
    assumptions,
  };
}
