import type { CompareRequest, CompareRequestInput, ComparePriority } from '../../src-shared/household-schema';
import type { CompareResult, PlanComparison } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import type { Plan } from '../../src-shared/plan-schema';
import type { ServiceCode } from '../../src-shared/services';
import type { CompareTables } from '../../src-shared/tables-schema';
import { finishArrangementSection, prepareArrangementsFor, UnitSimulator, type PreparedArrangements, type UnitsOut, type UnitYears } from './arrangements';
import { breakEven, createSpendingCurves, limitTotal, type BreakEven } from './break-even';
import { memberLabels } from './care-items';
import { yearTotal } from './cost-basis';
import { expectedFigures, yearFigures, yearMarkers } from './figures';
import type { PlanContext } from './plan-context';
import { parseCompareRequest, prepareParsed, type PreparedComparison } from './prepare-plans';
import { rankPlans } from './recommend';
import { findSensitivity, type Sensitivity } from './sensitivity';
import { YearSimulator, type Checkpoint } from './simulate';
import { histogram, probabilityCheapest, sharedBandEdges, summarize, summarizeMonotone, type Summary } from './statistics';
import { planSimulation, sensitivityAffordable, type SimulationPlan } from './work-budget';

// From a household and the plans on offer to a decision the counselor can explain, in three parts that
// the compute pool runs on several threads (src-main/compute) and compareHousehold runs in a row:
//   prepareComparison  check the request, build each plan's year, price the typical year, size the work;
//   simulateRange      simulated years [from, to) under every plan (simulateChunks: the workers share them);
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

/** Simulated out-of-pocket per compared plan (in prep.contexts order) for years [from, to). */
export interface YearRange {
  from: number;
  to: number;
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
  /** The arrangements' priced units, same years (absent without arrangements). */
  units?: UnitYears | undefined;
}

/** `request` is already checked (parseCompareRequest, or the IPC dispatcher's parse). */
export function prepareComparison(plans: readonly Plan[], request: CompareRequest, tables: CompareTables): Prepared {
  const prep = prepareParsed(plans, request, tables);
  const arrangements = prepareArrangementsFor(plans, prep, tables);
  return { prep, simulation: planSimulation(prep, arrangements?.work), arrangements };
}

/** Plans priced over the same plan-year window share one simulation (the same simulated years). */
function windowGroups(contexts: readonly PlanContext[]): number[][] {
  const byWindow = new Map<string, number[]>();
  contexts.forEach((ctx, i) => byWindow.set(ctx.care.window.start, [...(byWindow.get(ctx.care.window.start) ?? []), i]));
  return [...byWindow.values()];
}

/** The next chunk of years [from, to) to simulate, or null when every year is taken (shared between workers). */
export type NextChunk = () => readonly [from: number, to: number] | null;

/** A comparison's years, as ranges of one set of arrays (year k at index k − base). */
interface YearArrays {
  base: number;
  outOfPocket: Float64Array[];
  notCovered: Float64Array[];
  units?: UnitsOut | undefined;
}

/**
 * Simulates the years of a prepared comparison under every plan and arrangement, range after range, with
 * each simulation's memory made once. Plans priced on the arrangements' care plan are drawn once a year
 * with the arrangements.
 */
function rangeSimulator({ prep, arrangements }: Prepared): (from: number, to: number, out: YearArrays, checkpoint?: Checkpoint) => void {
  const { contexts, request } = prep;
  const joint: number[] = [];
  const plain: { indexes: number[]; simulator: YearSimulator }[] = [];
  for (const indexes of windowGroups(contexts)) {
    const first = contexts[indexes[0] as number] as PlanContext;
    if (arrangements && indexes.every((i) => contexts[i]?.care === arrangements.care)) joint.push(...indexes);
    else {
      const compiled = indexes.map((i) => (contexts[i] as PlanContext).compiled);
      plain.push({ indexes, simulator: new YearSimulator(first.care, compiled, request.seed) });
    }
  }
  const units = arrangements
    ? new UnitSimulator(
        arrangements,
        request.seed,
        joint.map((i) => ({ index: i, compiled: (contexts[i] as PlanContext).compiled })),
      )
    : null;
  return (from, to, out, checkpoint) => {
    for (const { indexes, simulator } of plain) {
      const own = {
        base: out.base,
        outOfPocket: indexes.map((i) => out.outOfPocket[i] as Float64Array),
        notCovered: indexes.map((i) => out.notCovered[i] as Float64Array),
      };
      simulator.run(from, to, own, checkpoint);
    }
    if (units && out.units) units.run(from, to, out.units, out, checkpoint);
  };
}

