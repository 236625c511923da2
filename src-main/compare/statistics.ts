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
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

export function summarize(values: Float64Array): Summary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return {
    meanCents: Math.round(sum / values.length),
    p10Cents: Math.round(percentile(sorted, 0.1)),
    p50Cents: Math.round(percentile(sorted, 0.5)),
    p90Cents: Math.round(percentile(sorted, 0.9)),
    minCents: Math.round(sorted[0] as number),
    maxCents: Math.round(sorted[sorted.length - 1] as number),
  };
}

/**
 * For each plan, the share of simulated years in which it cost least. Plans whose total is unknown
 * (null) take no part and get null. A year where several plans tie for least is split evenly among
 * them, so the shares of the known plans add up to 1.
 */
export function probabilityCheapest(totals: readonly (Float64Array | null)[]): (number | null)[] {
  const known = totals.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
  const wins = new Float64Array(totals.length);
  const years = known.length > 0 ? (totals[known[0] as number] as Float64Array).length : 0;
  for (let k = 0; k < years; k++) {
    let best = Infinity;
    let ties = 0;
    for (const p of known) {
      const v = (totals[p] as Float64Array)[k] as number;
      // Totals are whole cents; anything within half a cent is the same amount.
      if (v < best - 0.5) {
        best = v;
        ties = 1;
      } else if (Math.abs(v - best) <= 0.5) ties++;
    }
    for (const p of known) {
      if (Math.abs(((totals[p] as Float64Array)[k] as number) - best) <= 0.5) wins[p] = (wins[p] as number) + 1 / ties;
    }
  }
  return totals.map((t, i) => (t && years > 0 ? (wins[i] as number) / years : null));
}
