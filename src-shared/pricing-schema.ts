import { z } from 'zod';
import { EnrollmentType, RuleSource, ServiceCode } from './plan-schema';

// What the engine returns for one plan and one claim list. All money in integer cents.

export const LEDGER_EXCEPTIONS = [
  'age_exception',
  'birthday',
  'admission',
  'autism_spectrum_disorder',
  'cleft_lip_palate',
  'office_setting',
  'visit_limit',
  'day_limit',
  'brand_requested',
  /** The claim is on a network tier other than the plan's own (out of network, out of area, travel). */
  'network',
  /** The tier's yearly limit on what the plan pays (travel benefit: $1,200) was reached. */
  'plan_pays_limit',
  /** Out-of-network care without the pre-certification it needed: the plan's penalty. */
  'precertification',
] as const;
export type LedgerException = (typeof LEDGER_EXCEPTIONS)[number];

export const Accumulators = z.strictObject({
  personDeductibleCents: z.int(),
  familyDeductibleCents: z.int(),
  personOopCents: z.int(),
  familyOopCents: z.int(),
});

export const LedgerLine = z.strictObject({
  index: z.int(),
  member: z.string(),
  date: z.string(),
  planYear: z.string(),
  service: ServiceCode,
  label: z.string().optional(),
  /** The claim's network tier when it is not the plan's own. */
  network: z.enum(['out_of_network', 'out_of_area', 'travel']).optional(),
  allowedCents: z.int(),
  deductibleCents: z.int(),
  copayCents: z.int(),
  coinsuranceCents: z.int(),
  notCoveredCents: z.int(),
  memberPaysCents: z.int(),
  planPaysCents: z.int(),
  /** Accumulators of this member and the family after the claim. */
  after: Accumulators,
  /** Milestones this claim reached, such as "deductible met" (person or family). */
  events: z.array(z.enum(['person_deductible_met', 'family_deductible_met', 'person_oop_met', 'family_oop_met'])),
  rule: z.strictObject({
    text: z.string(),
    source: RuleSource,
    /**
     * What besides the rule's own cost share decided the line, when anything did: an age exception, a
     * birthday inside the plan year (birth date given), an admission waiver, a condition that lifts a
     * visit limit, the office setting, a visit or day limit, a brand asked for over the prescribed generic
     * (the price difference is on the line, not covered). The text says it in words.
     */
    decidedBy: z.array(z.enum(LEDGER_EXCEPTIONS)).optional(),
  }),
});
export type LedgerLine = z.infer<typeof LedgerLine>;

export const CostTotals = z.strictObject({
  allowedCents: z.int(),
  deductibleCents: z.int(),
  copayCents: z.int(),
  coinsuranceCents: z.int(),
  notCoveredCents: z.int(),
  memberPaysCents: z.int(),
  planPaysCents: z.int(),
});
export type CostTotals = z.infer<typeof CostTotals>;

export const Premium = z.discriminatedUnion('known', [
  z.strictObject({
    known: z.literal(true),
    enrollmentType: EnrollmentType,
    code: z.string(),
    biweeklyEmployeeCents: z.int(),
    annualEmployeeCents: z.int(),
  }),
  z.strictObject({
    known: z.literal(false),
    enrollmentType: EnrollmentType,
    code: z.string().nullable(),
    message: z.string(),
  }),
]);
export type Premium = z.infer<typeof Premium>;

export const PricedClaims = z.strictObject({
  planId: z.string(),
  lines: z.array(LedgerLine),
  byMember: z.record(z.string(), CostTotals),
  totals: CostTotals,
  premium: Premium,
  /**
   * Claims priced with rules the plan does not strictly give ("2023 priced with the 2022 rules; the 2023
   * plan is not in the catalog"). Show them beside the figures.
   */
  warnings: z.array(z.string()),
  /** Readings the engine chose where the input left a choice (an age without a birth date, an office procedure without a setting …). */
  assumptions: z.array(z.string()),
});
export type PricedClaims = z.infer<typeof PricedClaims>;
