import type { SplitYears } from './member-set';
import type { RowGroup } from './row-groups';

// Plan-year stretches of one window's claim rows. The arrangements price the family's January–December
// window under plans whose plan year starts on July 1: their accumulators start again mid-window, so such
// a plan prices the window's first months and its last months apart, each as a year of its own. The rows
// are stored once for the whole window (ClaimRows with cuts) and each stretch — a span of whole segments
// between the cuts — is priced on the span's claims: in date order the rows of a span are consecutive, so
// its claim list is a range of the window's (runClaims' from/to). Set-aside rows are summed per span
// (their counts are kept per segment), and a set of fewer members reads its year from everyone's pricing
// of the same span only (SplitYears per span).

/** Per day of the window: its segment (0 before the first cut); and the segments' first days, then the window's end. */
export function segmentsOf(days: number, cuts: readonly number[]): { segOfDay: Uint8Array; cutDays: Int32Array } {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  if (sorted.some((d) => !Number.isInteger(d) || d <= 0 || d >= days)) throw new RangeError(`a cut must be a day inside the window's ${days} days`);
  if (sorted.length > 254) throw new RangeError('at most 254 cuts in a window');
  const cutDays = Int32Array.from([0, ...sorted, days]);
  const segOfDay = new Uint8Array(days);
  for (let s = 0; s < cutDays.length - 1; s++) segOfDay.fill(s, cutDays[s], cutDays[s + 1]);
  return { segOfDay, cutDays };
}

/** Days [fromDay, toDay) of the window: segments [fromSeg, toSeg), with what its pricing keeps per year. */
export interface RowSpan {
  fromSeg: number;
  toSeg: number;
  fromDay: number;
  toDay: number;
  /** What each member paid in everyone's pricing of this span, for the sets of fewer members. */
  split: SplitYears;
  /** Per plan group: its plans' set-aside sums of the span, per plan and member, and those counting toward the limit. */
  quickPays: Float64Array[];
  quickOop: Float64Array[];
  /** Per plan group: the rows' stamp the sums were made for. */
  sumsAt: Int32Array;
}

/** A span over the segments of `cutDays` that [fromDay, toDay) covers exactly, or a RangeError. */
export function spanSegments(cutDays: Int32Array, fromDay: number, toDay: number): { fromSeg: number; toSeg: number } {
  const fromSeg = cutDays.indexOf(fromDay);
  const toSeg = cutDays.indexOf(toDay);
  if (fromSeg < 0 || toSeg <= fromSeg) throw new RangeError(`days ${fromDay}–${toDay} are not a span between the rows' cuts`);
  return { fromSeg, toSeg };
}

/** A span's state over the rows' plan groups: its sums have a cell per plan of the group and member, as the lazy sums. */
export function rowSpan(
  groups: readonly Pick<RowGroup, 'lazyPays'>[],
  split: SplitYears,
  days: Pick<RowSpan, 'fromSeg' | 'toSeg' | 'fromDay' | 'toDay'>,
): RowSpan {
  return {
    ...days,
    split,
    quickPays: groups.map((g) => new Float64Array(g.lazyPays.length)),
    quickOop: groups.map((g) => new Float64Array(g.lazyPays.length)),
    sumsAt: new Int32Array(groups.length).fill(-1),
  };
}
