// Summaries of simulated years. Percentiles use the nearest-rank method on the sorted values, so every
// percentile is a year that was actually simulated (and p10 ≤ p50 ≤ p90 always holds).

export interface Summary {
  meanCents: number;
  p10Cents: number;
  p50Cents: number;
  p90Cents: number;
  minCents: number;
  maxCents: number;
}

/** The value at fraction p (0 < p ≤ 1) of sorted values, nearest rank. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  return sorted[nearestRank(sorted.length, p) - 1] as number;
}

/** The 1-based nearest rank of fraction p (0 < p ≤ 1) among n values. */
export function nearestRank(n: number, p: number): number {
  return Math.min(n, Math.max(1, Math.ceil(p * n)));
}

/**
 * The values at the given 1-based ranks (ascending ranks), as a full sort would give them, found by
 * quickselect on one copy: linear time where sorting ten thousand years per plan was most of the time
 * left after the simulation. Each selection leaves smaller values to its left and larger to its right, so
 * the next rank is searched only to the right of the last.
 */
export function valuesAtRanks(values: Float64Array, ranks: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('no values');
  if (values.length >= BUCKETED_FROM) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return valuesAtRanksBucketed(values, ranks, min, max);
  }
  // slice() copies the memory at once; Float64Array.from walks the values through an iterator.
  const a = values.slice();
  const out: number[] = [];
  let lo = 0;
  for (const rank of ranks) {
    const k = rank - 1;
    if (k < lo || k >= a.length) throw new RangeError(`ranks must ascend within 1..${a.length}, got ${rank}`);
    select(a, lo, a.length - 1, k);
    out.push(a[k] as number);
    lo = k;
  }
  return out;
}

/** From this many values on, valuesAtRanks first finds the stretch of the value range each rank falls in. */
export const BUCKETED_FROM = 1024;
const BUCKETS = 1024;

/**
 * valuesAtRanks by counting: the values' range cut into equal buckets, a pass to count each bucket, and
 * quickselect only among the values of a bucket a rank falls in (a few dozen of ten thousand years). A
 * value's bucket never falls as the value rises, so the values of bucket b are exactly those a sort puts
 * after the values of the buckets before it: the same values as sorting, in two plain passes after the
 * one that found `min` and `max` (24 arrangements' ten thousand years were half of finishing a comparison
 * with quickselect).
 */
function valuesAtRanksBucketed(values: Float64Array, ranks: readonly number[], min: number, max: number): number[] {
  const n = values.length;
  let last = 0;
  for (const rank of ranks) {
    if (rank - 1 < last || rank > n) throw new RangeError(`ranks must ascend within 1..${n}, got ${rank}`);
    last = rank - 1;
  }
  if (!(max > min)) return ranks.map(() => min);
  const scale = BUCKETS / (max - min);
  const bucketOf = new Uint16Array(n);
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < n; i++) {
    // Never negative (min is the least value), so truncating is flooring, in integers.
    const f = (((values[i] as number) - min) * scale) | 0;
    const at = f < BUCKETS ? f : BUCKETS - 1;
    bucketOf[i] = at;
    counts[at] = (counts[at] as number) + 1;
  }
  // Each rank's bucket and its position within it; then one pass gathers those buckets' values.
  const targets: { bucket: number; k: number }[] = [];
  let b = 0;
  let before = 0;
  for (const rank of ranks) {
    while (before + (counts[b] as number) < rank) before += counts[b++] as number;
    targets.push({ bucket: b, k: rank - 1 - before });
  }
  const slotOf = new Int16Array(BUCKETS).fill(-1);
  const gathered: Float64Array[] = [];
  for (const t of targets) {
    if (slotOf[t.bucket] === -1) slotOf[t.bucket] = gathered.push(new Float64Array(counts[t.bucket] as number)) - 1;
  }
  const filled = new Int32Array(gathered.length);
  for (let i = 0; i < n; i++) {
    const slot = slotOf[bucketOf[i] as number] as number;
    if (slot >= 0) {
      const at = filled[slot] as number;
      (gathered[slot] as Float64Array)[at] = values[i] as number;
      filled[slot] = at + 1;
    }
  }
  return targets.map((t) => {
    const a = gathered[slotOf[t.bucket] as number] as Float64Array;
    select(a, 0, a.length - 1, t.k);
    return a[t.k] as number;
  });
}

