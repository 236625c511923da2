import type { ComparePriority } from '../../../src-shared/household-schema';
import type { ArrangementComparison, ArrangementSection, CostFigures } from '../../../src-shared/compare-result-schema';
import { formatCents } from '../../../src-shared/money';
import { costFigures, sumFigures, yearMarkers } from '../figures';
import { countAbove, histogram, probabilityCheapest, sharedBandEdges, summarize, type Summary } from '../statistics';
import { monthsText, planYearLabel } from './decision-window';
import type { PreparedArrangement, PreparedArrangements, PreparedEnrollment } from './prepare';
import { rankArrangements } from './rank';
import type { UnitYears } from './simulate-units';

// From each priced unit's simulated years to the arrangements' figures: an arrangement's year is the sum
// of its enrollments' years (premium + out of pocket beyond the account, each enrollment on its own),
// on the same simulated years as every plan. The shown figures are each enrollment's, rounded once, and
// the arrangement's are their sums, so every part on screen adds up.

const PRIORITIES: ComparePriority[] = ['lowest_expected', 'lowest_worst_case', 'lowest_premium', 'balanced'];
const toDollar = (cents: number): number => Math.round(cents / 100) * 100;

function enrollmentExpected(e: PreparedEnrollment, oop: Float64Array): CostFigures {
  let gross = 0;
  let fromAccount = 0;
  for (let k = 0; k < oop.length; k++) {
    const v = oop[k] as number;
    gross += v;
    fromAccount += Math.min(v, e.accountCents);
  }
  const n = Math.max(1, oop.length);
  return costFigures(e.premiumBasisCents, gross / n, fromAccount / n);
}

/** The arrangement's total per simulated year, or null when it is not priced. */
function yearTotals(a: PreparedArrangement, units: UnitYears, years: number): Float64Array | null {
  if (a.problem) return null;
  const total = new Float64Array(years);
  for (const e of a.enrollments) {
    const oop = units.outOfPocket[e.unit as number] as Float64Array;
    for (let k = 0; k < years; k++) total[k] = (total[k] as number) + e.premiumBasisCents + Math.max(0, (oop[k] as number) - e.accountCents);
  }
  return total;
}

export function finishArrangements(pa: PreparedArrangements, units: UnitYears, years: number): ArrangementSection {
  const totals = pa.arrangements.map((a) => yearTotals(a, units, years));
  const chances = probabilityCheapest(totals);
  const selected = totals.map((): number[] => []);
  const summaries = totals.map((t, i) => (t ? summarize(t, selected[i]) : null));
  const edges = sharedBandEdges(summaries.filter((s): s is Summary => s !== null));
  // An enrollment recurs in many arrangements (prepare.ts shares it): its years are read once.
  const expectedOf = new Map<PreparedEnrollment, CostFigures>();
  const expected = (e: PreparedEnrollment): CostFigures => {
    let f = expectedOf.get(e);
    if (!f) expectedOf.set(e, (f = enrollmentExpected(e, units.outOfPocket[e.unit as number] as Float64Array)));
    return f;
  };
  const notCoveredYears = units.notCovered.map((years) => countAbove(years, 0));
  const arrangements = pa.arrangements.map((a, i): ArrangementComparison => {
    const total = totals[i] ?? null;
    const summary = summaries[i] ?? null;
    const enrollments = a.enrollments.map((e) => enrollmentResult(e, a.problem ? null : { ...expected(e) }));
    const base = { id: a.id, label: a.label, enrollments };
    if (a.problem || !total || !summary) {
      return {
        ...base,
        status: { priced: false, reason: a.problem?.reason ?? 'Not priced.', missing: a.problem?.missing ?? [] },
        expected: null,
        simulated: null,
        worstCase: null,
      };
    }
    const notCovered = a.enrollments.reduce((n, e) => n + (notCoveredYears[e.unit as number] as number), 0);
    const worst = enrollments.reduce((n, e) => n + (e.worstCaseCents ?? 0), 0);
    const limits = a.enrollments.reduce((n, e) => n + e.limitCents, 0);
    return {
      ...base,
      status: { priced: true },
      expected: sumFigures(enrollments.map((e) => e.expected as CostFigures)),
      simulated: {
        total: summary,
        histogram: edges ? histogram(total, edges) : null,
        probabilityCheapest: chances[i] ?? null,
        shareWithNotCovered: Math.min(1, notCovered / Math.max(1, years)),
        years: yearMarkers(total, selected[i]),
      },
      worstCase: {
        totalCents: worst,
        note: `If every out-of-pocket limit is reached: the premiums plus ${formatCents(limits, true)} of limits (each enrollment's, for each plan year it covers), less any employer account money, plus care a plan does not cover.`,
      },
    };
  });
  const rankings = Object.fromEntries(PRIORITIES.map((p) => [p, rankArrangements(p, arrangements, years)])) as ArrangementSection['rankings'];
  return {
    window: { start: pa.window.start, end: pa.window.end, label: pa.window.label },
    arrangements,
    rankings,
    order: rankings.lowest_expected.ranking.map((r) => r.arrangementId),
    notes: pa.notes,
  };
}

function enrollmentResult(e: PreparedEnrollment, expected: CostFigures | null): ArrangementComparison['enrollments'][number] {
  return {
    program: e.shape.program,
    planId: e.shape.plan.id,
    name: e.name,
    enrollmentType: e.type,
    members: e.memberIds,
    segments: e.segments.map((s) => ({
      planId: s.plan?.id ?? null,
      planYearLabel: planYearLabel(s.planYear),
      from: s.from,
      to: s.to,
      months: monthsText(s.from, s.to),
    })),
    expected,
    worstCaseCents: expected ? toDollar(e.premiumBasisCents + Math.max(0, e.limitCents - e.accountCents)) : null,
  };
}
