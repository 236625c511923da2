import type { CompareRequest, CompareRequestInput, ComparePriority } from '../../src-shared/household-schema';
import type { CompareResult, PlanComparison } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import type { Plan } from '../../src-shared/plan-schema';
import type { ServiceCode } from '../../src-shared/services';
import type { CompareTables } from '../../src-shared/tables-schema';
import { finishArrangementSection, prepareArrangementsFor, type PreparedArrangements } from './arrangements';
import { breakEven, createSpendingCurves, limitTotal, type BreakEven } from './break-even';
import { memberLabels } from './care-items';
import { yearTotal } from './cost-basis';
import { expectedFigures, yearFigures, yearMarkers } from './figures';
import type { PlanContext } from './plan-context';
import { parseCompareRequest, prepareParsed, type PrepareOptions, type PreparedComparison } from './prepare-plans';
import { rankPlans } from './recommend';
import { findSensitivity, type Sensitivity } from './sensitivity';
import type { Checkpoint } from './simulate';
import { countAbove, histogram, probabilityCheapest, sharedBandEdges, summarize, summarizeMonotone, type Summary } from './statistics';
import { planSimulation, sensitivityAffordable, type SimulationPlan } from './work-budget';
import { joinRanges, simulateRange, windowGroups, type YearRange } from './year-ranges';

export { simulateChunks, simulateRange, type NextChunk, type YearRange } from './year-ranges';

// From a household and the plans on offer to a decision the counselor can explain, in three parts that
// the compute pool runs on several threads (src-main/compute) and compareHousehold runs in a row:
//   prepareComparison  check the request, build each plan's year, price the typical year, size the work;
//   simulateRange      simulated years [from, to) under every plan (year-ranges.ts; simulateChunks: the
//                      workers share them chunk by chunk);
//   analyseComparison  break-even and what would change the answer (the typical year, no simulation);
//   finishComparison   the simulated years' statistics, the shown figures and the rankings.
// Pure apart from the engine it calls: the same plans, request (with its seed) and tables always give the
// same result, however the years are split.

export interface Prepared {
  prep: PreparedComparison;
  simulation: SimulationPlan;
  /** Who enrolls where (issue 14); null unless two employers or two employees offer coverage. */
  arrangements: PreparedArrangements | null;
}

export interface Analysis {
  breakEven: BreakEven;
  sensitivity: Sensitivity;
}

/** `request` is already checked (parseCompareRequest, or the IPC dispatcher's parse). */
export function prepareComparison(plans: readonly Plan[], request: CompareRequest, tables: CompareTables, options: PrepareOptions = {}): Prepared {
  const prep = prepareParsed(plans, request, tables, options);
  const arrangements = prepareArrangementsFor(plans, prep, tables);
  return { prep, simulation: planSimulation(prep, arrangements?.work), arrangements };
}

export function analyseComparison({ prep }: Prepared, tables: CompareTables, checkpoint?: Checkpoint): Analysis {
  const household = prep.request.household;
  const priceOf = (service: ServiceCode): number => household.priceOverrides?.[service] ?? tables.prices.services[service].cents;
  const sensitivity: Sensitivity = sensitivityAffordable(prep)
    ? findSensitivity(prep.contexts, priceOf, checkpoint)
    : {
        basis: 'typical_year',
        cheapestPlanId: null,
        change: null,
        summary: 'What would change the answer was not worked out: the household’s year is too large to try every change quickly.',
      };
  return { breakEven: breakEven(prep.contexts, createSpendingCurves(prep.contexts, checkpoint)), sensitivity };
}

const PRIORITIES: ComparePriority[] = ['lowest_expected', 'lowest_worst_case', 'lowest_premium', 'balanced'];

