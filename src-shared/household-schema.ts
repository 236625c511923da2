import { COVERS_TEXT, typesCovering } from './enrollment-types';
import { z } from 'zod';
import { CalendarDate, MemberId } from './claims-schema';
import { ACCOUNT_KINDS } from './account-money';
import { Cents, formatCents } from './money';
import { ageAtPlanYearStart } from './member-age';
import { EnrollmentType, MemberCondition, PharmacyChannel, PlanId } from './plan-schema';
import { SERVICE_CODES, type ServiceCode } from './services';
import { RX_TIERS } from './prescriptions';
import { MAX_AGE, MIN_AGE } from './ages';
import { ArrangementOptions, EligibleFor } from './eligibility';

// What a counselor says about a household and its year ahead. The compare module turns it into expected
// claims (src-main/compare). Counts are expected numbers for the year and may be fractional ("0.5 ER
// visits" means one every other year); money is integer cents. Every object is strict, so a misspelled
// field is an error that names it instead of a silently ignored input.

export const Relationship = z.enum(['employee', 'spouse', 'child']);
export type Relationship = z.infer<typeof Relationship>;
export const Sex = z.enum(['female', 'male']);
export type Sex = z.infer<typeof Sex>;

export const USAGE_PRESETS = ['none', 'low', 'typical', 'high'] as const;
export const UsagePresetId = z.enum(USAGE_PRESETS);
export type UsagePresetId = z.infer<typeof UsagePresetId>;

export const CONDITIONS = ['type2_diabetes', 'asthma', 'depression_in_treatment', 'chronic_specialty_drug'] as const;
export const ConditionId = z.enum(CONDITIONS);
export type ConditionId = z.infer<typeof ConditionId>;

/**
 * Services a counselor may set an expected count for. A birth is a life event, not a count; a brand asked
 * for over a generic needs the two prices of each fill (a claims file gives them), so it is not a count either.
 */
type NotCounted = 'maternity_delivery' | 'rx_brand_requested' | 'rx_brand_price_difference';
const NOT_COUNTED: readonly ServiceCode[] = ['maternity_delivery', 'rx_brand_requested', 'rx_brand_price_difference'];
export const USAGE_SERVICES = SERVICE_CODES.filter((c) => !NOT_COUNTED.includes(c)) as Exclude<ServiceCode, NotCounted>[];
export const UsageService = z.enum(USAGE_SERVICES as [Exclude<ServiceCode, NotCounted>, ...Exclude<ServiceCode, NotCounted>[]]);

export { RX_TIERS };
export const RxTier = z.enum(RX_TIERS);
export type RxTier = z.infer<typeof RxTier>;

const ExpectedCount = z.number().min(0).max(366);
const Month = z.int().min(1).max(12);

export const MemberUsage = z.strictObject({
  /** The starting profile, scaled from the age band (and sex) defaults in data/usage. */
  preset: UsagePresetId.default('typical'),
  /** Each condition adds its typical care on top of the preset. */
  conditions: z
    .array(ConditionId)
    .max(CONDITIONS.length)
    .default([])
    .refine((list) => new Set(list).size === list.length, { message: 'a condition is listed twice' }),
  /** Expected counts for the year that replace the preset's (and conditions') count for that service. */
  counts: z.partialRecord(UsageService, ExpectedCount).default({}),
});
export type MemberUsage = z.infer<typeof MemberUsage>;

/**
 * Life events the counselor expects in the plan year. `month` (1–12, the calendar month; every month
 * occurs once in a 12-month plan year) says when; without it the event is placed mid-year.
 */
