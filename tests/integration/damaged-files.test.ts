import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { KEEP, listBackups } from '../../src-main/store/backup';
import { APPLICATION_ID, checkDatabaseFile } from '../../src-main/store/integrity';
import { loadMigrations, migrate } from '../../src-main/store/migrations';
import { dataDirApps, HOUR, session, sha, T0 } from '../support/data-dir-apps';
import { ok } from '../support/temp-app';

// Issue 12, items 2–4: an empty, cut-short or foreign data file is damaged (opened read-only, kept as it is,
// the newest good backup offered); one damaged plan or session row is left out and listed while everything
// else works; each case ends in a working restore with nothing else lost. The last backup taken before a
// damage was found never rotates away.

const HR_PLAN = 'hr-copy-2022-high';
const appRoot = findAppRoot();
const { tempDir, open, closeApp } = dataDirApps('bc-damaged-');

interface Folder {
  dataDir: string;
  file: string;
  /** Saved before the second day's backup (so it is in it), and after it (only in the data file). */
  inBackup: string;
  afterBackup: string;
}

/**
 * Day 1: the first start's backup (shipped plans only), then an HR plan and a session. Day 2: that day's
 * backup (7 plans, 1 session), then one more session. The file is closed (its WAL folded in).
 */
async function folder(): Promise<Folder> {
  const dataDir = tempDir();
  const day1 = open(dataDir);
  await day1.dailyBackup;
  const file = JSON.parse((await ok(day1, 'plans:export', { ids: ['fehb-kpco-2022-high'] })).text) as { plans: { id: string; planName: string }[] };
  file.plans = file.plans.map((p) => ({ ...p, id: HR_PLAN, planName: 'High Option (HR copy)' }));
  await ok(day1, 'plans:import', { text: JSON.stringify(file) });
  const inBackup = (await ok(day1, 'sessions:save', { state: session('In the backup') })).id;
  closeApp(day1);
  const day2 = open(dataDir, new Date(T0.getTime() + 25 * HOUR));
  expect(await day2.dailyBackup).toMatchObject({ kind: 'daily' });
  const afterBackup = (await ok(day2, 'sessions:save', { state: session('After the backup') })).id;
  closeApp(day2);
  expect(existsSync(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
  return { dataDir, file: join(dataDir, DATABASE_FILE), inBackup, afterBackup };
}

const DAY3 = new Date(T0.getTime() + 48 * HOUR);

/** A damaged whole file: read-only, kept byte for byte, backups offered with what they hold, then restored. */
async function expectWholeFileRestore(f: Folder, kind: string, reason: RegExp): Promise<void> {
  const damagedHash = sha(f.file);
  const app = open(f.dataDir, DAY3);
  expect(app.ctx.storage.damage?.kind).toBe(kind);
  expect(app.ctx.readOnlyReason).toMatch(reason);
  expect(app.ctx.readOnlyReason).toMatch(/The last automatic backup, taken 2026-11-24 at 13:00 UTC, can be restored/);
  expect(await app.dailyBackup).toBeNull();
  expect(await app.dispatch('sessions:save', { state: session('Must not be written') })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });

  const status = await ok(app, 'app:backup-status', {});
  expect(status).toMatchObject({ damaged: true, damage: { kind }, latest: { takenAt: '2026-11-24T13:00:00.000Z' } });
  expect(status.restoreEffect).toMatch(/not deleted or changed: it is renamed to benefits-counselor\.damaged-<date>\.sqlite3/);
  expect(status.backups.map((b) => [b.takenAt, b.sound, b.plans, b.sessions])).toEqual([
    ['2026-11-24T13:00:00.000Z', true, 7, 1],
    ['2026-11-23T12:00:00.000Z', true, 6, 0],
  ]);
  expect(status.backups[0]?.kept?.reason).toMatch(new RegExp(`found damaged \\(${kind}\\)`));
  expect(sha(f.file)).toBe(damagedHash);

  const restored = await ok(app, 'app:restore-backup', { backup: 'newest' });
  expect(restored).toMatchObject({ mode: 'file', restored: { takenAt: '2026-11-24T13:00:00.000Z' }, plans: 7, sessions: 1 });
  expect(restored.damagedFileKeptAs).toBe('benefits-counselor.damaged-2026-11-25T12-00-00-000Z.sqlite3');
  expect(sha(join(f.dataDir, restored.damagedFileKeptAs))).toBe(damagedHash);

  // Everything the backup held is back and the app works normally again.
  expect(await ok(app, 'app:info', {})).toMatchObject({ readOnly: false, readOnlyReason: null });
  expect((await ok(app, 'sessions:list', {})).map((s) => s.id)).toEqual([f.inBackup]);
  expect((await ok(app, 'plans:get', { id: HR_PLAN })).plan.planName).toBe('High Option (HR copy)');
  expect((await ok(app, 'sessions:get', { id: f.inBackup })).state.label).toBe('In the backup');
  await ok(app, 'sessions:save', { state: session('Saved after the restore') });
  expect(checkDatabaseFile(f.file, { full: true })).toMatchObject({ status: 'ok' });
  expect(await app.dispatch('app:restore-backup', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
}

describe('a data file that is empty, cut short or not ours is damaged', () => {
  it('zero bytes: never taken for a new store; restored from the newest backup', async () => {
    const f = await folder();
    writeFileSync(f.file, '');
    const app = open(f.dataDir, DAY3);
    // The shipped plans, in memory, keep counseling going; the saved sessions are said to be unreadable,
    // not "none saved"; the imported plan is not offered.
    expect(app.ctx.storage.source).toBe('shipped-only');
    expect((await ok(app, 'plans:list', {})).map((p) => p.id)).not.toContain(HR_PLAN);
    expect(await app.dispatch('sessions:list', {})).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: /saved sessions cannot be read/ } });
    expect(await ok(app, 'app:backup-status', {})).toMatchObject({ plans: 'shipped-only', sessions: 'unreadable' });
    closeApp(app);
    expect(statSync(f.file).size).toBe(0);
    await expectWholeFileRestore(f, 'empty', /it is empty \(0 bytes\)/);
  });

  it('cut short at a page boundary: restored from the newest backup', async () => {
    const f = await folder();
    const size = statSync(f.file).size;
    truncateSync(f.file, Math.floor(size / 2 / 4096) * 4096);
    await expectWholeFileRestore(f, 'truncated', /it is cut short \(its end is missing\)/);
  });

  it('cut short inside a page: restored from the newest backup', async () => {
    const f = await folder();
    truncateSync(f.file, statSync(f.file).size - 1000);
    await expectWholeFileRestore(f, 'truncated', /not a whole number of 4096-byte pages/);
  });

  it('another program’s SQLite file in its place: kept as it is, restored from the newest backup', async () => {
    const f = await folder();
    rmSync(f.file);
    const other = new Database(f.file);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('someone else''s data');");
    other.close();
    await expectWholeFileRestore(f, 'foreign', /is not a Benefits Counselor data file/);
  });

  it('a file marked by another application: foreign', async () => {
    const dir = tempDir();
    const file = join(dir, 'x.sqlite3');
    const other = new Database(file);
    other.exec('CREATE TABLE plans (id TEXT)');
    other.pragma('application_id = 42');
    other.pragma('user_version = 2');
    other.close();
    expect(checkDatabaseFile(file)).toMatchObject({ status: 'damaged', kind: 'foreign', detail: /another application \(application_id 42\)/ });
  });

  it('a text file in its place: foreign', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.sqlite3'), 'not a database at all\n'.repeat(300));
    expect(checkDatabaseFile(join(dir, 'x.sqlite3'))).toMatchObject({ status: 'damaged', kind: 'foreign' });
  });
});

