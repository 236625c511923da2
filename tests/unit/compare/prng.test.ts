import { describe, expect, it } from 'vitest';
import { lognormalTable, normalQuantile, QUANTILES } from '../../../src-main/compare/lognormal-table';
import { Rng } from '../../../src-main/compare/prng';
import { drawPoisson, poissonOfWord, poissonTable, zeroBelow } from '../../../src-main/compare/poisson-table';

/** xoshiro128** written out the textbook way (unsigned words, >>> 0 everywhere), to check the fast one. */
function referenceXoshiro(state: [number, number, number, number]): () => number {
  const s = [...state];
  const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2] = (s[2]! ^ s[0]!) >>> 0;
    s[3] = (s[3]! ^ s[1]!) >>> 0;
    s[1] = (s[1]! ^ s[2]!) >>> 0;
    s[0] = (s[0]! ^ s[3]!) >>> 0;
    s[2] = (s[2]! ^ t) >>> 0;
    s[3] = rotl(s[3]!, 11);
    return result;
  };
}

describe('seeded random numbers', () => {
  it('follows the xoshiro128** recurrence exactly', () => {
    const rng = new Rng(42, 3);
    const state = Array.from((rng as unknown as { s: Int32Array }).s, (w) => w >>> 0) as [number, number, number, number];
    const ref = referenceXoshiro(state);
    for (let i = 0; i < 1000; i++) expect(rng.nextU32()).toBe(ref());
  });

  it('gives the same stream for the same seed and stream, and a different one otherwise', () => {
    const draw = (seed: number, stream: number): number[] => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(7, 1)).toEqual(draw(7, 1));
    expect(draw(7, 1)).not.toEqual(draw(7, 2));
    expect(draw(7, 1)).not.toEqual(draw(8, 1));
    const r = new Rng(7, 1);
    r.next();
    r.reseed(7, 1);
    expect([r.next(), r.next(), r.next(), r.next(), r.next()]).toEqual(draw(7, 1));
  });

  it('draws uniforms in [0, 1) with mean one half', () => {
    const r = new Rng(1, 0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it.each([0.05, 1.5, 12, 80])('draws Poisson counts with mean and variance λ = %s', (lambda) => {
    const r = new Rng(11, 0);
    const n = 40_000;
    let sum = 0;
    let sq = 0;
    let bad = 0;
    for (let i = 0; i < n; i++) {
      const k = r.poisson(lambda);
      if (!(Number.isInteger(k) && k >= 0)) bad++;
      sum += k;
      sq += k * k;
    }
    expect(bad).toBe(0);
    const mean = sum / n;
    const variance = sq / n - mean * mean;
    // Five standard errors of the mean: fails only if the sampler is wrong.
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
    expect(variance / lambda).toBeGreaterThan(0.9);
    expect(variance / lambda).toBeLessThan(1.1);
  });

  it('never draws from a mean of zero', () => {
    expect(new Rng(1, 0).poisson(0)).toBe(0);
  });
});

describe('price spread table', () => {
  it('inverts the normal distribution', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });

  it('has mean exactly 1, rises steadily, and spreads like a lognormal', () => {
    const t = lognormalTable(0.5);
    expect(t).toHaveLength(QUANTILES);
    expect(t.reduce((a, b) => a + b, 0) / QUANTILES).toBeCloseTo(1, 12);
    for (let i = 1; i < t.length; i++) expect(t[i]! > t[i - 1]!).toBe(true);
    // The median of a mean-1 lognormal is exp(−σ²/2).
    expect(t[QUANTILES / 2]!).toBeCloseTo(Math.exp(-0.125), 2);
    expect(lognormalTable(0).every((f) => f === 1)).toBe(true);
  });
});

describe('Poisson counts from a table (one random word per count)', () => {
  it.each([0.05, 0.2, 1.5, 12, 25, 30])('matches the Poisson probabilities for λ = %s', (lambda) => {
    const table = poissonTable(lambda);
    const r = new Rng(7, 3);
    const n = 60_000;
    const seen = new Map<number, number>();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const k = drawPoisson(table, r);
      seen.set(k, (seen.get(k) ?? 0) + 1);
      sum += k;
    }
    expect(Math.abs(sum / n - lambda)).toBeLessThan(5 * Math.sqrt(lambda / n));
    // Every count with an expected frequency of at least 50 is within five standard errors of it.
    let p = Math.exp(-lambda);
    for (let k = 0; k <= lambda + 10 * Math.sqrt(lambda) + 10; k++) {
      const expected = n * p;
      if (expected >= 50) expect(Math.abs((seen.get(k) ?? 0) - expected)).toBeLessThan(5 * Math.sqrt(expected));
      p *= lambda / (k + 1);
    }
  });

  it('draws zero for a mean of zero, and refuses a mean it does not table', () => {
    expect(drawPoisson(poissonTable(0), new Rng(1, 0))).toBe(0);
    expect(() => poissonTable(31)).toThrow(RangeError);
    expect(() => poissonTable(-1)).toThrow(RangeError);
  });

  it.each([0.01, 0.3, 2, 29])('λ = %s: a word gives the first count whose cumulative probability exceeds it, and 0 exactly below zeroBelow', (lambda) => {
    const table = poissonTable(lambda);
    const below = zeroBelow(table);
    const r = new Rng(11, 5);
    const edge = Math.floor(below);
    // Random words, and the words either side of the zero edge.
    const words = [...Array.from({ length: 20_000 }, () => r.nextU32()), edge - 1, edge, edge + 1, 0, 4294967295].filter((w) => w >= 0 && w < 4294967296);
    for (const w of words) {
      const u = w / 4294967296;
      let k = 0;
      while ((table.cdf[k] as number) <= u) k++;
      expect(poissonOfWord(table, w), `word ${w}`).toBe(k);
      expect(w < below, `word ${w}`).toBe(k === 0);
    }
  });

  it('ends its table where the tail is below a 32-bit uniform’s resolution', () => {
    const { cdf } = poissonTable(12);
    expect(cdf[cdf.length - 1]).toBe(1);
    expect(1 - (cdf[cdf.length - 2] as number)).toBeLessThan(1e-9);
  });
});
