import type { CompareResult } from '../../../src-shared/compare-result-schema';
import type { ComparePriority } from '../../../src-shared/household-schema';
import { m, type Language } from '../../../src-shared/i18n';
import { arrangementLabel, segmentText } from '../../../src-shared/i18n/arrangement-text';
import { enrollmentLabel } from '../../../src-shared/i18n/terms';
import { arrangementsRanked, hasArrangements } from './arrangement-view';
import { csvDollars, type CsvValue } from './csv';

// The CSV's "who enrolls where" block (issue 14): one row per enrollment of each arrangement, in the order
// of the chosen priority, with the arrangement's figures on its first row (plain numbers a spreadsheet can
// add up: each enrollment's premium and out of pocket add up to the arrangement's), then those not priced.

export function arrangementCsvRows(
  result: CompareResult,
  priority: ComparePriority,
  lang: Language,
  named: Readonly<Record<string, string>> = {},
): CsvValue[][] {
  if (!hasArrangements(result)) return [];
  const o = { locale: lang };
  const notKnown = m.csv_not_known({}, o);
  const cell = (cents: number | null | undefined): string => (typeof cents === 'number' && Number.isFinite(cents) ? csvDollars(cents) : notKnown);
  const rows: CsvValue[][] = [
    [],
    [m.arr_csv_heading({}, o), `${result.arrangements.window.start} – ${result.arrangements.window.end}`],
    [
      m.arr_col_rank({}, o),
      m.arr_col_arrangement({}, o),
      m.csv_plan({}, o),
      m.csv_enrollment({}, o),
      m.csv_premium({}, o),
      m.csv_oop({}, o),
      m.csv_total({}, o),
      m.arr_col_worst({}, o),
      m.arr_col_cheapest({}, o),
      m.csv_why({}, o),
    ],
  ];
  for (const v of arrangementsRanked(result.arrangements, priority)) {
    const a = v.arrangement;
    const label = arrangementLabel(result, a, lang, named);
    a.enrollments.forEach((e, j) => {
      const months = e.segments.map((s) => segmentText(e, s, lang)).join('; ');
      rows.push([
        j === 0 ? v.rank : '',
        j === 0 ? label : '',
        `${e.name} (${months})`,
        enrollmentLabel(e.enrollmentType, lang),
        cell(e.expected?.premiumCents),
        cell(e.expected?.careCents),
        j === 0 ? cell(a.expected?.totalCents) : '',
        j === 0 ? cell(a.worstCase?.totalCents) : '',
        j === 0 ? (a.simulated?.probabilityCheapest == null ? notKnown : `${Math.round(a.simulated.probabilityCheapest * 100)}%`) : '',
        j === 0 && !a.status.priced ? a.status.reason : '',
      ]);
    });
  }
  return rows;
}
