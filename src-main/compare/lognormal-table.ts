// Price spread without a logarithm per draw: a table of lognormal quantiles for one σ, looked up with a
// single uniform number. The table holds the factor at the middle of each of its 4,096 equal-probability
// slices, rescaled so that its mean is exactly 1: the simulated mean price is the table price, and the
// spread is the lognormal's to within the discretisation (the extreme tail beyond 1 in 8,192 is cut).

/** A power of two: the simulation takes a quantile from the low 12 bits of one random word. */
export const QUANTILES = 4096;

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const poly = (k: number[], x: number): number => k.reduce((acc, v) => acc * x + v, 0);
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

const cache = new Map<number, Float64Array>();

/** Factors with mean exactly 1 for a lognormal of log-sd `sigma` (all 1 when sigma is 0). */
export function lognormalTable(sigma: number): Float64Array {
  let table = cache.get(sigma);
  if (table) return table;
  table = new Float64Array(QUANTILES);
  let sum = 0;
  for (let i = 0; i < QUANTILES; i++) {
    const f = sigma > 0 ? Math.exp(sigma * normalQuantile((i + 0.5) / QUANTILES)) : 1;
    table[i] = f;
    sum += f;
  }
  const mean = sum / QUANTILES;
  for (let i = 0; i < QUANTILES; i++) table[i] = (table[i] as number) / mean;
  cache.set(sigma, table);
  return table;
}
