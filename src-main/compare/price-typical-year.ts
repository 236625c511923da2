import type { CompareRequest, CompareRequestInput } from '../../src-shared/household-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { PricedClaims } from '../../src-shared/pricing-schema';
import type { CompareTables } from '../../src-shared/tables-schema';
import { yearTotal } from './cost-basis';
import { preparePlans, type SkippedPlan } from './prepare-plans';

// The expected case alone, without the simulation: what a screen re-prices on every edit.

export interface TypicalYearPlan {
  planId: string;
  name: string;
  outOfPocketCents: number;
  /** Premium (in the comparison's basis) plus out-of-pocket after the account; null if the premium is unknown. */
  totalCents: number | null;
  priced: PricedClaims;
}

export function priceTypicalYear(
  plans: Plan[],
  input: CompareRequest | CompareRequestInput,
  tables: CompareTables,
): { plans: TypicalYearPlan[]; skipped: SkippedPlan[] } {
  const prep = preparePlans(plans, input, tables);
  return {
    plans: prep.contexts.map((ctx, i) => {
      const priced = prep.typical[i] as PricedClaims;
      return {
        planId: ctx.plan.id,
        name: ctx.name,
        outOfPocketCents: priced.totals.memberPaysCents,
        totalCents: yearTotal(ctx.basis, priced.totals.memberPaysCents),
        priced,
      };
    }),
    skipped: prep.skipped,
  };
}
