import type { CompiledPlan } from '../engine';
import type { CarePlan } from './care-items';
import { ClaimRows } from './claim-rows';
import { lognormalTable, QUANTILES } from './lognormal-table';
import { Rng } from './prng';

// Monte Carlo: many possible years of the same household. Each simulated year draws every expected
// count from a Poisson distribution around its mean (so rare events such as admissions happen in some
// years and not others), puts each occurrence on a random day, and draws its price from a lognormal with
// the table price as its mean (lognormal-table.ts). Scheduled items keep their days; their prices vary
// the same way. Every plan prices the same simulated years (common random numbers), so "plan A was
// cheaper in 62% of years" compares like with like. Year k uses its own random stream (seed, k): the
// result does not depend on how many plans are priced or in which order.

export interface SimulationOutput {
  years: number;
  /** What the household paid out of pocket, per plan (outer) and simulated year (inner). */
  outOfPocket: Float64Array[];
  /** The part of it the plan did not cover (past visit limits, not covered): outside the OOP limit. */
  notCovered: Float64Array[];
  /** Total allowed amount of each simulated year (the same for every plan). */
  allowed: Float64Array;
}

export function simulateYears(care: CarePlan, plans: readonly CompiledPlan[], years: number, seed: number): SimulationOutput {
  const items = care.items;
  const n = items.length;
  // Item fields as flat arrays: the loop below runs about a million times per comparison.
  const itemExpected = Uint8Array.from(items, (it) => (it.kind === 'expected' ? 1 : 0));
  const itemLambda = Float64Array.from(items, (it) => it.expected);
  const itemLimit = Float64Array.from(items, (it) => Math.exp(-it.expected));
  const itemFrom = Int32Array.from(items, (it) => it.from);
  const itemAllowed = Float64Array.from(items, (it) => it.allowedCents);
  const itemPerDay = Uint8Array.from(items, (it) => (it.perDay ? 1 : 0));
  const itemDays = Int32Array.from(items, (it) => it.days);
  const itemSpread = items.map((it) => lognormalTable(it.spread));
  const windowDays = care.window.days;
  const meanExtraDays = Math.max(0, care.admissionMeanDays - 1);
  const extraDaysLimit = Math.exp(-meanExtraDays);
  const rows = new ClaimRows(care, plans);

  const out: SimulationOutput = {
    years,
    outOfPocket: plans.map(() => new Float64Array(years)),
    notCovered: plans.map(() => new Float64Array(years)),
    allowed: new Float64Array(years),
  };

  const rng = new Rng(seed, 0);
  let k = 0;
  const record = (p: number, totals: { memberPaysCents: number; notCoveredCents: number }): void => {
    (out.outOfPocket[p] as Float64Array)[k] = totals.memberPaysCents;
    (out.notCovered[p] as Float64Array)[k] = totals.notCoveredCents;
  };
  for (k = 0; k < years; k++) {
    rng.reseed(seed, k);
    rows.reset();
    for (let i = 0; i < n; i++) {
      const expected = itemExpected[i] === 1;
      const offsets = items[i]?.offsets as number[];
      const count = expected ? rng.poissonWithLimit(itemLambda[i] as number, itemLimit[i] as number) : offsets.length;
      const from = itemFrom[i] as number;
      const span = windowDays - from;
      const table = itemSpread[i] as Float64Array;
      const fixedDays = itemDays[i] as number;
      for (let j = 0; j < count; j++) {
        // One 32-bit draw gives both the price (low 12 bits: one of 4,096 quantiles) and the day (high 20).
        const bits = rng.nextU32();
        const factor = table[bits & (QUANTILES - 1)] as number;
        const day = expected ? from + Math.floor(((bits >>> 12) * span) / 1_048_576) : (offsets[j] as number);
        const days = fixedDays === 0 ? 1 + rng.poissonWithLimit(meanExtraDays, extraDaysLimit) : fixedDays;
        rows.add(i, day, Math.round((itemAllowed[i] as number) * (itemPerDay[i] === 1 ? days : 1) * factor), days);
      }
    }
    out.allowed[k] = rows.allowedTotal;
    rows.price(record);
  }
  return out;
}
