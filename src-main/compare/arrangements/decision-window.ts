import type { Plan } from '../../../src-shared/plan-schema';
import { dayNumber, isoDate, planWindow, type PlanWindow } from '../plan-window';

// The twelve months a family decides for, and how one plan's plan years fall in them. A federal year runs
// January–December and a district year July–June: for a January decision window the district enrollment
// is priced January–June under its plan year that started the July before and July–December under the
// next one, each with its own deductible and out-of-pocket accumulators (each resets on its plan year's own
// first day). Care in the months of a plan year before the window is not simulated, so the accumulators of
// the first plan year start at zero on the window's first day (the result says so).

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Twelve months from `start` (YYYY-MM-DD). */
export function decisionWindow(start: string): PlanWindow {
  const startDay = dayNumber(start);
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const nextStart = Math.round(Date.UTC(y + 1, m - 1, d) / 86_400_000);
  const end = isoDate(nextStart - 1);
  return { start, end, startDay, days: nextStart - startDay, label: monthsText(start, end) };
}

/** "January–June 2022", "July 2022–June 2023", "March 2022". */
export function monthsText(from: string, to: string): string {
  const [fy, fm] = [from.slice(0, 4), MONTHS[Number(from.slice(5, 7)) - 1] as string];
  const [ty, tm] = [to.slice(0, 4), MONTHS[Number(to.slice(5, 7)) - 1] as string];
  if (fy === ty) return fm === tm ? `${fm} ${fy}` : `${fm}–${tm} ${fy}`;
  return `${fm} ${fy}–${tm} ${ty}`;
}

/** The default window: the federal plan year compared, else the first compared plan's year. */
export function defaultDecisionStart(selected: readonly Plan[], planYearStart: string | undefined): string | null {
  const lead = selected.find((p) => p.program === 'fehb') ?? selected[0];
  return lead ? planWindow(lead, planYearStart).start : null;
}

/** The same plan in another plan year: same program, carrier, plan name and option. */
export function samePlanLine(a: Plan, b: Plan): boolean {
  return a.program === b.program && a.carrier === b.carrier && a.planName === b.planName && a.option === b.option;
}

export interface WindowSegment {
  /** Day offsets within the decision window, [fromDay, toDay). */
  fromDay: number;
  toDay: number;
  from: string;
  to: string;
  /** The plan year that covers these months, as the plan's own year. */
  planYear: PlanWindow;
  /** The plan of this line for that plan year; null when the library does not hold it. */
  plan: Plan | null;
}

/** The plan years of `plan`'s line that the window crosses, each with the library's plan for it. */
export function windowSegments(plan: Plan, window: PlanWindow, library: readonly Plan[]): WindowSegment[] {
  const out: WindowSegment[] = [];
  let cursor = window.startDay;
  const endDay = window.startDay + window.days;
  while (cursor < endDay) {
    const planYear = planWindow(plan, isoDate(cursor));
    const stop = Math.min(endDay, planYear.startDay + planYear.days);
    const match = library.find((p) => samePlanLine(p, plan) && p.planYear.start === planYear.start) ?? null;
    out.push({ fromDay: cursor - window.startDay, toDay: stop - window.startDay, from: isoDate(cursor), to: isoDate(stop - 1), planYear, plan: match });
    cursor = stop;
  }
  return out;
}

/** "2022–23": a plan year's short label, as the plan data writes it. */
export function planYearLabel(planYear: PlanWindow): string {
  const y = Number(planYear.start.slice(0, 4));
  return planYear.start.endsWith('-01-01') ? String(y) : `${y}–${String(y + 1).slice(2)}`;
}
