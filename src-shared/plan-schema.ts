import { ENROLLMENT_TYPES } from './enrollment-types';
import { z } from 'zod';
import { Cents } from './money';
import {
  MEMBER_CONDITIONS,
  OFFICE_SETTINGS,
  OTHER_NETWORK_TIERS,
  PHARMACY_CHANNELS,
  SEPARATE_LIMIT_PURPOSES,
  SERVICE_CODES,
  THERAPY_PURPOSES,
} from './services';

// The plan schema: expressive enough for every cost-sharing form of the FEHB brochure's Section 5 and of
// an SBC's "Common Medical Events" table. Money is integer cents (fields end in "Cents"); percentages are
// whole or decimal percent (20 means 20%). Objects are strict: an unknown key is an error, which also
// stops "__proto__"-style keys from sneaking through an import.

export const ServiceCode = z.enum(SERVICE_CODES);
export const PharmacyChannel = z.enum(PHARMACY_CHANNELS);
export type PharmacyChannel = z.infer<typeof PharmacyChannel>;
export type ServiceCode = z.infer<typeof ServiceCode>;
export const MemberCondition = z.enum(MEMBER_CONDITIONS);
export const TherapyPurpose = z.enum(THERAPY_PURPOSES);
export const OfficeSetting = z.enum(OFFICE_SETTINGS);
const IsoDate = z.iso.date();
const Percent = z.number().min(0).max(100);

/** What the copay is counted per, as the brochure prints it ("per visit", "per day" …). */
export const CopayUnit = z.enum(['visit', 'day', 'trip', 'admission', 'procedure', 'prescription', 'item']);
export type CopayUnit = z.infer<typeof CopayUnit>;

/** One cost-sharing form. The member never pays more than the allowed amount that is left. */
export const CostShare = z.discriminatedUnion('kind', [
  /** "Nothing" / "No charge". */
  z.strictObject({ kind: z.literal('nothing') }),
  /** "All charges" / "Not covered": the member pays it all and it counts toward nothing. */
  z.strictObject({ kind: z.literal('not_covered') }),
  /**
   * "$30 per visit", "$500 per day up to $1,000 per admission". With unit "day" the copay is multiplied
   * by the claim's days and then capped by maxPerClaimCents.
   */
  z.strictObject({
    kind: z.literal('copay'),
    amountCents: Cents,
    unit: CopayUnit,
    maxPerClaimCents: Cents.optional(),
  }),
  /** "20% of our allowance", optionally "up to $50". */
  z.strictObject({
    kind: z.literal('coinsurance'),
    percent: Percent,
    maxPerClaimCents: Cents.optional(),
  }),
  /** "$100 copayment plus 10% of our allowance". The copay comes first, the percentage is on what is left. */
  z.strictObject({
    kind: z.literal('copay_plus_coinsurance'),
    amountCents: Cents,
    unit: CopayUnit,
    percent: Percent,
    maxPerClaimCents: Cents.optional(),
  }),
]);
export type CostShare = z.infer<typeof CostShare>;

/** Where a rule comes from: the document, its section and benefit row, and the printed "You pay" text. */
export const RuleSource = z.strictObject({
  document: z.string().min(1).max(200),
  section: z.string().min(1).max(200),
  row: z.string().min(1).max(500),
  youPay: z.string().min(1).max(2000),
});
export type RuleSource = z.infer<typeof RuleSource>;

/** "(nothing for children through age 17)": a different cost share by age on the date of service. */
export const AgeException = z
  .strictObject({
    label: z.string().min(1).max(300),
    minAge: z.int().min(0).max(130).optional(),
    maxAge: z.int().min(0).max(130).optional(),
    costShare: CostShare,
    afterDeductible: z.boolean(),
  })
  .refine((e) => e.minAge !== undefined || e.maxAge !== undefined, {
    message: 'an age exception needs minAge or maxAge',
  })
  .refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    message: 'minAge must not be above maxAge',
  });
export type AgeException = z.infer<typeof AgeException>;

