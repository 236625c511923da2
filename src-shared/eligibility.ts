import { z } from 'zod';

// Who offers a household member health coverage through work (issue 14): the plan `program` values
// (src-shared/plan-schema.ts). Only an adult (the employee or the spouse) carries it; children follow a
// parent's enrollment. Optional everywhere, so a session saved before it still opens.

export const PROGRAMS = ['fehb', 'district', 'other'] as const;
export type Program = (typeof PROGRAMS)[number];

export const EligibleFor = z
  .array(z.enum(PROGRAMS))
  .max(PROGRAMS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'an employer is listed twice' });
export type EligibleFor = z.infer<typeof EligibleFor>;

/** How a comparison of arrangements is asked for (all optional). */
export const ArrangementOptions = z.strictObject({
  /**
   * The first day of the twelve months the family decides for (the first of a month). Absent: the first day
   * of the federal (FEHB) plan year compared, else of the first plan compared.
   */
  decisionStart: z.iso
    .date()
    .refine((d) => d.endsWith('-01'), { message: 'the decision window starts on the first day of a month' })
    .optional(),
});
export type ArrangementOptions = z.infer<typeof ArrangementOptions>;
