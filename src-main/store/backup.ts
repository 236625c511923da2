import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { checkDatabaseFile } from './integrity';

// Automatic backups of the one SQLite file, in <dataDir>/backups. Never a copy of an open database file:
// SQLite itself writes each copy, to a ".partial" name that is renamed only once the copy is whole and
// synced, so a crash never leaves a half backup that looks complete.
//
// Two kinds: "before-migration" (synchronous, with VACUUM INTO, because migrations run synchronously at
// start and must wait for it) and "daily" (db.backup(), which copies page by page between event-loop turns
// and so never blocks a counselor). Only a database that passed quick_check is ever backed up, so a
// damaged file never pushes a good backup out of the rotation.
//
// Backups hold what the database holds, saved sessions included; retention is short (KEEP) so a deleted
// session does not linger in old copies for long. One exception: when damage is found, the last backup
// taken before it is marked kept (a "<name>.kept" file beside it) and is never rotated away, so a few days
// of daily copies of a damaged or emptied store can never push the good one out.

export const BACKUP_DIR = 'backups';
export type BackupKind = 'daily' | 'before-migration';
export const KEEP: Record<BackupKind, number> = { daily: 3, 'before-migration': 2 };
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  /** Absolute path. */
  file: string;
  name: string;
  kind: BackupKind;
  /** ISO time the copy was taken. */
  takenAt: string;
  /** Set when the copy is kept out of the rotation (the last one before damage was found). */
  kept?: KeptMark;
}

export interface KeptMark {
  /** When the damage was found. */
  since: string;
  reason: string;
}

const KEPT_SUFFIX = '.kept';

/** The short name the command line and the restore screen use: "daily-2026-11-23T12-00-00-000Z". */
export function backupId(name: string): string {
  return name.replace(/^auto-/, '').replace(/\.sqlite3$/, '');
}

function readKept(file: string): KeptMark | undefined {
  try {
    const mark = JSON.parse(readFileSync(file + KEPT_SUFFIX, 'utf8')) as Partial<KeptMark>;
    return { since: String(mark.since ?? ''), reason: String(mark.reason ?? '') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { since: '', reason: 'kept (its mark could not be read)' };
  }
}

/** Keeps a backup out of the rotation for good (idempotent: the first mark stays). */
export function keepBackup(backup: BackupInfo, since: Date, reason: string): void {
  if (existsSync(backup.file + KEPT_SUFFIX)) return;
  const partial = `${backup.file}${KEPT_SUFFIX}.partial`;
  writeFileSync(partial, `${JSON.stringify({ since: since.toISOString(), reason })}\n`);
  finish(partial, backup.file + KEPT_SUFFIX, dirname(backup.file));
}

const NAME = /^auto-(daily|before-migration)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-[a-z0-9-]+)?\.sqlite3$/;

/** "auto-daily-2026-11-23T12-00-00-000Z.sqlite3": sortable, and valid on every file system. */
export function backupFileName(kind: BackupKind, takenAt: Date, detail?: string): string {
  const stamp = takenAt.toISOString().replace(/:/g, '-').replace('.', '-');
  return `auto-${kind}-${stamp}${detail ? `-${detail}` : ''}.sqlite3`;
}

