import { z } from 'zod';
import { CalendarDate } from './claims-schema';
import { ComparePriority, CompareRequest } from './household-schema';
import { EnrollmentType, PlanId } from './plan-schema';
import { Premium, PricedClaims } from './pricing-schema';
import { SERVICE_CODES } from './services';

// What a comparison answers (engine:compare) and one year of it claim by claim (engine:explain): everything
// the UI and the command line show. Money is integer cents; `null` means unknown (an unknown premium makes
// a total unknown, never $0).

const CentsOrNull = z.int().nullable();

export const CostSummary = z.strictObject({
  meanCents: z.int(),
  p10Cents: z.int(),
  p50Cents: z.int(),
  p90Cents: z.int(),
  minCents: z.int(),
  maxCents: z.int(),
});
export type CostSummary = z.infer<typeof CostSummary>;

/**
 * How many simulated years fall in each cost band. One set of evenly spaced, round band edges is shared
 * by every plan in a result, so bars line up; a band is [edge, next edge).
 */
export const CostHistogram = z
  .strictObject({
    /** Ascending, one more than there are bands. */
    binEdgesCents: z.array(z.int()).min(2),
    counts: z.array(z.int().nonnegative()).min(1),
  })
  .refine((h) => h.binEdgesCents.length === h.counts.length + 1, { message: 'expected one more band edge than counts', path: ['binEdgesCents'] })
  .refine((h) => h.binEdgesCents.every((e, i, all) => i === 0 || e > (all[i - 1] as number)), {
    message: 'band edges must be strictly ascending',
    path: ['binEdgesCents'],
  });
export type CostHistogram = z.infer<typeof CostHistogram>;

/**
 * A yearly cost split into the parts a screen shows, in whole dollars (cents, multiples of 100), rounded
 * once so that the shown parts add up to the shown total: premium + care = total, and
 * careBeforeAccount − account = care. Every screen, the PDF, the CSV and the CLI print these as they are.
 */
export const CostFigures = z.strictObject({
  /** The premium as it counts (after tax when a tax rate is given); null when unknown. */
  premiumCents: CentsOrNull,
  /** Out of pocket before the employer's HSA/HRA money. */
  careBeforeAccountCents: z.int(),
  /** The part of it the employer's HSA/HRA money paid (0 without an account). */
  accountCents: z.int(),
  /** Out of pocket the household pays itself: careBeforeAccount − account. */
  careCents: z.int(),
  /** premium + care; null when the premium is unknown. */
  totalCents: CentsOrNull,
});
export type CostFigures = z.infer<typeof CostFigures>;

/** Which simulated year (0-based index into the seed's stream) sits at a point of a plan's range. */
export const YearMarkers = z.strictObject({ median: z.int().min(0), bad: z.int().min(0), worst: z.int().min(0) });
export type YearMarkers = z.infer<typeof YearMarkers>;

export const PlanComparison = z.strictObject({
  planId: z.string(),
  /** Short name for sentences ("High Option"). */
  name: z.string(),
  planName: z.string(),
  option: z.string(),
  carrier: z.string(),
  planYear: z.strictObject({ start: CalendarDate, end: CalendarDate, label: z.string() }),
  premium: Premium,
  /** The enrollment type priced, the types the household could take, a change at a birth, and why. */
  enrollment: z.strictObject({
    type: EnrollmentType,
    options: z.array(z.strictObject({ type: EnrollmentType, annualCents: CentsOrNull })),
    change: z.strictObject({ payPeriod: z.int().min(1).max(26), date: CalendarDate, toType: EnrollmentType, toCode: z.string().nullable() }).nullable(),
    reason: z.string(),
  }),
  /** The premium as counted in totals: after tax when a tax rate is given; null when unknown. */
  premiumBasisCents: CentsOrNull,
  /** Employer HSA/HRA money for this plan, spent on out-of-pocket costs first. */
  accountCents: z.int(),
  totalKnown: z.boolean(),
  /** The headline: the average of the simulated years, in shown parts. The one "expected cost" everywhere. */
  expected: CostFigures,
  /** One concrete likely year (each expected visit once, on set dates), opened claim by claim on Explain. */
  typicalYear: z.strictObject({ allowedCents: z.int(), figures: CostFigures }),
  simulated: z.strictObject({
    outOfPocket: CostSummary,
    /** Premium + out-of-pocket after the account, in the comparison's basis; null when the premium is unknown. */
    total: CostSummary.nullable(),
    /** The same totals (rounded to the cent) counted by cost band; null when the total is unknown. */
    histogram: CostHistogram.nullable(),
    probabilityCheapest: z.number().min(0).max(1).nullable(),
    /** Share of simulated years with charges the plan does not cover (outside the out-of-pocket limit). */
    shareWithNotCovered: z.number().min(0).max(1),
    /** The simulated years at the median, the 1-in-10 bad year and the worst, by total (or out of pocket). */
    years: YearMarkers,
  }),
  worstCase: z.strictObject({
    limit: z.enum(['person', 'family']),
    oopMaxCents: z.int(),
    /** Premium + the out-of-pocket limit less the account money (whole dollars); null when the premium is unknown. */
    totalCents: CentsOrNull,
    /** Share of simulated years that cost more than totalCents: care the plan does not cover is outside the limit. */
    shareAbove: z.number().min(0).max(1),
    note: z.string(),
  }),
  notes: z.array(z.string()),
  /** Rules the plan does not strictly give for this year ("2023 priced with the 2022 rules; the 2023 plan is not in the catalog"). */
  warnings: z.array(z.string()),
  /** Readings this plan's rules make for the household's care, in plain words (an eye exam's office, a limit a claim list cannot show). */
  assumptions: z.array(z.string()),
});
export type PlanComparison = z.infer<typeof PlanComparison>;