describe('the file is marked as ours', () => {
  it('a new file carries the application id and is never left empty under its real name', async () => {
    const dataDir = tempDir();
    // What a crash while creating the file would leave: only the temporary name, which is made again.
    writeFileSync(join(dataDir, `${DATABASE_FILE}.creating`), '');
    const app = open(dataDir);
    expect(app.ctx.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(app.ctx.readOnlyReason).toBeNull();
    expect(readdirSync(dataDir).filter((n) => n.includes('.creating'))).toEqual([]);
  });

  it('a file from before the mark (schema 2) is recognised by its tables, backed up and marked', async () => {
    const dataDir = tempDir();
    const raw = new Database(join(dataDir, DATABASE_FILE));
    migrate(raw, loadMigrations(join(appRoot, 'src-main', 'store', 'migrations')).slice(0, 2));
    raw.close();
    const app = open(dataDir);
    expect(app.ctx.readOnlyReason).toBeNull();
    expect(app.ctx.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(listBackups(join(dataDir, 'backups')).map((b) => b.name)).toContain('auto-before-migration-2026-11-23T12-00-00-000Z-v2-to-v3.sqlite3');
  });
});

describe('one damaged row does not stop the app', () => {
  it('a damaged plan row: left out and listed with its reason, everything else works, and only it is restored', async () => {
    const f = await folder();
    const raw = new Database(f.file);
    // One damaged byte inside the HR plan's JSON; and a shipped plan whose JSON no longer validates.
    raw.prepare('UPDATE plans SET json = substr(json, 1, 99) || char(1) || substr(json, 101) WHERE id = ?').run(HR_PLAN);
    raw.prepare(`UPDATE plans SET json = json_set(json, '$.carrier', 7) WHERE id = 'fehb-kpco-2022-standard'`).run();
    raw.close();

    const app = open(f.dataDir, DAY3);
    expect(app.ctx.readOnlyReason).toBeNull();
    expect(app.seed.skippedDamaged).toEqual(['fehb-kpco-2022-standard']);
    const usable = (await ok(app, 'plans:list', {})).map((p) => p.id);
    expect(usable).toContain('fehb-kpco-2022-high');
    expect(usable).not.toContain(HR_PLAN);
    expect(usable).not.toContain('fehb-kpco-2022-standard');
    const listed = (await ok(app, 'plans:list', { includeDamaged: true })).filter((p) => p.damaged);
    expect(listed.map((p) => [p.id, p.damaged])).toEqual([
      ['fehb-kpco-2022-standard', expect.stringMatching(/^it fails the plan checks \(carrier: /)],
      [HR_PLAN, expect.stringMatching(/^its stored text is not valid JSON/)],
    ]);
    expect(await app.dispatch('plans:get', { id: HR_PLAN })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: /is damaged and cannot be used/ },
    });
    // Every other plan prices and compares; every session opens and saves.
    const compared = await app.dispatch('engine:compare', {
      household: { members: [{ id: 'e', relationship: 'employee', age: 40 }] },
      priority: 'balanced',
      simulations: 100,
    });
    expect(compared.ok).toBe(true);
    expect(JSON.stringify(compared)).toContain('fehb-kpco-2022-prosper');
    expect((await ok(app, 'sessions:list', {})).map((s) => s.id).sort()).toEqual([f.inBackup, f.afterBackup].sort());
    await ok(app, 'sessions:get', { id: f.afterBackup });

    const status = await ok(app, 'app:backup-status', {});
    expect(status).toMatchObject({ damaged: false, plans: 'readable' });
    expect(status.damagedRows.map((r) => r.id)).toEqual(['fehb-kpco-2022-standard', HR_PLAN]);
    expect(status.backups.map((b) => b.repairs)).toEqual([2, 1]); // the first backup has no HR plan
    expect(status.backups[0]?.kept?.reason).toMatch(
      /^the last backup with a usable copy of plan “fehb-kpco-2022-standard”, plan “hr-copy-2022-high”, found damaged on 2026-11-25/,
    );
    expect(status.restoreEffect).toMatch(/Only the damaged rows are replaced/);

    const restored = await ok(app, 'app:restore-backup', { backup: 'newest' });
    expect(restored).toMatchObject({ mode: 'rows', restored: { takenAt: '2026-11-24T13:00:00.000Z' }, stillDamaged: [] });
    expect(restored.repaired.map((r) => r.id)).toEqual(['fehb-kpco-2022-standard', HR_PLAN]);
    expect(existsSync(join(f.dataDir, restored.damagedFileKeptAs))).toBe(true);
    expect((await ok(app, 'plans:get', { id: HR_PLAN })).plan.planName).toBe('High Option (HR copy)');
    expect((await ok(app, 'plans:list', { includeDamaged: true })).filter((p) => p.damaged)).toEqual([]);
    // Nothing else lost: the session saved after the backup is still there.
    expect((await ok(app, 'sessions:list', {})).map((s) => s.id).sort()).toEqual([f.inBackup, f.afterBackup].sort());
    expect(await app.dispatch('app:restore-backup', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    closeApp(app);
    expect(checkDatabaseFile(f.file, { full: true })).toMatchObject({ status: 'ok' });
  });

  it('a damaged session row: left out and listed, every other session works, and only it is restored', async () => {
    const f = await folder();
    const raw = new Database(f.file);
    raw.prepare(`UPDATE sessions SET json = json_set(json, '$.step', 'nowhere') WHERE id = ?`).run(f.inBackup);
    raw.close();

    const app = open(f.dataDir, DAY3);
    expect(app.ctx.readOnlyReason).toBeNull();
    expect((await ok(app, 'sessions:list', {})).map((s) => s.id)).toEqual([f.afterBackup]);
    expect(await app.dispatch('sessions:get', { id: f.inBackup })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: /The saved session “In the backup” is damaged and cannot be opened: it fails the session checks \(step: / },
    });
    await ok(app, 'sessions:save', { id: f.afterBackup, state: session('After the backup, edited') });
    expect((await ok(app, 'plans:list', {})).map((p) => p.id)).toContain(HR_PLAN);
    const status = await ok(app, 'app:backup-status', {});
    expect(status.damagedRows).toEqual([expect.objectContaining({ table: 'sessions', id: f.inBackup, label: 'In the backup' })]);
    expect(status.backups.map((b) => b.repairs)).toEqual([1, 0]);

    // A backup without a copy of it is refused by id; the newest puts it back.
    const older = status.backups[1]?.id ?? '';
    expect(await app.dispatch('app:restore-backup', { backup: older })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /holds no usable copy/ },
    });
    expect(await app.dispatch('app:restore-backup', { backup: 'daily-1999-01-01T00-00-00-000Z' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const restored = await ok(app, 'app:restore-backup', { backup: status.backups[0]?.id });
    expect(restored).toMatchObject({ mode: 'rows', repaired: [expect.objectContaining({ id: f.inBackup })], sessions: 2 });
    expect((await ok(app, 'sessions:get', { id: f.inBackup })).state.label).toBe('In the backup');
    // The edit made while the row was damaged is still there.
    expect((await ok(app, 'sessions:get', { id: f.afterBackup })).state.label).toBe('After the backup, edited');
  });
});

describe('the backups around a damage', () => {
  it('never rotates away the last backup taken before a damage was found', async () => {
    const f = await folder();
    writeFileSync(f.file, '');
    const found = open(f.dataDir, DAY3);
    const keptName = (await ok(found, 'app:backup-status', {})).backups[0]?.name;
    closeApp(found);
    // Someone moves the empty file away by hand: the app starts a fresh store and backs it up daily.
    rmSync(f.file);
    for (let day = 3; day <= 8; day++) {
      const app = open(f.dataDir, new Date(T0.getTime() + day * 24 * HOUR + HOUR));
      await app.dailyBackup;
      closeApp(app);
    }
    const backups = listBackups(join(f.dataDir, 'backups'));
    expect(backups.filter((b) => b.kind === 'daily' && !b.kept)).toHaveLength(KEEP.daily);
    const kept = backups.filter((b) => b.kept);
    expect(kept.map((b) => b.name)).toEqual([keptName]);
    expect(checkDatabaseFile(kept[0]?.file ?? '')).toMatchObject({ status: 'ok' });
  });

  it('a backup that passes the quick check but not the full integrity check is refused on restore, the damaged file left as it was', async () => {
    const f = await folder();
    // Day 2's backup: one session row's updated_at changed in the table but not in its index.
    const [newest] = listBackups(join(f.dataDir, 'backups'));
    const backupFile = newest?.file ?? '';
    const look = new Database(backupFile, { readonly: true });
    const root = (look.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sessions'").get() as { rootpage: number }).rootpage;
    const updatedAt = (look.prepare('SELECT updated_at FROM sessions').get() as { updated_at: string }).updated_at;
    look.close();
    for (const side of ['-wal', '-shm']) rmSync(backupFile + side, { force: true });
    const bytes = readFileSync(backupFile);
    const pageSize = bytes.readUInt16BE(16);
    // The row holds the time twice (created_at, then updated_at): the second is the indexed one.
    const first = bytes.indexOf(Buffer.from(updatedAt), (root - 1) * pageSize);
    const at = bytes.indexOf(Buffer.from(updatedAt), first + 1);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(root * pageSize);
    bytes[at + 3] = bytes[at + 3] === 0x37 ? 0x38 : 0x37; // "2026" → "2027"
    writeFileSync(backupFile, bytes);
    expect(checkDatabaseFile(backupFile)).toMatchObject({ status: 'ok' });
    expect(checkDatabaseFile(backupFile, { full: true })).toMatchObject({ status: 'damaged', detail: /missing from index/ });

    writeFileSync(f.file, '');
    const app = open(f.dataDir, DAY3);
    expect(await app.dispatch('app:restore-backup', { backup: 'newest' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: /damaged file was left as it was/ },
    });
    expect(statSync(f.file).size).toBe(0);
    expect(app.ctx.storage.damaged).toBe(true);
    expect(await app.dispatch('sessions:save', { state: session('x') })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    // The older, sound backup restores.
    const older = (await ok(app, 'app:backup-status', {})).backups[1]?.id;
    expect(await ok(app, 'app:restore-backup', { backup: older })).toMatchObject({ mode: 'file', plans: 6, sessions: 0 });
  });
});
