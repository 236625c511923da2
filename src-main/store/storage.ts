import type Database from 'better-sqlite3';
import type { BackupStatus, RestoreReport } from '../../src-shared/kiosk-schema';
import { refusal } from '../../src-shared/refusal';
import { keepBackup, newestSoundBackup, scheduleDailyBackups, type BackupInfo, type DailyBackups } from './backup';
import { checkDatabaseFile, checkRows, damagedReason, type DamageKind } from './integrity';
import { describeBackups } from './restore';
import type { SeedReport } from './seed';
import { NO_SEED, createDataFile, isDamageError, openDamaged, openSound } from './storage-open';
import { restoreFile, restoreRows } from './storage-restore';
import { backupStatus, keepRepairSource, when } from './storage-status';

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

export function openStorage(options: StorageOptions): OpenedStorage {
  const { file, backupsDir, now } = options;
  let health = checkDatabaseFile(file);
  if (health.status === 'missing') {
    createDataFile(options);
    health = checkDatabaseFile(file);
  }
  let opened: { db: Database.Database; seed: SeedReport; source: StorageState['source'] } | null = null;
  let damage: StorageState['damage'] = health.status === 'damaged' ? { kind: health.kind, detail: health.detail } : null;
  if (!damage) {
    try {
      opened = { ...openSound(options), source: 'file' };
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
    opened = { ...openDamaged(options, found.kind), seed: NO_SEED };
  }
  const { db, seed, source } = opened;

  let backups: DailyBackups | null = null;

  const state: StorageState = {
    file,
    backupsDir,
    damaged: damage !== null,
    damage,
    source,
    firstDailyBackup: Promise.resolve(null),

    status: (holder) => backupStatus(options, state, holder),

    restore: (holder, choice = 'newest') => {
      if (state.damaged) return restoreFile(options, state, holder, choice);
      const rows = state.source === 'file' ? checkRows(holder.db).damaged : [];
      if (rows.length === 0) throw refusal('CONFLICT', 'err_not_damaged', {});
      return restoreRows(options, holder, choice, rows);
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

  if (!damage) {
    const rows = checkRows(db);
    if (rows.damaged.length > 0) {
      console.error(
        `[store] ${rows.damaged.length} stored row(s) are damaged and left out: ${rows.damaged.map((r) => `${r.table} ${r.label}: ${r.reason}`).join('; ')}`,
      );
      keepRepairSource(options, describeBackups(backupsDir, rows.damaged), rows.damaged);
    }
  }

  return { db, seed, readOnlyReason, state };
}
