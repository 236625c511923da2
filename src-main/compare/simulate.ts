import type { CompiledPlan } from '../engine';
import type { CarePlan } from './care-items';
import { ClaimRows, type LazyItems } from './claim-rows';
import { lognormalTable, QUANTILES } from './lognormal-table';
import { drawPoisson, poissonOfWord, poissonTable, TABLED_MAX_LAMBDA, zeroBelow, type PoissonTable } from './poisson-table';
import { Rng } from './prng';

// Monte Carlo: many possible years of the same household. Each simulated year draws every expected
// count from a Poisson distribution around its mean (so rare events such as admissions happen in some
// years and not others), puts each occurrence on a random day, and draws its price from a lognormal with
// the table price as its mean (lognormal-table.ts). Scheduled items keep their days; their prices vary
// the same way. Every plan prices the same simulated years (common random numbers), so "plan A was
// cheaper in 62% of years" compares like with like. Year k uses its own random stream (seed, k): the
// result does not depend on how many plans are priced, in which order, or how the years are split
// between workers — and any one year can be drawn again on its own to be explained claim by claim.

export interface SimulationOutput {
  /** The simulated years this output holds: [from, to). */
  from: number;
  to: number;
  /** What the household paid out of pocket, per plan (outer) and simulated year (inner, year − from). */
  outOfPocket: Float64Array[];
  /** The part of it the plan did not cover (past visit limits, not covered): outside the OOP limit. */
  notCovered: Float64Array[];
}

/** Called between years; throwing from it (the work was cancelled) stops the simulation there. */
export type Checkpoint = () => void;

/** The per-item constants of the draw, as flat arrays: the loop below runs about a million times. */
class YearDrawer {
  private readonly expected: Uint8Array;
  private readonly lambda: Float64Array;
  private readonly limit: Float64Array;
  /** The count's table for a mean up to TABLED_MAX_LAMBDA (one random word per count), else null. */
  private readonly counts: (PoissonTable | null)[];
  /** Per tabled item: words below this draw no occurrence (0 for the others). */
  private readonly zeroBelow: Float64Array;
  private readonly from: Int32Array;
  private readonly allowed: Float64Array;
  private readonly perDay: Uint8Array;
  private readonly days: Int32Array;
  private readonly spread: Float64Array[];
  private readonly offsets: number[][];
  private readonly extraDays: PoissonTable;
  private readonly rng = new Rng(0, 0);

  constructor(
    private readonly care: CarePlan,
    private readonly seed: number,
  ) {
    const items = care.items;
    this.expected = Uint8Array.from(items, (it) => (it.kind === 'expected' ? 1 : 0));
    this.lambda = Float64Array.from(items, (it) => it.expected);
    this.limit = Float64Array.from(items, (it) => Math.exp(-it.expected));
    this.counts = items.map((it) => (it.kind === 'expected' && it.expected <= TABLED_MAX_LAMBDA ? poissonTable(it.expected) : null));
    this.zeroBelow = Float64Array.from(this.counts, (table) => (table ? zeroBelow(table) : 0));
    this.from = Int32Array.from(items, (it) => it.from);
    this.allowed = Float64Array.from(items, (it) => it.allowedCents);
    this.perDay = Uint8Array.from(items, (it) => (it.perDay ? 1 : 0));
    this.days = Int32Array.from(items, (it) => it.days);
    this.spread = items.map((it) => lognormalTable(it.spread));
    this.offsets = items.map((it) => it.offsets);
    this.extraDays = poissonTable(Math.min(TABLED_MAX_LAMBDA, Math.max(0, care.admissionMeanDays - 1)));
  }

  /**
   * Per item of `lazy`: the first of the 4,096 price quantiles from which an occurrence is allowed at
   * least the item's maxPay (every quantile from there on is too), or −1 for an item whose rows are stored.
   */
  lazyFrom(lazy: LazyItems): Int32Array {
    return Int32Array.from(lazy.maxPay, (max, i) => {
      // A stay draws its length with more words: never lazy.
      if (max < 0 || this.days[i] === 0) return -1;
      const spread = this.spread[i] as Float64Array;
      const base = this.allowed[i] as number;
      let from = QUANTILES;
      // From the top down, the very amounts the draw below computes.
      while (from > 0 && Math.round(base * (spread[from - 1] as number)) >= max) from--;
      return from;
    });
  }

