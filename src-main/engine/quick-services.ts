import { PHARMACY_CHANNELS } from '../../src-shared/services';
import { KIND_COPAY, KIND_NOTHING, NS, RX_DAYS } from './compile-plan';
import type { CompiledPlan } from './compile-plan';

// The simulation's shortcut for the two commonest kinds of claim. A year of a family's care is mostly
// preventive visits, labs and X-rays the plan pays in full, and office visits with a flat copay; each
// takes a dozen branches of the general loop (limits, settings, ages, waivers, the deductible, supply
// tiers) that cannot apply to it. A service is "quick" when its rule is one of these with none of the
// rarer steps:
//   QUICK_FREE   "nothing" (the plan pays all), not after the deductible → the member pays nothing and
//                no accumulator moves;
//   QUICK_COPAY  a flat copay, not after the deductible, not per day, not waived on admission → the
//                member pays min(copay × copays, per-claim cap, allowed), where a prescription takes the
//                number of copays of its supply and pharmacy (the plan's table) and any other claim one,
//                cut to what is left of the out-of-pocket maximum when it counts toward it (when it does
//                not, nothing is cut and nothing accumulates).
// The general loop gives exactly the same amounts for these claims; the property tests price random
// claim lists both ways (priceTotalsFast against priceClaims, which never takes the shortcut).

export const QUICK_NONE = 0;
export const QUICK_FREE = 1;
export const QUICK_COPAY = 2;

export interface QuickServices {
  /** Per service: QUICK_NONE, QUICK_FREE or QUICK_COPAY. */
  quick: Uint8Array;
  /** Per QUICK_COPAY service: the copay. */
  quickCopayCents: Float64Array;
  /** Per QUICK_COPAY service: the per-claim cap (Infinity when none). */
  quickCapCents: Float64Array;
}

interface PlanArrays {
  svcFlags: Uint8Array;
  waivedIfAdmitted: Uint8Array;
  slotKind: Uint8Array;
  slotAfterDeductible: Uint8Array;
  slotPerDay: Uint8Array;
  slotAmountCents: Float64Array;
  slotCapCents: Float64Array;
}

export function quickServices(p: PlanArrays): QuickServices {
  const quick = new Uint8Array(NS);
  const quickCopayCents = new Float64Array(NS);
  const quickCapCents = new Float64Array(NS).fill(Infinity);
  for (let s = 0; s < NS; s++) {
    // Slot s is the service's own rule; any rarer step (a limit, a setting, an age exception) rules it out.
    if (p.svcFlags[s] !== 0 || p.slotAfterDeductible[s] === 1 || p.waivedIfAdmitted[s] === 1) continue;
    if (p.slotKind[s] === KIND_NOTHING) quick[s] = QUICK_FREE;
    else if (p.slotKind[s] === KIND_COPAY && p.slotPerDay[s] === 0) {
      quick[s] = QUICK_COPAY;
      quickCopayCents[s] = p.slotAmountCents[s] as number;
      quickCapCents[s] = p.slotCapCents[s] as number;
    }
  }
  return { quick, quickCopayCents, quickCapCents };
}

// Setting quick claims aside. A quick claim's amount depends on when it comes in the year only through
// the out-of-pocket cut (it reaches no deductible, visit or day limit). So a year can be priced as its
// other claims, in date order, plus each quick claim's amount priced whole — exactly the same totals as
// every claim in date order — whenever the out-of-pocket limits are not reached: if the accumulated
// amounts after the other claims, plus the quick claims' amounts that count toward the limit, stay under
// the person limit for every member and under the family limit, no claim was ever cut in either order
// (accumulators only grow, and until a first cut both orders add the same amounts). Otherwise the claims
// of the members within reach, or every claim, must be priced in date order (setAsideCheck says which;
// the simulation, claim-rows.ts, then prices every claim of that plan-year in date order). A free claim
// (quick pay 0) is inert: it moves no accumulator in either loop, so it can be left out altogether.

/**
 * What one quick claim of service `s` under `cp` costs the member before the out-of-pocket cut, on the
 * plan's own network: min(copay × copays, per-claim cap) — the caller takes the min with the allowed
 * amount — or 0 for a free one; -1 when the service is not quick or the supply is not in the plan's table
 * (the general loop then refuses it with its own error).
 */
export function quickPayCents(cp: CompiledPlan, s: number, supplyDays: number, channel: number): number {
  const q = cp.quick[s] as number;
  if (q === QUICK_FREE) return 0;
  if (q !== QUICK_COPAY) return -1;
  let copays = 1;
  if (cp.isRx[s] === 1) {
    if (supplyDays < 1 || supplyDays >= RX_DAYS || channel < 0 || channel >= PHARMACY_CHANNELS.length) return -1;
    copays = cp.rxCopays[(cp.rxTableOf[s] as number) + channel * RX_DAYS + supplyDays] as number;
    if (copays < 0) return -1;
  }
  const c = (cp.quickCopayCents[s] as number) * copays;
  return c < (cp.quickCapCents[s] as number) ? c : (cp.quickCapCents[s] as number);
}

/** The person out-of-pocket limit runClaims applies to a household of `size` (Infinity: family limit only). */
export function oopPersonLimit(cp: CompiledPlan, size: number): number {
  return size === 1 || cp.oopMax.embedded ? cp.oopMax.personCents : Infinity;
}

/** The family out-of-pocket limit runClaims applies to a household of `size` (one member: the person's). */
export function oopFamilyLimit(cp: CompiledPlan, size: number): number {
  return size === 1 ? cp.oopMax.personCents : cp.oopMax.familyCents;
}

export const SET_ASIDE_EXACT = 0;
export const SET_ASIDE_PERSON_REACHED = 1;
export const SET_ASIDE_FAMILY_REACHED = 2;

/**
 * After runClaims priced a year's other claims under `cp` (its scratch holds their accumulators), whether
 * adding the set-aside quick claims — `quickOop[offset + m]`: what member m's counting quick claims cost,
 * priced whole — gives exactly the totals of pricing every claim in date order (see above):
 *   SET_ASIDE_EXACT           yes;
 *   SET_ASIDE_PERSON_REACHED  not for the members marked in `reached` (their person limit is within
 *                             reach): price those members' quick claims in date order with the others and
 *                             ask again for the rest (members marked already count as priced in order);
 *   SET_ASIDE_FAMILY_REACHED  the family limit is within reach: price every claim in date order.
 * Exact per member because, while the family limit is out of reach, a member's cut depends only on their
 * own person accumulator, which the other members' claims do not move.
 */
export function setAsideCheck(cp: CompiledPlan, size: number, quickOop: Float64Array, offset: number, reached: Uint8Array): number {
  const person = oopPersonLimit(cp, size);
  const family = oopFamilyLimit(cp, size);
  const personOop = cp.scratch.personOop;
  let sum = 0;
  let anyReached = false;
  for (let m = 0; m < size; m++) {
    if (reached[m] === 1) {
      sum += personOop[m] as number;
      continue;
    }
    const total = (personOop[m] as number) + (quickOop[offset + m] as number);
    if (!(total < person)) {
      reached[m] = 1;
      anyReached = true;
    }
    sum += total;
  }
  // One member: the person limit is the family limit, so a member within reach fails the family test too.
  if (!(sum < family)) return SET_ASIDE_FAMILY_REACHED;
  return anyReached ? SET_ASIDE_PERSON_REACHED : SET_ASIDE_EXACT;
}
