import type { Plan } from '../../src-shared/plan-schema';
import { AppError } from '../../src-shared/result';
import type { AppContext } from '../app-context';
import { EngineError, priceClaims } from '../engine';
import { getPlan } from '../store/plans.repo';
import type { Handlers } from './handle';

/** A stored plan that the engine may price: incomplete plans are refused with what they lack. */
export function priceablePlan(ctx: AppContext, id: string): Plan {
  const stored = getPlan(ctx.db, id);
  if (!stored) throw new AppError('NOT_FOUND', `There is no plan with id "${id}".`);
  const { plan } = stored;
  if (!plan.status.complete) {
    throw new AppError('PLAN_INCOMPLETE', `${plan.planName} cannot be priced yet: its numbers are missing.`, plan.status.missing);
  }
  return plan;
}

/** Engine refusals become located, plain-language errors. */
export function asAppError(error: unknown): unknown {
  if (error instanceof EngineError) {
    const code = error.code === 'PLAN_INCOMPLETE' ? 'PLAN_INCOMPLETE' : 'PRICING_ERROR';
    return new AppError(code, error.field ? `${error.field}: ${error.message}` : error.message);
  }
  return error;
}

export const engineHandlers: Pick<Handlers, 'engine:price'> = {
  'engine:price': ({ planId, members, claims, ledger }, ctx) => {
    const plan = priceablePlan(ctx, planId);
    try {
      return priceClaims(plan, members, claims, { ledger: ledger ?? true });
    } catch (error) {
      throw asAppError(error);
    }
  },
};
