import { describe, expect, it } from 'vitest';
import { defaultChoice, holds, needsRestore, noticeText, unavailable } from '../../../src-renderer/src/features/restore/restore-text';
import type { BackupEntry, BackupStatus } from '../../../src-shared/kiosk-schema';

const backup = (id: string, over: Partial<BackupEntry> = {}): BackupEntry => ({
  id,
  kind: 'daily',
  takenAt: '2026-11-24T13:00:00.000Z',
  name: `auto-${id}.sqlite3`,
  sound: true,
  problem: null,
  plans: 7,
  sessions: 2,
  kept: null,
  repairs: 0,
  ...over,
});
const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  damaged: false,
  readOnlyReason: null,
  latest: null,
  damage: null,
  plans: 'readable',
  sessions: 'readable',
  damagedRows: [],
  backups: [],
  restoreEffect: null,
  fileName: 'benefits-counselor.sqlite3',
  ...over,
});
const row = (table: 'plans' | 'sessions', id: string) => ({ table, id, label: id, reason: 'bad', updatedAt: '' });

describe('the restore screen’s words and choices', () => {
  it('needs a restore only when something is damaged or the plans cannot be read', () => {
    expect(needsRestore(null)).toBe(false);
    expect(needsRestore(status())).toBe(false);
    expect(needsRestore(status({ damaged: true }))).toBe(true);
    expect(needsRestore(status({ damagedRows: [row('sessions', 's')] }))).toBe(true);
    expect(needsRestore(status({ plans: 'unreadable' }))).toBe(true);
  });

  it('says what is damaged in one sentence', () => {
    expect(noticeText(status({ damaged: true, plans: 'shipped-only' }))).toMatch(/damaged, so nothing is saved\. Only the plans that come with the app/);
    expect(noticeText(status({ damagedRows: [row('plans', 'p'), row('sessions', 's'), row('sessions', 't')] }))).toBe(
      '1 stored plan and 2 saved sessions are damaged and left out; everything else works.',
    );
    expect(holds({ plans: 1, sessions: 1 })).toBe('1 plan and 1 saved session');
    expect(holds({ plans: null, sessions: null })).toBe('what it holds cannot be read');
  });

  it('chooses the newest usable backup; for damaged rows the one holding the most of them', () => {
    const file = status({ damaged: true, backups: [backup('a', { sound: false, problem: 'malformed' }), backup('b'), backup('c')] });
    expect(unavailable(file.backups[0]!, file)).toBe('it is itself damaged (malformed)');
    expect(defaultChoice(file)).toBe('b');
    const rows = status({
      damagedRows: [row('plans', 'p'), row('plans', 'q')],
      backups: [backup('a', { repairs: 1 }), backup('b', { repairs: 2 }), backup('c', { repairs: 0 })],
    });
    expect(defaultChoice(rows)).toBe('b');
    expect(unavailable(rows.backups[2]!, rows)).toBe('it holds no usable copy of the damaged rows');
    expect(defaultChoice(status({ damaged: true }))).toBeNull();
  });
});
