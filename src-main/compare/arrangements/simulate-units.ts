import type { CarePlan } from '../care-items';
import { ClaimRows, type YearTotals } from '../claim-rows';
import { memberSet, type MemberSet } from '../member-set';
import { createYearDrawer, type Checkpoint, type YearsOut } from '../simulate';
import { pricesOnRowsOf } from '../draws-alike';
import type { CompiledPlan } from '../../engine';
import type { PreparedArrangements, PricedUnit } from './prepare';
import { stretchCare } from './sub-care';

// The arrangements' simulated years: year k is drawn once for the whole household from the same random
// stream (seed, k) as the plain comparison (common random numbers), into one store of the window's rows,
// cut where a plan year starts mid-window (row-spans.ts). Each row group (an enrollment's members over one
// plan-year stretch) is then priced on its span of those rows for its own members under each of its
// plans, once: every arrangement that contains an enrollment reads the same priced unit. The plain
// comparison's plans are priced on the same draw where they can be: those over the window's own care plan,
// and those over another plan year whose years draw alike — on the window's rows when its members are the
// same (pricesOnRowsOf), else on a rows list of its own (its dates, its ages) that a router feeds from the
// same draw. Explain routes a year again to each group's own rows (routedRows), which price to the same
// totals (stretch-rows.test.ts).

/** Where a router sends an item's rows: a rows list's own item index, and the days the list covers. */
interface Target {
  rows: ClaimRows;
  item: number;
  fromDay: number;
  toDay: number;
}

/** What one rows list takes of the household's rows: its members' items (itemMap; null: every item), its days. */
interface RowSink {
  rows: ClaimRows;
  itemMap: Int32Array | null;
  fromDay: number;
  toDay: number;
}

/**
 * Rows of the household's year, passed on to the rows lists they belong to as the drawer adds them,
 * renumbered from the list's first day (its claim rows span only its stretch). A list does not store the
 * rows of an item it prices free under every plan (ClaimRows.inertItems), as the plain simulation does
 * not: they change none of its totals, and the drawer takes their random words all the same.
 */
class RowRouter extends ClaimRows {
  private readonly targets: Target[][];
  private readonly sinks: ClaimRows[];

  constructor(care: CarePlan, sinks: readonly RowSink[], skipInert: boolean) {
    super(care, []);
    this.sinks = sinks.map((s) => s.rows);
    const inert = sinks.map((s) => (skipInert ? s.rows.inertItems() : null));
    // Stays draw their days as they are added (simulate.ts keeps them too).
    const skip = (mask: Uint8Array | null, item: number, i: number): boolean => mask?.[item] === 1 && care.items[i]?.days !== 0;
    this.targets = care.items.map((_, i) =>
      sinks.flatMap((sink, j) => {
        const item = sink.itemMap ? (sink.itemMap[i] as number) : i;
        return item < 0 || skip(inert[j] ?? null, item, i) ? [] : [{ rows: sink.rows, item, fromDay: sink.fromDay, toDay: sink.toDay }];
      }),
    );
  }

  override reset(): void {
    for (const s of this.sinks) s.reset();
  }

  override add(item: number, day: number, allowed: number, days: number): void {
    const targets = this.targets[item] as Target[];
    for (let t = 0; t < targets.length; t++) {
      const target = targets[t] as Target;
      if (day >= target.fromDay && day < target.toDay) target.rows.add(target.item, day - target.fromDay, allowed, days);
    }
  }
}

/**
 * The rows lists of the wanted sets: one per care plan, cut where a set's plan-year stretch starts or ends
 * (the district's July–June plan years cut the family's window at July 1). A list's plans are classed by
 * the stretches they are priced over (FEHB: the whole window; the district's: its two plan years), and each
 * class sets aside the items its own plans price as quick claims (ClaimRows planClass): sharing the one
 * store of the window's rows then hands the engine no more claims than rows of their own would.
 */
function rowsLists(wanted: readonly Wanted[]): RowsList[] {
  const stretches = new Map<CompiledPlan, Set<string>>();
  for (const w of wanted) for (const cp of w.plans) stretches.set(cp, (stretches.get(cp) ?? new Set()).add(`${w.fromDay}-${w.toDay}`));
  const patternOf = (cp: CompiledPlan): string => [...(stretches.get(cp) ?? [])].sort().join();
  const patterns: string[] = [];
  const lists: RowsList[] = [];
  for (const w of wanted) {
    let list = lists.find((l) => l.care === w.care);
    if (!list) lists.push((list = { care: w.care, cuts: [], plans: [], planClass: [] }));
    for (const cp of w.plans) {
      if (list.plans.includes(cp)) continue;
      const pattern = patternOf(cp);
      if (!patterns.includes(pattern)) patterns.push(pattern);
      list.plans.push(cp);
      list.planClass.push(patterns.indexOf(pattern));
    }
    for (const day of [w.fromDay, w.toDay]) if (day > 0 && day < w.care.window.days && !list.cuts.includes(day)) list.cuts.push(day);
  }
  return lists;
}

