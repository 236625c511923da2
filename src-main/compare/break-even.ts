import type { CarePlan } from './care-items';
import { ClaimRows } from './claim-rows';
import { yearTotal } from './cost-basis';
import type { PlanContext } from './plan-context';
import { expectedCountsAt, occurrencesOf } from './typical-year';

// Break-even: each plan's yearly total as a function of the household's total allowed spending. More
// spending means more care, not dearer care: the household's expected use is scaled by a factor (0× to
// many times a typical year; counts rounded for the household, so a hospital stay appears once the scaled
// admissions reach one half) while prescriptions and life events stay as entered. That keeps each plan's
// real deductible, copays, coinsurance and limits in play, and a big year looks like a real big year (a
// stay in hospital, not forty dearer office visits). Where the cheapest plan changes, the care scale is
// found by bisection and reported with the allowed spending it makes.

export interface SpendingPoint {
  scale: number;
  allowedCents: number;
  /** Each plan's yearly total, in the comparison's basis; null where the premium is unknown. */
  totals: (number | null)[];
}

export interface SpendingCurves {
  typicalAllowedCents: number;
  at(scale: number): SpendingPoint;
}

export function createSpendingCurves(plans: readonly PlanContext[], checkpoint: () => void = () => {}): SpendingCurves {
  // Plans priced over the same plan year share one set of rows.
  const byCare = new Map<CarePlan, number[]>();
  plans.forEach((ctx, p) => byCare.set(ctx.care, [...(byCare.get(ctx.care) ?? []), p]));
  const groups = new Map<CarePlan, { rows: ClaimRows; planIndexes: number[] }>();
  for (const [care, planIndexes] of byCare) {
    const compiled = planIndexes.map((p) => (plans[p] as PlanContext).compiled);
    groups.set(care, { rows: new ClaimRows(care, compiled), planIndexes });
  }
  const cache = new Map<number, SpendingPoint>();
  // The year moves with the scale only where a rounded count changes: a bisection's later midpoints make
  // the same year as one of its ends (the bench family under 6 plans: 97 scales, 51 distinct years). A year
  // is priced once, by its counts.
  const byCounts = new Map<string, Pick<SpendingPoint, 'allowedCents' | 'totals'>>();
  const at = (scale: number): SpendingPoint => {
    const hit = cache.get(scale);
    if (hit) return hit;
    checkpoint();
    const counts = [...groups.keys()].map((care) => expectedCountsAt(care, scale));
    const key = counts.map((c) => c.join(',')).join('|');
    let year = byCounts.get(key);
    if (!year) {
      year = priceYear(counts);
      byCounts.set(key, year);
    }
    const point = { scale, allowedCents: year.allowedCents, totals: [...year.totals] };
    cache.set(scale, point);
    return point;
  };
  const priceYear = (counts: readonly Int32Array[]): Pick<SpendingPoint, 'allowedCents' | 'totals'> => {
    const totals: (number | null)[] = plans.map(() => null);
    let allowedCents = -1;
    let g = 0;
    for (const [care, { rows, planIndexes }] of groups) {
      rows.reset();
      const occurrences = occurrencesOf(care, counts[g++] as Int32Array);
      care.items.forEach((item, i) => {
        const o = occurrences.get(item);
        if (!o) return;
        const allowed = Math.round(item.allowedCents * (item.perDay ? o.days : 1));
        for (const day of o.offsets) rows.add(i, day, allowed, o.days);
      });
      if (allowedCents < 0) allowedCents = rows.allowedTotal;
      rows.price((local, t) => {
        const p = planIndexes[local] as number;
        totals[p] = yearTotal((plans[p] as PlanContext).basis, t.memberPaysCents);
      });
    }
    return { allowedCents: Math.max(0, allowedCents), totals };
  };
  return { typicalAllowedCents: plans.length > 0 ? at(1).allowedCents : 0, at };
}

export interface BreakEvenPoint {
  careScale: number;
  allowedCents: number;
  cheaperBelowPlanId: string;
  cheaperAbovePlanId: string;
}

export interface BreakEven {
  available: boolean;
  message: string;
  typicalAllowedCents: number;
  grid: { careScale: number; allowedCents: number; totalsCents: Record<string, number | null>; cheapestPlanId: string | null }[];
  points: BreakEvenPoint[];
  beyondLimit: { planId: string; careScale: number; allowedCents: number; text: string }[];
}

const GRID_STEPS = 40;
const MAX_SCALE = 64;