export const LifeEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('baby'),
    delivery: z.enum(['vaginal', 'csection']),
    /** The due date decides the plan year the birth falls in. */
    dueDate: CalendarDate,
  }),
  z.strictObject({ type: z.literal('er_visit'), month: Month.optional() }),
  z.strictObject({ type: z.literal('er_visit_admitted'), month: Month.optional(), days: z.int().min(1).max(120).default(3) }),
  z.strictObject({
    type: z.literal('outpatient_surgery'),
    month: Month.optional(),
    setting: z.enum(['hospital', 'surgery_center']).default('hospital'),
  }),
  z.strictObject({ type: z.literal('inpatient_stay'), days: z.int().min(1).max(120), month: Month.optional() }),
  z.strictObject({ type: z.literal('mri'), month: Month.optional() }),
  z.strictObject({
    type: z.literal('new_specialty_drug'),
    /** The calendar month of the first fill; one 30-day fill a month from then to the end of the plan year. */
    startMonth: Month,
    channel: PharmacyChannel.default('plan_pharmacy'),
  }),
]);
export type LifeEvent = z.infer<typeof LifeEvent>;
export type LifeEventType = LifeEvent['type'];

/** A drug the member already takes, filled the same way all year. */
export const RegularPrescription = z
  .strictObject({
    tier: RxTier,
    fillsPerYear: z.int().min(1).max(366),
    supplyDays: z.int().min(1).max(366).default(30),
    channel: PharmacyChannel.default('plan_pharmacy'),
    label: z.string().max(200).optional(),
    /** The drug's allowed amount per fill, when known; otherwise the price table's, per 30 days of supply. */
    allowedCentsPerFill: Cents.optional(),
  })
  .refine((rx) => (rx.fillsPerYear - 1) * rx.supplyDays < 366, {
    message: 'more fills than fit in a year at this days of supply',
    path: ['fillsPerYear'],
  });
export type RegularPrescription = z.infer<typeof RegularPrescription>;

/**
 * Where a member's care happens when it is not at home (issue 13): living or studying away (where, and for
 * how many months of the plan year), days a year traveling outside Kaiser Permanente states, and whether
 * the member wants to see a provider outside Kaiser Permanente (their office visits then go out of network).
 */
export const AWAY_PLACES = ['colorado_service_area', 'colorado_outside', 'kp_state', 'elsewhere_us', 'abroad'] as const;
export type AwayPlace = (typeof AWAY_PLACES)[number];
export const AwayFromHome = z
  .strictObject({
    livesAway: z.enum(AWAY_PLACES).optional(),
    /** Months of the plan year spent there (a school year is 9). Required with livesAway. */
    monthsAway: z.int().min(1).max(12).optional(),
    /** Days a year traveling outside Kaiser Permanente states (0–365). */
    travelDays: z.int().min(0).max(365).optional(),
    /** Sees a provider outside Kaiser Permanente for office visits. */
    outOfNetworkProvider: z.boolean().optional(),
  })
  .refine((a) => (a.livesAway === undefined) === (a.monthsAway === undefined), {
    message: 'give where the member lives away and for how many months of the year, or neither',
    path: ['monthsAway'],
  });
export type AwayFromHome = z.infer<typeof AwayFromHome>;

export const HouseholdMember = z
  .strictObject({
    id: MemberId,
    /** Personal: shown on screen only, never needed for pricing. */
    name: z.string().min(1).max(100).optional(),
    relationship: Relationship,
    /** Age on the first day of the plan year. Give it or `birthDate`. */
    age: z.int().min(MIN_AGE).max(MAX_AGE).optional(),
    /**
     * YYYY-MM-DD, instead of `age`: every age rule then uses the age on the date of service (a child who
     * turns 18 in June pays the adult copay from June). Personal data: saved with the session outside kiosk mode.
     */
    birthDate: CalendarDate.optional(),
    /**
     * Conditions that change a rule (not the care they add): no therapy visit limits with autism spectrum
     * disorder, no speech therapy visit limit with cleft lip or palate (5(a)).
     */
    conditions: z
      .array(MemberCondition)
      .max(MemberCondition.options.length)
      .refine((list) => new Set(list).size === list.length, { message: 'a condition is listed twice' })
      .optional(),
    sex: Sex.optional(),
    usage: MemberUsage.default({ preset: 'typical', conditions: [], counts: {} }),
    events: z.array(LifeEvent).max(20).default([]),
    prescriptions: z.array(RegularPrescription).max(30).default([]),
    /**
     * A child 26 or older can be covered only if "incapable of self-support because of a mental or physical
     * disability that began before age 26" (FEHB brochure, Section 1).
     */
    incapableOfSelfSupport: z.boolean().optional(),
    /** Care away from home or outside the network (issue 13). */
    away: AwayFromHome.optional(),
    /** Which employers offer this adult coverage through work (issue 14); children follow a parent. */
    eligibleFor: EligibleFor.optional(),
  })
  .refine((m) => !(m.sex === 'male' && m.events.some((e) => e.type === 'baby')), {
    message: 'a birth is recorded on the member who gives birth',
    path: ['events'],
  })
  // A session saved before birth dates always has an age, so this never turns a stored row damaged.
  .refine((m) => (m.age === undefined) !== (m.birthDate === undefined), {
    message: 'give the age on the first day of the plan year or the birth date, not both',
    path: ['age'],
  });
