import type { ArrangementComparison, ArrangementEnrollment, CompareResult, EnrollmentSegment } from '../compare-result-schema';
import { m } from './paraglide/messages.js';
import { intlLocale, type Language } from './language';
import { resultMemberNames } from './result-text';
import { enrollmentLabel } from './terms';

// The words of the arrangements (who enrolls where, issue 14) in the language asked for, from the
// comparison's structured fields: who is on each enrollment, which months each plan year covers. The
// ranking's reasons are the engine's English sentences (shown marked as English).

function monthName(iso: string, lang: Language): string {
  const [y, mo] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, mo - 1, 1)).toLocaleDateString(intlLocale(lang), { month: 'long', timeZone: 'UTC' });
}

/** "January–June 2022", "enero–junio de 2022", "July 2022–June 2023". */
export function monthsLabel(from: string, to: string, lang: Language): string {
  const [fy, ty] = [from.slice(0, 4), to.slice(0, 4)];
  const [fm, tm] = [monthName(from, lang), monthName(to, lang)];
  const year = (y: string): string => (lang === 'es' ? `de ${y}` : y);
  if (fy === ty) return fm === tm ? `${fm} ${year(fy)}` : `${fm}–${tm} ${year(fy)}`;
  return `${fm} ${year(fy)}–${tm} ${year(ty)}`;
}

export function enrollmentText(
  result: Pick<CompareResult, 'members'>,
  e: ArrangementEnrollment,
  lang: Language,
  named: Readonly<Record<string, string>> = {},
): string {
  const names = resultMemberNames(result, lang, named);
  return `${e.members.map((id) => names(id)).join(' + ')}: ${e.name} — ${enrollmentLabel(e.enrollmentType, lang)}`;
}

/** "Employee: FEHB Prosper (Self Only) · Spouse + Child 1: District … (Self Plus One)". */
export function arrangementLabel(
  result: Pick<CompareResult, 'members'>,
  a: ArrangementComparison,
  lang: Language,
  named: Readonly<Record<string, string>> = {},
): string {
  return a.enrollments.map((e) => enrollmentText(result, e, lang, named)).join(' · ');
}

/** Which months each plan year of an enrollment covers, or that it is missing from the library. */
export function segmentText(e: ArrangementEnrollment, s: EnrollmentSegment, lang: Language): string {
  const months = monthsLabel(s.from, s.to, lang);
  const args = { plan: e.name, planYear: s.planYearLabel, months };
  return s.planId === null ? m.arr_segment_missing(args, { locale: lang }) : m.arr_segment(args, { locale: lang });
}

/** The section's notes: the two the engine always writes are said in the language; any other stays English. */
export function arrangementNoteText(note: string, lang: Language): { text: string; english: boolean } {
  if (lang === 'en') return { text: note, english: false };
  if (note.startsWith('Arrangements are priced over the twelve months')) return { text: m.arr_window_note({}, { locale: lang }), english: false };
  if (note.startsWith('Dual coverage')) return { text: m.arr_dual({}, { locale: lang }), english: false };
  return { text: note, english: true };
}
