import { refusal } from '../../src-shared/refusal';
import { formatPlanFile, parsePlanFile } from '../store/plan-file';
import { getPlan, listPlans, readPlanRow, readPlans, summarize, summarizeDamaged, writePlan } from '../store/plans.repo';
import type { Handlers } from './handle';

export const planHandlers: Pick<Handlers, 'plans:list' | 'plans:get' | 'plans:import' | 'plans:export'> = {
  // A damaged row never stops the list: the usable plans, then (when asked) the damaged rows with the reason.
  'plans:list': (args, ctx) => {
    const { plans, damaged } = readPlans(ctx.db);
    return [...plans.map(summarize), ...(args?.includeDamaged ? damaged.map(summarizeDamaged) : [])];
  },

  'plans:get': ({ id }, ctx) => {
    const stored = getPlan(ctx.db, id);
    if (!stored) throw refusal('NOT_FOUND', 'err_no_plan', { id });
    return { plan: stored.plan, summary: summarize(stored) };
  },

  'plans:import': ({ text, author }, ctx) => {
    const plans = parsePlanFile(text);
    const now = ctx.now().toISOString();
    const imported: string[] = [];
    const replaced: string[] = [];
    // All or nothing: one transaction for the whole file.
    ctx.db.transaction(() => {
      for (const plan of plans) {
        // A damaged row of the same id is replaced by the imported plan (the import is whole and checked).
        const row = readPlanRow(ctx.db, plan.id);
        const existing = row.state === 'ok' ? row.stored : row.state === 'damaged' ? row.damaged : undefined;
        writePlan(ctx.db, {
          plan,
          origin: 'import',
          seedHash: existing?.seedHash ?? null,
          userModified: true,
          author: author?.trim() || 'plan file import',
          action: 'import',
          now,
        });
        (existing ? replaced : imported).push(plan.id);
      }
    })();
    return { imported, replaced };
  },

  'plans:export': ({ ids }, ctx) => {
    const all = listPlans(ctx.db);
    const chosen = ids === 'all' ? all : ids.map((id) => all.find((s) => s.plan.id === id) ?? getPlan(ctx.db, id) ?? notFound(id));
    const createdAt = ctx.now().toISOString();
    const fileName = ids === 'all' || chosen.length > 1 ? `plans-${createdAt.slice(0, 10)}.json` : `${chosen[0]?.plan.id}.json`;
    return {
      fileName,
      text: formatPlanFile(
        chosen.map((s) => s.plan),
        createdAt,
      ),
    };
  },
};

function notFound(id: string): never {
  throw refusal('NOT_FOUND', 'err_no_plan', { id });
}
