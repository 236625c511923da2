import type { ComparePriority } from '../../../src-shared/household-schema';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { m, type Language } from '../../../src-shared/i18n';
import { basisText, caveatText, skippedReason } from '../../../src-shared/i18n/result-text';
import { enrollmentLabel, glossaryEntry, type GlossaryKey } from '../../../src-shared/i18n/terms';
import { csvDollars, toCsv, type CsvValue } from './csv';
import type { HouseholdSummaryRow } from './household-summary';
import { plansInOrder, rankingFor } from './result-view';
import { arrangementCsvRows } from './arrangement-csv';

// The comparison as a spreadsheet, in the handout's language: who was priced, then one row per plan with
// the engine's figures (the same shown figures, in the same order, as every screen; plain numbers a
// spreadsheet can add up), then the plans that could not be priced and why, the assumptions and the words.

export interface ComparisonCsvInput {
  label: string;
  planYear: string;
  priority: ComparePriority;
  priorityLabel: string;
  enrollmentLabel: string;
  household: HouseholdSummaryRow[];
  result: CompareResult;
  /** "What we assumed", in `lang`. */
  assumptions: readonly string[];
  lang?: Language;
}

/** The glossary entries the CSV's headers use. */
const CSV_TERMS: GlossaryKey[] = ['premium', 'outOfPocket', 'deductible', 'copay', 'coinsurance', 'oopMax', 'worstCase'];

export function comparisonCsv({
  label,
  planYear,
  priority,
  priorityLabel,
  enrollmentLabel: enrollment,
  household,
  result,
  assumptions,
  lang = 'en',
}: ComparisonCsvInput): string {
  const o = { locale: lang };
  const ranking = rankingFor(result, priority);
  const rank = new Map(ranking.ranking.map((r) => [r.planId, r.rank]));
  const notKnown = m.csv_not_known({}, o);
  const cell = (cents: number | null | undefined): string => (typeof cents === 'number' && Number.isFinite(cents) ? csvDollars(cents) : notKnown);
  const rows: CsvValue[][] = [
    [m.csv_title({}, o)],
    [m.csv_session({}, o), label],
    [m.csv_plan_year({}, o), planYear],
    [m.csv_enrollment({}, o), enrollment],
    [m.csv_priority({}, o), priorityLabel],
    [m.csv_totals({}, o), basisText(result, lang)],
    [],
    [m.csv_person({}, o), m.csv_age({}, o), m.csv_usual({}, o), m.csv_conditions({}, o), m.csv_events({}, o), m.csv_drugs({}, o)],
    ...household.map((p) => [p.who, p.age, p.level, p.conditions, p.events, p.prescriptions]),
    [],
    [
      m.csv_plan({}, o),
      m.csv_plan_year({}, o),
      m.csv_enrollment({}, o),
      m.csv_premium({}, o),
      m.csv_oop_before({}, o),
      m.csv_account({}, o),
      m.csv_oop({}, o),
      m.csv_total({}, o),
      m.csv_p10({}, o),
      m.csv_p90({}, o),
      m.csv_worst({}, o),
      m.csv_cheapest({}, o),
      m.csv_rank({}, o),
    ],
    ...plansInOrder(result).map((p) => [
      p.name,
      p.planYear.label,
      enrollmentLabel(p.enrollment.type, lang),
      cell(p.expected.premiumCents),
      cell(p.expected.careBeforeAccountCents),
      cell(p.expected.accountCents),
      cell(p.expected.careCents),
      cell(p.expected.totalCents),
      cell(p.simulated.total?.p10Cents),
      cell(p.simulated.total?.p90Cents),
      cell(p.worstCase.totalCents),
      p.simulated.probabilityCheapest === null ? notKnown : `${Math.round(p.simulated.probabilityCheapest * 100)}%`,
      rank.get(p.planId) ?? '',
    ]),
  ];
  if (result.skipped.length) {
    rows.push([], [m.csv_not_priced({}, o), m.csv_why({}, o)]);
    for (const s of result.skipped) rows.push([s.name, skippedReason(s, lang)]);
  }
  rows.push(...arrangementCsvRows(result, priority, lang));
  rows.push(
    [],
    [m.csv_note({}, o), m.csv_note_expected({}, o)],
    [],
    [m.csv_assumptions({}, o)],
    ...assumptions.map((a) => [a]),
    [],
    [m.csv_words({}, o)],
    ...CSV_TERMS.map((key) => {
      const entry = glossaryEntry(key, lang);
      return [entry.term, entry.meaning];
    }),
    [],
    [m.csv_note({}, o), caveatText({ recommendation: ranking }, lang)],
  );
  return toCsv(rows);
}
