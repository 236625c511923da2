import { renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { backupBeforeMigration, fsyncPath } from './backup';
import { openReadOnly, type DamageKind } from './integrity';
import { loadMigrations, migrate } from './migrations';
import { openDatabase } from './open-database';
import { loadSeedPlans, seedPlans, type SeedReport } from './seed';
import { openSqlite } from './sqlite';
import type { StorageOptions, StorageState } from './storage';

// Opening the data file: a new one made whole before it takes the real name, a sound one migrated and
// seeded (locked after seeding on a kiosk), a damaged one read-only, or the shipped plans in memory when
// SQLite cannot read it at all.

export const NO_SEED: SeedReport = { added: [], updated: [], keptUserChanges: [] };

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
export function createDataFile(options: StorageOptions): void {
  const temp = `${options.file}.creating`;
  for (const side of ['', '-wal', '-shm', '-journal']) rmSync(temp + side, { force: true });
  const { db } = openDatabase(temp, options.migrationsDir);
  db.close(); // checkpoints the WAL into the file and removes it
  fsyncPath(temp);
  renameSync(temp, options.file);
  fsyncPath(dirname(options.file));
}

export const isDamageError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
};

/** A sound file: opened, migrated (a backup first) and seeded. */
export function openSound(options: StorageOptions): { db: Database.Database; seed: SeedReport } {
  const { file, backupsDir, now } = options;
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
}

/** The damaged file, read-only; the shipped plans in memory when SQLite cannot read it as ours. */
export function openDamaged(options: StorageOptions, kind: DamageKind): { db: Database.Database; source: StorageState['source'] } {
  const { file } = options;
  const db = kind === 'empty' || kind === 'foreign' ? null : openReadOnly(file);
  return db ? { db, source: 'file' } : { db: inMemoryFallback(options), source: 'shipped-only' };
}
