import { describe, expect, it } from 'vitest';
import { SessionFile, SessionState } from '../../../src-shared/session-schema';

// The session's language is saved with it and in the session file; a session saved before there was a
// choice has none and opens in English (the renderer reads an absent language as "en").

const saved = {
  label: 'Rivera family',
  planSet: { planYear: '2022', programs: ['fehb'] },
  request: { household: { members: [{ id: 'e', relationship: 'employee', age: 40 }] }, priority: 'lowest_expected' },
  notes: '',
  step: 'compare',
};

describe('the session’s language', () => {
  it('is optional: a session saved before this version still opens, with no language (English)', () => {
    const state = SessionState.parse(saved);
    expect(state.language).toBeUndefined();
    expect(SessionFile.safeParse({ type: 'benefits-counselor/session', version: 1, createdAt: '2026-11-23T10:00:00.000Z', data: saved }).success).toBe(true);
  });

  it('keeps the session’s language, the handout’s and the counselor’s line, and refuses a language it does not speak', () => {
    const state = SessionState.parse({ ...saved, language: 'es', handoutLanguage: 'en', counselorContact: 'María López, 303-555-0100' });
    expect(state).toMatchObject({ language: 'es', handoutLanguage: 'en', counselorContact: 'María López, 303-555-0100' });
    expect(SessionState.safeParse({ ...saved, language: 'fr' }).success).toBe(false);
  });
});