/** Hoare's quickselect: afterwards a[k] is the value a sort would put there, smaller ones left of it. */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    // Median of three as the pivot: sorted or constant input stays linear.
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** `selected`, when given, receives the exact values at the min, p10, p50, p90 and max ranks (yearMarkers reads them). */
export function summarize(values: Float64Array, selected?: number[]): Summary {
  const n = values.length;
  if (n === 0) throw new RangeError('no values');
  // The least, the most (ranks 1 and n) and the sum in one pass, which the counting selection of the three
  // percentiles starts from: selecting rank 1 would partition the whole array once more for nothing.
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const ranks = [nearestRank(n, 0.1), nearestRank(n, 0.5), nearestRank(n, 0.9)];
  const [p10, p50, p90] = (n >= BUCKETED_FROM ? valuesAtRanksBucketed(values, ranks, min, max) : valuesAtRanks(values, ranks)) as [number, number, number];
  selected?.push(min, p10, p50, p90, max);
  return {
    meanCents: Math.round(sum / n),
    p10Cents: Math.round(p10),
    p50Cents: Math.round(p50),
    p90Cents: Math.round(p90),
    minCents: Math.round(min),
    maxCents: Math.round(max),
  };
}

/**
 * summarize(values) for values[k] = f(source[k]) with f never decreasing, from `sourceSelected` (what
 * summarize(source, selected) selected): sorting the source sorts the values too, so each rank's value is
 * f of the source's — exactly the same number, with one pass for the mean instead of a second selection.
 */
export function summarizeMonotone(values: Float64Array, sourceSelected: readonly number[], f: (v: number) => number, selected?: number[]): Summary {
  if (sourceSelected.length !== 5) throw new RangeError('summarizeMonotone needs the five values summarize selected');
  const [min, p10, p50, p90, max] = sourceSelected.map(f) as [number, number, number, number, number];
  selected?.push(min, p10, p50, p90, max);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return {
    meanCents: Math.round(sum / values.length),
    p10Cents: Math.round(p10),
    p50Cents: Math.round(p50),
    p90Cents: Math.round(p90),
    minCents: Math.round(min),
    maxCents: Math.round(max),
  };
}

/** How many simulated years lie above `threshold` (a share's numerator: years with uncovered care, above a limit). */
export function countAbove(values: Float64Array, threshold: number): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if ((values[k] as number) > threshold) n++;
  return n;
}

/**
 * For each plan, the share of simulated years in which it cost least. Plans whose total is unknown
 * (null) take no part and get null. A year where several plans tie for least is split evenly among
 * them, so the shares of the known plans add up to 1.
 */
export function probabilityCheapest(totals: readonly (Float64Array | null)[]): (number | null)[] {
  const known = totals.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
  const wins = new Float64Array(totals.length);
  const columns = known.map((p) => totals[p] as Float64Array);
  const years = columns.length > 0 ? (columns[0] as Float64Array).length : 0;
  // Plan by plan over every year (long runs down one array each, not a short loop over the plans per
  // year): the least total of each year and how many plans tie with it, taking the plans in the same order
  // a year-by-year pass takes them, so ties are judged alike; then each winner's share of each year, added
  // in year order as before (the same sums, to the last bit).
  const best = new Float64Array(years).fill(Infinity);
  const ties = new Float64Array(years);
  for (const column of columns) {
    for (let k = 0; k < years; k++) {
      const v = column[k] as number;
      const b = best[k] as number;
      // Totals are whole cents; anything within half a cent is the same amount.
      if (v < b - 0.5) {
        best[k] = v;
        ties[k] = 1;
      } else if (Math.abs(v - b) <= 0.5) ties[k] = (ties[k] as number) + 1;
    }
  }
  columns.forEach((column, j) => {
    const p = known[j] as number;
    let w = 0;
    for (let k = 0; k < years; k++) if (Math.abs((column[k] as number) - (best[k] as number)) <= 0.5) w += 1 / (ties[k] as number);
    wins[p] = w;
  });
  return totals.map((t, i) => (t && years > 0 ? (wins[i] as number) / years : null));
}

