import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupEntry, BackupStatus, DamagedRow, RestoreReport } from '../../src-shared/kiosk-schema';
import { AppError } from '../../src-shared/result';
import {
  keepBackup,
  moveDamagedAside,
  newestSoundBackup,
  placeBackup,
  putDamagedBack,
  scheduleDailyBackups,
  backupBeforeMigration,
  fsyncPath,
  type BackupInfo,
  type DailyBackups,
} from './backup';
import { checkDatabaseFile, checkRows, damagedReason, openReadOnly, type DamageKind } from './integrity';
import { loadMigrations, migrate } from './migrations';
import { openDatabase } from './open-database';
import { chooseBackup, describeBackups, repairRows, type BackupDetails } from './restore';
import { loadSeedPlans, seedPlans, type SeedReport } from './seed';
import { openSqlite } from './sqlite';

// The one data file from start to restore: the start-up check, creating a new file, opening a damaged one
// read-only (never writing to it), marking the last good backup kept, and restoring a backup (the whole
// file, or only the damaged rows of a sound file). app-context.ts holds the result in the AppContext.

export interface StorageOptions {
  file: string;
  backupsDir: string;
  migrationsDir: string;
  /** The folder holding plans/ (the shipped plans seeded into the store). */
  seedDir: string;
  kiosk: boolean;
  now: () => Date;
}

/** The parts of the AppContext a restore replaces. */
export interface StorageHolder {
  db: Database.Database;
  readOnlyReason: string | null;
}

export interface StorageState {
  file: string;
  backupsDir: string;
  /** The whole file is damaged: it is open read-only (or not at all) and never written. */
  damaged: boolean;
  damage: { kind: DamageKind; detail: string } | null;
  /** 'shipped-only': SQLite cannot read the file at all; the database open is the shipped plans, in memory. */
  source: 'file' | 'shipped-only';
  /** What is damaged and every backup with what it holds (app:backup-status, `backup list`). */
  status: (holder: StorageHolder) => BackupStatus;
  /** Restores "newest" or one backup by id: the whole file when it is damaged, else only its damaged rows. */
  restore: (holder: StorageHolder, choice?: string) => RestoreReport;
  /** The first daily-backup check (null when none was due, or the file is damaged). */
  firstDailyBackup: Promise<BackupInfo | null>;
  /** Starts the daily backups (a sound file only); stop() ends them. */
  startDailyBackups: (getDb: () => Database.Database) => void;
  stop: () => void;
}

export interface OpenedStorage {
  db: Database.Database;
  seed: SeedReport;
  readOnlyReason: string | null;
  state: StorageState;
}

const NO_SEED: SeedReport = { added: [], updated: [], keptUserChanges: [] };

function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace('.', '-');
}

/** A damaged file SQLite cannot read at all: the shipped plans in memory, so counseling still works. */
function inMemoryFallback(options: StorageOptions): Database.Database {
  const db = openSqlite(':memory:');
  migrate(db, loadMigrations(options.migrationsDir));
  seedPlans(db, loadSeedPlans(options.seedDir), options.now().toISOString());
  db.pragma('query_only = ON');
  return db;
}

/**
 * A new data file is made under a temporary name and renamed into place only once it holds the schema, so
 * the app itself never leaves an empty or half-made file under the real name: an empty file there always
 * means lost data, never "a first start that crashed".
 */
function createDataFile(options: StorageOptions): void {
  const temp = `${options.file}.creating`;
  for (const side of ['', '-wal', '-shm', '-journal']) rmSync(temp + side, { force: true });
  const { db } = openDatabase(temp, options.migrationsDir);
  db.close(); // checkpoints the WAL into the file and removes it
  fsyncPath(temp);
  renameSync(temp, options.file);
  fsyncPath(dirname(options.file));
}

const isDamageError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
};

