import type { CompareResult } from '../../../src-shared/household-schema';
import { csvDollars, toCsv, type CsvValue } from './csv';
import type { HouseholdSummaryRow } from './household-summary';

// The comparison as a spreadsheet: who was priced, then one row per plan with the engine's figures, then
// the plans that could not be priced and why.

export interface ComparisonCsvInput {
  label: string;
  planYear: string;
  priorityLabel: string;
  enrollmentLabel: string;
  household: HouseholdSummaryRow[];
  result: CompareResult;
}

export function comparisonCsv({ label, planYear, priorityLabel, enrollmentLabel, household, result }: ComparisonCsvInput): string {
  const rank = new Map(result.recommendation.ranking.map((r) => [r.planId, r.rank]));
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
      'Plan', 'Plan year', 'Premium for the year ($)', 'Expected out of pocket ($)', 'Expected total ($)',
      '1 in 10 years below ($)', '1 in 10 years above ($)', 'Worst case ($)', 'Share of years cheapest', 'Rank',
    ],
    ...result.plans.map((p) => [
      p.name,
      p.planYear.label,
      csvDollars(p.premiumBasisCents),
      csvDollars(p.simulated.outOfPocket.meanCents),
      csvDollars(p.simulated.total?.meanCents),
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
  rows.push([], ['Assumptions'], ...result.assumptions.map((a) => [a]), [], ['Note', result.recommendation.caveat]);
  return toCsv(rows);
}
