import type { Plan } from '../../src-shared/plan-schema';
import { parseDayKey } from '../engine';

// The stretch of calendar a comparison prices for one plan: one plan year, first to last day. Dates are
// kept as day numbers (days since 1970-01-01, UTC) so that spreading visits over the year is integer
// arithmetic and never depends on the host's time zone.

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Dates written out before: the analysis writes the same few hundred days for each of ~100 candidate changes. */
const isoDates = new Map<number, string>();
const ISO_DATES_KEPT = 4096;

export function isoDate(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    if (isoDates.size >= ISO_DATES_KEPT) isoDates.clear();
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoDates.set(day, iso);
  }
  return iso;
}

export interface PlanWindow {
  /** First and last day, as YYYY-MM-DD. */
  start: string;
  end: string;
  startDay: number;
  /** Number of days in the window (365 or 366). */
  days: number;
  /** "2022" or "2022-07-01…2023-06-30", as the engine labels plan years. */
  label: string;
}

function startOfYear(monthDay: string, year: number): number {
  const [m, d] = monthDay.split('-').map(Number) as [number, number];
  // February 29 falls back to February 28 in a common year, as the engine does.
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return Math.round(Date.UTC(year, m - 1, Math.min(d, last)) / MS_PER_DAY);
}

/**
 * The plan year to price. Without `within`, the plan's own year from its data; with it, the plan year
 * (same start month and day) that contains that date.
 */
export function planWindow(plan: Pick<Plan, 'planYear'>, within?: string): PlanWindow {
  const monthDay = plan.planYear.start.slice(5);
  let year = Number(plan.planYear.start.slice(0, 4));
  if (within !== undefined) {
    const target = dayNumber(within);
    year = Number(within.slice(0, 4));
    if (startOfYear(monthDay, year) > target) year -= 1;
  }
  const startDay = startOfYear(monthDay, year);
  const nextStart = startOfYear(monthDay, year + 1);
  const start = isoDate(startDay);
  const end = isoDate(nextStart - 1);
  return { start, end, startDay, days: nextStart - startDay, label: monthDay === '01-01' ? String(year) : `${start}…${end}` };
}

/** Day offset within the window of the first day of calendar month `month` (1–12). */
export function monthOffset(window: PlanWindow, month: number): number {
  const startYear = Number(window.start.slice(0, 4));
  const startMonth = Number(window.start.slice(5, 7));
  const year = month >= startMonth ? startYear : startYear + 1;
  const offset = Math.round(Date.UTC(year, month - 1, 1) / MS_PER_DAY) - window.startDay;
  // The start month itself may begin mid-month (a plan year starting the 15th): clamp into the window.
  return Math.min(Math.max(offset, 0), window.days - 1);
}

/** Offsets of n occurrences spread evenly over the year (the middle of n equal slices). */
export function evenOffsets(n: number, days: number, from = 0): number[] {
  const span = days - from;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(from + Math.min(span - 1, Math.floor(((i + 0.5) * span) / n)));
  return out;
}

const DAY_KEYS_KEPT = 8;
const dayKeys = new Map<string, Int32Array>();

/**
 * Day offset → the engine's day key for a plan-year window, made once per window: every ClaimRows of a
 * comparison (the simulation's, the break-even curves', each candidate change's) reads the same days, and
 * writing 365 dates out and reading them back was 8% of the analysis. Read-only once made.
 */
export function windowDayKeys(startDay: number, days: number): Int32Array {
  const key = `${startDay}:${days}`;
  let keys = dayKeys.get(key);
  if (!keys) {
    keys = Int32Array.from({ length: days }, (_, d) => parseDayKey(isoDate(startDay + d)));
    if (dayKeys.size >= DAY_KEYS_KEPT) dayKeys.delete(dayKeys.keys().next().value as string);
    dayKeys.set(key, keys);
  }
  return keys;
}
