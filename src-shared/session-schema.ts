import { z } from 'zod';
import { CompareRequest } from './household-schema';
import { Language } from './i18n/language';

// A counseling session as saved (counselor mode) or exported to a file the employee takes home.
// It holds personal data: it is never written to disk in kiosk mode.

export const SESSION_STEPS = ['start', 'household', 'care', 'compare', 'explain', 'recommend', 'export'] as const;
export const SessionStep = z.enum(SESSION_STEPS);
export type SessionStep = z.infer<typeof SessionStep>;

export const SessionState = z.strictObject({
  /** What the counselor calls the session in the list ("Rivera family, Nov 23"). */
  label: z.string().max(120),
  /** The plan set chosen at the start: plan year and programs. */
  planSet: z.strictObject({
    planYear: z.string().max(40),
    programs: z
      .array(z.enum(['fehb', 'district', 'other']))
      .min(1)
      .max(3),
  }),
  request: CompareRequest,
  notes: z.string().max(20_000),
  step: SessionStep,
  /** The language the session is held in; absent in sessions saved before there was a choice: English. */
  language: Language.optional(),
  /** The language of the take-home report and the CSV, when it differs from the session's. */
  handoutLanguage: Language.optional(),
  /** The counselor's name and how to reach them, printed on the report (typed on the Take home step). */
  counselorContact: z.string().max(300).optional(),
});
export type SessionState = z.infer<typeof SessionState>;
export type SessionStateInput = z.input<typeof SessionState>;

export const SessionId = z.uuid();

export const SessionSummary = z.object({
  id: z.string(),
  label: z.string(),
  memberCount: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SESSION_FILE_TYPE = 'benefits-counselor/session';
export const SessionFile = z.strictObject({
  type: z.literal(SESSION_FILE_TYPE),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  data: SessionState,
});
export type SessionFile = z.infer<typeof SessionFile>;