export interface RoutedRows {
  router: ClaimRows;
  groups: ClaimRows[];
}

/** Every row group's own rows of the year, each row kept (Explain lists every claim of an enrollment). */
export function routedRows(pa: PreparedArrangements): RoutedRows {
  const groups = pa.groups.map((g) => new ClaimRows(stretchCare(g.sub.care, g.fromDay, g.toDay), g.plans));
  const sinks = groups.map((rows, j) => {
    const g = pa.groups[j] as PreparedArrangements['groups'][number];
    return { rows, itemMap: g.sub.itemMap, fromDay: g.fromDay, toDay: g.toDay };
  });
  return { router: new RowRouter(pa.care, sinks, false), groups };
}

export interface UnitYears {
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
}

/**
 * A plan of the plain comparison priced on the arrangements' care plan: its years are drawn once with the
 * arrangements' and written into the plain comparison's years at `index` (its plan context).
 */
export interface JointPlan {
  index: number;
  compiled: CompiledPlan;
}

/**
 * Plans of the plain comparison priced over another plan window whose years draw alike (draws-alike.ts):
 * their years are the arrangements' draw, on that window's own rows (its dates, its members' ages).
 */
export interface AlikeWindow {
  care: CarePlan;
  plans: JointPlan[];
}

/** Where the units' years are written: year k at index k − base. */
export type UnitsOut = UnitYears & { base: number };

/** A set of members priced on a span of a rows list: the whole household's for plain plans, or a row group's. */
interface SpanSet {
  rows: ClaimRows;
  /** The rows' span (ClaimRows.span) of the set's plan-year stretch. */
  span: number;
  set: MemberSet;
  /** The plain comparison's plans priced here (their years go to its outputs), or null for a row group. */
  joint: readonly JointPlan[] | null;
  /** The row group (when joint is null). */
  group: number;
  /** The rows' plan index → the group's (or the joint plan's) index. */
  planOf: Int32Array;
}

/** One rows list per care plan: the window's, cut where its plan-year stretches start and end, and another plan year's. */
interface RowsList {
  care: CarePlan;
  cuts: number[];
  plans: CompiledPlan[];
  /** Per plan: its class (ClaimRows planClass), one per pattern of stretches it is priced over. */
  planClass: number[];
}

/** What the simulator prices on one stretch: a member set under some plans. */
interface Wanted {
  care: CarePlan;
  members: number[];
  fromDay: number;
  toDay: number;
  plans: CompiledPlan[];
  joint: readonly JointPlan[] | null;
  group: number;
}

/**
 * Out of pocket per priced unit, with the drawer, the rows and the sets made once and reused for every
 * range run (the compute pool's workers take the years in chunks). The household's rows of the window are
 * stored once, cut where a plan year starts mid-window (ClaimRows with cuts, row-spans.ts): each row group,
 * and the plain comparison's plans on the window, are priced on them for their own members and stretch
 * (ClaimRows.priceSet on a span) — one sort, one claim list per way of filling it and one set-aside sum per
 * span and year, not per enrollment. A plain plan year that draws alike with the same members prices the
 * window's rows too (pricesOnRowsOf: stored once, not twice); one that draws alike with other ages has a
 * rows list of its own, fed by the same draw (its dates, its members' ages).
 */
export class UnitSimulator {
  private readonly drawer: ReturnType<typeof createYearDrawer>;
  /** Where the draw goes: the window's rows themselves, or a router to every rows list. */
  private readonly target: ClaimRows;
  /** Items the window's rows need not store (only when the draw goes straight to them). */
  private readonly inert: Uint8Array | null;
  private readonly sets: SpanSet[];
  /** Per group and plan: this year's totals, read by the units after every group is priced. */
  private readonly pays: Float64Array[];
  private readonly uncovered: Float64Array[];

