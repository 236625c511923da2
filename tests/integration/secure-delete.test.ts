import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/app-context';
import type { SessionStateInput } from '../../src-shared/session-schema';
import { ok, tempApp } from '../support/temp-app';

// Counselor mode (issue 7): sessions persist for follow-up, and a deleted session is gone from the file —
// the database and its -wal — not merely unlisted.

const NAME = 'Wilhelmina Snodgrassworth';
let app: ReturnType<typeof tempApp>;
afterEach(() => app.dispose());

const state = (label: string, updatedName = NAME): SessionStateInput => ({
  label,
  planSet: { planYear: '2022', programs: ['fehb'] },
  request: { household: { members: [{ id: 'e', name: updatedName, relationship: 'employee', age: 40 }] }, priority: 'balanced' },
  notes: `Call ${updatedName} back in March.`,
  step: 'household',
});

/** Which of the database's files hold the name, as the bytes on disk. */
function filesHolding(text: string): string[] {
  return ['', '-wal', '-shm']
    .map((suffix) => join(app.dataDir, DATABASE_FILE + suffix))
    .filter((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(text)))
    .map((file) => file.slice(app.dataDir.length + 1));
}

describe('a deleted session is gone from the file', () => {
  it('after "delete"', async () => {
    app = tempApp();
    await app.dailyBackup;
    const saved = await ok(app, 'sessions:save', { state: state('Snodgrassworth follow-up') });
    expect(filesHolding(NAME).length).toBeGreaterThan(0); // the search finds a stored name
    expect(await ok(app, 'sessions:delete', { id: saved.id })).toEqual({ deleted: true });
    expect(filesHolding(NAME)).toEqual([]);
  });

  it('after "delete all sessions older than N days", keeping the newer ones', async () => {
    app = tempApp(new Date('2026-11-23T12:00:00.000Z'));
    await app.dailyBackup;
    const old = await ok(app, 'sessions:save', { state: state('Old one') });
    app.ctx.db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run('2026-01-05T00:00:00.000Z', old.id);
    const recent = await ok(app, 'sessions:save', { state: state('Recent one', 'Bartholomew Pennyfeather') });
    expect(await ok(app, 'sessions:delete-older-than', { days: 30 })).toEqual({ deleted: 1 });
    expect(filesHolding(NAME)).toEqual([]);
    expect((await ok(app, 'sessions:list', {})).map((s) => s.id)).toEqual([recent.id]);
    expect(filesHolding('Bartholomew Pennyfeather').length).toBeGreaterThan(0);
  });

  it('a birth date (issue 17: personal data, like the name) is kept with the session, read back, and gone after "delete"', async () => {
    app = tempApp();
    await app.dailyBackup;
    const BIRTH = '2011-09-07';
    const withBirthDate: SessionStateInput = {
      ...state('Birth date follow-up'),
      request: {
        household: {
          members: [
            { id: 'e', relationship: 'employee', age: 40 },
            { id: 'c', relationship: 'child', birthDate: BIRTH, conditions: ['autism_spectrum_disorder'] },
          ],
        },
        priority: 'balanced',
      },
    };
    const saved = await ok(app, 'sessions:save', { state: withBirthDate });
    const reopened = await ok(app, 'sessions:get', { id: saved.id });
    expect(reopened.state.request.household.members[1]).toMatchObject({ birthDate: BIRTH, conditions: ['autism_spectrum_disorder'] });
    expect(reopened.state.request.household.members[1]?.age).toBeUndefined();
    expect(filesHolding(BIRTH).length).toBeGreaterThan(0);
    expect(await ok(app, 'sessions:delete', { id: saved.id })).toEqual({ deleted: true });
    expect(filesHolding(BIRTH)).toEqual([]);
  });

  it('keeps secure_delete on, so freed pages are zeroed', () => {
    app = tempApp();
    expect(app.ctx.db.pragma('secure_delete', { simple: true })).toBe(1);
  });
});