  /**
   * Fills `rows` with simulated year k's claims; an item `inert` marks (free under every plan priced, so
   * its rows change no total) is drawn but not stored — the random words it takes are taken all the same,
   * so every other item, and the year explained claim by claim later, gets the same draws. An item with a
   * `lazyFrom` position is not stored either: its quick claims are summed into the rows (addQuickCount),
   * and price() has the year drawn again without `lazyFrom` (every row stored) when it needs their days.
   */
  draw(k: number, rows: ClaimRows, inert: Uint8Array | null = null, lazyFrom: Int32Array | null = null): void {
    const rng = this.rng;
    const windowDays = this.care.window.days;
    rng.reseed(this.seed, k);
    rows.reset();
    // Locals, not property loads: this loop runs for every item of every simulated year.
    const {
      expected: isExpected,
      offsets: offsetsOf,
      counts,
      zeroBelow: zeroOf,
      lambda,
      limit,
      from: fromOf,
      spread: spreadOf,
      days: daysOf,
      allowed,
      perDay: perDayOf,
      extraDays,
    } = this;
    for (let i = 0; i < isExpected.length; i++) {
      const expected = isExpected[i] === 1;
      const offsets = offsetsOf[i] as number[];
      const table = counts[i] as PoissonTable | null;
      let count: number;
      if (!expected) count = offsets.length;
      else if (table !== null) {
        const word = rng.nextU32();
        count = word < (zeroOf[i] as number) ? 0 : poissonOfWord(table, word);
      } else count = rng.poissonWithLimit(lambda[i] as number, limit[i] as number);
      if (count === 0) continue;
      const fixedDays = daysOf[i] as number;
      if (inert !== null && inert[i] === 1 && fixedDays !== 0) {
        for (let j = 0; j < count; j++) rng.nextU32();
        continue;
      }
      const spread = spreadOf[i] as Float64Array;
      const base = allowed[i] as number;
      const lazy = lazyFrom === null ? -1 : (lazyFrom[i] as number);
      if (lazy >= 0) {
        // One word per occurrence, as stored rows take; only its price quantile is read.
        let full = 0;
        for (let j = 0; j < count; j++) {
          const q = rng.nextU32() & (QUANTILES - 1);
          if (q >= lazy) full++;
          else rows.addQuick(i, Math.round(base * (spread[q] as number)));
        }
        if (full > 0) rows.addQuickCount(i, full);
        continue;
      }
      const from = fromOf[i] as number;
      const span = windowDays - from;
      const perDay = perDayOf[i] === 1;
      for (let j = 0; j < count; j++) {
        // One 32-bit draw gives both the price (low 12 bits: one of 4,096 quantiles) and the day (high 20:
        // (high × span) / 2^20, an integer product below 2^29, so the shift is the exact floor).
        const bits = rng.nextU32();
        const factor = spread[bits & (QUANTILES - 1)] as number;
        const day = expected ? from + (((bits >>> 12) * span) >>> 20) : (offsets[j] as number);
        const days = fixedDays === 0 ? 1 + drawPoisson(extraDays, rng) : fixedDays;
        rows.add(i, day, Math.round(base * (perDay ? days : 1) * factor), days);
      }
    }
  }
}

/** Where simulated years are written: per plan (outer), year k at index k − base. */
export interface YearsOut {
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
  base: number;
}

/**
 * The household's years under the plans, with the drawer and the claim rows made once and reused for
 * every range run: the compute pool's workers take the years in small chunks as they go (compute/
 * protocol.ts), and making a year's memory anew costs about half a millisecond.
 */
export class YearSimulator {
  private readonly drawer: YearDrawer;
  private readonly rows: ClaimRows;
  private readonly inert: Uint8Array;
  private readonly lazyFrom: Int32Array;

  constructor(care: CarePlan, plans: readonly CompiledPlan[], seed: number) {
    this.drawer = new YearDrawer(care, seed);
    this.rows = new ClaimRows(care, plans);
    this.inert = this.rows.inertItems();
    this.lazyFrom = this.drawer.lazyFrom(this.rows.lazyItems());
  }

  /** Simulates years [from, to) into `out`. */
  run(from: number, to: number, out: YearsOut, checkpoint: Checkpoint = () => {}): void {
    const { drawer, rows, inert, lazyFrom } = this;
    let slot = 0;
    let year = 0;
    // The year again with every row stored, for the rare plan-year near an out-of-pocket limit.
    const whole = (): void => drawer.draw(year, rows, inert);
    const record = (p: number, totals: { memberPaysCents: number; notCoveredCents: number }): void => {
      (out.outOfPocket[p] as Float64Array)[slot] = totals.memberPaysCents;
      (out.notCovered[p] as Float64Array)[slot] = totals.notCoveredCents;
    };
    for (let k = from; k < to; k++) {
      // A cancelled comparison stops within a few years' work, not at the end of ten thousand.
      if ((k & 63) === 0) checkpoint();
      slot = k - out.base;
      year = k;
      drawer.draw(k, rows, inert, lazyFrom);
      rows.price(record, whole);
    }
  }
}

/** Simulates years [from, to) of the household under every plan. */
export function simulateYears(
  care: CarePlan,
  plans: readonly CompiledPlan[],
  seed: number,
  from: number,
  to: number,
  checkpoint: Checkpoint = () => {},
): SimulationOutput {
  const n = Math.max(0, to - from);
  const out: SimulationOutput = {
    from,
    to,
    outOfPocket: plans.map(() => new Float64Array(n)),
    notCovered: plans.map(() => new Float64Array(n)),
  };
  new YearSimulator(care, plans, seed).run(from, to, { ...out, base: from }, checkpoint);
  return out;
}

/** Simulated year k drawn again on its own, as the claim list one plan prices (to explain it line by line). */
export function simulatedYearRows(care: CarePlan, plans: readonly CompiledPlan[], seed: number, k: number): ClaimRows {
  const rows = new ClaimRows(care, plans);
  new YearDrawer(care, seed).draw(k, rows);
  return rows;
}

/** A drawer of the household's years into any rows (arrangements route one draw to each enrollment's members). */
export function createYearDrawer(care: CarePlan, seed: number): Pick<YearDrawer, 'draw' | 'lazyFrom'> {
  return new YearDrawer(care, seed);
}
