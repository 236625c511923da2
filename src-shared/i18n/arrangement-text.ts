import type { ArrangementComparison, ArrangementEnrollment, ArrangementSection, CompareResult, EnrollmentSegment } from '../compare-result-schema';
import type { ComparePriority } from '../household-schema';
import { formatCents, formatNumber } from '../money';
import { m } from './paraglide/messages.js';
import { engineText } from './engine-text';
import { intlLocale, type Language } from './language';
import { resultMemberNames } from './result-text';
import { enrollmentLabel } from './terms';

// The words of the arrangements (who enrolls where, issue 14) in the language asked for, from the
// comparison's structured fields: who is on each enrollment, which months each plan year covers. The
// ranking's reasons are the engine's English (src-main/compare/arrangements/rank.ts); in another language
// they are composed from the same figures (arrangementReasonsText), and tests/unit/i18n/arrangement-text.test.ts
// composes the English the same way and checks it equals the engine's, word for word.

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

type RankedArrangement = Pick<ArrangementSection['rankings'][ComparePriority]['ranking'][number], 'arrangementId' | 'scoreCents' | 'reasons'>;

/** ", $1,668 more than the first arrangement", ", the lowest of the arrangements priced". */
function versus(score: number, leader: number | null, lang: Language): string {
  const o = { locale: lang };
  if (leader === null) return m.arr_cmp_lowest({}, o);
  const diff = score - leader;
  return diff === 0 ? m.arr_cmp_same({}, o) : m.arr_cmp_more({ diff: formatCents(diff, true, lang) }, o);
}

/**
 * The two or three reasons beside an arrangement under a priority. `en`: the engine's own; otherwise
 * composed from the arrangement's figures, the first arrangement's score and the years simulated, as
 * rank.ts does. An arrangement not priced gives its reason (said by engine-text.ts when it reads).
 */
export function arrangementReasonsText(
  section: ArrangementSection,
  priority: ComparePriority,
  item: RankedArrangement,
  simulations: number,
  lang: Language,
  compose = lang !== 'en',
): { text: string; english: boolean }[] {
  const own = item.reasons.map((text) => ({ text, english: false }));
  if (!compose) return own;
  const a = section.arrangements.find((x) => x.id === item.arrangementId);
  if (!a) return item.reasons.map((text) => ({ text, english: true }));
  if (a.status.priced === false) return [engineText(a.status.reason, lang)];
  const o = { locale: lang };
  const usd = (cents: number): string => formatCents(cents, true, lang);
  const score = item.scoreCents;
  if (score === null || !a.expected || !a.simulated || !a.worstCase || a.expected.premiumCents === null || a.expected.totalCents === null) {
    return [{ text: m.arr_reason_unknown({}, o), english: false }];
  }
  const first = section.rankings[priority].ranking[0];
  const leader = first && first.scoreCents !== null && first.arrangementId !== a.id ? first.scoreCents : null;
  const comparison = versus(score, leader, lang);
  const enrollments = a.enrollments.length === 1 ? m.arr_one_enrollment({}, o) : m.arr_n_enrollments({ count: a.enrollments.length }, o);
  const reasons: string[] = [];
  switch (priority) {
    case 'lowest_expected':
      reasons.push(
        m.arr_reason_expected({ score: usd(score), premium: usd(a.expected.premiumCents), care: usd(a.expected.careCents), enrollments, comparison }, o),
      );
      break;
    case 'lowest_worst_case':
      reasons.push(m.arr_reason_worst({ score: usd(score), comparison }, o));
      break;
    case 'lowest_premium':
      reasons.push(m.arr_reason_premium({ score: usd(score), enrollments, comparison }, o));
      break;
    case 'balanced':
      reasons.push(m.arr_reason_balanced({ total: usd(a.expected.totalCents), bad: usd(a.simulated.total.p90Cents), score: usd(score), comparison }, o));
      break;
  }
  if (a.simulated.probabilityCheapest !== null) {
    reasons.push(m.arr_reason_cheapest({ pct: Math.round(a.simulated.probabilityCheapest * 100), years: formatNumber(simulations, lang) }, o));
  }
  reasons.push(
    priority === 'lowest_worst_case'
      ? m.arr_reason_expected_and_bad({ total: usd(a.expected.totalCents), bad: usd(a.simulated.total.p90Cents) }, o)
      : m.arr_reason_worst_case({ worst: usd(a.worstCase.totalCents) }, o),
  );
  return reasons.slice(0, 3).map((text) => ({ text, english: false }));
}

/** Why an arrangement is not priced, in `lang` when engine-text.ts reads it, else as the engine wrote it. */
export const arrangementNotPricedText = (a: ArrangementComparison, lang: Language): { text: string; english: boolean } =>
  a.status.priced ? { text: '', english: false } : engineText(a.status.reason, lang);