export type HouseholdMember = z.infer<typeof HouseholdMember>;

/**
 * Who may be priced as covered. Checked when a comparison is asked for, not in the schema, so a session
 * saved before these checks still opens (and then says what to fix) instead of reading as damaged.
 */
export function eligibilityProblems(
  members: readonly (Pick<HouseholdMember, 'relationship' | 'incapableOfSelfSupport'> & { age?: number | undefined; birthDate?: string | undefined })[],
  planYearStart?: string,
): string[] {
  const out: string[] = [];
  members.forEach((m, i) => {
    // The age on the first day of the plan year; from a birth date when that is what was given.
    const age = planYearStart !== undefined ? ageAtPlanYearStart(m, planYearStart) : (m.age ?? null);
    if (age === null) return;
    const field = m.birthDate !== undefined ? 'birthDate' : 'age';
    const check = field === 'birthDate' ? 'check the birth date' : 'check the age';
    if (m.relationship === 'child' && age >= 26 && m.incapableOfSelfSupport !== true) {
      out.push(
        `household.members[${i}].${field}: a child is covered under age 26 ("dependent children under age 26"); a child 26 or older only if incapable of self-support because of a disability that began before 26 — tick that, or ${check}`,
      );
    }
    if (m.relationship !== 'child' && age < 16)
      out.push(`household.members[${i}].${field}: an employee or spouse under 16 is almost surely a typing mistake: ${check}`);
  });
  return out;
}
export type HouseholdMemberInput = z.input<typeof HouseholdMember>;

const TAX_RATE_RANGE = 'enter a percent from 0 to 60 (the marginal rate: federal, state and payroll tax on the next dollar earned), or leave it empty';
/** Said the same way in the form, the IPC error and the command line (the path names the field). */
const TaxRatePercent = z
  .number({ error: `the tax rate is not a number: ${TAX_RATE_RANGE}` })
  .min(0, { error: (iss) => `a tax rate of ${String(iss.input)}% is below zero: ${TAX_RATE_RANGE}` })
  .max(60, { error: (iss) => `a tax rate of ${String(iss.input)}% is above 60%: ${TAX_RATE_RANGE}` });
const MONEY_RANGE = 'enter an amount in dollars, 0 or more, or leave it empty';
const AccountCents = z
  .number({ error: `the employer HSA or HRA money is not an amount: ${MONEY_RANGE}` })
  .int({ error: 'the employer HSA or HRA money is in whole cents' })
  .min(0, {
    error: (iss) =>
      `the employer HSA or HRA money cannot be below zero (got ${typeof iss.input === 'number' ? formatCents(iss.input) : String(iss.input)}): ${MONEY_RANGE}`,
  })
  .max(100_000_000_000, { error: 'the employer HSA or HRA money is more than any account holds: check the amount' });

