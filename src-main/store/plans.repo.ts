import type Database from 'better-sqlite3';
import type { PlanSummary } from '../../src-shared/ipc-contract';
import { missingForPricing } from '../../src-shared/plan-completeness';
import { planDisplayName } from '../../src-shared/plan-display';
import { Plan } from '../../src-shared/plan-schema';

// Plan rows. Every function takes the database handle; callers own transactions.

export type PlanOrigin = 'seed' | 'import' | 'editor';
export type RevisionAction = 'seed' | 'seed-update' | 'import' | 'edit' | 'create';

interface PlanRow {
  id: string;
  json: string;
  origin: PlanOrigin;
  seed_hash: string | null;
  user_modified: 0 | 1;
  updated_at: string;
}

export interface StoredPlan {
  plan: Plan;
  origin: PlanOrigin;
  seedHash: string | null;
  userModified: boolean;
  updatedAt: string;
}

function fromRow(row: PlanRow): StoredPlan {
  return {
    // Parsed again on the way out: a row is only ever written from a parsed plan, so this also guards
    // against a file edited by hand.
    plan: Plan.parse(JSON.parse(row.json)),
    origin: row.origin,
    seedHash: row.seed_hash,
    userModified: row.user_modified === 1,
    updatedAt: row.updated_at,
  };
}

export function getPlan(db: Database.Database, id: string): StoredPlan | undefined {
  const row = db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function listPlans(db: Database.Database): StoredPlan[] {
  const rows = db.prepare('SELECT * FROM plans ORDER BY plan_year_start DESC, id').all() as PlanRow[];
  return rows.map(fromRow);
}

export function summarize(stored: StoredPlan): PlanSummary {
  const { plan } = stored;
  return {
    id: plan.id,
    displayName: planDisplayName(plan),
    carrier: plan.carrier,
    planName: plan.planName,
    option: plan.option,
    program: plan.program,
    planYear: plan.planYear,
    complete: plan.status.complete,
    missing: plan.status.complete ? [] : missingForPricing(plan),
    origin: stored.origin,
    userModified: stored.userModified,
    updatedAt: stored.updatedAt,
  };
}

export interface PlanWrite {
  plan: Plan;
  origin: PlanOrigin;
  seedHash: string | null;
  userModified: boolean;
  author: string;
  action: RevisionAction;
  now: string;
}

/** Inserts or replaces a plan and records the revision. Call inside a transaction. */
export function writePlan(db: Database.Database, w: PlanWrite): void {
  const json = JSON.stringify(w.plan);
  db.prepare(
    `INSERT INTO plans (id, program, plan_year_start, json, origin, seed_hash, user_modified, updated_at)
     VALUES (@id, @program, @start, @json, @origin, @seedHash, @userModified, @now)
     ON CONFLICT (id) DO UPDATE SET program = excluded.program, plan_year_start = excluded.plan_year_start,
       json = excluded.json, origin = excluded.origin, seed_hash = excluded.seed_hash,
       user_modified = excluded.user_modified, updated_at = excluded.updated_at`,
  ).run({
    id: w.plan.id,
    program: w.plan.program,
    start: w.plan.planYear.start,
    json,
    origin: w.origin,
    seedHash: w.seedHash,
    userModified: w.userModified ? 1 : 0,
    now: w.now,
  });
  db.prepare(
    'INSERT INTO plan_revisions (plan_id, json, author, action, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(w.plan.id, json, w.author, w.action, w.now);
}

export interface PlanRevision {
  id: number;
  planId: string;
  plan: Plan;
  author: string;
  action: RevisionAction;
  createdAt: string;
}

export function listRevisions(db: Database.Database, planId: string): PlanRevision[] {
  const rows = db
    .prepare('SELECT * FROM plan_revisions WHERE plan_id = ? ORDER BY id')
    .all(planId) as { id: number; plan_id: string; json: string; author: string; action: RevisionAction; created_at: string }[];
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    plan: Plan.parse(JSON.parse(r.json)),
    author: r.author,
    action: r.action,
    createdAt: r.created_at,
  }));
}
