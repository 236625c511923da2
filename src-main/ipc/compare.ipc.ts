import type { CompareResult, ExplainArrangementResult, ExplainResult } from '../../src-shared/compare-result-schema';
import type { CompareRequest } from '../../src-shared/household-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { refusal } from '../../src-shared/refusal';
import type { AppContext } from '../app-context';
import { listPlansToPrice } from '../store/plans.repo';
import type { Handlers } from './handle';

// The comparison and its explanations run on the compute pool (src-main/compute), never here: this
// handler only reads the plans from the store and hands them over with the already-checked request.

function comparedPlans(ctx: AppContext, ids: readonly string[] | undefined): Plan[] {
  // Shared, frozen plans: the pool's messages copy them to the workers.
  const stored = listPlansToPrice(ctx.db) as Plan[];
  if (!ids) return stored;
  return ids.map((id, i) => stored.find((p) => p.id === id) ?? notFound(id, i));
}

function notFound(id: string, i: number): never {
  throw refusal('NOT_FOUND', 'err_no_plan_at', { field: `planIds[${i}]`, id });
}

/**
 * Who enrolls where (issue 14) needs the next plan year of a plan whose year does not line up with the
 * family's twelve months, so with an arrangement asked for the workers get the whole library (the request's
 * planIds still say which plans are compared).
 */
function withLibrary(ctx: AppContext, request: CompareRequest): Plan[] {
  const compared = comparedPlans(ctx, request.planIds);
  const offered = request.household.members.some((m) => (m.eligibleFor?.length ?? 0) > 0);
  if (!offered || !request.planIds) return compared;
  const rest = (listPlansToPrice(ctx.db) as Plan[]).filter((p) => !compared.some((c) => c.id === p.id));
  return [...compared, ...rest];
}

export const compareHandlers: Pick<Handlers, 'engine:compare' | 'engine:explain' | 'engine:explain-arrangement'> = {
  'engine:compare': async (request, ctx, call) => (await ctx.compute.compare({ plans: withLibrary(ctx, request), request }, call.lane)) as CompareResult,
  'engine:explain-arrangement': async (args, ctx, call) =>
    (await ctx.compute.run({ type: 'explain-arrangement', plans: withLibrary(ctx, args.request), request: args }, call.lane)) as ExplainArrangementResult,
  'engine:explain': async (args, ctx, call) =>
    (await ctx.compute.run({ type: 'explain', plans: comparedPlans(ctx, args.request.planIds), request: args }, call.lane)) as ExplainResult,
};
