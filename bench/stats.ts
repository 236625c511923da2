// The few statistics the benchmarks print, in one place so every figure is the same kind of median.

/** The middle value (the upper middle of an even count) of timed runs. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** "min–max" of timed runs, whole milliseconds. */
export function spread(values: number[]): string {
  return `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
}
