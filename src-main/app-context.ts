import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SavedPdf } from '../src-shared/ipc-contract';
import type { EndSessionReport } from '../src-shared/kiosk-schema';
import { AppError } from '../src-shared/result';
import { appVersion } from './app-root';
import { createDispatcher, type Dispatch } from './ipc/handle';
import { handlers } from './ipc/register';
import { kioskConfigPaths, loadKioskSettings } from './kiosk/kiosk-config';
import { BACKUP_DIR, backupBeforeMigration, moveDamagedAside, newestSoundBackup, placeBackup, putDamagedBack, scheduleDailyBackups, type BackupInfo, type DailyBackups } from './store/backup';
import { checkDatabaseFile, damagedReason, openReadOnly, withDeletePurge, withReadOnlyErrors } from './store/integrity';
import { migrate, loadMigrations } from './store/migrations';
import { openDatabase } from './store/open-database';
import { loadSeedPlans, seedPlans, type SeedReport } from './store/seed';
import { openSqlite } from './store/sqlite';

export type Transport = 'electron' | 'web' | 'cli' | 'test';
export type { EndSessionReport };

/** Where the one database file lives, and whether it is the damaged one (then it is never written). */
export interface StorageState {
  file: string;
  backupsDir: string;
  damaged: boolean;
  /** Moves the damaged file aside untouched and opens the newest sound backup in its place. */
  restoreLatestBackup: () => { restored: BackupInfo; damagedFileKeptAs: string };
}

/** Everything a handler may use. Passed in, never global. */
export interface AppContext {
  db: Database.Database;
  appRoot: string;
  dataDir: string;
  version: string;
  transport: Transport;
  kiosk: boolean;
  /** Minutes without input before a kiosk session ends (administrator's kiosk.json, default 10). */
  kioskIdleMinutes: number;
  readOnlyReason: string | null;
  storage: StorageState;
  /** Set by the Electron kiosk shell: clears the clipboard and replaces the window. */
  endSessionHook: (() => EndSessionReport | Promise<EndSessionReport>) | null;
  /** Set by the Electron shell: printToPDF of the window and a save dialog. Absent in the browser. */
  savePdfHook: ((fileName: string) => Promise<SavedPdf>) | null;
  /** The clock, injectable so tests are repeatable. */
  now: () => Date;
}

export interface OpenOptions {
  appRoot: string;
  dataDir: string;
  transport: Transport;
  /** The `--kiosk` switch. An administrator's kiosk.json can also turn kiosk mode on. */
  kiosk?: boolean;
  /** Where to look for kiosk.json; default: the machine-wide file, then the data folder (none for tests). */
  kioskConfigFiles?: string[];
  now?: () => Date;
}

export interface OpenedApp {
  ctx: AppContext;
  dispatch: Dispatch;
  seed: SeedReport;
  /** The daily backup check made at start (null when none was due or the file is damaged). */
  dailyBackup: Promise<BackupInfo | null>;
  close: () => void;
}

export const DATABASE_FILE = 'benefits-counselor.sqlite3';

/** In kiosk mode SQLite itself refuses every write after seeding, and never spills to a temp file. */
function lockForKiosk(db: Database.Database): void {
  db.pragma('temp_store = MEMORY');
  db.pragma('query_only = ON');
}

/** A damaged file SQLite cannot read at all: the shipped plans in memory, so counseling still works. */
function inMemoryFallback(migrationsDir: string, seedDir: string, now: string): Database.Database {
  const db = openSqlite(':memory:');
  migrate(db, loadMigrations(migrationsDir));
  seedPlans(db, loadSeedPlans(seedDir), now);
  db.pragma('query_only = ON');
  return db;
}

/** Opens the store once, seeds it from data/, and returns the one dispatcher every transport uses. */
export function openApp(options: OpenOptions): OpenedApp {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const file = join(options.dataDir, DATABASE_FILE);
  const backupsDir = join(options.dataDir, BACKUP_DIR);
  const migrationsDir = join(options.appRoot, 'src-main', 'store', 'migrations');
  const seedDir = join(options.appRoot, 'data');
  const kiosk = loadKioskSettings(
    options.kiosk ?? false,
    options.kioskConfigFiles ?? (options.transport === 'test' ? [] : kioskConfigPaths(options.dataDir)),
  );
  for (const problem of kiosk.problems) console.error(`[kiosk] ${problem}`);

  // quick_check before anything writes; a damaged file is opened read-only and never written.
  const health = checkDatabaseFile(file);
  const openSound = (): { db: Database.Database; seed: SeedReport } => {
    const { db } = openDatabase(file, migrationsDir, {
      beforeMigrate: (d, from, to) => backupBeforeMigration(d, backupsDir, now(), from, to),
    });
    const seed = seedPlans(db, loadSeedPlans(seedDir), now().toISOString());
    if (kiosk.enabled) lockForKiosk(db);
    return { db, seed };
  };
  let opened: { db: Database.Database; seed: SeedReport };
  let readOnlyReason: string | null = null;
  if (health.status === 'damaged') {
    readOnlyReason = damagedReason(health.detail, newestSoundBackup(backupsDir));
    console.error(`[store] ${readOnlyReason}`);
    opened = {
      db: openReadOnly(file) ?? inMemoryFallback(migrationsDir, seedDir, now().toISOString()),
      seed: { added: [], updated: [], keptUserChanges: [] },
    };
  } else {
    opened = openSound();
  }

  let backups: DailyBackups | null = null;
  const ctx: AppContext = {
    db: opened.db,
    appRoot: options.appRoot,
    dataDir: options.dataDir,
    version: appVersion(options.appRoot),
    transport: options.transport,
    kiosk: kiosk.enabled,
    kioskIdleMinutes: kiosk.idleMinutes,
    readOnlyReason,
    endSessionHook: null,
    savePdfHook: null,
    now,
    storage: {
      file,
      backupsDir,
      damaged: health.status === 'damaged',
      restoreLatestBackup: () => {
        if (!ctx.storage.damaged) throw new AppError('CONFLICT', 'The data file is not damaged, so there is nothing to restore.');
        const backup = newestSoundBackup(backupsDir);
        if (!backup) throw new AppError('NOT_FOUND', 'There is no sound automatic backup to restore.');
        ctx.db.close();
        const keptAs = moveDamagedAside(file, now());
        try {
          placeBackup(backup, file);
          ctx.db = openSound().db;
        } catch (error) {
          // Back to where we were: the damaged file in place, read-only.
          putDamagedBack(keptAs, file);
          ctx.db = openReadOnly(file) ?? inMemoryFallback(migrationsDir, seedDir, now().toISOString());
          console.error('[store] restoring the backup failed:', error);
          throw new AppError('INTERNAL', 'The backup could not be restored. The damaged file was left as it was.');
        }
        ctx.storage.damaged = false;
        ctx.readOnlyReason = null;
        backups = scheduleDailyBackups(() => ctx.db, backupsDir, now);
        return { restored: backup, damagedFileKeptAs: keptAs };
      },
    },
  };
  if (!ctx.storage.damaged) backups = scheduleDailyBackups(() => ctx.db, backupsDir, now);
  return {
    ctx,
    dispatch: createDispatcher(withReadOnlyErrors(withDeletePurge(handlers)), ctx),
    seed: opened.seed,
    dailyBackup: backups?.first ?? Promise.resolve(null),
    close: () => {
      backups?.stop();
      ctx.db.close();
    },
  };
}
