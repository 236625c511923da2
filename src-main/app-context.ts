import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SavedPdf } from '../src-shared/ipc-contract';
import type { EndSessionReport } from '../src-shared/kiosk-schema';
import type { Language } from '../src-shared/i18n/language';
import type { Plan } from '../src-shared/plan-schema';
import { appVersion } from './app-root';
import { ComputePool } from './compute/pool';
import { warmUpPool, type WarmUp } from './compute/warm-up';
import type { Dispatch } from './ipc/handle';
import { createDispatcher } from './ipc/pipeline';
import { handlers } from './ipc/register';
import { kioskConfigPaths, loadKioskSettings } from './kiosk/kiosk-config';
import { BACKUP_DIR, type BackupInfo } from './store/backup';
import type { SeedReport } from './store/seed';
import { listPlansToPrice } from './store/plans.repo';
import { openStorage, type StorageState } from './store/storage';

export type Transport = 'electron' | 'web' | 'cli' | 'test';
export type { EndSessionReport };

/** Where the one database file lives, whether it is damaged (then it is never written), and restoring it. */
export type { StorageState };

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
  /** The language sessions start in (kiosk.json's `language`, else English). */
  kioskLanguage: Language;
  readOnlyReason: string | null;
  storage: StorageState;
  /** Set by the Electron kiosk shell: clears the clipboard and replaces the window. */
  endSessionHook: (() => EndSessionReport | Promise<EndSessionReport>) | null;
  /** Set by the Electron shell: printToPDF of the window and a save dialog. Absent in the browser. */
  savePdfHook: ((fileName: string) => Promise<SavedPdf>) | null;
  /** The worker threads every comparison, explanation and pricing runs on (never this event loop). */
  compute: ComputePool;
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
  /** Compute workers: default one per core; the Electron build passes its bundled worker's file. */
  compute?: { size?: number; entry?: URL };
  /**
   * Warm the compute workers up at start on the shipped example household (compute/warm-up.ts), so the
   * counselor's first figures come as fast as the next ones. The window and the web host ask for it; the
   * command line and the tests do not.
   */
  warmUp?: boolean;
}

export interface OpenedApp {
  ctx: AppContext;
  dispatch: Dispatch;
  seed: SeedReport;
  /** The daily backup check made at start (null when none was due or the file is damaged). */
  dailyBackup: Promise<BackupInfo | null>;
  /** Settles when the compute workers' warm-up has run, given way or been skipped (at once without `warmUp`). */
  warmedUp: Promise<WarmUp>;
  /** Stops the daily backups and the compute workers, and closes the database. */
  close: () => void;
}

export const DATABASE_FILE = 'benefits-counselor.sqlite3';

/** Opens the store once, seeds it from data/, and returns the one dispatcher every transport uses. */
export function openApp(options: OpenOptions): OpenedApp {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const file = join(options.dataDir, DATABASE_FILE);
  const backupsDir = join(options.dataDir, BACKUP_DIR);
  const migrationsDir = join(options.appRoot, 'src-main', 'store', 'migrations');
  const seedDir = join(options.appRoot, 'data');
  const kiosk = loadKioskSettings(options.kiosk ?? false, options.kioskConfigFiles ?? (options.transport === 'test' ? [] : kioskConfigPaths(options.dataDir)));
  for (const problem of kiosk.problems) console.error(`[kiosk] ${problem}`);

  // The start-up check before anything writes; a damaged file is opened read-only and never written.
  const store = openStorage({ file, backupsDir, migrationsDir, seedDir, kiosk: kiosk.enabled, now });
  const ctx: AppContext = {
    db: store.db,
    appRoot: options.appRoot,
    dataDir: options.dataDir,
    version: appVersion(options.appRoot),
    transport: options.transport,
    kiosk: kiosk.enabled,
    kioskIdleMinutes: kiosk.idleMinutes,
    kioskLanguage: kiosk.language,
    readOnlyReason: store.readOnlyReason,
    endSessionHook: null,
    savePdfHook: null,
    compute: new ComputePool({ appRoot: options.appRoot, ...options.compute }),
    now,
    storage: store.state,
  };
  store.state.startDailyBackups(() => ctx.db);
  const warmedUp = options.warmUp ? warmUp(ctx) : Promise.resolve<WarmUp>('skipped');
  return {
    ctx,
    dispatch: createDispatcher(handlers, ctx),
    seed: store.seed,
    dailyBackup: store.state.firstDailyBackup,
    warmedUp,
    close: () => {
      ctx.storage.stop();
      // Terminating needs no wait: the workers hold nothing that must be saved.
      void ctx.compute.close();
      ctx.db.close();
    },
  };
}

/** A warm-up is an optimisation: a library that cannot be read now says so on the first real request instead. */
function warmUp(ctx: AppContext): Promise<WarmUp> {
  let library: readonly Plan[];
  try {
    library = listPlansToPrice(ctx.db);
  } catch {
    return Promise.resolve('skipped');
  }
  return warmUpPool(ctx.compute, library, ctx.appRoot);
}
