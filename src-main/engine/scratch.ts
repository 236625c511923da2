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
}
