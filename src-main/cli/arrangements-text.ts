import type { CompareResult } from '../../src-shared/compare-result-schema';
import { m, type Language } from '../../src-shared/i18n';
import { arrangementLabel, arrangementNoteText, segmentText } from '../../src-shared/i18n/arrangement-text';
import { longDate, priorityLabel } from '../../src-shared/i18n/terms';
import { formatCents } from '../../src-shared/money';

// `cli compare`'s section on who enrolls where (issue 14): the arrangements ranked under the priority,
// each enrollment with the months each plan year covers, the ones not priced with their reason, the notes.
// Printed after the plans' summary, in the language asked for; empty when the result has no arrangements.

export function formatArrangementsText(result: CompareResult, lang: Language): string {
  const section = result.arrangements;
  if (!section) return '';
  const o = { locale: lang };
  const usd = (cents: number | null | undefined): string => (cents === null || cents === undefined ? '—' : formatCents(cents, true, lang));
  const byId = new Map(section.arrangements.map((a) => [a.id, a]));
  const out: string[] = [
    '',
    m.arr_cli_head(
      { start: longDate(section.window.start, lang), end: longDate(section.window.end, lang), priority: priorityLabel(result.priority, lang).toLowerCase() },
      o,
    ),
  ];
  const english = lang === 'en' ? '' : ' [en]';
  for (const r of section.rankings[result.priority].ranking) {
    const a = byId.get(r.arrangementId);
    if (!a) continue;
    out.push('');
    out.push(`${r.rank}. ${arrangementLabel(result, a, lang)}`);
    if (a.expected && a.simulated && a.worstCase) {
      const cheapest = a.simulated.probabilityCheapest === null ? '—' : `${Math.round(a.simulated.probabilityCheapest * 100)}%`;
      out.push(
        `   ${m.arr_col_premium({}, o)} ${usd(a.expected.premiumCents)} + ${m.arr_col_care({}, o)} ${usd(a.expected.careCents)} = ${m.arr_col_expected({}, o)} ${usd(a.expected.totalCents)}` +
          ` · ${m.arr_col_bad({}, o)} ${usd(a.simulated.total.p90Cents)} · ${m.arr_col_worst({}, o)} ${usd(a.worstCase.totalCents)} · ${m.arr_col_cheapest({}, o)} ${cheapest}`,
      );
    } else if (a.status.priced === false) {
      out.push(`   ${m.arr_not_priced({ reason: a.status.reason }, o)}${english}`);
      if (a.status.missing.length > 0)
        out.push(`   ${m.arr_missing({ items: a.status.missing.slice(0, 3).join('; ') + (a.status.missing.length > 3 ? ' …' : '') }, o)}`);
    }
    for (const e of a.enrollments) for (const s of e.segments) if (e.segments.length > 1 || s.planId === null) out.push(`   - ${segmentText(e, s, lang)}`);
    if (a.status.priced) for (const reason of r.reasons) out.push(`   - ${reason}${english}`);
  }
  out.push('');
  for (const n of section.notes) {
    const said = arrangementNoteText(n, lang);
    out.push(`${said.text}${said.english ? english : ''}`);
  }
  return out.join('\n');
}
