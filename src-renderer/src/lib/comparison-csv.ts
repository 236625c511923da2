import type { ComparePriority } from '../../../src-shared/household-schema';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { csvDollars, toCsv, type CsvValue } from './csv';
import type { HouseholdSummaryRow } from './household-summary';
import { ENROLLMENT_LABELS as ENROLLMENT_WORDS } from './labels';
import { plansInOrder, rankingFor } from './result-view';

// The comparison as a spreadsheet: who was priced, then one row per plan with the engine's figures (the
// same shown figures, in the same order, as every screen), then the plans that could not be priced and why.

export interface ComparisonCsvInput {
  label: string;
  planYear: string;
  priority: ComparePriority;
  priorityLabel: string;
  enrollmentLabel: string;
  household: HouseholdSummaryRow[];
  result: CompareResult;
}

export function comparisonCsv({ label, planYear, priority, priorityLabel, enrollmentLabel, household, result }: ComparisonCsvInput): string {
  const ranking = rankingFor(result, priority);
  const rank = new Map(ranking.ranking.map((r) => [r.planId, r.rank]));
  const rows: CsvValue[][] = [
    ['Benefits Counselor comparison'],
    ['Session', label],
    ['Plan year', planYear],
    ['Enrollment type', enrollmentLabel],
    ['Priority', priorityLabel],
    ['Totals', result.basis.text],
    [],
    ['Person', 'Age', 'Usual care', 'Conditions', 'Big events', 'Drugs taken all year'],
    ...household.map((m) => [m.who, m.age, m.level, m.conditions, m.events, m.prescriptions]),
    [],
    [
      'Plan', 'Plan year', 'Enrollment type', 'Premium for the year ($)', 'Out of pocket before employer account ($)', 'Employer account pays ($)',
      'Expected out of pocket ($)', 'Expected total ($)', '1 in 10 years below ($)', '1 in 10 years above ($)',
      'If the out-of-pocket limit is reached ($)', 'Share of years cheapest', 'Rank',
    ],
    ...plansInOrder(result).map((p) => [
      p.name,
      p.planYear.label,
      ENROLLMENT_WORDS[p.enrollment.type],
      csvDollars(p.expected.premiumCents),
      csvDollars(p.expected.careBeforeAccountCents),
      csvDollars(p.expected.accountCents),
      csvDollars(p.expected.careCents),
      csvDollars(p.expected.totalCents),
      csvDollars(p.simulated.total?.p10Cents),
      csvDollars(p.simulated.total?.p90Cents),
      csvDollars(p.worstCase.totalCents),
      p.simulated.probabilityCheapest === null ? 'not known' : `${Math.round(p.simulated.probabilityCheapest * 100)}%`,
      rank.get(p.planId) ?? '',
    ]),
  ];
  if (result.skipped.length) {
    rows.push([], ['Not priced', 'Why']);
    for (const s of result.skipped) rows.push([s.name, s.reason]);
  }
  rows.push(
    [],
    ['Note', 'Expected = the average of the simulated years. The out-of-pocket limit does not cover care a plan does not cover, which comes on top.'],
    [],
    ['Assumptions'],
    ...result.assumptions.map((a) => [a]),
    [],
    ['Note', ranking.caveat],
  );
  return toCsv(rows);
}
