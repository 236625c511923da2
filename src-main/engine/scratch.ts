import { SERVICE_CODES, THERAPY_PURPOSES } from '../../src-shared/services';

// Working memory of the pricing loop, allocated once per compiled plan and reused by every call, so that
// the Monte Carlo hot path allocates nothing. The engine is synchronous and never calls out while it
// uses this memory, so one set per plan is safe.

/** Positions in the totals arrays (one row of seven per member, and one for the household). */
export const T_ALLOWED = 0;
export const T_DEDUCTIBLE = 1;
export const T_COPAY = 2;
export const T_COINSURANCE = 3;
export const T_NOT_COVERED = 4;
export const T_MEMBER_PAYS = 5;
export const T_PLAN_PAYS = 6;
export const T_FIELDS = 7;

/** Positions in `claim`, the outcome of the claim just priced (read by the ledger builder). */
export const C_DEDUCTIBLE = 0;
export const C_COPAY = 1;
export const C_COINSURANCE = 2;
export const C_NOT_COVERED = 3;
export const C_MEMBER_PAYS = 4;
export const C_SLOT = 5;
export const C_FLAGS = 6;
export const C_EVENTS = 7;
export const C_UNITS = 8;
export const C_FAMILY_DEDUCTIBLE = 9;
export const C_FAMILY_OOP = 10;
/** Visit number of this claim in its visit count (1 = the first), 0 when the service has no limit. */
export const C_VISIT_NUMBER = 11;
/** Days of this stay past the day limit (not covered). */
export const C_DAYS_OVER = 12;
export const C_FIELDS = 13;

/** Visit counts are kept per member, service and count ("bucket": rehabilitative, habilitative, pulmonary). */
export const BUCKETS = THERAPY_PURPOSES.length;
/** The count of pulmonary rehabilitation visits (when the plan gives them a limit of their own). */
export const BUCKET_PULMONARY = THERAPY_PURPOSES.indexOf('pulmonary_rehabilitation');

/** C_FLAGS bits. */
export const F_NOT_COVERED = 1;
export const F_VISIT_LIMIT = 2;
export const F_WAIVED = 4;
export const F_OOP_CAPPED = 8;
export const F_EXCEPTION = 16;
/** A member's condition lifted a visit limit that this visit was past. */
export const F_LIMIT_LIFTED = 32;
/** Some or all days of the stay were past the day limit. */
export const F_DAY_LIMIT = 64;
/** The cost share of the claim's office setting was used. */
export const F_SETTING = 128;
/** The claim is on a network tier other than the plan's own (tiers.ts). */
export const F_TIER = 256;
/** A tier the member is too old for (the dependent out-of-area benefit is for dependents under 26). */
export const F_TIER_AGE = 512;
/** The tier's yearly limit on what the plan pays was reached (part or all of the claim is the member's). */
export const F_PLAN_PAYS_LIMIT = 1024;
/** Out-of-network care without its pre-certification: the penalty is on the line. */
export const F_PRECERT = 2048;

/** Network tiers (NETWORK_TIERS.length) and the most visit groups the tiers of one plan may have. */
export const TIERS = 4;
export const MAX_TIER_GROUPS = 64;

/** C_EVENTS bits. */
export const E_PERSON_DEDUCTIBLE = 1;
export const E_FAMILY_DEDUCTIBLE = 2;
export const E_PERSON_OOP = 4;
export const E_FAMILY_OOP = 8;

export interface Scratch {
  capacity: number;
  personDeductible: Float64Array;
  personOop: Float64Array;
  visits: Int32Array;
  stayDays: Int32Array;
  memberTotals: Float64Array;
  totals: Float64Array;
  claim: Float64Array;
  /** Network tiers: deductible and out-of-pocket per member × tier (tiers with limits of their own). */
  tierPersonDeductible: Float64Array;
  tierPersonOop: Float64Array;
  /** Per tier: the family deductible and out-of-pocket (2 t, 2 t + 1) and what the plan has paid this plan year. */
  tierFamily: Float64Array;
  tierPlanPaid: Float64Array;
  /** Per member × visit group of the tiers. */
  tierVisits: Int32Array;
  /** The plan's family deductible and out-of-pocket, handed to the tier pricing and back. */
  shared: Float64Array;
  /** The penalty of the claim just priced (part of C_NOT_COVERED), for the ledger. */
  penalty: Float64Array;
  /** The plan's person and family deductible and out-of-pocket limits for this household, for the tier pricing. */
  planLimits: Float64Array;
}

