import type { SessionStep } from '../../../src-shared/session-schema';

export const STEP_TITLES: Record<SessionStep, string> = {
  start: 'Start',
  household: 'Household',
  care: 'Care',
  compare: 'Compare',
  explain: 'Explain',
  recommend: 'Recommend',
  export: 'Take home',
};
