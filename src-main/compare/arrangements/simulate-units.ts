import type { CarePlan } from '../care-items';
import { ClaimRows, type YearTotals } from '../claim-rows';
import { createYearDrawer, type Checkpoint, type YearsOut } from '../simulate';
import type { CompiledPlan } from '../../engine';
import type { PreparedArrangements, PricedUnit } from './prepare';
import { stretchCare } from './sub-care';

// The arrangements' simulated years: year k is drawn once for the whole household from the same random
// stream (seed, k) as the plain comparison (common random numbers), and each of its rows is routed to the
// row groups of its member that cover its day. Each group is then priced under each of its plans, once:
// every arrangement that contains an enrollment reads the same priced unit.

/** Where a router sends an item's rows: a group's own item index, and the days the group covers. */
interface Target {
  rows: ClaimRows;
  item: number;
  fromDay: number;
  toDay: number;
}

/**
 * Rows of the household's year, passed on to the groups they belong to as the drawer adds them, renumbered
 * from the group's first day (its claim rows span only its stretch). A group does not store the rows of
 * an item it prices free under every plan (ClaimRows.inertItems), as the plain simulation does not: they
 * change none of its totals, and the drawer takes their random words all the same. `whole`: the plain
 * comparison's rows on the same care plan, which take every row as simulate.ts would give it them.
 */
class RowRouter extends ClaimRows {
  private readonly targets: Target[][];
  private readonly sinks: ClaimRows[];

  constructor(care: CarePlan, groups: readonly ClaimRows[], pa: PreparedArrangements, skipInert: boolean, whole: ClaimRows | null = null) {
    super(care, []);
    this.sinks = whole ? [whole, ...groups] : [...groups];
    const inert = groups.map((rows) => (skipInert ? rows.inertItems() : null));
    const wholeInert = whole?.inertItems() ?? null;
    // Stays draw their days as they are added (simulate.ts keeps them too).
    const skip = (mask: Uint8Array | null, item: number, i: number): boolean => mask?.[item] === 1 && care.items[i]?.days !== 0;
    this.targets = care.items.map((_, i) => [
      ...(whole && !skip(wholeInert, i, i) ? [{ rows: whole, item: i, fromDay: 0, toDay: care.window.days }] : []),
      ...pa.groups.flatMap((g, j) => {
        const item = g.sub.itemMap[i] as number;
        return item < 0 || skip(inert[j] ?? null, item, i) ? [] : [{ rows: groups[j] as ClaimRows, item, fromDay: g.fromDay, toDay: g.toDay }];
      }),
    ]);
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

export interface RoutedRows {
  router: ClaimRows;
  groups: ClaimRows[];
}

/** `skipInert`: for the simulation; Explain keeps every row, to list every claim. */
export function routedRows(pa: PreparedArrangements, skipInert = false, whole: ClaimRows | null = null): RoutedRows {
  const groups = pa.groups.map((g) => new ClaimRows(stretchCare(g.sub.care, g.fromDay, g.toDay), g.plans));
  return { router: new RowRouter(pa.care, groups, pa, skipInert, whole), groups };
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

/** Where the units' years are written: year k at index k − base. */
export type UnitsOut = UnitYears & { base: number };

/**
 * Out of pocket per priced unit, with the drawer, the router and the groups' claim rows made once and
 * reused for every range run (the compute pool's workers take the years in chunks).
 */
export class UnitSimulator {
  private readonly drawer: ReturnType<typeof createYearDrawer>;
  private readonly whole: ClaimRows | null;
  private readonly router: ClaimRows;
  private readonly groups: ClaimRows[];
  /** Per group and plan: this year's totals, read by the units after every group is priced. */
  private readonly pays: Float64Array[];
  private readonly uncovered: Float64Array[];

  constructor(
    private readonly pa: PreparedArrangements,
    seed: number,
    private readonly jointPlans: readonly JointPlan[],
  ) {
    this.drawer = createYearDrawer(pa.care, seed);
    this.whole =
      jointPlans.length > 0
        ? new ClaimRows(
            pa.care,
            jointPlans.map((p) => p.compiled),
          )
        : null;
    const routed = routedRows(pa, true, this.whole);
    this.router = routed.router;
    this.groups = routed.groups;
    this.pays = pa.groups.map((g) => new Float64Array(g.plans.length));
    this.uncovered = pa.groups.map((g) => new Float64Array(g.plans.length));
  }

  /** Years [from, to) of every unit into `out`; also fills the joint plans' years of `plain`. */
  run(from: number, to: number, out: UnitsOut, plain: YearsOut, checkpoint: Checkpoint = () => {}): void {
    const { pa, jointPlans } = this;
    if (pa.groups.length > 0 || jointPlans.length > 0) this.simulate(from, to, out, plain, checkpoint);
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
    const { drawer, whole, router, groups, pays, uncovered, jointPlans } = this;
    let slot = 0;
    let jointSlot = 0;
    const recordJoint = (p: number, totals: YearTotals): void => {
      const index = (jointPlans[p] as JointPlan).index;
      (plain.outOfPocket[index] as Float64Array)[jointSlot] = totals.memberPaysCents;
      (plain.notCovered[index] as Float64Array)[jointSlot] = totals.notCoveredCents;
    };
    let gp = pays[0] as Float64Array;
    let gu = uncovered[0] as Float64Array;
    const recordGroup = (p: number, totals: YearTotals): void => {
      gp[p] = totals.memberPaysCents;
      gu[p] = totals.notCoveredCents;
    };
    const units = this.pa.units;
    for (let k = from; k < to; k++) {
      if ((k & 63) === 0) checkpoint();
      slot = k - out.base;
      jointSlot = k - plain.base;
      drawer.draw(k, router);
      whole?.price(recordJoint);
      for (let g = 0; g < groups.length; g++) {
        gp = pays[g] as Float64Array;
        gu = uncovered[g] as Float64Array;
        (groups[g] as ClaimRows).price(recordGroup);
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
