import { z } from 'zod';
import { Cents } from './money';
import { MemberCondition, OfficeSetting, PharmacyChannel, ServiceCode, TherapyPurpose } from './plan-schema';
import { NETWORK_TIERS } from './services';
import { MAX_AGE, MIN_AGE } from './ages';

// What the engine prices: a household and its claims. Amounts are integer cents here; the command line
// accepts dollars and converts at its edge.

export const MemberId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[A-Za-z0-9_.-]+$/, 'expected letters, digits, "_", "." or "-"');

/** A real calendar date (2022-02-30 is refused), as YYYY-MM-DD. */
export const CalendarDate = z.iso.date();

export const EngineMember = z
  .strictObject({
    id: MemberId,
    /**
     * Age on the first day of the plan year the claims start in (one year more in each later plan year).
     * Give `birthDate` instead and every age rule uses the age on the date of each claim.
     */
    age: z.int().min(MIN_AGE).max(MAX_AGE).optional(),
    /** YYYY-MM-DD. Personal data: the engine keeps it only while it prices. */
    birthDate: CalendarDate.optional(),
    /** Conditions that change a rule: no therapy visit limit with autism spectrum disorder (and, for speech therapy, cleft lip or palate). */
    conditions: z
      .array(MemberCondition)
      .max(MemberCondition.options.length)
      .refine((c) => new Set(c).size === c.length, { message: 'a condition is listed twice' })
      .optional(),
  })
  .refine((m) => (m.age === undefined) !== (m.birthDate === undefined), {
    message: 'give either age or birthDate (not both)',
    path: ['age'],
  });
export type EngineMember = z.infer<typeof EngineMember>;

export const Claim = z.strictObject({
  member: MemberId,
  date: CalendarDate,
  service: ServiceCode,
  allowedCents: Cents,
  /** Days of a stay: required on stays (inpatient, delivery, skilled nursing …), refused where it does not apply. */
  days: z.int().min(1).max(366).optional(),
  /** Days of supply of a prescription (rx_… services only). Defaults to 30. */
  supplyDays: z.int().min(1).max(366).optional(),
  channel: PharmacyChannel.optional(),
  /**
   * An ER visit that led to an inpatient admission, or an MRI/CT/PET/nuclear scan (advanced_imaging) done
   * in the emergency room before one. Only on er_visit and advanced_imaging claims.
   */
  admitted: z.boolean().optional(),
  /** Therapy visits (pt_visit, ot_visit, speech_therapy_visit): rehabilitative (default) or habilitative; pulmonary_rehabilitation on pt_visit. */
  purpose: TherapyPurpose.optional(),
  /** office_procedure and routine_eye_exam claims: the office it is billed as (default specialist_office, the costlier reading). */
  setting: OfficeSetting.optional(),
  /**
   * rx_brand_requested claims only (and required there): the allowed amount of the generic the Plan
   * provider prescribed. The member pays the brand copayment on it plus the difference up to allowedCents.
   */
  genericAllowedCents: Cents.optional(),
  /**
   * Where the care is given: `plan` (default; a Plan provider, or visiting member services in another Kaiser
   * Permanente region), `out_of_network`, `out_of_area` (dependent out-of-area benefit) or `travel`.
   */
  network: z.enum(NETWORK_TIERS).optional(),
  /** `false`: out-of-network care that needed pre-certification and did not get it (only on out_of_network claims). */
  precertified: z.boolean().optional(),
  /** Free text the UI attaches ("Baby due in March"); the engine carries it through. */
  label: z.string().max(200).optional(),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimSet = z.strictObject({
  members: z.array(EngineMember).min(1).max(20),
  claims: z.array(Claim).max(100_000),
});
export type ClaimSet = z.infer<typeof ClaimSet>;
