// A small seeded generator so that the same request and seed always give the same simulated years, on
// any machine: xoshiro128** (Blackman & Vigna), seeded through splitmix32. 32-bit integer arithmetic
// only (Math.imul, >>> 0), so the stream does not depend on the platform's floating point. A class with
// a `reseed` method rather than closures: the simulation reseeds it once per simulated year, a million
// draws per comparison, and must not allocate in that loop.

function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Words made per refill: a simulated year takes about two hundred. */
const BATCH = 64;

export class Rng {
  // State in a typed array: 32-bit words stay unboxed (plain number fields above 2^30 would be heap numbers).
  private readonly s = new Int32Array(4);
  // The stream is made BATCH words at a time with the state in locals (the step is then a few register
  // operations, not four loads and four stores per word); the words come out in the same order.
  private readonly words = new Uint32Array(BATCH);
  private at = BATCH;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Start stream `stream` of `seed`: each simulated year uses its own stream, so years are independent of each other. */
  reseed(seed: number, stream: number): void {
    // splitmix32 from a start that mixes seed and stream.
    let s = (seed ^ Math.imul(stream + 1, 0x27d4eb2f)) >>> 0;
    const st = this.s;
    for (let i = 0; i < 4; i++) {
      s = (s + 0x9e3779b9) >>> 0;
      st[i] = mix32(s);
    }
    if ((st[0]! | st[1]! | st[2]! | st[3]!) === 0) st[0] = 1; // the one state xoshiro never leaves
    this.at = BATCH;
    this.hasSpare = false;
  }

  /** A uniform 32-bit integer. */
  nextU32(): number {
    if (this.at === BATCH) this.refill();
    return this.words[this.at++] as number;
  }

  /** The next BATCH words of xoshiro128**. */
  private refill(): void {
    const st = this.s;
    const out = this.words;
    let a = st[0] as number;
    let b = st[1] as number;
    let c = st[2] as number;
    let d = st[3] as number;
    for (let i = 0; i < BATCH; i++) {
      out[i] = Math.imul(rotl(Math.imul(b, 5), 7), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
    }
    st[0] = a;
    st[1] = b;
    st[2] = c;
    st[3] = d;
    this.at = 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** A standard normal draw (Box–Muller; 1 − u keeps the logarithm finite). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }

  /** A Poisson draw with mean `lambda` (≥ 0). */
  poisson(lambda: number): number {
    return this.poissonWithLimit(lambda, Math.exp(-lambda));
  }

  /** The same, with e^−λ computed once by the caller (the simulation's hot loop). */
  poissonWithLimit(lambda: number, expNegLambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      // Knuth: multiply uniforms until the product drops below e^−λ. Exact, and cheap for small means.
      let k = 0;
      let p = this.next();
      while (p > expNegLambda) {
        k++;
        p *= this.next();
      }
      return k;
    }
    // Large means (a daily drug, dozens of therapy visits): the normal approximation is within a fraction
    // of a visit and never negative.
    const k = Math.round(lambda + Math.sqrt(lambda) * this.normal());
    return k < 0 ? 0 : k;
  }

  /** A lognormal multiplier with mean 1 and log-sd `sigma`: exp(σZ − σ²/2). */
  priceFactor(sigma: number): number {
    return sigma > 0 ? Math.exp(sigma * this.normal() - (sigma * sigma) / 2) : 1;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
