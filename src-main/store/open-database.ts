import Database from 'better-sqlite3';
import { loadMigrations, migrate } from './migrations';

export interface OpenedDatabase {
  db: Database.Database;
  migratedFrom: number;
  migratedTo: number;
}

/**
 * Opens the app's one SQLite file. WAL with synchronous=FULL because the writes are small and precious;
 * secure_delete so a deleted session's text does not stay readable in free pages.
 */
export function openDatabase(file: string, migrationsDir: string): OpenedDatabase {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    const { from, to } = migrate(db, loadMigrations(migrationsDir));
    return { db, migratedFrom: from, migratedTo: to };
  } catch (error) {
    db.close();
    throw error;
  }
}
