import type Database from 'better-sqlite3';
import type { RevisionInfo } from '../../src-shared/editor-schema';
import { Plan } from '../../src-shared/plan-schema';
import type { RevisionAction } from './plans.repo';

// Reading single revisions and the change record (who, when, how) without parsing every stored version,
// for the plan editor. Writing stays in plans.repo.ts (writePlan records the revision).

interface RevisionRow {
  id: number;
  plan_id: string;
  json: string;
  author: string;
  action: RevisionAction;
  created_at: string;
}

function info(row: RevisionRow, complete: boolean): RevisionInfo {
  return { id: row.id, planId: row.plan_id, author: row.author, action: row.action, createdAt: row.created_at, complete };
}

/** Newest first. Completeness is read from the stored status without parsing the whole plan. */
export function listRevisionInfo(db: Database.Database, planId: string): RevisionInfo[] {
  const rows = db
    .prepare(
      `SELECT id, plan_id, author, action, created_at, json_extract(json, '$.status.complete') AS complete
       FROM plan_revisions WHERE plan_id = ? ORDER BY id DESC`,
    )
    .all(planId) as (Omit<RevisionRow, 'json'> & { complete: 0 | 1 | null })[];
  return rows.map((r) => info({ ...r, json: '' }, r.complete === 1));
}

export function latestRevision(db: Database.Database, planId: string): RevisionInfo | undefined {
  return listRevisionInfo(db, planId)[0];
}

export function getRevision(db: Database.Database, planId: string, revisionId: number): { info: RevisionInfo; plan: Plan } | undefined {
  const row = db.prepare('SELECT * FROM plan_revisions WHERE plan_id = ? AND id = ?').get(planId, revisionId) as RevisionRow | undefined;
  if (!row) return undefined;
  const plan = Plan.parse(JSON.parse(row.json));
  return { info: info(row, plan.status.complete), plan };
}

/** The revision just before this one, for "what did this save change". */
export function previousRevisionId(db: Database.Database, planId: string, revisionId: number): number | undefined {
  const row = db.prepare('SELECT id FROM plan_revisions WHERE plan_id = ? AND id < ? ORDER BY id DESC LIMIT 1').get(planId, revisionId) as
    { id: number } | undefined;
  return row?.id;
}
