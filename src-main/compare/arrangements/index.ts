import type { ArrangementSection } from '../../../src-shared/compare-result-schema';
import { finishArrangements } from './finish';
import type { PreparedArrangements } from './prepare';
export { prepareArrangementsFor } from './prepare';
import type { UnitYears } from './simulate-units';

// The comparison's hooks for arrangements (issue 14): prepared with the plain comparison, simulated in the
// same year ranges on the same workers, finished with it. Absent (null) when the household has not said
// that two employers, or two employees, offer coverage.

export type { PreparedArrangements } from './prepare';
export type { AlikeWindow, JointPlan, UnitYears, UnitsOut } from './simulate-units';
export { UnitSimulator } from './simulate-units';
export { explainArrangement } from './explain';

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
