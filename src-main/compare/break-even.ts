import { createFastTotals, priceTotalsFast, toFastInput, type FastClaims, type FastHousehold } from '../engine';
import { yearTotal } from './cost-basis';
import type { PlanContext } from './plan-context';

// Break-even: each plan's yearly total as a function of the household's total allowed spending. The
// typical year's claims are scaled by one factor (same visits and dates, every price × f) so the curves
// keep the plan's real deductible, copays, coinsurance and limits. Where the cheapest plan changes, the
// spending level is found by bisection to within a dollar.

export interface SpendingCurves {
  /** Allowed total of each plan's typical year (the point f = 1). */
  baseAllowedCents: number[];
  /** The plan's yearly total at a household allowed spending of `allowedCents`; null if its premium is unknown. */
  totalAt(plan: number, allowedCents: number): number | null;
}

export function createSpendingCurves(plans: readonly PlanContext[]): SpendingCurves {
  const prepared = plans.map((ctx) => {
    const input = toFastInput(ctx.compiled, ctx.care.members, ctx.typicalClaims);
    const n = input.claims.count;
    const base = Float64Array.from(input.claims.allowedCents.subarray(0, n));
    const scaled: FastClaims = { ...input.claims, allowedCents: new Float64Array(Math.max(1, n)) };
    const baseTotal = base.reduce((a, b) => a + b, 0);
    return { household: input.household as FastHousehold, base, scaled, baseTotal };
  });
  const totals = createFastTotals(20);
  return {
    baseAllowedCents: prepared.map((p) => p.baseTotal),
    totalAt(plan, allowedCents) {
      const ctx = plans[plan] as PlanContext;
      const p = prepared[plan] as (typeof prepared)[number];
      const f = p.baseTotal > 0 ? allowedCents / p.baseTotal : 0;
      for (let i = 0; i < p.base.length; i++) p.scaled.allowedCents[i] = Math.round((p.base[i] as number) * f);
      priceTotalsFast(ctx.compiled, p.household, p.scaled, totals);
      return yearTotal(ctx.basis, totals.memberPaysCents);
    },
  };
}

export interface BreakEvenPoint {
  allowedCents: number;
  cheaperBelowPlanId: string;
  cheaperAbovePlanId: string;
}

export interface BreakEven {
  available: boolean;
  message: string;
  typicalAllowedCents: number;
  grid: { allowedCents: number; totalsCents: Record<string, number | null>; cheapestPlanId: string | null }[];
  points: BreakEvenPoint[];
}

const GRID_STEPS = 40;

/** Index of the cheapest plan with a known total at this spending (ties go to the earlier plan), or -1. */
function cheapestAt(curves: SpendingCurves, count: number, allowed: number): number {
  let best = -1;
  let bestTotal = Infinity;
  for (let p = 0; p < count; p++) {
    const t = curves.totalAt(p, allowed);
    if (t !== null && t < bestTotal) {
      best = p;
      bestTotal = t;
    }
  }
  return best;
}

export function breakEven(plans: readonly PlanContext[], curves: SpendingCurves = createSpendingCurves(plans)): BreakEven {
  const ids = plans.map((p) => p.plan.id);
  const typical = Math.max(0, ...curves.baseAllowedCents);
  const known = plans.filter((p) => p.basis.premiumBasisCents !== null).length;
  const empty: BreakEven = { available: false, message: '', typicalAllowedCents: typical, grid: [], points: [] };
  if (known < 2) return { ...empty, message: 'Break-even needs at least two plans with a known premium.' };
  if (typical === 0) return { ...empty, message: 'The household expects no care to scale, so there is no break-even to show.' };

  // Far enough that every plan's out-of-pocket limit is reached even at 10% coinsurance, rounded up to
  // whole thousands of dollars.
  const highestLimit = Math.max(...plans.map((p) => p.oopLimitCents));
  const top = Math.min(100_000_000, Math.ceil(Math.max(2 * typical, 10 * highestLimit) / 100_000) * 100_000);
  const grid: BreakEven['grid'] = [];
  for (let s = 0; s <= GRID_STEPS; s++) {
    const allowedCents = Math.round((top * s) / GRID_STEPS);
    const totalsCents: Record<string, number | null> = {};
    plans.forEach((_, p) => (totalsCents[ids[p] as string] = curves.totalAt(p, allowedCents)));
    const c = cheapestAt(curves, plans.length, allowedCents);
    grid.push({ allowedCents, totalsCents, cheapestPlanId: c >= 0 ? (ids[c] as string) : null });
  }

  const points: BreakEvenPoint[] = [];
  for (let s = 0; s < GRID_STEPS; s++) {
    let lo = (grid[s] as (typeof grid)[number]).allowedCents;
    const end = (grid[s + 1] as (typeof grid)[number]).allowedCents;
    const target = cheapestAt(curves, plans.length, end);
    // Walk every change between two grid points, not only the first.
    while (cheapestAt(curves, plans.length, lo) !== target) {
      const from = cheapestAt(curves, plans.length, lo);
      let a = lo;
      let b = end;
      while (b - a > 100) {
        const mid = Math.floor((a + b) / 2);
        if (cheapestAt(curves, plans.length, mid) === from) a = mid;
        else b = mid;
      }
      points.push({ allowedCents: b, cheaperBelowPlanId: ids[from] as string, cheaperAbovePlanId: ids[cheapestAt(curves, plans.length, b)] as string });
      lo = b;
    }
  }
  const message =
    points.length === 0
      ? 'The same plan costs least at every level of spending shown.'
      : `The cheapest plan changes ${points.length === 1 ? 'once' : `${points.length} times`} as spending rises.`;
  return { available: true, message, typicalAllowedCents: typical, grid, points };
}