/** How many copays a prescription costs by supply: "up to a 90-day supply … by mail for two copayments". */
export const SupplyTier = z.strictObject({ upToDays: z.int().min(1).max(366), copays: z.int().min(0).max(12) });
export const ChannelDispensing = z.strictObject({
  /** Supplies beyond the last tier are refused by the engine (the plan does not dispense them). */
  tiers: z.array(SupplyTier).min(1).max(12),
  source: RuleSource,
});
/**
 * "Nothing after you pay the primary care copayment": the cost share of an office procedure done in a
 * primary care or mental health office (office_procedure claims with that `setting`), with its own row.
 */
export const SettingRule = z.strictObject({
  /** Plain words for the ledger: "in a primary care office". */
  label: z.string().min(1).max(300),
  costShare: CostShare,
  afterDeductible: z.boolean(),
  source: RuleSource,
});
export type SettingRule = z.infer<typeof SettingRule>;

/** "Up to 100 days per calendar year", "Up to 60 days per condition": days of stays past it are not covered. */
export const DayLimit = z.strictObject({
  days: z.int().min(1).max(1000),
  /**
   * plan_year: per member per plan year. condition: per member per condition; a claim list does not say
   * which condition a stay is for, so the engine counts it per member per plan year and says so.
   */
  per: z.enum(['plan_year', 'condition']),
});
export type DayLimit = z.infer<typeof DayLimit>;

export const BenefitRule = z.strictObject({
  costShare: CostShare,
  /** "after the deductible": the deductible is paid first, then the cost share on what is left. */
  afterDeductible: z.boolean(),
  /** False for what the plan says does not count toward the out-of-pocket maximum. */
  countsTowardOop: z.boolean().default(true),
  exceptions: z.array(AgeException).max(10).optional(),
  /** "We waive the ER copayment if you are admitted": the claim costs the member nothing of its own. */
  waivedIfAdmitted: z.boolean().optional(),
  /** "Up to 20 visits per year": visits past the limit are not covered. Counted per person per plan year. */
  visitLimitPerYear: z.int().min(1).max(1000).optional(),
  /**
   * "up to 20 outpatient rehabilitative and up to 20 outpatient habilitative visits per year", "up to 20
   * pulmonary rehabilitation visits per year": therapy claims with that `purpose` are counted apart,
   * against this limit. A purpose without an entry shares visitLimitPerYear with rehabilitative visits.
   */
  purposeVisitLimits: z
    .partialRecord(
      z.enum(SEPARATE_LIMIT_PURPOSES),
      z.strictObject({
        visitsPerYear: z.int().min(1).max(1000),
        /** The printed row of that limit when it is not the rule's own (pulmonary rehabilitation); cited on its visits. */
        source: RuleSource.optional(),
      }),
    )
    .optional(),
  /**
   * "except we cover rehabilitative and habilitative services with no visit limits with a diagnosis of
   * autism spectrum disorders": a member with one of these conditions has no rehabilitative or
   * habilitative visit limit (a separate pulmonary rehabilitation limit still applies).
   */
  noVisitLimitWith: z.array(MemberCondition).min(1).max(MEMBER_CONDITIONS.length).optional(),
  /** Days of stays covered: "Up to 100 days per calendar year". The days past it are not covered. */
  dayLimit: DayLimit.optional(),
  /** The printed line behind waivedIfAdmitted when it is not the rule's own row (5(d) for scans done in the ER). */
  waiverSource: RuleSource.optional(),
  /**
   * An office procedure's cost share by where it is done (office_procedure claims' `setting`). The rule's
   * own cost share is the specialist_office one, used for claims without a setting.
   */
  settings: z.partialRecord(OfficeSetting, SettingRule).optional(),
  /**
   * Prescription tiers only: how a channel dispenses this tier when it differs from the plan's pharmacy
   * table (specialty drugs "may not be eligible for mailing and/or a mail order discount").
   */
  dispensing: z.partialRecord(PharmacyChannel, ChannelDispensing).optional(),
  /**
   * Said beside the figures whenever a claim for this service is priced: a limit the plan states that a
   * claim list cannot show ("One breastfeeding pump and supplies per delivery"), or the reading chosen
   * where the printed row leaves a choice. The engine lists it with its assumptions; it changes no amount.
   */
  assumptionWhenUsed: z.string().min(1).max(600).optional(),
  /**
   * What the member pays out of network, as the SBC prints it ("30% coinsurance after deductible").
   * Shown to the counselor beside the rule, never priced: the engine prices in-network care only.
   */
  outOfNetworkYouPay: z.string().min(1).max(300).optional(),
  source: RuleSource,
  note: z.string().max(2000).optional(),
});
export type BenefitRule = z.infer<typeof BenefitRule>;

