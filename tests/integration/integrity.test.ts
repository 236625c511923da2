import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { backupFileName, KEEP, listBackups, parseBackupName } from '../../src-main/store/backup';
import { checkDatabaseFile } from '../../src-main/store/integrity';
import { loadMigrations, migrate } from '../../src-main/store/migrations';
import { dataDirApps, HOUR, session, sha, T0 } from '../support/data-dir-apps';
import { ok } from '../support/temp-app';

// Startup quick_check, automatic backups and restore (issue 7): a damaged database is never overwritten.

const appRoot = findAppRoot();
const { tempDir, open, closeApp } = dataDirApps('bc-integrity-');

/** Overwrites the start of one page, the way a failing disk or a torn copy would. */
function corruptPage(file: string, page: number): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xa5, (page - 1) * pageSize, (page - 1) * pageSize + 64);
  writeFileSync(file, bytes);
}

/** A counselor's data folder with one session saved before the daily backup and one after it. */
async function folderWithBackup(): Promise<{ dataDir: string; before: string; after: string }> {
  const dataDir = tempDir();
  const app = open(dataDir);
  const first = await ok(app, 'sessions:save', { state: session('Saved before the backup') });
  // The daily backup was started at open; the session above may or may not be in it, so take the next
  // day's backup explicitly after it.
  await app.dailyBackup;
  closeApp(app);
  const nextDay = open(dataDir, new Date(T0.getTime() + 25 * HOUR));
  const backup = await nextDay.dailyBackup;
  expect(backup?.kind).toBe('daily');
  const second = await ok(nextDay, 'sessions:save', { state: session('Saved after the backup') });
  closeApp(nextDay);
  return { dataDir, before: first.id, after: second.id };
}

