import { z } from 'zod';
import { Cents } from './money';
import { PharmacyChannel, ServiceCode } from './plan-schema';

// What the engine prices: a household and its claims. Amounts are integer cents here; the command line
// accepts dollars and converts at its edge.

export const MemberId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9_.-]+$/, 'expected letters, digits, "_", "." or "-"');

/** A real calendar date (2022-02-30 is refused), as YYYY-MM-DD. */
export const CalendarDate = z.iso.date();

export const EngineMember = z.strictObject({
  id: MemberId,
  /** Age on the first day of the plan year the claims start in. */
  age: z.int().min(0).max(120),
});
export type EngineMember = z.infer<typeof EngineMember>;

export const Claim = z.strictObject({
  member: MemberId,
  date: CalendarDate,
  service: ServiceCode,
  allowedCents: Cents,
  /** Days of a stay (per-day copays). Defaults to 1. */
  days: z.int().min(1).max(366).optional(),
  /** Days of supply of a prescription. Defaults to 30. */
  supplyDays: z.int().min(1).max(366).optional(),
  channel: PharmacyChannel.optional(),
  /** An ER visit that led to an inpatient admission. */
  admitted: z.boolean().optional(),
  /** Free text the UI attaches ("Baby due in March"); the engine carries it through. */
  label: z.string().max(200).optional(),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimSet = z.strictObject({
  members: z.array(EngineMember).min(1).max(20),
  claims: z.array(Claim).max(100_000),
});
export type ClaimSet = z.infer<typeof ClaimSet>;