export function parseBackupName(name: string): { kind: BackupKind; takenAt: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  return { kind: m[1] as BackupKind, takenAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z` };
}

/** Every finished automatic backup, newest first. */
export function listBackups(backupsDir: string): BackupInfo[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return [];
      const file = join(backupsDir, name);
      const kept = readKept(file);
      return [{ file, name, ...parsed, ...(kept ? { kept } : {}) }];
    })
    .sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : a.name < b.name ? 1 : -1));
}

export function isDailyBackupDue(backups: readonly BackupInfo[], now: Date): boolean {
  const newest = backups.find((b) => b.kind === 'daily');
  return !newest || now.getTime() - Date.parse(newest.takenAt) >= DAY_MS;
}

/** Flushes a file or folder to disk (a folder after a rename, so the new name survives a crash). */
export function fsyncPath(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Directories cannot be opened for fsync on Windows; the file itself was synced.
  }
}

function finish(partial: string, final: string, backupsDir: string): void {
  fsyncPath(partial);
  renameSync(partial, final);
  fsyncPath(backupsDir);
}

/**
 * Drops the oldest copies of each kind beyond KEEP, and any ".partial" left by a crash. A kept copy (the last
 * one before damage was found) is never dropped and does not count against KEEP.
 */
export function pruneBackups(backupsDir: string): void {
  if (!existsSync(backupsDir)) return;
  for (const name of readdirSync(backupsDir)) {
    if (name.endsWith('.partial')) rmSync(join(backupsDir, name), { force: true });
  }
  const all = listBackups(backupsDir).filter((b) => !b.kept);
  for (const kind of Object.keys(KEEP) as BackupKind[]) {
    for (const old of all.filter((b) => b.kind === kind).slice(KEEP[kind])) {
      rmSync(old.file, { force: true });
      // A read-only check may have left SQLite's side files beside the copy.
      for (const side of ['-wal', '-shm']) rmSync(old.file + side, { force: true });
    }
  }
}

/** Synchronous copy before migrations run (VACUUM INTO writes a consistent, compact snapshot). */
export function backupBeforeMigration(db: Database.Database, backupsDir: string, now: Date, from: number, to: number): BackupInfo {
  mkdirSync(backupsDir, { recursive: true });
  const name = backupFileName('before-migration', now, `v${from}-to-v${to}`);
  const final = join(backupsDir, name);
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  finish(partial, final, backupsDir);
  pruneBackups(backupsDir);
  return { file: final, name, kind: 'before-migration', takenAt: now.toISOString() };
}

/** The daily copy with db.backup(). Rejects (and leaves no file) if the database closes meanwhile. */
export async function takeDailyBackup(db: Database.Database, backupsDir: string, now: Date): Promise<BackupInfo> {
  mkdirSync(backupsDir, { recursive: true });
  const name = backupFileName('daily', now);
  const final = join(backupsDir, name);
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  finish(partial, final, backupsDir);
  pruneBackups(backupsDir);
  return { file: final, name, kind: 'daily', takenAt: now.toISOString() };
}

export interface DailyBackups {
  /** The check made at start: the backup it took, or null when none was due (or it failed). */
  first: Promise<BackupInfo | null>;
  stop: () => void;
}

/**
 * Takes a daily backup now if none is less than a day old, then checks again every hour (a kiosk or a
 * counselor's laptop may stay open for days). A failed backup is logged, never fatal.
 */
export function scheduleDailyBackups(getDb: () => Database.Database, backupsDir: string, now: () => Date, checkEveryMs = 60 * 60 * 1000): DailyBackups {
  let stopped = false;
  let running = false;
  const check = async (): Promise<BackupInfo | null> => {
    if (stopped || running || !isDailyBackupDue(listBackups(backupsDir), now())) return null;
    running = true;
    try {
      return await takeDailyBackup(getDb(), backupsDir, now());
    } catch (error) {
      if (!stopped) console.error('[backup] the daily backup failed:', (error as Error).message);
      return null;
    } finally {
      running = false;
    }
  };
  const first = check();
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();
  return {
    first,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** The newest backup that itself passes quick_check (a bad copy is skipped, never restored). */
export function newestSoundBackup(backupsDir: string): BackupInfo | null {
  return listBackups(backupsDir).find((b) => checkDatabaseFile(b.file).status === 'ok') ?? null;
}

const SIDE_FILES = ['', '-wal', '-shm'] as const;

/**
 * Renames the damaged file (with its -wal and -shm, which belong to it) to a dated name in the same
 * folder. A rename never changes a byte, and the old -wal can no longer be replayed into the new file.
 * Returns the new name of the main file.
 */
export function moveDamagedAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  const keptAs = join(dirname(file), `${basename(file, '.sqlite3')}.damaged-${stamp}.sqlite3`);
  for (const suffix of SIDE_FILES) {
    if (existsSync(file + suffix)) renameSync(file + suffix, keptAs + suffix);
  }
  return keptAs;
}

/** Undoes moveDamagedAside when a restore fails half way. */
export function putDamagedBack(keptAs: string, file: string): void {
  for (const suffix of SIDE_FILES) {
    rmSync(file + suffix, { force: true });
    if (existsSync(keptAs + suffix)) renameSync(keptAs + suffix, file + suffix);
  }
}

/** Copies a (closed) backup file into place, synced, under a temporary name first. */
export function placeBackup(backup: BackupInfo, file: string): void {
  const temp = `${file}.restoring`;
  copyFileSync(backup.file, temp);
  fsyncPath(temp);
  renameSync(temp, file);
  fsyncPath(dirname(file));
}