// ---- Histogram of simulated years ----------------------------------------------------------------
// The percentiles say where most years fall; the histogram shows the shape (a lump of quiet years and a
// long tail of bad ones, say). All plans in one comparison share one set of bands so their bars line up.

export interface Histogram {
  /** Ascending band edges in cents, one more than there are bands. A band is [edge, next edge). */
  binEdgesCents: number[];
  /** Simulated years in each band; they add up to the number of simulated years. */
  counts: number[];
}

/** At most this many bands; the chosen step usually gives 15–30 (each step is at most twice the last). */
export const MAX_BANDS = 30;

/** Band widths in cents, smallest first: $1, $2, $5, then $10, $20, $25, $50 and the same × 10, × 100 … */
function* roundSteps(): Generator<number> {
  yield* [100, 200, 500];
  for (let scale = 1_000; ; scale *= 10) for (const m of [1, 2, 2.5, 5]) yield m * scale;
}

/**
 * One set of evenly spaced band edges covering every plan's lowest to highest simulated total: the
 * smallest round step that needs at most MAX_BANDS bands. Edges are multiples of the step, and the last
 * edge lies above the highest total, so every total (rounded to the cent, as the summary rounds it)
 * falls in exactly one band. Null when no plan has a known total.
 */
export function sharedBandEdges(ranges: readonly Pick<Summary, 'minCents' | 'maxCents'>[]): number[] | null {
  if (ranges.length === 0) return null;
  const lo = Math.min(...ranges.map((r) => r.minCents));
  const hi = Math.max(...ranges.map((r) => r.maxCents));
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo > hi) {
    throw new RangeError(`histogram bands need whole-cent totals with min ≤ max, got ${lo} and ${hi}`);
  }
  for (const step of roundSteps()) {
    const first = Math.floor(lo / step);
    const bands = Math.floor(hi / step) - first + 1;
    if (bands <= MAX_BANDS) return Array.from({ length: bands + 1 }, (_, i) => (first + i) * step);
  }
  throw new Error('unreachable: the steps grow without bound');
}

/**
 * Counts the simulated totals in each band, in one pass. `edges` must be evenly spaced (as
 * sharedBandEdges makes them), which turns finding a band into one division.
 */
export function histogram(values: Float64Array, edges: readonly number[]): Histogram {
  const first = edges[0];
  const second = edges[1];
  if (first === undefined || second === undefined) throw new RangeError('a histogram needs at least one band (two edges)');
  const step = second - first;
  const bands = edges.length - 1;
  const counts = new Int32Array(bands);
  // A total counts in the band of its value rounded to the cent (as the summary rounds it). With whole-cent
  // edges that is the band whose edges less half a cent hold the unrounded total (Math.round(v) ≥ edge
  // exactly when v ≥ edge − ½, and edge − ½ is an exact double): no rounding per year (it was most of the
  // time here, for 24 arrangements' years), a multiplication for the band and two exact comparisons with
  // the edges that move it one band where the product lands a band off at an edge. lows[b] is band b's
  // first edge less half a cent; past the last band, nothing is low enough.
  const lows = new Float64Array(bands + 2).fill(Infinity);
  for (let b = 0; b <= bands; b++) lows[b] = (edges[b] as number) - 0.5;
  const low = lows[0] as number;
  const high = lows[bands] as number;
  const perCent = 1 / step;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v >= low && v < high)) throw new RangeError(`a simulated total of ${Math.round(v)} cents lies outside the bands ${first}..${edges[bands]}`);
    // In range, so the product lies in 0..bands (bands only just below the top edge) and cannot wrap.
    let k = ((v - low) * perCent) | 0;
    if (v < (lows[k] as number)) k--;
    else if (v >= (lows[k + 1] as number)) k++;
    counts[k] = (counts[k] as number) + 1;
  }
  return { binEdgesCents: [...edges], counts: Array.from(counts) };
}
