import { z } from 'zod';
import { EnrollmentType, Plan, PlanId, PlanYear } from './plan-schema';
import { REVISION_ACTIONS } from './plan-history';
import { Language } from './i18n/language';

// Argument and result schemas of the plan editor's channels (plans:save, plans:revisions, plans:diff,
// plans:new). Kept apart from ipc-contract.ts so that file only lists channels.

/** The name typed at the editor's start: who the change record says made the change. */
export const Author = z.string().trim().min(1, 'type your name for the change record').max(100);

export const RevisionInfo = z.object({
  id: z.int(),
  planId: z.string(),
  author: z.string(),
  action: z.enum(REVISION_ACTIONS),
  createdAt: z.string(),
  complete: z.boolean(),
});
export type RevisionInfo = z.infer<typeof RevisionInfo>;

export const PlanChangeSchema = z.object({ label: z.string(), before: z.string(), after: z.string(), text: z.string() });

/** One side of the sample household's year: priced, or why it could not be. */
export const ImpactSide = z.discriminatedUnion('priced', [
  z.object({
    priced: z.literal(true),
    /** What the household pays for its care in the plan year (claims only). */
    outOfPocketCents: z.int(),
    /** Employee premium for the year, null when the plan does not give it. */
    premiumCents: z.int().nullable(),
    totalCents: z.int().nullable(),
  }),
  z.object({ priced: z.literal(false), reason: z.string() }),
]);
export type ImpactSide = z.infer<typeof ImpactSide>;

export const ImpactRow = z.object({
  enrollmentType: EnrollmentType,
  /** "Two adults and two children (self and family)". */
  household: z.string(),
  before: ImpactSide,
  after: ImpactSide,
  /** after − before; null when either side could not be priced (or its premium is unknown, for the total). */
  outOfPocketChangeCents: z.int().nullable(),
  totalChangeCents: z.int().nullable(),
});
export type ImpactRow = z.infer<typeof ImpactRow>;

export const SampleImpact = z.object({
  /** What the sample household is and where its numbers come from. */
  description: z.string(),
  rows: z.array(ImpactRow),
  notes: z.array(z.string()),
});
export type SampleImpact = z.infer<typeof SampleImpact>;

export const DiffSide = z.object({ planId: z.string(), revisionId: z.int().nullable(), label: z.string() });

export const PlanDiffResult = z.object({
  from: DiffSide,
  to: DiffSide,
  changes: z.array(PlanChangeSchema),
  impact: SampleImpact,
});
export type PlanDiffResult = z.infer<typeof PlanDiffResult>;

export const SaveArgs = z.strictObject({
  plan: Plan,
  author: Author,
  /** The latest revision the editor loaded; a newer one means someone else saved meanwhile. */
  basedOnRevision: z.int().min(1).optional(),
});

export const DiffArgs = z
  .strictObject({
    id: PlanId,
    fromRevision: z.int().min(1).optional(),
    toRevision: z.int().min(1).optional(),
    /** Compare against another plan (its current version) instead of a revision of this one. */
    otherPlanId: PlanId.optional(),
    /** The editor's unsaved version, compared in place of the stored one. */
    draft: Plan.optional(),
    /** The language the lines are worded in: the screen's. English when not given. */
    lang: Language.optional(),
  })
  .refine((a) => !(a.otherPlanId && a.fromRevision), { message: 'give fromRevision or otherPlanId, not both', path: ['otherPlanId'] })
  .refine((a) => !(a.draft && a.toRevision), { message: 'give toRevision or draft, not both', path: ['draft'] });
export type DiffArgs = z.infer<typeof DiffArgs>;

export const NewPlanArgs = z.strictObject({
  id: PlanId,
  planName: z.string().trim().min(1).max(200),
  option: z.string().trim().min(1).max(200).optional(),
  carrier: z.string().trim().min(1).max(200).optional(),
  program: z.enum(['fehb', 'district', 'other']).optional(),
  planYear: PlanYear.optional(),
  /** Start as a copy of this plan (last year's, or an FEHB option as a template); without it, from scratch. */
  fromPlanId: PlanId.optional(),
  author: Author,
});

export const SavedPlan = z.object({ plan: Plan, revision: RevisionInfo, warnings: z.array(z.string()) });