export function createScratch(capacity: number): Scratch {
  return {
    capacity,
    personDeductible: new Float64Array(capacity),
    personOop: new Float64Array(capacity),
    visits: new Int32Array(capacity * SERVICE_CODES.length * BUCKETS),
    stayDays: new Int32Array(capacity * SERVICE_CODES.length),
    memberTotals: new Float64Array(capacity * T_FIELDS),
    totals: new Float64Array(T_FIELDS),
    claim: new Float64Array(C_FIELDS),
    tierPersonDeductible: new Float64Array(capacity * TIERS),
    tierPersonOop: new Float64Array(capacity * TIERS),
    tierFamily: new Float64Array(TIERS * 2),
    tierPlanPaid: new Float64Array(TIERS),
    tierVisits: new Int32Array(capacity * MAX_TIER_GROUPS),
    shared: new Float64Array(2),
    penalty: new Float64Array(1),
    planLimits: new Float64Array(4),
  };
}

/** Grows the per-member arrays when a household is larger than any seen before (rare: at most once or twice). */
export function ensureCapacity(sc: Scratch, members: number): void {
  if (members <= sc.capacity) return;
  const next = createScratch(members);
  sc.capacity = next.capacity;
  sc.personDeductible = next.personDeductible;
  sc.personOop = next.personOop;
  sc.visits = next.visits;
  sc.stayDays = next.stayDays;
  sc.memberTotals = next.memberTotals;
  sc.tierPersonDeductible = next.tierPersonDeductible;
  sc.tierPersonOop = next.tierPersonOop;
  sc.tierVisits = next.tierVisits;
}

/** A new plan year (or a new call): every tier accumulator starts again. */
export function resetTiers(sc: Scratch, size: number, groups: number): void {
  sc.tierPersonDeductible.fill(0, 0, size * TIERS);
  sc.tierPersonOop.fill(0, 0, size * TIERS);
  sc.tierFamily.fill(0);
  sc.tierPlanPaid.fill(0);
  sc.tierVisits.fill(0, 0, size * groups);
}

/**
 * A plan year's accumulators back to zero for a household of `size`: each person's deductible and
 * out-of-pocket amounts, visit counts (`visitCells`) and stay days (`dayCells`). Plain loops, not
 * TypedArray.fill: the household's few cells cost less than fill's call, which the simulation pays for
 * every small claim list it prices (who enrolls where prices two dozen a year).
 */
export function clearYear(sc: Scratch, size: number, visitCells: number, dayCells: number): void {
  const { personDeductible, personOop, visits, stayDays } = sc;
  for (let m = 0; m < size; m++) {
    personDeductible[m] = 0;
    personOop[m] = 0;
  }
  for (let k = 0; k < visitCells; k++) visits[k] = 0;
  for (let k = 0; k < dayCells; k++) stayDays[k] = 0;
}

/**
 * The per-member totals back to zero for a household of `size`: every field when the call keeps them all
 * (`perMember`), else only what each member paid — the one field such a call writes and its caller reads
 * (priceTotalsFast), five cells instead of thirty-five for a family, every plan of every simulated year.
 */
export function clearMemberTotals(sc: Scratch, size: number, perMember = true): void {
  const memberTotals = sc.memberTotals;
  if (perMember) for (let k = 0; k < size * T_FIELDS; k++) memberTotals[k] = 0;
  else for (let m = 0; m < size; m++) memberTotals[m * T_FIELDS + T_MEMBER_PAYS] = 0;
}