export const RankedPlan = z.strictObject({
  planId: z.string(),
  rank: z.int().min(1),
  /** The number the priority ranks by (cents); null when it cannot be known. */
  scoreCents: CentsOrNull,
  reasons: z.array(z.string()).min(1).max(3),
});

export const Recommendation = z.strictObject({ priority: ComparePriority, ranking: z.array(RankedPlan), caveat: z.string() });
export type Recommendation = z.infer<typeof Recommendation>;

// ---- Arrangements: who enrolls where (issue 14) -------------------------------------------------------

/** The months of the decision window one plan year of an enrollment covers ("January–June 2022"). */
export const EnrollmentSegment = z.strictObject({
  /** The plan in force for these months; null when that plan year is not in the plan library. */
  planId: z.string().nullable(),
  planYearLabel: z.string(),
  from: CalendarDate,
  to: CalendarDate,
  months: z.string(),
});
export type EnrollmentSegment = z.infer<typeof EnrollmentSegment>;

export const ArrangementEnrollment = z.strictObject({
  program: z.enum(['fehb', 'district', 'other']),
  /** The plan chosen (the plan year in force on the decision window's first day). */
  planId: z.string(),
  name: z.string(),
  enrollmentType: EnrollmentType,
  /** Member ids on this enrollment; the first is the employee who enrolls. */
  members: z.array(z.string()).min(1),
  segments: z.array(EnrollmentSegment).min(1),
  /** This enrollment's part of the expected year (its own premium, deductible and out-of-pocket limit); null when not priced. */
  expected: CostFigures.nullable(),
  /** Premium + each plan year's out-of-pocket limit over the months it covers, less account money; null when not priced. */
  worstCaseCents: CentsOrNull,
});
export type ArrangementEnrollment = z.infer<typeof ArrangementEnrollment>;

export const ArrangementComparison = z.strictObject({
  id: z.string(),
  /** "Employee: FEHB High Option — Self Only · Spouse + Child 1 + Child 2: District DHMO 2000 20% Plus — Self and Family". */
  label: z.string(),
  enrollments: z.array(ArrangementEnrollment).min(1),
  status: z.discriminatedUnion('priced', [
    z.strictObject({ priced: z.literal(true) }),
    z.strictObject({ priced: z.literal(false), reason: z.string(), missing: z.array(z.string()) }),
  ]),
  /** The sum of the enrollments' shown figures (so the parts add up); null when not priced. */
  expected: CostFigures.nullable(),
  simulated: z
    .strictObject({
      total: CostSummary,
      histogram: CostHistogram.nullable(),
      probabilityCheapest: z.number().min(0).max(1).nullable(),
      shareWithNotCovered: z.number().min(0).max(1),
      years: YearMarkers,
    })
    .nullable(),
  worstCase: z.strictObject({ totalCents: z.int(), note: z.string() }).nullable(),
});
export type ArrangementComparison = z.infer<typeof ArrangementComparison>;

export const RankedArrangement = z.strictObject({
  arrangementId: z.string(),
  rank: z.int().min(1),
  scoreCents: CentsOrNull,
  reasons: z.array(z.string()).min(1).max(3),
});
export const ArrangementRanking = z.strictObject({ priority: ComparePriority, ranking: z.array(RankedArrangement), caveat: z.string() });
export type ArrangementRanking = z.infer<typeof ArrangementRanking>;

export const ArrangementSection = z.strictObject({
  /** The twelve months the family decides for. */
  window: z.strictObject({ start: CalendarDate, end: CalendarDate, label: z.string() }),
  arrangements: z.array(ArrangementComparison),
  rankings: z.strictObject({
    lowest_expected: ArrangementRanking,
    lowest_worst_case: ArrangementRanking,
    lowest_premium: ArrangementRanking,
    balanced: ArrangementRanking,
  }),
  /** Priced arrangement ids by expected cost, lowest first, then the ones not priced. */
  order: z.array(z.string()),
  /** What the comparison of arrangements assumes and leaves out (dual coverage, months before the window). */
  notes: z.array(z.string()),
});
export type ArrangementSection = z.infer<typeof ArrangementSection>;

