// Calendar arithmetic for claims and plan years, done by hand on integers: the engine has no clock and
// does not depend on the host's time zone (a `Date` parsed from "2022-01-01" can land on Dec 31 locally).
//
// A date is kept as a "day key" y*10000 + m*100 + d, which sorts in calendar order. A plan year starts on
// the plan's planYear.start month and day and repeats every year from there, so a claim of any date
// belongs to exactly one plan year, numbered relative to the plan's own (0 = the year of
// planYear.start, -1 the one before, 1 the next).
//
// Labels: a plan year that starts on January 1 is labelled with its calendar year ("2022"); any other
// start gives the first and last day, "2021-07-01…2022-06-30". The label is computed, never taken from
// planYear.label, so that every year of a multi-year claim list is labelled the same way.

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** "2022-03-14" → 20220314, or -1 when the text is not a real calendar day in YYYY-MM-DD form. */
export function parseDayKey(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = digit(s, i);
    if (c < 0) return -1;
    y = y * 10 + c;
  }
  const m1 = digit(s, 5);
  const m2 = digit(s, 6);
  const d1 = digit(s, 8);
  const d2 = digit(s, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDayKey(key: number): string {
  const y = Math.floor(key / 10000);
  const md = key % 10000;
  return `${pad(y, 4)}-${pad(Math.floor(md / 100), 2)}-${pad(md % 100, 2)}`;
}

/** Where plan years start: the year of planYear.start and its month*100+day. */
export interface PlanYearAnchor {
  readonly startYear: number;
  readonly startMonthDay: number;
}

export function planYearAnchor(start: string): PlanYearAnchor {
  const key = parseDayKey(start);
  if (key < 0) throw new RangeError(`not a calendar date: ${start}`);
  return { startYear: Math.floor(key / 10000), startMonthDay: key % 10000 };
}

/** The plan year (relative to the plan's own, which is 0) that a day key falls in. */
export function planYearIndex(anchor: PlanYearAnchor, dayKey: number): number {
  const y = Math.floor(dayKey / 10000);
  const index = y - anchor.startYear;
  return dayKey < planYearStartKey(anchor, index) ? index - 1 : index;
}

/** The first day of plan year `index`. A February 29 start falls back to February 28 in common years. */
export function planYearStartKey(anchor: PlanYearAnchor, index: number): number {
  const y = anchor.startYear + index;
  const m = Math.floor(anchor.startMonthDay / 100);
  const d = Math.min(anchor.startMonthDay % 100, daysInMonth(y, m));
  return y * 10000 + m * 100 + d;
}

function dayBefore(key: number): number {
  const y = Math.floor(key / 10000);
  const m = Math.floor((key % 10000) / 100);
  const d = key % 100;
  if (d > 1) return key - 1;
  if (m > 1) return y * 10000 + (m - 1) * 100 + daysInMonth(y, m - 1);
  return (y - 1) * 10000 + 1231;
}

/** "2022" for a January 1 plan year, else "2021-07-01…2022-06-30". */
export function planYearLabel(anchor: PlanYearAnchor, index: number): string {
  if (anchor.startMonthDay === 101) return String(anchor.startYear + index);
  const first = planYearStartKey(anchor, index);
  const last = dayBefore(planYearStartKey(anchor, index + 1));
  return `${formatDayKey(first)}…${formatDayKey(last)}`;
}