  constructor(
    private readonly pa: PreparedArrangements,
    seed: number,
    jointPlans: readonly JointPlan[],
    alike: readonly AlikeWindow[] = [],
  ) {
    this.drawer = createYearDrawer(pa.care, seed);
    const everyone = pa.care.members.map((_, m) => m);
    const whole = (care: CarePlan, joint: readonly JointPlan[]): Wanted => ({
      care,
      members: everyone,
      fromDay: 0,
      toDay: care.window.days,
      plans: joint.map((p) => p.compiled),
      joint,
      group: -1,
    });
    const wanted: Wanted[] = [
      ...(jointPlans.length > 0 ? [whole(pa.care, jointPlans)] : []),
      ...alike.map((w) => whole(pricesOnRowsOf(w.care, pa.care) ? pa.care : w.care, w.plans)),
      ...pa.groups.map((g, group) => ({ care: pa.care, members: g.members, fromDay: g.fromDay, toDay: g.toDay, plans: g.plans, joint: null, group })),
    ];
    // Whoever prices every member of a span goes first: a set of fewer members may then read its year
    // from theirs (ClaimRows.priceSet).
    wanted.sort((a, b) => (b.members.length === everyone.length ? 1 : 0) - (a.members.length === everyone.length ? 1 : 0));
    const lists = rowsLists(wanted);
    const rows = lists.map((l) => new ClaimRows(l.care, l.plans, l.cuts, l.planClass));
    this.sets = wanted.map((w) => {
      const at = lists.findIndex((l) => l.care === w.care);
      const list = lists[at] as RowsList;
      const r = rows[at] as ClaimRows;
      const set = memberSet(
        list.care,
        list.plans.length,
        w.members,
        w.plans.map((cp) => list.plans.indexOf(cp)),
      );
      return {
        rows: r,
        span: r.span(w.fromDay, w.toDay),
        set,
        joint: w.joint,
        group: w.group,
        planOf: Int32Array.from(list.plans, (cp) => w.plans.indexOf(cp)),
      };
    });
    const sinks = rows.map((r, j) => ({ rows: r, itemMap: null, fromDay: 0, toDay: (lists[j] as RowsList).care.window.days }));
    this.target = rows.length === 1 ? (rows[0] as ClaimRows) : new RowRouter(pa.care, sinks, true);
    this.inert = rows.length === 1 ? (rows[0] as ClaimRows).inertItems() : null;
    this.pays = pa.groups.map((g) => new Float64Array(g.plans.length));
    this.uncovered = pa.groups.map((g) => new Float64Array(g.plans.length));
  }

  /** Years [from, to) of every unit into `out`; also fills the joint plans' years of `plain`. */
  run(from: number, to: number, out: UnitsOut, plain: YearsOut, checkpoint: Checkpoint = () => {}): void {
    const { pa } = this;
    // Nothing to price on the draw (every unit reads a plain plan's years): no draw either.
    if (this.sets.length > 0) this.simulate(from, to, out, plain, checkpoint);
    // A unit the plain comparison prices reads its years.
    pa.units.forEach((unit, u) => {
      if (unit.fromContext === null) return;
      const oop = plain.outOfPocket[unit.fromContext];
      const nc = plain.notCovered[unit.fromContext];
      if (!oop || !nc) throw new RangeError('an arrangement reuses a plan the plain comparison did not simulate');
      (out.outOfPocket[u] as Float64Array).set(oop.subarray(from - plain.base, to - plain.base), from - out.base);
      (out.notCovered[u] as Float64Array).set(nc.subarray(from - plain.base, to - plain.base), from - out.base);
    });
  }

  private simulate(from: number, to: number, out: UnitsOut, plain: YearsOut, checkpoint: Checkpoint): void {
    const { drawer, target, inert, sets, pays, uncovered } = this;
    let slot = 0;
    let jointSlot = 0;
    let current = sets[0] as SpanSet;
    const record = (p: number, totals: YearTotals): void => {
      const q = current.planOf[p] as number;
      if (current.joint !== null) {
        const index = (current.joint[q] as JointPlan).index;
        (plain.outOfPocket[index] as Float64Array)[jointSlot] = totals.memberPaysCents;
        (plain.notCovered[index] as Float64Array)[jointSlot] = totals.notCoveredCents;
      } else {
        (pays[current.group] as Float64Array)[q] = totals.memberPaysCents;
        (uncovered[current.group] as Float64Array)[q] = totals.notCoveredCents;
      }
    };
    const units = this.pa.units;
    for (let k = from; k < to; k++) {
      if ((k & 63) === 0) checkpoint();
      slot = k - out.base;
      jointSlot = k - plain.base;
      drawer.draw(k, target, inert);
      for (let i = 0; i < sets.length; i++) {
        current = sets[i] as SpanSet;
        current.rows.priceSet(current.set, record, null, current.span);
      }
      for (let u = 0; u < units.length; u++) {
        const unit = units[u] as PricedUnit;
        if (unit.fromContext !== null) continue;
        let oop = 0;
        let nc = 0;
        for (const part of unit.parts) {
          oop += (pays[part.group] as Float64Array)[part.plan] as number;
          nc += (uncovered[part.group] as Float64Array)[part.plan] as number;
        }
        (out.outOfPocket[u] as Float64Array)[slot] = oop;
        (out.notCovered[u] as Float64Array)[slot] = nc;
      }
    }
  }
}
