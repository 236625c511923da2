import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { CostTotals, LedgerLine, PricedClaims } from '../../src-shared/pricing-schema';
import { runClaims } from './adjudicate';
import { compilePlan, isCompiledPlan } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { ledgerLine, mergeDifference } from './ledger-line';
import type { LedgerContext } from './ledger-line';
import { EngineError } from './engine-error';
import { annualPremium, enrollmentTypeFor } from './premium';
import * as S from './scratch';
import { prepareInput } from './validate-input';

// priceClaims: validate, sort, run the shared adjudication loop, and (optionally) write one ledger line
// per claim saying what the member paid and which brochure rule decided it.
//
// Conventions:
//  - lines are in adjudication order (date order, stable); line.index is the claim's position in the
//    caller's list, so a line can be traced back to the claim that made it;
//  - line.planYear is the computed plan-year label ("2022", or "2021-07-01…2022-06-30" for a plan year
//    that does not start on January 1; see plan-year.ts);
//  - totals and byMember cover claims only; the premium is reported beside them, never added in;
//  - byMember lists every member of the household, with zeros for members without claims.

export interface PriceOptions {
  /** Write the per-claim ledger (default true). Without it `lines` is [] and everything else is the same. */
  ledger?: boolean;
}

function totalsFrom(values: Float64Array, offset: number): CostTotals {
  return {
    allowedCents: values[offset + S.T_ALLOWED] as number,
    deductibleCents: values[offset + S.T_DEDUCTIBLE] as number,
    copayCents: values[offset + S.T_COPAY] as number,
    coinsuranceCents: values[offset + S.T_COINSURANCE] as number,
    notCoveredCents: values[offset + S.T_NOT_COVERED] as number,
    memberPaysCents: values[offset + S.T_MEMBER_PAYS] as number,
    planPaysCents: values[offset + S.T_PLAN_PAYS] as number,
  };
}

export function priceClaims(planOrCompiled: Plan | CompiledPlan, members: EngineMember[], claims: Claim[], options: PriceOptions = {}): PricedClaims {
  if (options.ledger !== undefined && typeof options.ledger !== 'boolean') {
    throw new EngineError('INVALID_CLAIM', 'expected true or false', 'options.ledger');
  }
  const cp = isCompiledPlan(planOrCompiled) ? planOrCompiled : compilePlan(planOrCompiled);
  const input = prepareInput(cp, members, claims);
  const lines: LedgerLine[] = [];
  const yearLabels = new Map<number, string>();
  const texts = new Map<string, string>();
  const sc = cp.scratch;

  const ctx: LedgerContext = { cp, input, claims, yearLabels, texts };
  const sink = (row: number, m: number): void => {
    const i = input.order[row] as number;
    if (input.part[row] === 1) {
      mergeDifference(lines[lines.length - 1], sc.claim, claims[i] as Claim, sc.personDeductible[m] as number, sc.personOop[m] as number);
      return;
    }
    lines.push(ledgerLine(ctx, row, m));
  };

  runClaims(cp, input.household, input.claims, options.ledger === false ? null : sink, true);

  // fromEntries defines own properties, so even a member called "__proto__" is just a key.
  const byMember: Record<string, CostTotals> = Object.fromEntries(input.memberIds.map((id, m) => [id, totalsFrom(sc.memberTotals, m * S.T_FIELDS)]));
  return {
    planId: cp.plan.id,
    lines,
    byMember,
    totals: totalsFrom(sc.totals, 0),
    premium: annualPremium(cp, enrollmentTypeFor(input.memberIds.length)),
    warnings: input.warnings,
    assumptions: input.assumptions,
  };
}
