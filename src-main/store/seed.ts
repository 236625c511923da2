import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Plan } from '../../src-shared/plan-schema';
import { parsePlanFile } from './plan-file';
import { readPlanRow, writePlan } from './plans.repo';

export interface SeedReport {
  added: string[];
  updated: string[];
  /** Plans an HR user changed; the shipped data differs but was not applied. */
  keptUserChanges: string[];
  /** Stored rows that do not parse or validate: left as they are (a backup may hold them), never overwritten. */
  skippedDamaged?: string[];
}

/** Every plan shipped in data/plans/*.json. A broken shipped file is a build error, so this throws. */
export function loadSeedPlans(dataDir: string): Plan[] {
  const dir = join(dataDir, 'plans');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      try {
        return parsePlanFile(readFileSync(join(dir, f), 'utf8'));
      } catch (error) {
        const issues = (error as { issues?: string[] }).issues ?? [];
        throw new Error(`data/plans/${f}: ${(error as Error).message} ${issues.join('; ')}`);
      }
    });
}

function hashPlan(plan: Plan): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

/**
 * Seeds the store from the shipped plans. Idempotent: an unchanged seed writes nothing. Newer shipped
 * data replaces an untouched seeded plan; a plan an HR user changed is never overwritten, only reported.
 * A damaged stored row is skipped and reported (it never stops the app): restoring it is the user's choice.
 */
export function seedPlans(db: Database.Database, plans: Plan[], now: string): SeedReport {
  const report: SeedReport = { added: [], updated: [], keptUserChanges: [] };
  db.transaction(() => {
    for (const plan of plans) {
      const hash = hashPlan(plan);
      const row = readPlanRow(db, plan.id);
      if (row.state === 'damaged') {
        (report.skippedDamaged ??= []).push(plan.id);
        continue;
      }
      const stored = row.state === 'ok' ? row.stored : undefined;
      const write = { plan, origin: 'seed' as const, seedHash: hash, userModified: false, author: 'shipped data', now };
      if (!stored) {
        writePlan(db, { ...write, action: 'seed' });
        report.added.push(plan.id);
      } else if (stored.seedHash !== hash) {
        if (stored.userModified) report.keptUserChanges.push(plan.id);
        else {
          writePlan(db, { ...write, action: 'seed-update' });
          report.updated.push(plan.id);
        }
      }
    }
  })();
  return report;
}
