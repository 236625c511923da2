import type { CompareResult, ExplainResult } from '../../src-shared/compare-result-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { AppError } from '../../src-shared/result';
import type { AppContext } from '../app-context';
import { listPlans } from '../store/plans.repo';
import type { Handlers } from './handle';

// The comparison and its explanations run on the compute pool (src-main/compute), never here: this
// handler only reads the plans from the store and hands them over with the already-checked request.

function comparedPlans(ctx: AppContext, ids: readonly string[] | undefined): Plan[] {
  const stored = listPlans(ctx.db).map((s) => s.plan);
  if (!ids) return stored;
  return ids.map((id, i) => stored.find((p) => p.id === id) ?? notFound(id, i));
}

function notFound(id: string, i: number): never {
  throw new AppError('NOT_FOUND', `planIds[${i}]: there is no plan with id "${id}".`);
}

export const compareHandlers: Pick<Handlers, 'engine:compare' | 'engine:explain'> = {
  'engine:compare': async (request, ctx, call) =>
    (await ctx.compute.compare({ plans: comparedPlans(ctx, request.planIds), request }, call.lane)) as CompareResult,
  'engine:explain': async (args, ctx, call) =>
    (await ctx.compute.run({ type: 'explain', plans: comparedPlans(ctx, args.request.planIds), request: args }, call.lane)) as ExplainResult,
};
