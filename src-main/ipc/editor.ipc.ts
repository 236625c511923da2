import type { RevisionInfo } from '../../src-shared/editor-schema';
import { m } from '../../src-shared/i18n';
import { planDisplayName } from '../../src-shared/plan-display';
import type { Language } from '../../src-shared/i18n/language';
import { diffPlans, revisionActionLabel } from '../../src-shared/plan-diff';
import { planProblems, recomputeStatus } from '../../src-shared/plan-editor-checks';
import type { Plan } from '../../src-shared/plan-schema';
import { refusal } from '../../src-shared/refusal';
import type { AppContext } from '../app-context';
import { sampleImpact } from '../editor/change-impact';
import { newPlan } from '../editor/new-plan';
import { EngineError, compilePlan } from '../engine';
import { getRevision, latestRevision, listRevisionInfo, previousRevisionId } from '../store/plan-revisions.repo';
import { getPlan, writePlan } from '../store/plans.repo';
import type { Handlers } from './handle';

// The plan editor's channels. A save is checked as the engine would check it, then written with its
// revision (who and when) in one transaction; a save based on an older revision is refused, so two
// people editing one plan cannot overwrite each other unseen.

function refuseReadOnly(ctx: AppContext): void {
  if (ctx.readOnlyReason !== null) throw refusal('READ_ONLY', 'err_plans_read_only', { reason: ctx.readOnlyReason });
}

function storedPlan(ctx: AppContext, id: string): Plan {
  const stored = getPlan(ctx.db, id);
  if (!stored) throw refusal('NOT_FOUND', 'err_no_plan', { id });
  return stored.plan;
}

/** The schema passed (the contract parsed it); now what the engine would refuse or misread. */
function checkForSave(input: Plan): { plan: Plan; warnings: string[] } {
  const plan = recomputeStatus(input);
  const problems = planProblems(plan);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw refusal('INVALID_ARGUMENT', 'err_save_refused', { issue: errors[0]?.message ?? '' }, { issues: errors.map((p) => `plan.${p.path}: ${p.message}`) });
  }
  if (plan.status.complete) {
    try {
      compilePlan(plan);
    } catch (error) {
      if (error instanceof EngineError) {
        throw refusal('INVALID_ARGUMENT', 'err_save_engine', { detail: `${error.field ? `${error.field}: ` : ''}${error.message}` });
      }
      throw error;
    }
  }
  return { plan, warnings: problems.filter((p) => p.severity === 'warning').map((p) => p.message) };
}

/** One side of a comparison: which plan and revision, in words, and the plan itself. */
interface Side {
  planId: string;
  revisionId: number | null;
  label: string;
  plan: Plan;
}

function revisionLabel(r: RevisionInfo, plan: Plan, lang: Language): string {
  const when = r.createdAt.slice(0, 16).replace('T', ' ');
  return m.diff_side_revision({ plan: planDisplayName(plan), id: r.id, action: revisionActionLabel(r.action, lang), author: r.author, when }, { locale: lang });
}

export const editorHandlers: Pick<Handlers, 'plans:save' | 'plans:revisions' | 'plans:diff' | 'plans:new'> = {
  'plans:save': ({ plan: input, author, basedOnRevision }, ctx) => {
    refuseReadOnly(ctx);
    const { plan, warnings } = checkForSave(input);
    const now = ctx.now().toISOString();
    const revision = ctx.db.transaction(() => {
      const existing = getPlan(ctx.db, plan.id);
      if (!existing) throw refusal('NOT_FOUND', 'err_no_plan_new', { id: plan.id });
      const latest = latestRevision(ctx.db, plan.id);
      if (basedOnRevision !== undefined && latest && latest.id !== basedOnRevision) {
        throw refusal('CONFLICT', 'err_plan_changed', { revision: latest.id, action: latest.action, author: latest.author, at: latest.createdAt });
      }
      writePlan(ctx.db, { plan, origin: 'editor', seedHash: existing.seedHash, userModified: true, author, action: 'edit', now });
      return latestRevision(ctx.db, plan.id);
    })();
    if (!revision) throw new Error('unreachable: a revision was just written');
    return { plan, revision, warnings };
  },

  'plans:revisions': ({ id }, ctx) => {
    storedPlan(ctx, id);
    return listRevisionInfo(ctx.db, id);
  },

  'plans:new': (args, ctx) => {
    refuseReadOnly(ctx);
    const now = ctx.now().toISOString();
    const template = args.fromPlanId ? storedPlan(ctx, args.fromPlanId) : undefined;
    const { plan } = checkForSave(newPlan(args, template, now));
    const revision = ctx.db.transaction(() => {
      if (getPlan(ctx.db, plan.id)) throw refusal('CONFLICT', 'err_plan_exists', { id: plan.id });
      writePlan(ctx.db, { plan, origin: 'editor', seedHash: null, userModified: true, author: args.author, action: 'create', now });
      return latestRevision(ctx.db, plan.id);
    })();
    if (!revision) throw new Error('unreachable: a revision was just written');
    return { plan, revision, warnings: [] };
  },

  // Worded in the screen's language (args.lang): diffPlans and sampleImpact are pure and take a language,
  // as ruleDetailsText and describeCostShare do, so the lines are said once here rather than sent as parts.
  'plans:diff': ({ id, fromRevision, toRevision, otherPlanId, draft, lang = 'en' }, ctx) => {
    const o = { locale: lang };
    const current = storedPlan(ctx, id);
    const latest = latestRevision(ctx.db, id);
    const revision = (revisionId: number): Side => {
      const r = getRevision(ctx.db, id, revisionId);
      if (!r) throw refusal('NOT_FOUND', 'err_no_revision', { id, revision: revisionId });
      return { planId: id, revisionId, label: revisionLabel(r.info, r.plan, lang), plan: r.plan };
    };
    if (draft && draft.id !== id) throw refusal('INVALID_ARGUMENT', 'err_draft_mismatch', { draft: draft.id, id });

    const to: Side = draft
      ? { planId: id, revisionId: null, label: m.diff_side_draft({ plan: planDisplayName(draft) }, o), plan: recomputeStatus(draft) }
      : toRevision !== undefined
        ? revision(toRevision)
        : { planId: id, revisionId: latest?.id ?? null, label: m.diff_side_saved({ plan: planDisplayName(current) }, o), plan: current };

    let from: Side;
    if (otherPlanId !== undefined) {
      const other = storedPlan(ctx, otherPlanId);
      from = {
        planId: otherPlanId,
        revisionId: latestRevision(ctx.db, otherPlanId)?.id ?? null,
        label: m.diff_side_other({ plan: planDisplayName(other), year: other.planYear.label }, o),
        plan: other,
      };
    } else if (fromRevision !== undefined) {
      from = revision(fromRevision);
    } else if (draft) {
      from = { planId: id, revisionId: latest?.id ?? null, label: m.diff_side_saved({ plan: planDisplayName(current) }, o), plan: current };
    } else {
      const previous = to.revisionId === null ? undefined : previousRevisionId(ctx.db, id, to.revisionId);
      from = previous === undefined ? to : revision(previous);
    }
    return {
      from: { planId: from.planId, revisionId: from.revisionId, label: from.label },
      to: { planId: to.planId, revisionId: to.revisionId, label: to.label },
      changes: diffPlans(from.plan, to.plan, lang),
      impact: sampleImpact(from.plan, to.plan, lang),
    };
  },
};
