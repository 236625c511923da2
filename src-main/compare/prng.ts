// A small seeded generator so that the same request and seed always give the same simulated years, on
// any machine: xoshiro128** (Blackman & Vigna), seeded through splitmix32. 32-bit integer arithmetic
// only (Math.imul, >>> 0), so results do not depend on the platform's floating point.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A standard normal draw. */
  normal(): number;
  /** A Poisson draw with mean `lambda` (≥ 0). */
  poisson(lambda: number): number;
  /** The same, with e^−λ computed by the caller once (the simulation's hot loop). */
  poissonWithLimit(lambda: number, expNegLambda: number): number;
  /** A lognormal multiplier with mean 1 and log-sd `sigma`: exp(σZ − σ²/2). */
  priceFactor(sigma: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A generator for one stream; `stream` separates simulated years so that each year's draws are its own. */
export function createRng(seed: number, stream = 0): Rng {
  const init = splitmix32((seed ^ Math.imul(stream + 1, 0x27d4eb2f)) >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is the one state xoshiro never leaves

  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => nextU32() / 4294967296;

  let spare = 0;
  let hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  };

  const poissonWithLimit = (lambda: number, limit: number): number => {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      // Knuth: multiply uniforms until the product drops below e^−λ. Exact, and cheap for small means.
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    }
    // Large means (a daily drug, dozens of therapy visits): the normal approximation is within a fraction
    // of a visit and never negative.
    const k = Math.round(lambda + Math.sqrt(lambda) * normal());
    return k < 0 ? 0 : k;
  };
  const poisson = (lambda: number): number => poissonWithLimit(lambda, Math.exp(-lambda));

  const priceFactor = (sigma: number): number => (sigma > 0 ? Math.exp(sigma * normal() - (sigma * sigma) / 2) : 1);

  return { next, normal, poisson, poissonWithLimit, priceFactor };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