export const CompareResult = z.strictObject({
  type: z.literal('benefits-counselor/compare-result'),
  version: z.literal(1),
  priority: ComparePriority,
  /** The simulated years priced: the request's, or fewer when the household is too large (see simulationNote). */
  simulations: z.int(),
  requestedSimulations: z.int(),
  /** Why fewer years were simulated than requested; null when all were. */
  simulationNote: z.string().nullable(),
  seed: z.int(),
  enrollmentType: EnrollmentType,
  members: z.array(z.strictObject({ id: z.string(), label: z.string(), age: z.int() })),
  basis: z.strictObject({ afterTax: z.boolean(), taxRatePercent: z.number().nullable(), accountsApplied: z.boolean(), text: z.string() }),
  plans: z.array(PlanComparison),
  skipped: z.array(z.strictObject({ planId: z.string(), name: z.string(), reason: z.string(), missing: z.array(z.string()) })),
  breakEven: z.strictObject({
    available: z.boolean(),
    message: z.string(),
    typicalAllowedCents: z.int(),
    /** careScale: the household's expected use × this factor (1 = a typical year). */
    grid: z.array(
      z.strictObject({
        careScale: z.number(),
        allowedCents: z.int(),
        totalsCents: z.record(z.string(), CentsOrNull),
        cheapestPlanId: z.string().nullable(),
      }),
    ),
    points: z.array(z.strictObject({ careScale: z.number(), allowedCents: z.int(), cheaperBelowPlanId: z.string(), cheaperAbovePlanId: z.string() })),
    /** Where a plan's line first passes its worst case (premium + out-of-pocket limit), and why. */
    beyondLimit: z.array(z.strictObject({ planId: z.string(), careScale: z.number(), allowedCents: z.int(), text: z.string() })),
  }),
  sensitivity: z.strictObject({
    basis: z.literal('typical_year'),
    cheapestPlanId: z.string().nullable(),
    change: z
      .strictObject({
        member: z.string(),
        service: z.enum(SERVICE_CODES),
        delta: z.int(),
        phrase: z.string(),
        addedAllowedCents: z.int(),
        newCheapestPlanId: z.string(),
      })
      .nullable(),
    summary: z.string(),
  }),
  /** The ranking under the requested priority (the same as rankings[priority]). */
  recommendation: Recommendation,
  /** The ranking under every priority, so a screen changes priority without pricing again. */
  rankings: z.strictObject({
    lowest_expected: Recommendation,
    lowest_worst_case: Recommendation,
    lowest_premium: Recommendation,
    balanced: Recommendation,
  }),
  /** Plan ids by expected cost, lowest first (unknown totals last): the order every screen lists plans in. */
  planOrder: z.array(z.string()),
  /** Which inputs were defaults or assumptions rather than the counselor's own. */
  assumptions: z.array(z.string()),
  notes: z.array(z.string()),
  /** Who enrolls where, when at least two adults are offered coverage through work (issue 14); absent otherwise. */
  arrangements: ArrangementSection.optional(),
});
export type CompareResult = z.infer<typeof CompareResult>;

// ---- Explaining one year claim by claim -------------------------------------------------------------

/** The typical year, or simulated year k of the comparison (its index, as in simulated.years). */
export const ExplainYear = z.union([z.literal('typical'), z.strictObject({ simulated: z.int().min(0).max(99_999) })]);
export type ExplainYear = z.infer<typeof ExplainYear>;

export const ExplainRequest = z.strictObject({ request: CompareRequest, planId: PlanId, year: ExplainYear });
export type ExplainRequest = z.infer<typeof ExplainRequest>;

export const ExplainResult = z.strictObject({
  planId: z.string(),
  year: ExplainYear,
  /** The year's claims priced line by line, with the rule that decided each one. */
  priced: PricedClaims,
  figures: CostFigures,
  notes: z.array(z.string()),
  /** The plan's warnings and assumptions for the household's care (the comparison's, in its words). */
  warnings: z.array(z.string()),
  assumptions: z.array(z.string()),
});
export type ExplainResult = z.infer<typeof ExplainResult>;

/** One arrangement's year claim by claim: each enrollment's ledger, per plan year it covers. */
export const ExplainArrangementRequest = z.strictObject({ request: CompareRequest, arrangementId: z.string().min(1).max(400), year: ExplainYear });
export type ExplainArrangementRequest = z.infer<typeof ExplainArrangementRequest>;

export const ExplainArrangementResult = z.strictObject({
  arrangementId: z.string(),
  year: ExplainYear,
  enrollments: z.array(
    z.strictObject({
      planId: z.string(),
      name: z.string(),
      enrollmentType: EnrollmentType,
      members: z.array(z.string()),
      parts: z.array(z.strictObject({ planId: z.string(), planYearLabel: z.string(), months: z.string(), priced: PricedClaims })),
      figures: CostFigures,
    }),
  ),
  /** The sum of the enrollments' figures: the arrangement's year. */
  figures: CostFigures,
});
export type ExplainArrangementResult = z.infer<typeof ExplainArrangementResult>;
