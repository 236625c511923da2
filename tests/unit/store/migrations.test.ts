import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../src-main/app-root';
import { loadMigrations, migrate } from '../../../src-main/store/migrations';
import { openDatabase } from '../../../src-main/store/open-database';

const migrationsDir = join(findAppRoot(), 'src-main', 'store', 'migrations');

describe('the store', () => {
  it('numbers its migrations 1, 2, 3 … with no gap', () => {
    const versions = loadMigrations(migrationsDir).map((m) => m.version);
    expect(versions).toEqual(versions.map((_v, i) => i + 1));
  });

  it('opens with WAL, full sync, foreign keys and secure delete, at the newest schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bc-db-')), 'x.sqlite3');
    const { db } = openDatabase(file, migrationsDir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations(migrationsDir).length);
    db.close();
  });

  it('refuses a database written by a newer version of the app, and leaves it untouched', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bc-db-')), 'x.sqlite3');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x TEXT)');
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file, migrationsDir)).toThrow(/newer version of the app/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'plans'").get()).toBeUndefined();
    after.close();
  });

  it('applies a failing migration not at all (the version stays where it was)', () => {
    const db = new Database(':memory:');
    expect(() =>
      migrate(db, [
        { version: 1, name: 'ok', sql: 'CREATE TABLE a (x TEXT);' },
        { version: 2, name: 'broken', sql: 'CREATE TABLE b (x TEXT); THIS IS NOT SQL;' },
      ]),
    ).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });
});
