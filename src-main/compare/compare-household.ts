import type { CompareRequest, CompareRequestInput, CompareResult, PlanComparison } from '../../src-shared/household-schema';
import { formatCents } from '../../src-shared/money';
import type { Plan } from '../../src-shared/plan-schema';
import type { ServiceCode } from '../../src-shared/services';
import type { CompareTables } from '../../src-shared/tables-schema';
import { breakEven } from './break-even';
import { memberLabels } from './care-items';
import { yearTotal } from './cost-basis';
import type { PlanContext } from './plan-context';
import { preparePlans, type PreparedComparison } from './prepare-plans';
import { ENROLLMENT_LABELS, rankPlans } from './recommend';
import { findSensitivity } from './sensitivity';
import { simulateYears, type SimulationOutput } from './simulate';
import { histogram, probabilityCheapest, sharedBandEdges, summarize, type Histogram, type Summary } from './statistics';

// The main entry: from a household and the plans on offer to a decision the counselor can explain.
// Pure apart from the engine it calls: the same plans, request (with its seed) and tables always give the
// same result.

export function compareHousehold(plans: Plan[], input: CompareRequest | CompareRequestInput, tables: CompareTables): CompareResult {
  const prep = preparePlans(plans, input, tables);
  const { request, contexts } = prep;
  const household = request.household;

  // One simulation per plan-year window; plans sharing a window price the same simulated years.
  const sims: SimulationOutput[] = [];
  const byWindow = new Map<string, number[]>();
  contexts.forEach((ctx, i) => byWindow.set(ctx.care.window.start, [...(byWindow.get(ctx.care.window.start) ?? []), i]));
  for (const indexes of byWindow.values()) {
    const first = contexts[indexes[0] as number] as PlanContext;
    const out = simulateYears(first.care, indexes.map((i) => (contexts[i] as PlanContext).compiled), request.simulations, request.seed);
    indexes.forEach((i, j) => {
      sims[i] = {
        years: out.years,
        outOfPocket: [out.outOfPocket[j] as Float64Array],
        notCovered: [out.notCovered[j] as Float64Array],
        allowed: out.allowed,
      };
    });
  }

  const totals = contexts.map((ctx, i) => {
    if (ctx.basis.premiumBasisCents === null) return null;
    const oop = (sims[i] as SimulationOutput).outOfPocket[0] as Float64Array;
    return oop.map((v) => yearTotal(ctx.basis, v) as number);
  });
  const chances = probabilityCheapest(totals);
  const totalSummaries = totals.map((t) => (t ? summarize(t) : null));
  // One set of bands for every plan, so the histogram's bars compare like with like.
  const edges = sharedBandEdges(totalSummaries.filter((s): s is Summary => s !== null));
  const stats = totals.map((t, i) => ({
    total: totalSummaries[i] ?? null,
    histogram: t && edges ? histogram(t, edges) : null,
    chance: chances[i] ?? null,
  }));

  const comparisons: PlanComparison[] = contexts.map((ctx, i) => planComparison(ctx, i, prep, sims[i] as SimulationOutput, stats[i] as TotalStats));
  const afterTax = household.taxRatePercent !== undefined;
  const priceOf = (service: ServiceCode): number => household.priceOverrides?.[service] ?? tables.prices.services[service].cents;
  const labels = memberLabels(household.members);

  const notes = new Set<string>();
  for (const care of prep.cares) care.notes.forEach((n) => notes.add(n));
  if (byWindow.size > 1) {
    notes.add('The plans compared run on different plan years, so each is priced over its own year; dated events may fall in one and not the other.');
  }
  const assumptions = [
    ...(prep.cares[0]?.assumptions ?? []),
    `Prices: default allowed amounts for ${tables.prices.priceYear} from public figures; ${tables.prices.trend.note}` +
      (household.priceOverrides ? '; the counselor entered some prices.' : '.'),
    `${request.simulations.toLocaleString('en-US')} simulated years (seed ${request.seed}): visit counts vary around the expected use, prices vary around the table's.`,
  ];

  return {
    type: 'benefits-counselor/compare-result',
    version: 1,
    priority: request.priority,
    simulations: request.simulations,
    seed: request.seed,
    enrollmentType: prep.enrollmentType,
    members: household.members.map((m, i) => ({ id: m.id, label: labels[i] as string, age: m.age })),
    basis: {
      afterTax,
      taxRatePercent: household.taxRatePercent ?? null,
      accountsApplied: Object.keys(household.accountCentsByPlan ?? {}).length > 0,
      text: basisText(household.taxRatePercent, prep.enrollmentType),
    },
    plans: comparisons,
    skipped: prep.skipped,
    breakEven: breakEven(contexts),
    sensitivity: findSensitivity(contexts, priceOf),
    recommendation: rankPlans(request.priority, comparisons, { simulations: request.simulations, afterTax }),
    assumptions,
    notes: [...notes],
  };
}

