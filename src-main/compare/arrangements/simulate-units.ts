import type { CarePlan } from '../care-items';
import { ClaimRows, type YearTotals } from '../claim-rows';
import { createYearDrawer, type Checkpoint } from '../simulate';
import type { PreparedArrangements } from './prepare';
import { stretchCare } from './sub-care';

// The arrangements' simulated years: year k is drawn once for the whole household from the same random
// stream (seed, k) as the plain comparison (common random numbers), and each of its rows is routed to the
// row groups of its member that cover its day. Each group is then priced under each of its plans, once:
// every arrangement that contains an enrollment reads the same priced unit.

/**
 * Rows of the household's year, passed on to the groups they belong to as the drawer adds them, renumbered
 * from the group's first day (its claim rows span only its stretch). A group does not store the rows of
 * an item it prices free under every plan (ClaimRows.inertItems), as the plain simulation does not: they
 * change none of its totals, and the drawer takes their random words all the same.
 */
class RowRouter extends ClaimRows {
  private readonly targets: { rows: ClaimRows; item: number; fromDay: number; toDay: number }[][];

  constructor(
    care: CarePlan,
    private readonly sinks: readonly ClaimRows[],
    pa: PreparedArrangements,
    skipInert: boolean,
  ) {
    super(care, []);
    const inert = sinks.map((rows) => (skipInert ? rows.inertItems() : null));
    this.targets = care.items.map((it, i) =>
      pa.groups.flatMap((g, j) => {
        const item = g.sub.itemMap[i] as number;
        // Stays draw their days as they are added (simulate.ts keeps them too).
        if (item < 0 || (inert[j]?.[item] === 1 && it.days !== 0)) return [];
        return [{ rows: sinks[j] as ClaimRows, item, fromDay: g.fromDay, toDay: g.toDay }];
      }),
    );
  }

  override reset(): void {
    for (const s of this.sinks) s.reset();
  }

  override add(item: number, day: number, allowed: number, days: number): void {
    const targets = this.targets[item] as RowRouter['targets'][number];
    for (let t = 0; t < targets.length; t++) {
      const target = targets[t] as (typeof targets)[number];
      if (day >= target.fromDay && day < target.toDay) target.rows.add(target.item, day - target.fromDay, allowed, days);
    }
  }
}

export interface RoutedRows {
  router: ClaimRows;
  groups: ClaimRows[];
}

/** `skipInert`: for the simulation; Explain keeps every row, to list every claim. */
export function routedRows(pa: PreparedArrangements, skipInert = false): RoutedRows {
  const groups = pa.groups.map((g) => new ClaimRows(stretchCare(g.sub.care, g.fromDay, g.toDay), g.plans));
  return { router: new RowRouter(pa.care, groups, pa, skipInert), groups };
}

export interface UnitYears {
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
}

/** Out of pocket per priced unit for simulated years [from, to). */
export function simulateUnits(
  pa: PreparedArrangements,
  seed: number,
  from: number,
  to: number,
  checkpoint: Checkpoint = () => {},
  plain?: UnitYears,
): UnitYears {
  const n = Math.max(0, to - from);
  // A unit the plain comparison already priced reads its years (a copy: the plain ones are transferred).
  const reused = (u: number, of: 'outOfPocket' | 'notCovered'): Float64Array => {
    const ctx = pa.units[u]?.fromContext ?? null;
    const years = ctx === null ? undefined : plain?.[of][ctx];
    if (ctx !== null && !years) throw new RangeError('an arrangement reuses a plan the plain comparison did not simulate');
    return years ? Float64Array.from(years) : new Float64Array(n);
  };
  const out: UnitYears = { outOfPocket: pa.units.map((_, u) => reused(u, 'outOfPocket')), notCovered: pa.units.map((_, u) => reused(u, 'notCovered')) };
  if (pa.groups.length === 0) return out;
  const drawer = createYearDrawer(pa.care, seed);
  const { router, groups } = routedRows(pa, true);
  // Per group and plan: this year's totals, read by the units after every group is priced.
  const pays = pa.groups.map((g) => new Float64Array(g.plans.length));
  const uncovered = pa.groups.map((g) => new Float64Array(g.plans.length));
  for (let k = from; k < to; k++) {
    if ((k & 63) === 0) checkpoint();
    drawer.draw(k, router);
    groups.forEach((rows, g) => {
      const gp = pays[g] as Float64Array;
      const gu = uncovered[g] as Float64Array;
      rows.price((p: number, totals: YearTotals) => {
        gp[p] = totals.memberPaysCents;
        gu[p] = totals.notCoveredCents;
      });
    });
    const slot = k - from;
    pa.units.forEach((unit, u) => {
      if (unit.fromContext !== null) return;
      let oop = 0;
      let nc = 0;
      for (const part of unit.parts) {
        oop += (pays[part.group] as Float64Array)[part.plan] as number;
        nc += (uncovered[part.group] as Float64Array)[part.plan] as number;
      }
      (out.outOfPocket[u] as Float64Array)[slot] = oop;
      (out.notCovered[u] as Float64Array)[slot] = nc;
    });
  }
  return out;
}
