import type { ArrangementSection } from '../../../src-shared/compare-result-schema';
import type { Checkpoint } from '../simulate';
import { finishArrangements } from './finish';
import type { PreparedArrangements } from './prepare';
export { prepareArrangementsFor } from './prepare';
import { simulateUnits, type PlainYears, type UnitYears } from './simulate-units';

// The comparison's hooks for arrangements (issue 14): prepared with the plain comparison, simulated in the
// same year ranges on the same workers, finished with it. Absent (null) when the household has not said
// that two employers, or two employees, offer coverage.

export type { PreparedArrangements } from './prepare';
export type { PlainYears, UnitYears } from './simulate-units';
export { explainArrangement } from './explain';

/** `plain`: the plain comparison's years of the same range, per plan context (see simulateUnits). */
export function simulateArrangementRange(
  pa: PreparedArrangements | null,
  seed: number,
  from: number,
  to: number,
  checkpoint?: Checkpoint,
  plain?: PlainYears,
): UnitYears | undefined {
  return pa ? simulateUnits(pa, seed, from, to, checkpoint, plain) : undefined;
}

/** Joins the ranges' unit years and finishes the section. */
export function finishArrangementSection(
  pa: PreparedArrangements | null,
  ranges: readonly { from: number; to: number; units?: UnitYears | undefined }[],
  years: number,
): ArrangementSection | undefined {
  if (!pa) return undefined;
  const joined: UnitYears = { outOfPocket: pa.units.map(() => new Float64Array(years)), notCovered: pa.units.map(() => new Float64Array(years)) };
  for (const r of ranges) {
    if (!r.units) throw new RangeError(`the simulated range ${r.from}–${r.to} has no arrangement years`);
    pa.units.forEach((_, u) => {
      (joined.outOfPocket[u] as Float64Array).set(r.units?.outOfPocket[u] as Float64Array, r.from);
      (joined.notCovered[u] as Float64Array).set(r.units?.notCovered[u] as Float64Array, r.from);
    });
  }
  return finishArrangements(pa, joined, years);
}
