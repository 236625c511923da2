import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { appVersion } from './app-root';
import { createDispatcher, type Dispatch } from './ipc/handle';
import { handlers } from './ipc/register';
import { openDatabase } from './store/open-database';
import { loadSeedPlans, seedPlans, type SeedReport } from './store/seed';

export type Transport = 'electron' | 'web' | 'cli' | 'test';

/** Everything a handler may use. Passed in, never global. */
export interface AppContext {
  db: Database.Database;
  appRoot: string;
  dataDir: string;
  version: string;
  transport: Transport;
  kiosk: boolean;
  readOnlyReason: string | null;
  /** The clock, injectable so tests are repeatable. */
  now: () => Date;
}

export interface OpenOptions {
  appRoot: string;
  dataDir: string;
  transport: Transport;
  kiosk?: boolean;
  now?: () => Date;
}

export interface OpenedApp {
  ctx: AppContext;
  dispatch: Dispatch;
  seed: SeedReport;
  close: () => void;
}

export const DATABASE_FILE = 'benefits-counselor.sqlite3';

/** Opens the store once, seeds it from data/, and returns the one dispatcher every transport uses. */
export function openApp(options: OpenOptions): OpenedApp {
  mkdirSync(options.dataDir, { recursive: true });
  const { db } = openDatabase(join(options.dataDir, DATABASE_FILE), join(options.appRoot, 'src-main', 'store', 'migrations'));
  const now = options.now ?? (() => new Date());
  const ctx: AppContext = {
    db,
    appRoot: options.appRoot,
    dataDir: options.dataDir,
    version: appVersion(options.appRoot),
    transport: options.transport,
    kiosk: options.kiosk ?? false,
    readOnlyReason: null,
    now,
  };
  const seed = seedPlans(db, loadSeedPlans(join(options.appRoot, 'data')), now().toISOString());
  return { ctx, dispatch: createDispatcher(handlers, ctx), seed, close: () => db.close() };
}
