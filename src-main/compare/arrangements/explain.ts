import type { ExplainArrangementRequest, ExplainArrangementResult } from '../../../src-shared/compare-result-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { refusal } from '../../../src-shared/refusal';
import { AppError } from '../../../src-shared/result';
import type { CompareTables } from '../../../src-shared/tables-schema';
import { priceClaims, type CompiledPlan } from '../../engine';
import { costFigures, sumFigures } from '../figures';
import { prepareParsed } from '../prepare-plans';
import { createYearDrawer, simulatedYearRows } from '../simulate';
import type { Claim } from '../../../src-shared/claims-schema';
import { typicalClaims } from '../typical-year';
import { planSimulation } from '../work-budget';
import { monthsText, planYearLabel } from './decision-window';
import { prepareArrangementsFor, type PreparedArrangements } from './prepare';
import { routedRows } from './simulate-units';
import { isoDate } from '../plan-window';

// One arrangement's year claim by claim: each enrollment's claims (only its members'), priced with the
// ledger under each plan year it covers, with that plan year's own accumulators. A simulated year is drawn
// again from its own stream and routed exactly as the comparison routed it, so the totals are the year's.

export function explainArrangement(
  plans: readonly Plan[],
  { request, arrangementId, year }: ExplainArrangementRequest,
  tables: CompareTables,
): ExplainArrangementResult {
  const prep = prepareParsed(plans, request, tables);
  const pa = prepareArrangementsFor(plans, prep, tables);
  const a = pa?.arrangements.find((x) => x.id === arrangementId);
  if (!pa || !a) throw refusal('NOT_FOUND', 'err_explain_arrangement', { id: arrangementId });
  if (a.problem) throw new AppError('PLAN_INCOMPLETE', a.problem.reason);
  const years = planSimulation(prep, pa.work).years;
  if (year !== 'typical' && year.simulated >= years) {
    throw refusal('INVALID_ARGUMENT', 'err_explain_year', { last: years - 1, year: year.simulated });
  }
  const claimsFor = year === 'typical' ? typicalLists(pa) : simulatedLists(pa, request.seed, year.simulated);
  const enrollments = a.enrollments.map((e) => {
    const parts = e.priced.map((part) => {
      const group = pa.groups.findIndex(
        (g) => g.fromDay === part.segment.fromDay && g.toDay === part.segment.toDay && g.members.join() === e.shape.members.join(),
      );
      // A unit the plain comparison prices (everyone on one plan) has no row group: the household's whole year.
      const claims = group >= 0 ? claimsFor(group, part.compiled.plan) : wholeYear(pa, part.compiled, request.seed, year);
      const members = pa.groups[group]?.sub.care.members ?? pa.care.members;
      return {
        planId: part.compiled.plan.id,
        planYearLabel: planYearLabel(part.segment.planYear),
        months: monthsText(part.segment.from, part.segment.to),
        priced: {
          ...priceClaims(part.compiled, members, claims, { ledger: true }),
          premium: { known: true as const, enrollmentType: e.type, code: '', biweeklyEmployeeCents: 0, annualEmployeeCents: part.premiumCents },
        },
      };
    });
    const oop = parts.reduce((n, p) => n + p.priced.totals.memberPaysCents, 0);
    const figures = costFigures(e.premiumBasisCents, oop, Math.min(oop, e.accountCents));
    return { planId: e.shape.plan.id, name: e.name, enrollmentType: e.type, members: e.memberIds, parts, figures };
  });
  return { arrangementId, year, enrollments, figures: sumFigures(enrollments.map((e) => e.figures)) };
}

function wholeYear(pa: PreparedArrangements, compiled: CompiledPlan, seed: number, year: ExplainArrangementRequest['year']): Claim[] {
  return year === 'typical' ? typicalClaims(pa.care, compiled.plan).claims : simulatedYearRows(pa.care, [compiled], seed, year.simulated).toClaims(0);
}

type ClaimsFor = (group: number, plan: Plan) => ReturnType<typeof typicalClaims>['claims'];

/** The typical year of the group's members, only the days of its plan-year stretch. */
function typicalLists(pa: PreparedArrangements): ClaimsFor {
  return (group, plan) => {
    const g = pa.groups[group];
    if (!g) return [];
    const from = isoDate(pa.window.startDay + g.fromDay);
    const to = isoDate(pa.window.startDay + g.toDay - 1);
    return typicalClaims(g.sub.care, plan).claims.filter((c) => c.date >= from && c.date <= to);
  };
}

function simulatedLists(pa: PreparedArrangements, seed: number, k: number): ClaimsFor {
  const { router, groups } = routedRows(pa);
  createYearDrawer(pa.care, seed).draw(k, router);
  return (group, plan) => {
    const rows = groups[group];
    const p = pa.groups[group]?.plans.findIndex((c) => c.plan.id === plan.id) ?? -1;
    return rows && p >= 0 ? rows.toClaims(p) : [];
  };
}
