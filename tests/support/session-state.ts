import type { SessionStateInput } from '../../src-shared/session-schema';

/** A one-person session state labelled `label` (shared by vitest and Playwright tests: no test runner here). */
export function session(label: string): SessionStateInput {
  return {
    label,
    planSet: { planYear: '2022', programs: ['fehb'] },
    request: { household: { members: [{ id: 'e', relationship: 'employee', age: 41 }] }, priority: 'balanced' },
    notes: '',
    step: 'household',
  };
}
