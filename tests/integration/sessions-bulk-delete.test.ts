import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStateInput } from '../../src-shared/session-schema';
import { ok, tempApp } from '../support/temp-app';

// Issue 12 item 5: "Delete sessions not changed in the last N days" is confirmed with the count and the
// oldest and newest sessions before anything is deleted, and the delete removes exactly what was confirmed.

const NOW = new Date('2026-11-23T12:00:00.000Z');
let app: ReturnType<typeof tempApp>;
afterEach(() => app.dispose());

const state = (label: string): SessionStateInput => ({
  label,
  planSet: { planYear: '2022', programs: ['fehb'] },
  request: { household: { members: [{ id: 'e', relationship: 'employee', age: 40 }] }, priority: 'balanced' },
  notes: '',
  step: 'household',
});

async function saved(label: string, updatedAt: string): Promise<string> {
  const { id } = await ok(app, 'sessions:save', { state: state(label) });
  app.ctx.db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(updatedAt, id);
  return id;
}

const labels = async () => (await ok(app, 'sessions:list', {})).map((s) => s.label).sort();

async function withFour(): Promise<void> {
  app = tempApp(NOW);
  await saved('Oldest one', '2026-01-05T09:00:00.000Z');
  await saved('Middle one', '2026-06-10T09:00:00.000Z');
  await saved('Last old one', '2026-10-01T09:00:00.000Z');
  await saved('Recent one', '2026-11-20T09:00:00.000Z');
}

describe('deleting old sessions', () => {
  it('previews the count, the oldest and the newest with the cutoff, and deletes nothing', async () => {
    await withFour();
    const { deleted, preview } = await ok(app, 'sessions:delete-older-than', { days: 30, preview: true });
    expect(deleted).toBe(0);
    expect(preview).toMatchObject({
      cutoff: '2026-10-24T12:00:00.000Z',
      count: 3,
      oldest: { label: 'Oldest one', updatedAt: '2026-01-05T09:00:00.000Z' },
      newest: { label: 'Last old one', updatedAt: '2026-10-01T09:00:00.000Z' },
    });
    expect(preview?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await labels()).toHaveLength(4);
  });

  it('0 days previews every session', async () => {
    await withFour();
    const { preview } = await ok(app, 'sessions:delete-older-than', { days: 0, preview: true });
    expect(preview).toMatchObject({ count: 4, oldest: { label: 'Oldest one' }, newest: { label: 'Recent one' } });
  });

  it('an empty preview says so', async () => {
    app = tempApp(NOW);
    const { preview } = await ok(app, 'sessions:delete-older-than', { days: 30, preview: true });
    expect(preview).toMatchObject({ count: 0, oldest: null, newest: null });
  });

  it('deletes exactly what the preview showed once it is confirmed', async () => {
    await withFour();
    const { preview } = await ok(app, 'sessions:delete-older-than', { days: 30, preview: true });
    const result = await ok(app, 'sessions:delete-older-than', { days: 30, confirm: { cutoff: preview?.cutoff, digest: preview?.digest } });
    expect(result).toEqual({ deleted: 3 });
    expect(await labels()).toEqual(['Recent one']);
  });

  it('refuses the confirmed delete when the set changed in between (one of them was opened and edited)', async () => {
    await withFour();
    const { preview } = await ok(app, 'sessions:delete-older-than', { days: 30, preview: true });
    const middle = (await ok(app, 'sessions:list', {})).find((s) => s.label === 'Middle one');
    await ok(app, 'sessions:save', { id: middle?.id, state: state('Middle one, reopened') });
    const result = await app.dispatch('sessions:delete-older-than', { days: 30, confirm: { cutoff: preview?.cutoff, digest: preview?.digest } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/nothing was deleted/) } });
    expect(await labels()).toHaveLength(4);
  });

  it('refuses a cutoff later than the days allow: the main process’s clock decides', async () => {
    await withFour();
    const { preview: all } = await ok(app, 'sessions:delete-older-than', { days: 0, preview: true });
    // A renderer that previewed "0 days" but asks to delete under "30 days", with the 0-day cutoff.
    const result = await app.dispatch('sessions:delete-older-than', { days: 30, confirm: { cutoff: all?.cutoff, digest: all?.digest } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await labels()).toHaveLength(4);
  });

  it('refuses a made-up digest, a preview that also confirms, and a negative number of days', async () => {
    await withFour();
    const { preview } = await ok(app, 'sessions:delete-older-than', { days: 30, preview: true });
    const fake = await app.dispatch('sessions:delete-older-than', { days: 30, confirm: { cutoff: preview?.cutoff, digest: '0'.repeat(64) } });
    expect(fake).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const both = await app.dispatch('sessions:delete-older-than', { days: 30, preview: true, confirm: { cutoff: preview?.cutoff, digest: preview?.digest } });
    expect(both).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await app.dispatch('sessions:delete-older-than', { days: -1, preview: true })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await labels()).toHaveLength(4);
  });

  it('is refused on a kiosk, preview included', async () => {
    app = tempApp(NOW);
    app.ctx.kiosk = true;
    const result = await app.dispatch('sessions:delete-older-than', { days: 30, preview: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
