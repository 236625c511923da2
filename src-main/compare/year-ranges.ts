import { YearSimulator, type Checkpoint } from './simulate';
import { UnitSimulator, type AlikeWindow, type JointPlan, type UnitsOut, type UnitYears } from './arrangements';
import { drawsAlike } from './draws-alike';
import type { Prepared } from './compare-household';
import type { PlanContext } from './plan-context';

// A prepared comparison's simulated years, as ranges [from, to): one range on one thread
// (simulateRange), or the chunks a compute worker takes from the counter its job shares
// (simulateChunks, compute/protocol.ts claimChunks); the lead joins them in any order (joinRanges).
// Year k always uses random stream (seed, k), so the years are the same however they are shared.

/** Simulated out-of-pocket per compared plan (in prep.contexts order) for years [from, to). */
export interface YearRange {
  from: number;
  to: number;
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
  /** The arrangements' priced units, same years (absent without arrangements). */
  units?: UnitYears | undefined;
}

/** Plans priced over the same plan-year window share one simulation (the same simulated years). */
export function windowGroups(contexts: readonly PlanContext[]): number[][] {
  const byWindow = new Map<string, number[]>();
  contexts.forEach((ctx, i) => byWindow.set(ctx.care.window.start, [...(byWindow.get(ctx.care.window.start) ?? []), i]));
  return [...byWindow.values()];
}

/** The next chunk of years [from, to) to simulate, or null when every year is taken (shared between workers). */
export type NextChunk = () => readonly [from: number, to: number] | null;

/** A comparison's years, as ranges of one set of arrays (year k at index k − base). */
interface YearArrays {
  base: number;
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
  units?: UnitsOut | undefined;
}

/**
 * Simulates the years of a prepared comparison under every plan and arrangement, range after range, with
 * each simulation's memory made once. Plans priced on the arrangements' care plan, or over another plan
 * year whose years draw alike (draws-alike.ts), are drawn once a year with the arrangements.
 */
function rangeSimulator({ prep, arrangements }: Prepared): (from: number, to: number, out: YearArrays, checkpoint?: Checkpoint) => void {
  const { contexts, request } = prep;
  const joint: number[] = [];
  const alike: AlikeWindow[] = [];
  const plain: { indexes: number[]; simulator: YearSimulator }[] = [];
  const jointPlan = (i: number): JointPlan => ({ index: i, compiled: (contexts[i] as PlanContext).compiled });
  for (const indexes of windowGroups(contexts)) {
    const first = contexts[indexes[0] as number] as PlanContext;
    if (arrangements && indexes.every((i) => contexts[i]?.care === arrangements.care)) joint.push(...indexes);
    else if (arrangements && indexes.every((i) => contexts[i]?.care === first.care) && drawsAlike(first.care, arrangements.care)) {
      // Another plan year whose years draw as the arrangements' do: one draw a year serves both.
      alike.push({ care: first.care, plans: indexes.map(jointPlan) });
    } else {
      const compiled = indexes.map((i) => (contexts[i] as PlanContext).compiled);
      plain.push({ indexes, simulator: new YearSimulator(first.care, compiled, request.seed) });
    }
  }
  const units = arrangements ? new UnitSimulator(arrangements, request.seed, joint.map(jointPlan), alike) : null;
  return (from, to, out, checkpoint) => {
    for (const { indexes, simulator } of plain) {
      const own = {
        base: out.base,
        outOfPocket: indexes.map((i) => out.outOfPocket[i] as Float64Array),
        notCovered: indexes.map((i) => out.notCovered[i] as Float64Array),
      };
      simulator.run(from, to, own, checkpoint);
    }
    if (units && out.units) units.run(from, to, out.units, out, checkpoint);
  };
}

function yearArrays({ prep, arrangements }: Prepared, base: number, length: number): YearArrays {
  const plans = prep.contexts.length;
  const arrays = (n: number): Float64Array[] => Array.from({ length: n }, () => new Float64Array(length));
  const units = arrangements ? { base, outOfPocket: arrays(arrangements.units.length), notCovered: arrays(arrangements.units.length) } : undefined;
  return { base, outOfPocket: arrays(plans), notCovered: arrays(plans), units };
}

/** Years [from, to) of `all` as a range: views of its arrays, no copy. */
function rangeOf(all: YearArrays, from: number, to: number): YearRange {
  const view = (a: Float64Array): Float64Array => a.subarray(from - all.base, to - all.base);
  const range: YearRange = { from, to, outOfPocket: all.outOfPocket.map(view), notCovered: all.notCovered.map(view) };
  if (all.units) range.units = { outOfPocket: all.units.outOfPocket.map(view), notCovered: all.units.notCovered.map(view) };
  return range;
}

export function simulateRange(prepared: Prepared, from: number, to: number, checkpoint?: Checkpoint): YearRange {
  const out = yearArrays(prepared, from, Math.max(0, to - from));
  rangeSimulator(prepared)(from, to, out, checkpoint);
  return rangeOf(out, from, to);
}

/**
 * Simulates the chunks `next` hands out until none is left: the compute pool's workers share one
 * counter, so a worker slowed by the host or by the lead's analysis simply takes fewer chunks and every
 * worker finishes within a chunk of the others. The ranges are views of one set of arrays per worker.
 */
export function simulateChunks(prepared: Prepared, next: NextChunk, checkpoint?: Checkpoint): YearRange[] {
  const all = yearArrays(prepared, 0, prepared.simulation.years);
  const simulate = rangeSimulator(prepared);
  const ranges: YearRange[] = [];
  for (let chunk = next(); chunk !== null; chunk = next()) {
    const [from, to] = chunk;
    simulate(from, to, all, checkpoint);
    ranges.push(rangeOf(all, from, to));
  }
  return ranges;
}

/** Joins year ranges (in any order) into one array per plan covering years [0, years). */
export function joinRanges(ranges: readonly YearRange[], plans: number, years: number): { outOfPocket: Float64Array[]; notCovered: Float64Array[] } {
  const outOfPocket = Array.from({ length: plans }, () => new Float64Array(years));
  const notCovered = Array.from({ length: plans }, () => new Float64Array(years));
  let covered = 0;
  for (const r of ranges) {
    for (let p = 0; p < plans; p++) {
      (outOfPocket[p] as Float64Array).set(r.outOfPocket[p] as Float64Array, r.from);
      (notCovered[p] as Float64Array).set(r.notCovered[p] as Float64Array, r.from);
    }
    covered += r.to - r.from;
  }
  if (covered !== years) throw new RangeError(`the simulated ranges cover ${covered} of ${years} years`);
  return { outOfPocket, notCovered };
}