export function finishComparison(prepared: Prepared, tables: CompareTables, ranges: readonly YearRange[], analysis: Analysis): CompareResult {
  const { prep, simulation } = prepared;
  const { request, contexts } = prep;
  const household = request.household;
  const years = simulation.years;
  const sims = joinRanges(ranges, contexts.length, years);

  // Each plan's out-of-pocket years are summarized once. A year's total (premium + what the account does
  // not pay) never falls as its out of pocket rises, so the totals' percentiles are those years' totals:
  // no second selection (summarizeMonotone), and the year markers read them too.
  const oopSelected = contexts.map((): number[] => []);
  const oopSummaries = contexts.map((_, i) => summarize(sims.outOfPocket[i] as Float64Array, oopSelected[i]));
  const totalSelected = contexts.map((): number[] => []);
  const totals = contexts.map((ctx, i) => (ctx.basis.premiumBasisCents === null ? null : yearTotals(ctx, sims.outOfPocket[i] as Float64Array)));
  const chances = probabilityCheapest(totals);
  const totalSummaries = totals.map((t, i) => {
    const basis = (contexts[i] as PlanContext).basis;
    return t ? summarizeMonotone(t, oopSelected[i] as number[], (v) => yearTotal(basis, v) as number, totalSelected[i]) : null;
  });
  // One set of bands for every plan, so the histogram's bars compare like with like.
  const edges = sharedBandEdges(totalSummaries.filter((s): s is Summary => s !== null));

  const comparisons: PlanComparison[] = contexts.map((ctx, i) => {
    const total = totals[i] ?? null;
    return planComparison(ctx, prep, i, {
      outOfPocket: sims.outOfPocket[i] as Float64Array,
      notCovered: sims.notCovered[i] as Float64Array,
      total,
      outOfPocketSummary: oopSummaries[i] as Summary,
      totalSummary: totalSummaries[i] ?? null,
      markers: (total ? totalSelected[i] : oopSelected[i]) as number[],
      histogram: total && edges ? histogram(total, edges) : null,
      chance: chances[i] ?? null,
    });
  });
  const afterTax = household.taxRatePercent !== undefined;
  const labels = memberLabels(household.members);
  const rankContext = { simulations: years, afterTax };
  const rankings = Object.fromEntries(PRIORITIES.map((p) => [p, rankPlans(p, comparisons, rankContext)])) as CompareResult['rankings'];

  const notes = new Set<string>();
  for (const care of prep.cares) care.notes.forEach((n) => notes.add(n));
  if (windowGroups(contexts).length > 1) {
    notes.add('The plans compared run on different plan years, so each is priced over its own year; dated events may fall in one and not the other.');
  }
  const assumptions = [
    ...new Set(prep.cares.flatMap((care) => care.assumptions)),
    `Prices: default allowed amounts for ${tables.prices.priceYear} from public figures; ${tables.prices.trend.note}` +
      (household.priceOverrides ? '; the counselor entered some prices.' : '.'),
    `${years.toLocaleString('en-US')} simulated years (seed ${request.seed}): visit counts vary around the expected use, prices vary around the table's.`,
  ];

  return {
    type: 'benefits-counselor/compare-result',
    version: 1,
    priority: request.priority,
    simulations: years,
    requestedSimulations: request.simulations,
    simulationNote: simulation.note,
    seed: request.seed,
    enrollmentType: prep.enrollmentType,
    members: household.members.map((m, i) => ({ id: m.id, label: labels[i] as string, age: prep.cares[0]?.ages[i] ?? m.age ?? 0 })),
    basis: {
      afterTax,
      taxRatePercent: household.taxRatePercent ?? null,
      accountsApplied: Object.keys(household.accountCentsByPlan ?? {}).length > 0,
      text: basisText(household.taxRatePercent),
    },
    plans: comparisons,
    skipped: prep.skipped,
    breakEven: analysis.breakEven,
    sensitivity: analysis.sensitivity,
    recommendation: rankings[request.priority],
    rankings,
    planOrder: rankings.lowest_expected.ranking.map((r) => r.planId),
    assumptions,
    notes: [...notes],
    ...arrangementField(prepared, ranges, years),
  };
}

function arrangementField(prepared: Prepared, ranges: readonly YearRange[], years: number): Pick<CompareResult, 'arrangements'> {
  const section = finishArrangementSection(prepared.arrangements, ranges, years);
  return section ? { arrangements: section } : {};
}

/** The whole comparison on this thread: the reference the compute pool's split result must equal. */
export function compareHousehold(plans: Plan[], input: CompareRequest | CompareRequestInput, tables: CompareTables, checkpoint?: Checkpoint): CompareResult {
  const prepared = prepareComparison(plans, parseCompareRequest(input), tables);
  const range = simulateRange(prepared, 0, prepared.simulation.years, checkpoint);
  return finishComparison(prepared, tables, [range], analyseComparison(prepared, tables, checkpoint));
}

