import type { Plan } from '../../src-shared/plan-schema';
import type { PricedClaims } from '../../src-shared/pricing-schema';
import { refusal } from '../../src-shared/refusal';
import type { AppContext } from '../app-context';
import { getPlan } from '../store/plans.repo';
import type { Handlers } from './handle';

/** A stored plan that the engine may price: incomplete plans are refused with what they lack. */
export function priceablePlan(ctx: AppContext, id: string): Plan {
  const stored = getPlan(ctx.db, id);
  if (!stored) throw refusal('NOT_FOUND', 'err_no_plan', { id });
  const { plan } = stored;
  if (!plan.status.complete) {
    throw refusal('PLAN_INCOMPLETE', 'err_plan_not_priced', { plan: plan.planName }, { issues: [...plan.status.missing] });
  }
  return plan;
}

// Pricing runs on the compute pool: a 100,000-claim list must not stall the window.
export const engineHandlers: Pick<Handlers, 'engine:price'> = {
  'engine:price': async ({ planId, members, claims, ledger }, ctx, call) =>
    (await ctx.compute.run({ type: 'price', plan: priceablePlan(ctx, planId), members, claims, ledger: ledger ?? true }, call.lane)) as PricedClaims,
};
