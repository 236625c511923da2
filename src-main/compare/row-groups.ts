import type { Plan } from '../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES } from '../../src-shared/services';
import { channelIndex, createFastClaims, quickPayCents, serviceIndex, type CompiledPlan, type FastClaims } from '../engine';
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
  /** Per segment of the rows (row-spans.ts): its first claim in fc and in fcMore, then their counts. */
  fcCuts: Int32Array;
  fcMoreCuts: Int32Array;
  /**
   * Per item: 1 when every plan of the group prices it as a quick claim but the rows do not set it aside
   * (a plan of another group does not): the group's claim list leaves its rows out and lists them in
   * extraRows (`extra` of them), and the set-aside sums add them priced whole.
   */
  extraAside: Uint8Array;
  anyExtra: boolean;
  extraRows: Int32Array;
  extra: number;
  /** The rows' stamp when fc (kept rows, with the set-aside sums) and fcMore (every row) were made for priceSet. */
  keptAt: number;
  fullAt: number;
  /** Per plan of the group (outer) and item: quickPayCents, −1 when not quick. */
  quickPay: Float64Array;
  /** Per plan of the group and item: 1 when the quick claim counts toward the out-of-pocket limit. */
  quickCounts: Uint8Array;
  /**
   * Per plan of the group and member: the year's quick claims a drawer summed without storing their rows
   * (addQuick, addQuickCount), and those counting toward the limit. The set-aside sums, per span, start
   * from these (row-spans.ts).
   */
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
): Omit<
  RowGroup,
  'fill' | 'planIndexes' | 'fc' | 'fcMore' | 'fcCuts' | 'fcMoreCuts' | 'keptAt' | 'fullAt' | 'extraAside' | 'anyExtra' | 'extraRows' | 'extra'
> & {
  aside: Uint8Array;
} {
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
  return { aside, quickPay, quickCounts, lazyPays: cells(), lazyOop: cells() };
}

/**
 * The rows' plans in groups: plans of one class (planClass, default one class) that fill a claim list
 * alike share it. `aside`: the items every plan prices as quick claims (their rows are set aside for all);
 * a group's extraAside, the further items every plan of the group prices so. `countFrom` per set-aside
 * item: the dearest plan's quick amount (a row allowed at least that costs every plan its whole amount).
 */
export function planGroups(
  care: CarePlan,
  plans: readonly CompiledPlan[],
  planClass: readonly number[],
  segments: number,
): { groups: RowGroup[]; aside: Uint8Array; countFrom: Float64Array } {
  const items = care.items;
  const byKey = new Map<string, { fill: PlanFill; planIndexes: number[] }>();
  plans.forEach((p, i) => {
    const fill = fillFor(care, p.plan);
    const key = `${planClass[i] ?? 0}|${fill.key}`;
    const g = byKey.get(key);
    if (g) g.planIndexes.push(i);
    else byKey.set(key, { fill, planIndexes: [i] });
  });
  const members = Math.max(1, care.members.length);
  const groups: RowGroup[] = [];
  const setAside = new Uint8Array(items.length).fill(byKey.size > 0 ? 1 : 0);
  for (const { fill, planIndexes } of byKey.values()) {
    const { aside, ...quick } = quickItems(
      care,
      fill,
      planIndexes.map((i) => plans[i] as CompiledPlan),
      members,
    );
    aside.forEach((a, i) => (setAside[i] = a === 1 ? (setAside[i] as number) : 0));
    const cells = (): Int32Array => new Int32Array(segments + 1);
    const claims = { fc: createFastClaims(256), fcMore: createFastClaims(256), fcCuts: cells(), fcMoreCuts: cells(), keptAt: -1, fullAt: -1 };
    groups.push({ fill, planIndexes, ...claims, extraAside: aside, anyExtra: false, extraRows: new Int32Array(256), extra: 0, ...quick });
  }
  // A group's own set-aside items beyond the rows': its claim list leaves them out (ClaimRows fillGroup).
  for (const g of groups) {
    g.extraAside.forEach((a, i) => (g.extraAside[i] = a === 1 && setAside[i] === 0 ? 1 : 0));
    g.anyExtra = g.extraAside.includes(1);
  }
  const countFrom = Float64Array.from(items, (_, i) => {
    if (setAside[i] !== 1) return Infinity;
    let max = 0;
    for (const g of groups) for (let j = 0; j < g.planIndexes.length; j++) max = Math.max(max, g.quickPay[j * items.length + i] as number);
    return max;
  });
  return { groups, aside: setAside, countFrom };
}