describe('automatic backups', () => {
  it('takes a daily backup with db.backup() at start, once a day, keeping the newest few', async () => {
    const dataDir = tempDir();
    const backupsDir = join(dataDir, 'backups');
    let app = open(dataDir);
    const first = await app.dailyBackup;
    expect(first).toMatchObject({ kind: 'daily', takenAt: T0.toISOString() });
    expect(checkDatabaseFile(first?.file ?? '')).toMatchObject({ status: 'ok' });
    closeApp(app);

    app = open(dataDir, new Date(T0.getTime() + 23 * HOUR));
    expect(await app.dailyBackup).toBeNull();
    closeApp(app);

    for (let day = 1; day <= 5; day++) {
      app = open(dataDir, new Date(T0.getTime() + day * 24 * HOUR));
      expect(await app.dailyBackup).not.toBeNull();
      closeApp(app);
    }
    const daily = listBackups(backupsDir).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(KEEP.daily);
    expect(daily[0]?.takenAt).toBe(new Date(T0.getTime() + 5 * 24 * HOUR).toISOString());
    expect(readdirSync(backupsDir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('copies an existing file before migrations change it', async () => {
    const dataDir = tempDir();
    const raw = new Database(join(dataDir, DATABASE_FILE));
    migrate(raw, loadMigrations(join(appRoot, 'src-main', 'store', 'migrations')).slice(0, 1));
    raw.close();

    const app = open(dataDir);
    await app.dailyBackup;
    const before = listBackups(join(dataDir, 'backups')).find((b) => b.kind === 'before-migration');
    expect(before?.name).toMatch(/^auto-before-migration-2026-11-23T12-00-00-000Z-v1-to-v\d+\.sqlite3$/);
    const copy = new Database(before?.file ?? '', { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('names backups so they sort by time and parse back', () => {
    const name = backupFileName('daily', T0);
    expect(name).toBe('auto-daily-2026-11-23T12-00-00-000Z.sqlite3');
    expect(parseBackupName(name)).toEqual({ kind: 'daily', takenAt: T0.toISOString() });
    expect(parseBackupName('benefits-counselor.sqlite3')).toBeNull();
    expect(parseBackupName(`${name}.partial`)).toBeNull();
  });
});

describe('a damaged database is never overwritten', () => {
  it('opens a damaged copy read-only, says so in plain words, refuses writes and leaves its bytes alone', async () => {
    const { dataDir } = await folderWithBackup();
    const copyDir = tempDir();
    cpSync(dataDir, copyDir, { recursive: true });
    const file = join(copyDir, DATABASE_FILE);
    corruptPage(file, 3); // the plans table's index: the table itself still reads
    const damagedHash = sha(file);

    const app = open(copyDir);
    expect(app.ctx.readOnlyReason).toMatch(/^The app’s data file is damaged\. To protect it, nothing will be saved and the damaged file will not be changed\./);
    expect(app.ctx.readOnlyReason).toMatch(/The last automatic backup, taken 2026-11-24 at 13:00 UTC, can be restored/);
    expect(await ok(app, 'app:info', {})).toMatchObject({ readOnly: true, readOnlyReason: app.ctx.readOnlyReason });
    expect(await app.dailyBackup).toBeNull();

    const write = await app.dispatch('sessions:save', { state: session('Must not be written') });
    expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: app.ctx.readOnlyReason } });
    const remove = await app.dispatch('sessions:delete-older-than', { days: 0 });
    expect(remove).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });

    closeApp(app);
    expect(sha(file)).toBe(damagedHash);
    // No backup of the damaged file was taken: the good ones stay.
    expect(listBackups(join(copyDir, 'backups')).every((b) => checkDatabaseFile(b.file).status === 'ok')).toBe(true);
  });

  it('restores the last automatic backup and keeps the damaged file, byte for byte, under another name', async () => {
    const { dataDir, before, after } = await folderWithBackup();
    const file = join(dataDir, DATABASE_FILE);
    corruptPage(file, 6); // the sessions table's root page
    const damagedHash = sha(file);

    const app = open(dataDir, new Date(T0.getTime() + 48 * HOUR));
    expect(await ok(app, 'app:backup-status', {})).toMatchObject({
      damaged: true,
      latest: { kind: 'daily', takenAt: '2026-11-24T13:00:00.000Z' },
    });
    // Reading the broken table gives the plain reason, not an internal error.
    expect(await app.dispatch('sessions:list', {})).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });

    const restored = await ok(app, 'app:restore-backup', {});
    expect(restored.restored.takenAt).toBe('2026-11-24T13:00:00.000Z');
    expect(restored.damagedFileKeptAs).toBe('benefits-counselor.damaged-2026-11-25T12-00-00-000Z.sqlite3');
    expect(sha(join(dataDir, restored.damagedFileKeptAs))).toBe(damagedHash);

    expect(app.ctx.readOnlyReason).toBeNull();
    expect(await ok(app, 'app:info', {})).toMatchObject({ readOnly: false });
    const ids = (await ok(app, 'sessions:list', {})).map((s) => s.id);
    expect(ids).toContain(before);
    expect(ids).not.toContain(after); // saved after the backup: lost, as the reason said
    expect((await ok(app, 'plans:list', {})).length).toBeGreaterThan(0);
    await ok(app, 'sessions:save', { state: session('Saved after the restore') });
    expect(checkDatabaseFile(file)).toMatchObject({ status: 'ok' });

    // Restoring again is refused: the file is sound now.
    expect(await app.dispatch('app:restore-backup', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('skips a backup that is itself damaged and restores the newest sound one', async () => {
    const { dataDir } = await folderWithBackup();
    const [newest, older] = listBackups(join(dataDir, 'backups'));
    corruptPage(newest?.file ?? '', 2);
    corruptPage(join(dataDir, DATABASE_FILE), 2);
    const app = open(dataDir, new Date(T0.getTime() + 48 * HOUR));
    const restored = await ok(app, 'app:restore-backup', {});
    expect(restored.restored.name).toBe(older?.name);
  });

  it('still prices with the shipped plans when the file is not a database at all, and offers nothing it does not have', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, Buffer.alloc(8192, 0x42));
    const damagedHash = sha(file);

    const app = open(dataDir);
    expect(app.ctx.readOnlyReason).toMatch(/There is no automatic backup to restore yet\./);
    expect((await ok(app, 'plans:list', {})).map((p) => p.id)).toContain('fehb-kpco-2022-high');
    expect(await app.dispatch('sessions:save', { state: session('x') })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(await app.dispatch('app:restore-backup', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    closeApp(app);
    expect(sha(file)).toBe(damagedHash);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('refuses to restore over a sound file', async () => {
    const app = open(tempDir());
    await app.dailyBackup;
    expect(await app.dispatch('app:restore-backup', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await ok(app, 'app:backup-status', {})).toMatchObject({ damaged: false, readOnlyReason: null, latest: { kind: 'daily' } });
  });
});
