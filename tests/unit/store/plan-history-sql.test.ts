import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../src-main/app-root';
import { loadMigrations, migrate } from '../../../src-main/store/migrations';
import { PLAN_ORIGINS, REVISION_ACTIONS } from '../../../src-shared/plan-history';

// The migrations spell the plan origins and revision actions in CHECK constraints (a shipped migration is
// never edited); src-shared/plan-history.ts is the list the code uses. Read from the schema a migrated
// database ends with, so a later migration that changes a CHECK is what is compared.

function checkedValues(table: string, column: string): string[] {
  const db = new Database(':memory:');
  migrate(db, loadMigrations(join(findAppRoot(), 'src-main', 'store', 'migrations')));
  const { sql } = db.prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?').get('table', table) as { sql: string };
  db.close();
  const check = new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
  if (!check?.[1]) throw new Error(`${table}.${column} has no CHECK (… IN (…)) in:\n${sql}`);
  return [...check[1].matchAll(/'([^']*)'/g)].map((match) => match[1] as string);
}

describe('the plan history vocabulary in SQL', () => {
  it('lets plans.origin hold exactly the origins of plan-history.ts', () => {
    expect(checkedValues('plans', 'origin')).toEqual([...PLAN_ORIGINS]);
  });

  it('lets plan_revisions.action hold exactly the revision actions of plan-history.ts', () => {
    expect(checkedValues('plan_revisions', 'action')).toEqual([...REVISION_ACTIONS]);
  });
});
