import type { Rng } from './prng';

// Poisson counts by inversion with one random word: the cumulative distribution for one mean is tabled
// once, and a guide table (Chen & Asau) points each of GUIDE equal slices of [0, 1) at the first count
// whose cumulative probability reaches the slice, so a draw costs one 32-bit word and a step or two of
// search. Knuth's product method, which it replaces in the simulation, needed λ + 1 words per draw (26
// for a household's 25 yearly generic fills). Exact to the resolution of a 32-bit uniform (1 in 4.3
// billion): a count whose tail is rarer than that is never drawn.

const GUIDE = 64;
const TWO_32 = 4294967296;

export interface PoissonTable {
  lambda: number;
  /** cdf[k] = P(X ≤ k), with the last entry forced to 1. */
  cdf: Float64Array;
  /** guide[g] = the smallest k with cdf[k] > g / GUIDE. */
  guide: Int32Array;
}

/** Means up to this are tabled; larger ones (a daily drug's fills, dozens of visits) use Rng.poisson. */
export const TABLED_MAX_LAMBDA = 30;

export function poissonTable(lambda: number): PoissonTable {
  if (!(lambda >= 0 && lambda <= TABLED_MAX_LAMBDA)) throw new RangeError(`λ must be in [0, ${TABLED_MAX_LAMBDA}], got ${lambda}`);
  const values: number[] = [];
  let p = Math.exp(-lambda);
  let sum = 0;
  // Enough terms that the tail left out is below a 32-bit uniform's resolution.
  for (let k = 0; ; k++) {
    sum += p;
    values.push(sum);
    if (1 - sum < 1 / TWO_32 / 4 || k > lambda + 40 * Math.sqrt(lambda + 1) + 40) break;
    p *= lambda / (k + 1);
  }
  const cdf = Float64Array.from(values);
  cdf[cdf.length - 1] = 1;
  const guide = new Int32Array(GUIDE);
  let k = 0;
  for (let g = 0; g < GUIDE; g++) {
    while ((cdf[k] as number) <= g / GUIDE) k++;
    guide[g] = k;
  }
  return { lambda, cdf, guide };
}

/** One Poisson count for the table's mean. */
export function drawPoisson(table: PoissonTable, rng: Rng): number {
  return poissonOfWord(table, rng.nextU32());
}

/**
 * The count a random word gives: the first k with cdf[k] > word / 2^32. Words below zeroBelow(table) give
 * 0 (most years of a rare item), which the simulation tests first without the table.
 */
export function poissonOfWord(table: PoissonTable, word: number): number {
  const u = word / TWO_32;
  const cdf = table.cdf;
  let k = table.guide[(u * GUIDE) | 0] as number;
  while ((cdf[k] as number) <= u) k++;
  return k;
}

/** Words below this give a count of 0: cdf[0] × 2^32 (a power of two, so word < it exactly when u < cdf[0]). */
export function zeroBelow(table: PoissonTable): number {
  return (table.cdf[0] as number) * TWO_32;
}
