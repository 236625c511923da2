import type { Plan } from '../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES } from '../../src-shared/services';
import { channelIndex, quickPayCents, serviceIndex, type CompiledPlan, type FastClaims } from '../engine';
import type { CarePlan } from './care-items';
import { fitPrescription } from './pharmacy-fit';

// The plans a year's claim rows are priced under, grouped by how they fill a claim list (how each plan
// dispenses the prescriptions), with what each plan charges for its quick claims (claim-rows.ts).

export interface PlanFill {
  channel: Int32Array;
  supplyDays: Int32Array;
  pieces: Int32Array;
  maxPieces: number;
  key: string;
}

export function fillFor(care: CarePlan, plan: Pick<Plan, 'pharmacy'>): PlanFill {
  const n = care.items.length;
  const channel = new Int32Array(n);
  const supplyDays = new Int32Array(n).fill(30);
  const pieces = new Int32Array(n).fill(1);
  care.items.forEach((item, i) => {
    channel[i] = channelIndex(item.channel);
    if (!PRESCRIPTION_SERVICES.includes(item.service)) return;
    const fit = fitPrescription(plan, item.channel, item.supplyDays);
    if (!fit) throw new RangeError('the plan dispenses no prescriptions');
    channel[i] = channelIndex(fit.channel);
    supplyDays[i] = fit.supplyDays;
    pieces[i] = fit.pieces;
  });
  return { channel, supplyDays, pieces, maxPieces: Math.max(1, ...pieces), key: `${channel.join()}|${supplyDays.join()}|${pieces.join()}` };
}

/** Plans that fill the rows alike, and what their quick claims cost (see price()). */
export interface RowGroup {
  fill: PlanFill;
  planIndexes: number[];
  fc: FastClaims;
  /** A second claim list, for a year priced with every row in date order. */
  fcMore: FastClaims;
  /** The rows' stamp when fc (kept rows, with the set-aside sums) and fcMore (every row) were made for priceSet. */
  keptAt: number;
  fullAt: number;
  /** Per plan of the group (outer) and item: quickPayCents, −1 when not quick. */
  quickPay: Float64Array;
  /** Per plan of the group and item: 1 when the quick claim counts toward the out-of-pocket limit. */
  quickCounts: Uint8Array;
  /** Per plan of the group and member: the year's set-aside amounts, and those counting toward the limit. */
  quickPays: Float64Array;
  quickOop: Float64Array;
  /** The same, of the quick claims a drawer summed without storing their rows (addQuick, addQuickCount). */
  lazyPays: Float64Array;
  lazyOop: Float64Array;
}

/**
 * What a drawer needs to sum an item's quick claims without storing their rows: `maxPay[i]`, the most any
 * plan charges for one (−1 when item i's rows must be stored). An occurrence allowed at least that much
 * costs each plan its quick amount whatever its price.
 */
export interface LazyItems {
  maxPay: Float64Array;
}

/** Items set aside (`aside`) that every plan of every group prices free: their rows change no total. */
export function inertItemsOf(groups: readonly RowGroup[], aside: Uint8Array): Uint8Array {
  const inert = new Uint8Array(aside.length).fill(groups.length > 0 ? 1 : 0);
  for (const g of groups) {
    for (let i = 0; i < inert.length; i++) {
      if (aside[i] === 0) inert[i] = 0;
      for (let j = 0; j < g.planIndexes.length; j++) if (g.quickPay[j * inert.length + i] !== 0) inert[i] = 0;
    }
  }
  return inert;
}

/** The per-plan, per-item quick amounts of a group, and which items every plan prices as quick claims. */
export function quickItems(
  care: CarePlan,
  fill: PlanFill,
  plans: readonly CompiledPlan[],
  members: number,
): Omit<RowGroup, 'fill' | 'planIndexes' | 'fc' | 'fcMore' | 'keptAt' | 'fullAt'> & { aside: Uint8Array } {
  const n = care.items.length;
  const quickPay = new Float64Array(plans.length * n);
  const quickCounts = new Uint8Array(plans.length * n);
  const aside = new Uint8Array(n);
  care.items.forEach((item, i) => {
    const s = serviceIndex(item.service);
    let all = item.network === 'plan' && fill.pieces[i] === 1;
    plans.forEach((cp, j) => {
      const q = quickPayCents(cp, s, fill.supplyDays[i] as number, fill.channel[i] as number);
      quickPay[j * n + i] = q;
      quickCounts[j * n + i] = cp.countsOop[s] as number;
      if (q < 0) all = false;
    });
    aside[i] = all ? 1 : 0;
  });
  const cells = (): Float64Array => new Float64Array(plans.length * members);
  return { aside, quickPay, quickCounts, quickPays: cells(), quickOop: cells(), lazyPays: cells(), lazyOop: cells() };
}
