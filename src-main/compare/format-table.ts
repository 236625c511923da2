import type { CompareResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { ENROLLMENT_LABELS } from '../../src-shared/enrollment-types';
import { PRIORITY_LABELS } from './recommend';

// A plain-text table for the command line: one row per plan in ranking order, then what would change the
// answer, the break-even points, skipped plans, notes and the standing caveat.

const usd = (cents: number | null | undefined): string => (cents === null || cents === undefined ? 'unknown' : formatCents(cents, true));

/** Rows as aligned text columns: the first left-aligned, the others right-aligned (the CLI's tables too). */
export function textTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * One row per priced plan in ranking order, with the money as `money` writes it: rank, name, premium, care,
 * the account's part (when any plan has one), expected, typical year, p10, median, p90, worst case, and how
 * often it was cheapest.
 */
export function rankedPlanRows(result: CompareResult, money: (cents: number | null | undefined) => string): string[][] {
  const byId = new Map(result.plans.map((p) => [p.planId, p]));
  const accounts = result.plans.some((p) => p.expected.accountCents > 0);
  const rows: string[][] = [];
  for (const r of result.recommendation.ranking) {
    const p = byId.get(r.planId);
    if (!p) continue;
    const t = p.simulated.total;
    rows.push([
      String(r.rank),
      p.name,
      money(p.expected.premiumCents),
      money(p.expected.careCents),
      ...(accounts ? [money(p.expected.accountCents)] : []),
      money(p.expected.totalCents),
      money(p.typicalYear.figures.totalCents),
      money(t?.p10Cents),
      money(t?.p50Cents),
      money(t?.p90Cents),
      money(p.worstCase.totalCents),
      p.simulated.probabilityCheapest === null ? '—' : `${Math.round(p.simulated.probabilityCheapest * 100)}%`,
    ]);
  }
  return rows;
}

/** The plans in ranked order, one row each, and what "expected" means. */
function planTableLines(result: CompareResult): string[] {
  const out: string[] = [];
  const accounts = result.plans.some((p) => p.expected.accountCents > 0);
  const header = [
    'Rank',
    'Plan',
    'Premium',
    'Care',
    ...(accounts ? ['Account pays'] : []),
    'Expected',
    'Typical year',
    'Low (p10)',
    'Median',
    'Bad year (p90)',
    'Worst case',
    'Cheapest',
  ];
  const rows = [header, ...rankedPlanRows(result, usd)];
  out.push(rows.length > 1 ? textTable(rows) : 'No plan could be priced: see below for what is missing.');
  if (rows.length > 1) {
    out.push(
      `Expected = premium + care: the average of ${result.simulations.toLocaleString('en-US')} simulated years` +
        (accounts ? ', care after the employer account pays its part' : '') +
        '. Worst case = premium + the out-of-pocket limit; care a plan does not cover comes on top.',
    );
  }
  return out;
}

export function formatCompareTable(result: CompareResult): string {
  const byId = new Map(result.plans.map((p) => [p.planId, p]));
  const name = (id: string): string => byId.get(id)?.name ?? id;
  const out: string[] = [];
  out.push(
    `Comparison for ${result.members.length} ${result.members.length === 1 ? 'person' : 'people'} (${ENROLLMENT_LABELS[result.enrollmentType]}), ranked by ${PRIORITY_LABELS[result.priority]}.`,
  );
  out.push(result.basis.text);
  out.push('');
  out.push(...planTableLines(result));
  if (result.simulationNote) out.push(`Note: ${result.simulationNote}`);
  // Where the household had a choice of enrollment type, or a birth changes it: which type, and why.
  for (const p of result.plans) {
    if (p.enrollment.options.length > 1 || p.enrollment.change) out.push(`Enrollment, ${p.name}: ${p.enrollment.reason}`);
  }
  out.push('');
  for (const r of result.recommendation.ranking) {
    out.push(`${r.rank}. ${name(r.planId)}`);
    for (const reason of r.reasons) out.push(`   - ${reason}`);
  }
  out.push('');
  out.push(`What would change the answer: ${result.sensitivity.summary}`);
  if (result.breakEven.available) {
    out.push(`Break-even: ${result.breakEven.message}`);
    for (const p of result.breakEven.points) {
      out.push(`   - at about ${usd(p.allowedCents)} of allowed care a year, ${name(p.cheaperAbovePlanId)} becomes cheaper than ${name(p.cheaperBelowPlanId)}`);
    }
    out.push(`   (this household's typical year: about ${usd(result.breakEven.typicalAllowedCents)} of allowed care)`);
    for (const b of result.breakEven.beyondLimit) out.push(`   - ${b.text}`);
  } else {
    out.push(`Break-even: ${result.breakEven.message}`);
  }
  for (const s of result.skipped) {
    out.push(
      `Not priced: ${s.reason}${s.missing.length > 0 ? ` Missing: ${s.missing.slice(0, 3).join('; ')}${s.missing.length > 3 ? ` and ${s.missing.length - 3} more` : ''}.` : ''}`,
    );
  }
  for (const p of result.plans) for (const w of p.warnings) out.push(`Warning (${p.name}): ${w}`);
  for (const p of result.plans) for (const n of p.notes) out.push(`Note (${p.name}): ${n}`);
  for (const n of result.notes) out.push(`Note: ${n}`);
  out.push('');
  out.push('Assumptions:');
  for (const a of result.assumptions) out.push(`   - ${a}`);
  for (const p of result.plans) for (const a of p.assumptions) out.push(`   - ${p.name}: ${a}`);
  out.push('');
  out.push(result.recommendation.caveat);
  return out.join('\n');
}
