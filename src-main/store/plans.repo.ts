import { deepFreeze } from '../deep-freeze';
import type Database from 'better-sqlite3';
import { ZodError } from 'zod';
import type { PlanSummary } from '../../src-shared/ipc-contract';
import { missingForPricing } from '../../src-shared/plan-completeness';
import { planDisplayName } from '../../src-shared/plan-display';
import { Plan } from '../../src-shared/plan-schema';
import { AppError } from '../../src-shared/result';
import { formatZodIssues } from '../../src-shared/zod-issues';
import type { PlanOrigin, RevisionAction } from '../../src-shared/plan-history';

// Plan rows. Every function takes the database handle; callers own transactions.

export type { PlanOrigin, RevisionAction };

interface PlanRow {
  id: string;
  program: string;
  plan_year_start: string;
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

/** A stored plan row that does not parse or validate: kept as it is, listed with the reason, never used. */
export interface DamagedPlan {
  id: string;
  reason: string;
  program: string;
  planYearStart: string;
  origin: PlanOrigin;
  seedHash: string | null;
  userModified: boolean;
  updatedAt: string;
  /** What could still be read of the stored JSON (when it parses), for a readable name in the list. */
  partial: Record<string, unknown> | null;
}

/** Why a stored JSON row cannot be used, in words: "its stored text is not valid JSON (…)". */
export function rowProblem(error: unknown, what: string): string {
  if (error instanceof SyntaxError) return `its stored text is not valid JSON (${error.message})`;
  if (error instanceof ZodError) {
    const issues = formatZodIssues(error);
    return `it fails the ${what} checks (${issues[0] ?? 'invalid'}${issues.length > 1 ? `, and ${issues.length - 1} more` : ''})`;
  }
  return `it cannot be read (${(error as Error).message})`;
}

type ReadRow = { ok: true; stored: StoredPlan } | { ok: false; damaged: DamagedPlan };

/**
 * Plans already parsed, by their stored text, for the comparisons: each reads the whole library, and parsing
 * and checking every plan again (about 4 ms on the main process for six plans) gave the same plan while its
 * text was the same. Keyed by the text itself, so a changed, damaged or hand-edited row is parsed anew.
 * Frozen and shared, so only for readers that copy them (the compute pool's messages do); everyone else gets
 * a plan of their own.
 */
const parsedPlans = new Map<string, Plan>();
const PARSED_PLANS_KEPT = 64;

function parseShared(text: string): Plan {
  const known = parsedPlans.get(text);
  if (known) return known;
  const plan = deepFreeze(parseFresh(text));
  if (parsedPlans.size >= PARSED_PLANS_KEPT) parsedPlans.delete(parsedPlans.keys().next().value as string);
  parsedPlans.set(text, plan);
  return plan;
}

function parseFresh(text: string): Plan {
  return Plan.parse(JSON.parse(text));
}

function readRow(row: PlanRow, parse: (text: string) => Plan = parseFresh): ReadRow {
  let json: unknown = null;
  try {
    // Parsed again on the way out: a row is only ever written from a parsed plan, so this guards against
    // a damaged byte on disk or a file edited by hand.
    const plan = parse(row.json);
    if (plan.id !== row.id) throw new Error(`the stored plan says its id is "${plan.id}"`);
    return { ok: true, stored: { plan, origin: row.origin, seedHash: row.seed_hash, userModified: row.user_modified === 1, updatedAt: row.updated_at } };
  } catch (error) {
    try {
      json = JSON.parse(row.json);
    } catch {
      json = null;
    }
    return {
      ok: false,
      damaged: {
        id: row.id,
        reason: rowProblem(error, 'plan'),
        program: row.program,
        planYearStart: row.plan_year_start,
        origin: row.origin,
        seedHash: row.seed_hash,
        userModified: row.user_modified === 1,
        updatedAt: row.updated_at,
        partial: json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null,
      },
    };
  }
}

/** One row as it is: missing, usable, or damaged (seeding and the editor decide what to do with it). */
export function readPlanRow(
  db: Database.Database,
  id: string,
): { state: 'missing' } | { state: 'ok'; stored: StoredPlan } | { state: 'damaged'; damaged: DamagedPlan } {
  const row = db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
  if (!row) return { state: 'missing' };
  const read = readRow(row);
  return read.ok ? { state: 'ok', stored: read.stored } : { state: 'damaged', damaged: read.damaged };
}

export function damagedPlanMessage(d: DamagedPlan): string {
  return `The stored plan “${d.id}” is damaged and cannot be used: ${d.reason}. The other plans work; restore this one from a backup (Restore from a backup, or: backup restore newest).`;
}

/** A usable plan, or undefined when there is none; a damaged row is refused with its reason. */
export function getPlan(db: Database.Database, id: string): StoredPlan | undefined {
  const read = readPlanRow(db, id);
  if (read.state === 'damaged') throw new AppError('NOT_FOUND', damagedPlanMessage(read.damaged));
  return read.state === 'ok' ? read.stored : undefined;
}

/** Every plan row: the usable plans, and the damaged rows with their reasons. */
export function readPlans(db: Database.Database, parse: (text: string) => Plan = parseFresh): { plans: StoredPlan[]; damaged: DamagedPlan[] } {
  const rows = db.prepare('SELECT * FROM plans ORDER BY plan_year_start DESC, id').all() as PlanRow[];
  const plans: StoredPlan[] = [];
  const damaged: DamagedPlan[] = [];
  for (const row of rows) {
    const read = readRow(row, parse);
    if (read.ok) plans.push(read.stored);
    else damaged.push(read.damaged);
  }
  return { plans, damaged };
}

/** The usable plans (a damaged row is left out: every other plan keeps working). */
export function listPlans(db: Database.Database): StoredPlan[] {
  return readPlans(db).plans;
}

/** The usable plans, read-only and shared between calls (see parsedPlans): for handing to the compute pool. */
export function listPlansToPrice(db: Database.Database): readonly Plan[] {
  return readPlans(db, parseShared).plans.map((s) => s.plan);
}

const text = (v: unknown, fallback: string): string => (typeof v === 'string' && v.trim() !== '' ? v : fallback);

/** A damaged row in the plan list: the PlanSummary shape with what could be read, and the reason. */
export function summarizeDamaged(d: DamagedPlan): PlanSummary {
  const p = d.partial ?? {};
  const year = (p.planYear ?? {}) as Record<string, unknown>;
  const program = ['fehb', 'district', 'other'].includes(d.program) ? (d.program as PlanSummary['program']) : 'other';
  const planName = text(p.planName, d.id);
  return {
    id: d.id,
    displayName: `${planName} (damaged)`,
    carrier: text(p.carrier, ''),
    planName,
    option: text(p.option, ''),
    program,
    planYear: { start: d.planYearStart, end: text(year.end, d.planYearStart), label: text(year.label, d.planYearStart.slice(0, 4)) },
    complete: false,
    missing: [],
    origin: d.origin,
    userModified: d.userModified,
    updatedAt: d.updatedAt,
    damaged: d.reason,
  };
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
  db.prepare('INSERT INTO plan_revisions (plan_id, json, author, action, created_at) VALUES (?, ?, ?, ?, ?)').run(w.plan.id, json, w.author, w.action, w.now);
}

export interface PlanRevision {
  id: number;
  planId: string;
  plan: Plan;
  author: string;
  action: RevisionAction;
  createdAt: string;
}
