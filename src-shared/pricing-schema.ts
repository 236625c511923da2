import { z } from 'zod';
import { EnrollmentType, RuleSource, ServiceCode } from './plan-schema';

// What the engine returns for one plan and one claim list. All money in integer cents.

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
  rule: z.strictObject({ text: z.string(), source: RuleSource }),
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
});
export type PricedClaims = z.infer<typeof PricedClaims>;