/** "$150 per person ($300 per family)", embedded (each person has their own limit) or aggregate. */
export const PersonFamilyLimit = z
  .strictObject({
    personCents: Cents,
    familyCents: Cents,
    embedded: z.boolean(),
  })
  .refine((l) => l.familyCents >= l.personCents, {
    message: 'the family amount must be at least the per-person amount',
    path: ['familyCents'],
  });
export type PersonFamilyLimit = z.infer<typeof PersonFamilyLimit>;

/**
 * One rule of a network tier (out of network, dependent out-of-area, travel): what the member pays for a
 * service there. `visitGroup` names a combined visit limit of the tier ("Up to 5 office visits per year
 * (combined visit limit between primary care, specialty care …)").
 */
export const TierRule = z.strictObject({
  costShare: CostShare,
  afterDeductible: z.boolean(),
  /** False where the plan says this care is outside the out-of-pocket maximum (the travel benefit). */
  countsTowardOop: z.boolean().default(true),
  visitGroup: z.string().min(1).max(60).optional(),
  source: RuleSource,
});
export type TierRule = z.infer<typeof TierRule>;

/** "Up to 5 office visits per year": a limit shared by the tier rules that name this group. */
export const TierVisitGroup = z.strictObject({
  id: z.string().min(1).max(60),
  /** Plain words for the ledger: "office visits". */
  label: z.string().min(1).max(200),
  visitsPerYear: z.int().min(1).max(1000),
});

/**
 * The penalty for out-of-network care that needed pre-certification and did not get it: a percent of the
 * allowed amount and/or a fixed amount, never more than the plan would have paid. It counts toward neither
 * the deductible nor the out-of-pocket maximum.
 */
export const PrecertPenalty = z
  .strictObject({
    percent: Percent.optional(),
    amountCents: Cents.optional(),
    /** The services that need pre-certification out of network ("inpatient care … and some outpatient procedures"). */
    services: z.array(ServiceCode).min(1).max(SERVICE_CODES.length),
    source: RuleSource,
  })
  .refine((p) => p.percent !== undefined || p.amountCents !== undefined, { message: 'a penalty needs percent or amountCents' });
export type PrecertPenalty = z.infer<typeof PrecertPenalty>;

/**
 * How a plan treats care outside its own network. `not_offered`: every claim on the tier is not covered,
 * with this reason (never an error, never $0). `incomplete`: the plan has the benefit but its amounts are
 * not in the source documents yet (HR enters them in the plan editor): claims on the tier are refused,
 * naming the tier and what is missing. `offered`: the tier's rules, with its own deductible and
 * out-of-pocket maximum where the plan has them (absent: the tier shares the plan's).
 */
export const NetworkTierPlan = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('not_offered'), reason: z.string().min(1).max(600), source: RuleSource.optional() }),
  z.strictObject({ status: z.literal('incomplete'), missing: z.array(z.string().min(1).max(300)).min(1).max(100) }),
  z.strictObject({
    status: z.literal('offered'),
    /** Plain words for the ledger: "Dependent out-of-area benefit". */
    label: z.string().min(1).max(200),
    /** Who may use it: "dependents under the age of 26" → maxAge 25 (the age on the date of service). */
    maxAge: z.int().min(0).max(130).optional(),
    /** Said whenever a claim on the tier is priced (a reading the source leaves open). */
    assumptionWhenUsed: z.string().min(1).max(600).optional(),
    deductible: PersonFamilyLimit.optional(),
    oopMax: PersonFamilyLimit.optional(),
    /** "We limit our payment for this travel benefit to no more than $1,200 each calendar year" (per household). */
    planPaysMaxPerYearCents: Cents.optional(),
    planPaysMaxSource: RuleSource.optional(),
    visitGroups: z.array(TierVisitGroup).max(20).optional(),
    benefits: z.partialRecord(ServiceCode, TierRule),
    /** Services priced with the plan's own rules on this tier (emergency care anywhere, visiting member services). */
    samePlanServices: z.array(ServiceCode).max(SERVICE_CODES.length).optional(),
    samePlanSource: RuleSource.optional(),
    /** Why a service the tier does not list is not covered: "not included in the dependent out-of-area benefit". */
    notCoveredReason: z.string().min(1).max(600),
    notCoveredSource: RuleSource,
    precertPenalty: PrecertPenalty.optional(),
  }),
]);
export type NetworkTierPlan = z.infer<typeof NetworkTierPlan>;