export const Household = z
  .strictObject({
    members: z.array(HouseholdMember).min(1).max(20),
    /** Federal + state + FICA marginal rate; premiums are paid pre-tax, out-of-pocket post-tax. */
    taxRatePercent: TaxRatePercent.optional(),
    /** Money the employer puts in an HSA or HRA, by plan id; out-of-pocket is paid from it first. */
    accountCentsByPlan: z.record(PlanId, AccountCents).optional(),
    /**
     * Whether each plan's account money is an HSA (the IRS limits a year's contributions: checked when a
     * comparison is asked for) or an HRA (no such limit). A plan not listed: not said, no limit checked.
     */
    accountTypeByPlan: z.record(PlanId, z.enum(ACCOUNT_KINDS)).optional(),
    /** Allowed amounts that replace the price table's, per visit, day or 30-day fill. */
    priceOverrides: z.partialRecord(z.enum(SERVICE_CODES), Cents).optional(),
    /**
     * The enrollment type the counselor chose. Absent: each plan is priced with the cheapest type the
     * household may take (a household of two may take Self Plus One or Self and Family).
     */
    enrollmentType: EnrollmentType.optional(),
  })
  .superRefine((h, ctx) => {
    const n = h.members.length;
    if (h.enrollmentType !== undefined && !typesCovering(n).includes(h.enrollmentType)) {
      ctx.addIssue({
        code: 'custom',
        path: ['enrollmentType'],
        message: `this enrollment type covers ${COVERS_TEXT[h.enrollmentType]}; the household has ${n}`,
      });
    }
    const employees = h.members.filter((m) => m.relationship === 'employee').length;
    if (employees !== 1) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: `expected exactly one employee, found ${employees}` });
    }
    if (h.members.filter((m) => m.relationship === 'spouse').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'at most one spouse' });
    }
    h.members.forEach((m, i) => {
      if (m.relationship === 'child' && m.eligibleFor !== undefined && m.eligibleFor.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'eligibleFor'],
          message: "a child is covered on a parent's enrollment: say who offers coverage for the employee or the spouse",
        });
      }
    });
    const seen = new Set<string>();
    h.members.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['members', i, 'id'], message: `member id "${m.id}" is used twice` });
      seen.add(m.id);
    });
    const babies = h.members.reduce((n, m) => n + m.events.filter((e) => e.type === 'baby').length, 0);
    if (h.members.length + babies > 20) {
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'at most 20 people, counting expected babies' });
    }
    h.members.forEach((m, i) => {
      if (m.events.filter((e) => e.type === 'baby').length > 1) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'events'], message: 'at most one birth per person in a plan year' });
      }
      if (m.events.some((e) => e.type === 'baby') && seen.has(newbornId(m.id))) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'id'],
          message: `"${newbornId(m.id)}" is kept for the expected baby; rename that member`,
        });
      }
    });
  });
export type Household = z.infer<typeof Household>;
export type HouseholdInput = z.input<typeof Household>;

/** The id the expected newborn is priced under. */
export function newbornId(parentId: string): string {
  return `${parentId}-newborn`.slice(0, 60);
}

export const ComparePriority = z.enum(['lowest_expected', 'lowest_worst_case', 'lowest_premium', 'balanced']);
export type ComparePriority = z.infer<typeof ComparePriority>;

export const DEFAULT_SIMULATIONS = 10_000;

export const CompareRequest = z.strictObject({
  household: Household,
  /** Which plans to compare; all given plans when absent. */
  planIds: z
    .array(PlanId)
    .min(1)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'a plan id is listed twice' })
    .optional(),
  simulations: z.int().min(100).max(100_000).default(DEFAULT_SIMULATIONS),
  /** The simulation's seed: the same request and seed always give the same figures. */
  seed: z.int().min(0).max(0xffffffff).default(20220101),
  priority: ComparePriority,
  /**
   * A date in the plan year to price (usually its first day). Each plan is priced over its own plan year
   * (its start month and day) that contains this date. Absent: each plan's own plan year from its data.
   */
  planYearStart: CalendarDate.optional(),
  /** The comparison of arrangements (who enrolls where, issue 14): its decision window. */
  arrangements: ArrangementOptions.optional(),
});
export type CompareRequest = z.infer<typeof CompareRequest>;
export type CompareRequestInput = z.input<typeof CompareRequest>;