function basisText(taxRatePercent: number | undefined, type: PreparedComparison['enrollmentType']): string {
  const base = `Yearly totals are the employee's ${ENROLLMENT_LABELS[type]} premium plus out-of-pocket costs, less any employer HSA/HRA money for the plan`;
  return taxRatePercent === undefined
    ? `${base}, before tax.`
    : `${base}, after tax at ${taxRatePercent}%: premiums are paid before tax (premium × ${(100 - taxRatePercent) / 100}); out-of-pocket costs are paid with after-tax money unless they come from the account.`;
}

/** What the simulated totals say about one plan; all null when its premium (so its total) is unknown. */
interface TotalStats {
  total: Summary | null;
  histogram: Histogram | null;
  chance: number | null;
}

function planComparison(ctx: PlanContext, i: number, prep: PreparedComparison, sim: SimulationOutput, stats: TotalStats): PlanComparison {
  const priced = prep.typical[i] as PreparedComparison['typical'][number];
  const oop = sim.outOfPocket[0] as Float64Array;
  const notCovered = sim.notCovered[0] as Float64Array;
  const premiumBasis = ctx.basis.premiumBasisCents;
  const worstTotal = premiumBasis === null ? null : premiumBasis + Math.max(0, ctx.oopLimitCents - ctx.basis.accountCents);
  const withNotCovered = notCovered.reduce((n, v) => n + (v > 0 ? 1 : 0), 0) / Math.max(1, notCovered.length);
  const limitWord = ctx.oopLimitKind === 'person' ? 'personal' : 'family';
  return {
    planId: ctx.plan.id,
    name: ctx.name,
    planName: ctx.plan.planName,
    option: ctx.plan.option,
    carrier: ctx.plan.carrier,
    planYear: { start: ctx.care.window.start, end: ctx.care.window.end, label: ctx.care.window.label },
    premium: ctx.basis.premium,
    premiumBasisCents: premiumBasis,
    accountCents: ctx.basis.accountCents,
    totalKnown: premiumBasis !== null,
    typicalYear: {
      allowedCents: priced.totals.allowedCents,
      outOfPocketCents: priced.totals.memberPaysCents,
      totalCents: yearTotal(ctx.basis, priced.totals.memberPaysCents),
      priced,
    },
    simulated: {
      outOfPocket: summarize(oop),
      total: stats.total,
      histogram: stats.histogram,
      probabilityCheapest: stats.chance,
      shareWithNotCovered: withNotCovered,
    },
    worstCase: {
      limit: ctx.oopLimitKind,
      oopMaxCents: ctx.oopLimitCents,
      totalCents: worstTotal,
      note:
        (worstTotal === null
          ? `Premium unknown: out of pocket is at most the ${limitWord} limit of ${formatCents(ctx.oopLimitCents, true)}.`
          : `Premium plus the ${limitWord} out-of-pocket limit of ${formatCents(ctx.oopLimitCents, true)}.`) +
        ' Care the plan does not cover (including visits past a yearly limit) is outside this limit.',
    },
    notes: prep.planNotes[i] ?? [],
  };
}