export const EnrollmentType = z.enum(ENROLLMENT_TYPES);
export type EnrollmentType = z.infer<typeof EnrollmentType>;

/** One premium column pair. null means "not in the source document", never zero. */
export const PremiumShares = z.strictObject({
  employeeCents: Cents.nullable(),
  employerCents: Cents.nullable(),
});

export const Enrollment = z.strictObject({
  type: EnrollmentType,
  code: z.string().min(1).max(20),
  biweekly: PremiumShares,
  monthly: PremiumShares,
  note: z.string().max(500).optional(),
});
export type Enrollment = z.infer<typeof Enrollment>;

export const Pharmacy = z.partialRecord(PharmacyChannel, ChannelDispensing);

export const PlanSourceDocument = z.strictObject({
  id: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  citation: z.string().min(1).max(1000),
  /** The excerpt kept in the repo, relative to data/. */
  excerpt: z.string().max(300).optional(),
});

export const PlanYear = z
  .strictObject({ start: IsoDate, end: IsoDate, label: z.string().min(1).max(40) })
  .refine((y) => y.start < y.end, { message: 'the plan year must end after it starts', path: ['end'] });

export const PlanId = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes');

export const Plan = z.strictObject({
  id: PlanId,
  carrier: z.string().min(1).max(200),
  planName: z.string().min(1).max(200),
  option: z.string().min(1).max(200),
  group: z.string().max(50).optional(),
  program: z.enum(['fehb', 'district', 'other']),
  planYear: PlanYear,
  network: z.strictObject({
    outOfNetworkBenefit: z.boolean().nullable(),
    notes: z.array(z.string().min(1).max(1000)).max(20),
  }),
  /** Complete plans can be priced. Incomplete ones list what is missing, in plain words. */
  status: z.discriminatedUnion('complete', [
    z.strictObject({ complete: z.literal(true) }),
    z.strictObject({ complete: z.literal(false), missing: z.array(z.string().min(1).max(300)).min(1).max(100) }),
  ]),
  deductible: PersonFamilyLimit.nullable(),
  oopMax: PersonFamilyLimit.nullable(),
  /** What the plan says does not count toward the out-of-pocket maximum, as printed. */
  oopExcludes: z.array(z.string().min(1).max(500)).max(30),
  enrollment: z.array(Enrollment).max(3),
  pharmacy: Pharmacy,
  benefits: z.partialRecord(ServiceCode, BenefitRule),
  /**
   * Care outside the plan's own network, per tier (issue 13). A tier the plan does not list is not covered
   * ("the plan covers only care from its own providers"), with that reason.
   */
  networkTiers: z.partialRecord(z.enum(OTHER_NETWORK_TIERS), NetworkTierPlan).optional(),
  sources: z.array(PlanSourceDocument).min(1).max(20),
  notes: z.array(z.string().min(1).max(2000)).max(30).optional(),
});
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;

/** The plan file envelope: import and export use the same shape. */
export const PLAN_FILE_TYPE = 'benefits-counselor/plans';
export const PLAN_FILE_VERSION = 1;
export const PlanFile = z.strictObject({
  type: z.literal(PLAN_FILE_TYPE),
  version: z.literal(PLAN_FILE_VERSION),
  createdAt: z.iso.datetime(),
  plans: z.array(Plan).min(1).max(200),
});
export type PlanFile = z.infer<typeof PlanFile>;