const when = (iso: string): string => `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;

function entry(b: BackupDetails): BackupEntry {
  return {
    id: b.id,
    kind: b.kind,
    takenAt: b.takenAt,
    name: b.name,
    sound: b.health.status === 'ok',
    problem: b.health.status === 'damaged' ? b.health.detail : b.health.status === 'missing' ? 'the file is missing' : null,
    plans: b.plans,
    sessions: b.sessions,
    kept: b.kept ?? null,
    repairs: b.repairs.length,
  };
}

const summary = (b: BackupInfo) => ({ kind: b.kind, takenAt: b.takenAt, name: b.name });

export function openStorage(options: StorageOptions): OpenedStorage {
  const { file, backupsDir, now } = options;
  const openSound = (): { db: Database.Database; seed: SeedReport } => {
    const { db } = openDatabase(file, options.migrationsDir, {
      beforeMigrate: (d, from, to) => backupBeforeMigration(d, backupsDir, now(), from, to),
    });
    try {
      const seed = seedPlans(db, loadSeedPlans(options.seedDir), now().toISOString());
      if (options.kiosk) {
        // In kiosk mode SQLite itself refuses every write after seeding, and never spills to a temp file.
        db.pragma('temp_store = MEMORY');
        db.pragma('query_only = ON');
      }
      return { db, seed };
    } catch (error) {
      db.close();
      throw error;
    }
  };
  /** The damaged file, read-only; the shipped plans in memory when SQLite cannot read it as ours. */
  const openDamaged = (kind: DamageKind): { db: Database.Database; source: StorageState['source'] } => {
    const db = kind === 'empty' || kind === 'foreign' ? null : openReadOnly(file);
    return db ? { db, source: 'file' } : { db: inMemoryFallback(options), source: 'shipped-only' };
  };

  let health = checkDatabaseFile(file);
  if (health.status === 'missing') {
    createDataFile(options);
    health = checkDatabaseFile(file);
  }
  let opened: { db: Database.Database; seed: SeedReport; source: StorageState['source'] } | null = null;
  let damage: StorageState['damage'] = health.status === 'damaged' ? { kind: health.kind, detail: health.detail } : null;
  if (!damage) {
    try {
      opened = { ...openSound(), source: 'file' };
    } catch (error) {
      // SQLite's quick check passed but reading the tables did not: damaged all the same.
      if (!isDamageError(error)) throw error;
      damage = { kind: 'corrupt', detail: (error as Error).message };
    }
  }
  let readOnlyReason: string | null = null;
  if (damage || !opened) {
    const found = damage ?? { kind: 'corrupt' as const, detail: 'the file could not be opened' };
    const latest = newestSoundBackup(backupsDir);
    readOnlyReason = damagedReason(found, latest);
    console.error(`[store] ${readOnlyReason}`);
    // The last good copy before the damage was found never rotates away.
    if (latest) keepBackup(latest, now(), `the last backup before the data file was found damaged (${found.kind}) on ${when(now().toISOString())}`);
    opened = { ...openDamaged(found.kind), seed: NO_SEED };
  }
  const { db, seed, source } = opened;

  let backups: DailyBackups | null = null;

  /** Damaged rows of a sound file: the newest backup holding them all (or most) is kept out of the rotation. */
  const keepRepairSource = (details: BackupDetails[], rows: DamagedRow[]): void => {
    if (rows.length === 0) return;
    try {
      const source = chooseBackup(details, 'newest', rows);
      if (!source.kept) keepBackup(source, now(), `the last backup with a usable copy of ${rows.map((r) => `${r.table === 'plans' ? 'plan' : 'session'} “${r.label}”`).join(', ')}, found damaged on ${when(now().toISOString())}`);
    } catch {
      // No backup holds a usable copy: nothing to keep.
    }
  };

  const state: StorageState = {
    file,
    backupsDir,
    damaged: damage !== null,
    damage,
    source,
    firstDailyBackup: Promise.resolve(null),

    status: (holder) => {
      const rows = state.source === 'shipped-only' ? null : checkRows(holder.db);
      const damagedRows = state.damaged ? [] : (rows?.damaged ?? []);
      const details = describeBackups(backupsDir, damagedRows);
      keepRepairSource(details, damagedRows);
      const latest = details.find((b) => b.health.status === 'ok');
      const keptAs = `${basename(file, '.sqlite3')}.damaged-<date>.sqlite3`;
      const restoreEffect = state.damaged
        ? `The damaged file is not deleted or changed: it is renamed to ${keptAs} in the data folder and kept as it is. ` +
          'The backup you choose takes its place, is checked, and the app works normally again; anything saved after that backup is not in it.'
        : damagedRows.length > 0
          ? 'Only the damaged rows are replaced by their copies from the backup you choose; every other plan and saved session stays as it is now. ' +
            `A copy of the data file as it is now is kept first, as ${keptAs} in the data folder.`
          : null;
      return {
        damaged: state.damaged,
        readOnlyReason: holder.readOnlyReason,
        latest: latest ? summary(latest) : null,
        damage: state.damage,
        plans: state.source === 'shipped-only' ? 'shipped-only' : (rows?.plans ?? 'unreadable'),
        sessions: rows?.sessions ?? 'unreadable',
        damagedRows,
        backups: details.map(entry),
        restoreEffect,
        fileName: basename(file),
      };
    },

    restore: (holder, choice = 'newest') => {
      if (state.damaged) return restoreFile(holder, choice);
      const rows = state.source === 'file' ? checkRows(holder.db).damaged : [];
      if (rows.length === 0) throw new AppError('CONFLICT', 'The data file is not damaged, so there is nothing to restore.');
      return restoreRows(holder, choice, rows);
    },

    startDailyBackups: (getDb) => {
      if (state.damaged || backups) return;
      backups = scheduleDailyBackups(getDb, backupsDir, now);
      state.firstDailyBackup = backups.first;
    },

    stop: () => {
      backups?.stop();
      backups = null;
    },
  };

  const counts = (d: Database.Database): { plans: number; sessions: number } => {
    const n = (table: string) => (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { plans: n('plans'), sessions: n('sessions') };
  };

  /** The whole damaged file: moved aside untouched, the backup copied in, fully checked, then opened. */
  const restoreFile = (holder: StorageHolder, choice: string): RestoreReport => {
    const backup = chooseBackup(describeBackups(backupsDir, []), choice, null);
    state.stop();
    holder.db.close();
    const keptAs = moveDamagedAside(file, now());
    try {
      placeBackup(backup, file);
      const check = checkDatabaseFile(file, { full: true });
      if (check.status !== 'ok') throw new Error(`the restored copy failed the integrity check: ${check.status === 'damaged' ? check.detail : check.status}`);
      holder.db = openSound().db;
    } catch (error) {
      // Back to where we were: the damaged file in place, read-only.
      putDamagedBack(keptAs, file);
      holder.db = openDamaged(state.damage?.kind ?? 'corrupt').db;
      console.error('[store] restoring the backup failed:', error);
      throw new AppError('INTERNAL', 'The backup could not be restored. The damaged file was left as it was.');
    }
    state.damaged = false;
    state.damage = null;
    state.source = 'file';
    holder.readOnlyReason = null;
    state.startDailyBackups(() => holder.db);
    return { restored: summary(backup), mode: 'file', damagedFileKeptAs: basename(keptAs), ...counts(holder.db), repaired: [], stillDamaged: [] };
  };

  /** Damaged rows of a sound file: a copy of the file first, then only those rows from the backup. */
  const restoreRows = (holder: StorageHolder, choice: string, rows: DamagedRow[]): RestoreReport => {
    const backup = chooseBackup(describeBackups(backupsDir, rows), choice, rows);
    if (backup.repairs.length === 0) {
      throw new AppError('CONFLICT', `The backup ${backup.id} holds no usable copy of the damaged rows; choose another (see: backup list).`);
    }
    const keptAs = join(dirname(file), `${basename(file, '.sqlite3')}.damaged-${stamp(now())}.sqlite3`);
    const db = holder.db;
    const locked = db.pragma('query_only', { simple: true }) === 1;
    if (locked) db.pragma('query_only = OFF'); // a kiosk: this one repair, then locked again
    try {
      if (existsSync(keptAs)) throw new AppError('CONFLICT', `${basename(keptAs)} already exists; try again in a moment.`);
      db.prepare('VACUUM INTO ?').run(keptAs);
      fsyncPath(keptAs);
      const result = repairRows(db, backup.file, rows);
      // A repaired seeded plan may be older than the shipped data: the usual seeding brings it up to date.
      seedPlans(db, loadSeedPlans(options.seedDir), now().toISOString());
      const check = db.pragma('quick_check') as { quick_check: string }[];
      if (check.some((r) => r.quick_check !== 'ok')) throw new AppError('INTERNAL', 'The data file failed its check after the repair; nothing else was changed.');
      const still = checkRows(db).damaged;
      return {
        restored: summary(backup),
        mode: 'rows',
        damagedFileKeptAs: basename(keptAs),
        ...counts(db),
        repaired: result.repaired,
        stillDamaged: still,
      };
    } finally {
      if (locked) db.pragma('query_only = ON');
    }
  };

  if (!damage) {
    const rows = checkRows(db);
    if (rows.damaged.length > 0) {
      console.error(`[store] ${rows.damaged.length} stored row(s) are damaged and left out: ${rows.damaged.map((r) => `${r.table} ${r.label}: ${r.reason}`).join('; ')}`);
      keepRepairSource(describeBackups(backupsDir, rows.damaged), rows.damaged);
    }
  }

  return { db, seed, readOnlyReason, state };
}
