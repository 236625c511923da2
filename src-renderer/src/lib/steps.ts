import { m, type Language } from '../../../src-shared/i18n';
import type { SessionStep } from '../../../src-shared/session-schema';

const STEP_MESSAGES: Record<SessionStep, (inputs?: Record<string, never>, options?: { locale?: Language }) => string> = {
  start: m.step_start,
  household: m.step_household,
  care: m.step_care,
  compare: m.step_compare,
  explain: m.step_explain,
  recommend: m.step_recommend,
  export: m.step_export,
};

/** A step's name on the step bar and the Back/Next buttons, in the language on screen. */
export function stepTitle(step: SessionStep): string {
  return STEP_MESSAGES[step]();
}