/** The premium plus the out-of-pocket limit less the account money: what the limit promises at most. */
export function limitTotal(ctx: PlanContext): number | null {
  const premium = ctx.basis.premiumBasisCents;
  return premium === null ? null : premium + Math.max(0, ctx.oopLimitCents - ctx.basis.accountCents);
}

/**
 * Where each plan's line first rises above its worst case. It can, honestly: care the plan does not
 * cover (visits past a yearly limit, services it excludes) is outside the out-of-pocket limit.
 */
function beyondLimit(plans: readonly PlanContext[], grid: BreakEven['grid']): BreakEven['beyondLimit'] {
  const out: BreakEven['beyondLimit'] = [];
  for (const ctx of plans) {
    const limit = limitTotal(ctx);
    if (limit === null) continue;
    const first = grid.find((g) => (g.totalsCents[ctx.plan.id] ?? -Infinity) > limit + 0.5);
    if (!first) continue;
    const scale = first.careScale.toFixed(first.careScale < 10 ? 1 : 0);
    out.push({
      planId: ctx.plan.id,
      careScale: first.careScale,
      allowedCents: first.allowedCents,
      text:
        `${ctx.name}'s line passes its worst case (premium plus the out-of-pocket limit) at about ${scale} times the expected care: ` +
        'care the plan does not cover, such as visits past a yearly limit, is outside the limit and is paid on top.',
    });
  }
  return out;
}

/** Index of the cheapest plan with a known total (ties go to the earlier plan), or -1. */
function cheapest(point: SpendingPoint): number {
  let best = -1;
  let bestTotal = Infinity;
  point.totals.forEach((t, p) => {
    if (t !== null && t < bestTotal) {
      best = p;
      bestTotal = t;
    }
  });
  return best;
}

export function breakEven(plans: readonly PlanContext[], curves: SpendingCurves = createSpendingCurves(plans)): BreakEven {
  const ids = plans.map((p) => p.plan.id);
  const typical = curves.typicalAllowedCents;
  const known = plans.filter((p) => p.basis.premiumBasisCents !== null).length;
  const empty: BreakEven = { available: false, message: '', typicalAllowedCents: typical, grid: [], points: [], beyondLimit: [] };
  if (known < 2) return { ...empty, message: 'Break-even needs at least two plans with a known premium.' };
  if (!plans.some((p) => p.care.items.some((i) => i.kind === 'expected'))) {
    return { ...empty, message: 'The household expects no care beyond what was entered as certain, so there is no care to scale for a break-even.' };
  }

  // Far enough that every plan's out-of-pocket limit is reached (or 64 times the expected care).
  let top = 2;
  const saturated = (scale: number): boolean => {
    const point = curves.at(scale);
    return plans.every((ctx, p) => {
      const t = point.totals[p];
      return t === null || t === undefined || (limitTotal(ctx) as number) <= t;
    });
  };
  while (top < MAX_SCALE && !saturated(top)) top *= 2;

  const grid: BreakEven['grid'] = [];
  for (let s = 0; s <= GRID_STEPS; s++) {
    const point = curves.at((top * s) / GRID_STEPS);
    const c = cheapest(point);
    grid.push({
      careScale: point.scale,
      allowedCents: point.allowedCents,
      totalsCents: Object.fromEntries(ids.map((id, p) => [id, point.totals[p] ?? null])),
      cheapestPlanId: c >= 0 ? (ids[c] as string) : null,
    });
  }

  const points: BreakEvenPoint[] = [];
  for (let s = 0; s < GRID_STEPS; s++) {
    let lo = (top * s) / GRID_STEPS;
    const end = (top * (s + 1)) / GRID_STEPS;
    const target = cheapest(curves.at(end));
    // Walk every change between two grid points, not only the first.
    while (cheapest(curves.at(lo)) !== target) {
      const from = cheapest(curves.at(lo));
      let a = lo;
      let b = end;
      for (let i = 0; i < 40 && b - a > 1e-9; i++) {
        const mid = (a + b) / 2;
        if (cheapest(curves.at(mid)) === from) a = mid;
        else b = mid;
      }
      const at = curves.at(b);
      points.push({ careScale: b, allowedCents: at.allowedCents, cheaperBelowPlanId: ids[from] as string, cheaperAbovePlanId: ids[cheapest(at)] as string });
      lo = b;
    }
  }
  const message =
    points.length === 0
      ? 'The same plan costs least at every level of care shown.'
      : `The cheapest plan changes ${points.length === 1 ? 'once' : `${points.length} times`} as the household's care grows.`;
  return { available: true, message, typicalAllowedCents: typical, grid, points, beyondLimit: beyondLimit(plans, grid) };
}