function yearArrays({ prep, arrangements }: Prepared, base: number, length: number): YearArrays {
  const plans = prep.contexts.length;
  const arrays = (n: number): Float64Array[] => Array.from({ length: n }, () => new Float64Array(length));
  const units = arrangements ? { base, outOfPocket: arrays(arrangements.units.length), notCovered: arrays(arrangements.units.length) } : undefined;
  return { base, outOfPocket: arrays(plans), notCovered: arrays(plans), units };
}

/** Years [from, to) of `all` as a range: views of its arrays, no copy. */
function rangeOf(all: YearArrays, from: number, to: number): YearRange {
  const view = (a: Float64Array): Float64Array => a.subarray(from - all.base, to - all.base);
  const range: YearRange = { from, to, outOfPocket: all.outOfPocket.map(view), notCovered: all.notCovered.map(view) };
  if (all.units) range.units = { outOfPocket: all.units.outOfPocket.map(view), notCovered: all.units.notCovered.map(view) };
  return range;
}

export function simulateRange(prepared: Prepared, from: number, to: number, checkpoint?: Checkpoint): YearRange {
  const out = yearArrays(prepared, from, Math.max(0, to - from));
  rangeSimulator(prepared)(from, to, out, checkpoint);
  return rangeOf(out, from, to);
}

/**
 * Simulates the chunks `next` hands out until none is left: the compute pool's workers share one
 * counter, so a worker slowed by the host or by the lead's analysis simply takes fewer chunks and every
 * worker finishes within a chunk of the others. The ranges are views of one set of arrays per worker.
 */
export function simulateChunks(prepared: Prepared, next: NextChunk, checkpoint?: Checkpoint): YearRange[] {
  const all = yearArrays(prepared, 0, prepared.simulation.years);
  const simulate = rangeSimulator(prepared);
  const ranges: YearRange[] = [];
  for (let chunk = next(); chunk !== null; chunk = next()) {
    const [from, to] = chunk;
    simulate(from, to, all, checkpoint);
    ranges.push(rangeOf(all, from, to));
  }
  return ranges;
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

/** Joins year ranges (in any order) into one array per plan covering years [0, years). */
function joinRanges(ranges: readonly YearRange[], plans: number, years: number): { outOfPocket: Float64Array[]; notCovered: Float64Array[] } {
  const outOfPocket = Array.from({ length: plans }, () => new Float64Array(years));
  const notCovered = Array.from({ length: plans }, () => new Float64Array(years));
  let covered = 0;
  for (const r of ranges) {
    for (let p = 0; p < plans; p++) {
      (outOfPocket[p] as Float64Array).set(r.outOfPocket[p] as Float64Array, r.from);
      (notCovered[p] as Float64Array).set(r.notCovered[p] as Float64Array, r.from);
    }
    covered += r.to - r.from;
  }
  if (covered !== years) throw new RangeError(`the simulated ranges cover ${covered} of ${years} years`);
  return { outOfPocket, notCovered };
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

/** How many of the values lie above `threshold`. */
function countAbove(values: Float64Array, threshold: number): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if ((values[k] as number) > threshold) n++;
  return n;
}

function percentText(share: number): string {
  const pct = share * 100;
  return pct < 1 ? 'under 1%' : `${Math.round(pct)}%`;
}