function basisText(taxRatePercent: number | undefined): string {
  const base = `Yearly totals are the employee's premium (for the enrollment type shown with each plan) plus out-of-pocket costs, less any employer HSA/HRA money for the plan`;
  return taxRatePercent === undefined
    ? `${base}, before tax.`
    : `${base}, after tax at ${taxRatePercent}%: premiums are paid before tax (premium × ${(100 - taxRatePercent) / 100}); out-of-pocket costs are paid with after-tax money unless they come from the account.`;
}

interface PlanYears {
  outOfPocket: Float64Array;
  notCovered: Float64Array;
  total: Float64Array | null;
  outOfPocketSummary: Summary;
  totalSummary: Summary | null;
  /** The selected values (min, p10, p50, p90, max) of the total's years, or the out of pocket's without a total. */
  markers: number[];
  histogram: ReturnType<typeof histogram> | null;
  chance: number | null;
}

function planComparison(ctx: PlanContext, prep: PreparedComparison, i: number, y: PlanYears): PlanComparison {
  const priced = prep.typical[i] as PreparedComparison['typical'][number];
  const limit = limitTotal(ctx);
  const worstTotal = limit === null ? null : Math.round(limit / 100) * 100;
  const years = Math.max(1, y.outOfPocket.length);
  const shareAbove = y.total && limit !== null ? countAbove(y.total, limit + 0.5) / years : 0;
  const limitWord = ctx.oopLimitKind === 'person' ? 'personal' : 'family';
  const limitText = formatCents(ctx.oopLimitCents, true);
  return {
    planId: ctx.plan.id,
    name: ctx.name,
    planName: ctx.plan.planName,
    option: ctx.plan.option,
    carrier: ctx.plan.carrier,
    planYear: { start: ctx.care.window.start, end: ctx.care.window.end, label: ctx.care.window.label },
    premium: ctx.basis.premium,
    enrollment: { type: ctx.enrollment.type, options: ctx.enrollment.options, change: ctx.enrollment.change, reason: ctx.enrollment.reason },
    premiumBasisCents: ctx.basis.premiumBasisCents,
    accountCents: ctx.basis.accountCents,
    totalKnown: ctx.basis.premiumBasisCents !== null,
    expected: expectedFigures(ctx.basis, y.outOfPocket),
    typicalYear: { allowedCents: priced.totals.allowedCents, figures: yearFigures(ctx.basis, priced.totals.memberPaysCents) },
    simulated: {
      outOfPocket: y.outOfPocketSummary,
      total: y.totalSummary,
      histogram: y.histogram,
      probabilityCheapest: y.chance,
      shareWithNotCovered: countAbove(y.notCovered, 0) / years,
      years: yearMarkers(y.total ?? y.outOfPocket, y.markers),
    },
    worstCase: {
      limit: ctx.oopLimitKind,
      oopMaxCents: ctx.oopLimitCents,
      totalCents: worstTotal,
      shareAbove,
      note:
        (worstTotal === null
          ? `Premium unknown: out of pocket is at most the ${limitWord} limit of ${limitText}`
          : `If the out-of-pocket limit is reached: the premium plus the ${limitWord} limit of ${limitText}` +
            (ctx.basis.accountCents > 0 ? ', less the employer account money' : '')) +
        ', plus any care the plan does not cover (such as visits past a yearly limit), which is outside the limit' +
        (shareAbove > 0 ? `; ${percentText(shareAbove)} of simulated years cost more than this for that reason.` : '.'),
    },
    notes: prep.planNotes[i] ?? [],
    warnings: prep.planWarnings[i] ?? [],
    assumptions: prep.planAssumptions[i] ?? [],
  };
}

/** A plan's total for each simulated year. */
function yearTotals(ctx: PlanContext, oop: Float64Array): Float64Array {
  const out = new Float64Array(oop.length);
  for (let k = 0; k < oop.length; k++) out[k] = yearTotal(ctx.basis, oop[k] as number) as number;
  return out;
}

function percentText(share: number): string {
  const pct = share * 100;
  return pct < 1 ? 'under 1%' : `${Math.round(pct)}%`;
}
