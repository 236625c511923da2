import { KIND_COPAY, KIND_NOTHING, NS } from './compile-plan';

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
