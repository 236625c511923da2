import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import { runClaims } from './adjudicate';
import type { CompiledPlan } from './compile-plan';
import type { FastClaims, FastHousehold } from './fast-input';
import { EngineError } from './engine-error';
import { parseDayKey, planYearIndex } from './plan-year';
import * as S from './scratch';
import { prepareInput } from './validate-input';

// The Monte Carlo hot path: the same adjudication loop as priceClaims, on pre-validated, pre-sorted
// typed arrays (see fast-input.ts for the contract), writing into a caller-owned result object. With
// `out` passed in, a call allocates nothing. It does not validate: build the arrays with toFastInput()
// once, or fill them yourself under the contract in fast-input.ts.

export interface FastTotals {
  allowedCents: number;
  deductibleCents: number;
  copayCents: number;
  coinsuranceCents: number;
  notCoveredCents: number;
  memberPaysCents: number;
  planPaysCents: number;
  /** What each member paid, by household index (length ≥ household size; the rest is left alone). */
  memberPaysByMember: Float64Array;
}

export function createFastTotals(maxMembers = 20): FastTotals {
  return {
    allowedCents: 0,
    deductibleCents: 0,
    copayCents: 0,
    coinsuranceCents: 0,
    notCoveredCents: 0,
    memberPaysCents: 0,
    planPaysCents: 0,
    memberPaysByMember: new Float64Array(maxMembers),
  };
}

/**
 * Household totals of one claim list under one plan; exactly priceClaims' totals for the same claims.
 * `memberOf` (runClaims): the list's members → the household's, −1 for a claim of someone else; `from`,
 * `to`: only the claims [from, to) (runClaims).
 */
export function priceTotalsFast(
  compiled: CompiledPlan,
  household: FastHousehold,
  claims: FastClaims,
  out: FastTotals = createFastTotals(household.size),
  memberOf: Int32Array | null = null,
  from = 0,
  to = claims.count,
): FastTotals {
  runClaims(compiled, household, claims, null, false, memberOf, from, to);
  const t = compiled.scratch.totals;
  out.allowedCents = t[S.T_ALLOWED] as number;
  out.deductibleCents = t[S.T_DEDUCTIBLE] as number;
  out.copayCents = t[S.T_COPAY] as number;
  out.coinsuranceCents = t[S.T_COINSURANCE] as number;
  out.notCoveredCents = t[S.T_NOT_COVERED] as number;
  out.memberPaysCents = t[S.T_MEMBER_PAYS] as number;
  out.planPaysCents = t[S.T_PLAN_PAYS] as number;
  const perMember = compiled.scratch.memberTotals;
  const n = Math.min(household.size, out.memberPaysByMember.length);
  for (let m = 0; m < n; m++) out.memberPaysByMember[m] = perMember[m * S.T_FIELDS + S.T_MEMBER_PAYS] as number;
  return out;
}

/**
 * Validates ordinary members and claims (the same checks, and the same errors, as priceClaims) and
 * returns them as fast-path input: household index = position in `members`, rows sorted by date, with
 * the warnings and assumptions priceClaims would report.
 */
export function toFastInput(
  compiled: CompiledPlan,
  members: EngineMember[],
  claims: Claim[],
): { household: FastHousehold; claims: FastClaims; warnings: string[]; assumptions: string[] } {
  const input = prepareInput(compiled, members, claims);
  return { household: input.household, claims: input.claims, warnings: input.warnings, assumptions: input.assumptions };
}

/**
 * The plan year a date falls in, counted from the plan's own (0 = the year of planYear.start; 2023 is 1
 * for a calendar-year 2022 plan). FastClaims.year is this minus the value for the first claim's date.
 */
export function planYearOfDate(compiled: CompiledPlan, date: string): number {
  const key = parseDayKey(date);
  if (key < 0) throw new EngineError('INVALID_DATE', `"${date}" is not a real date in YYYY-MM-DD form`, 'date');
  return planYearIndex(compiled.anchor, key);
}
