import Database from 'better-sqlite3';
import { loadMigrations, migrate } from './migrations';
import { openSqlite } from './sqlite';

export interface OpenedDatabase {
  db: Database.Database;
  migratedFrom: number;
  migratedTo: number;
}

export interface OpenDatabaseOptions {
  /** Runs before pending migrations on an existing file (the automatic pre-migration backup). */
  beforeMigrate?: (db: Database.Database, from: number, to: number) => void;
}

/**
 * Opens the app's one SQLite file. WAL with synchronous=FULL because the writes are small and precious;
 * secure_delete so a deleted session's text does not stay readable in free pages.
 */
export function openDatabase(file: string, migrationsDir: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const db = openSqlite(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    const migrations = loadMigrations(migrationsDir);
    const current = db.pragma('user_version', { simple: true }) as number;
    // A file with data that is about to change shape is copied first (a new, empty file has nothing to keep).
    if (current > 0 && current < migrations.length) options.beforeMigrate?.(db, current, migrations.length);
    const { from, to } = migrate(db, migrations);
    return { db, migratedFrom: from, migratedTo: to };
  } catch (error) {
    db.close();
    throw error;
  }
}
