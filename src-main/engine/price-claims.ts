import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { CostTotals, LedgerLine, PricedClaims } from '../../src-shared/pricing-schema';
import { PHARMACY_CHANNELS, SERVICE_CODES } from '../../src-shared/services';
import { runClaims } from './adjudicate';
import { NS, compilePlan, isCompiledPlan } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { describeApplied } from './describe-rule';
import { EngineError } from './engine-error';
import { formatDayKey, planYearLabel } from './plan-year';
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

type LedgerEvent = LedgerLine['events'][number];

function eventsOf(bits: number): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  if (bits & S.E_PERSON_DEDUCTIBLE) out.push('person_deductible_met');
  if (bits & S.E_FAMILY_DEDUCTIBLE) out.push('family_deductible_met');
  if (bits & S.E_PERSON_OOP) out.push('person_oop_met');
  if (bits & S.E_FAMILY_OOP) out.push('family_oop_met');
  return out;
}

export function priceClaims(
  planOrCompiled: Plan | CompiledPlan,
  members: EngineMember[],
  claims: Claim[],
  options: PriceOptions = {},
): PricedClaims {
  if (options.ledger !== undefined && typeof options.ledger !== 'boolean') {
    throw new EngineError('INVALID_CLAIM', 'expected true or false', 'options.ledger');
  }
  const cp = isCompiledPlan(planOrCompiled) ? planOrCompiled : compilePlan(planOrCompiled);
  const input = prepareInput(cp, members, claims);
  const lines: LedgerLine[] = [];
  const yearLabels = new Map<number, string>();
  const texts = new Map<string, string>();
  const sc = cp.scratch;

  const sink = (row: number, m: number): void => {
    const c = sc.claim;
    const i = input.order[row] as number;
    const claim = claims[i] as Claim;
    const s = input.claims.service[row] as number;
    const service = SERVICE_CODES[s] as (typeof SERVICE_CODES)[number];
    const rule = cp.rules[s];
    if (!rule) throw new Error(`unreachable: no rule for ${service}`);
    const slot = c[S.C_SLOT] as number;
    const flags = c[S.C_FLAGS] as number;
    const exception = slot >= NS ? cp.exceptions[slot - NS] : undefined;
    const year = (input.claims.year[row] as number) + input.baseYear;
    let label = yearLabels.get(year);
    if (label === undefined) {
      label = planYearLabel(cp.anchor, year);
      yearLabels.set(year, label);
    }
    const allowed = input.claims.allowedCents[row] as number;
    const pays = c[S.C_MEMBER_PAYS] as number;
    // The same rule applied the same way reads the same; building the sentence (money formatting) is
    // the dearest part of a ledger line, so it is made once per call for each distinct case.
    const textKey = `${slot}|${flags}|${c[S.C_UNITS]}|${input.claims.days[row]}|${input.claims.supplyDays[row]}|${input.claims.channel[row]}`;
    const text = texts.get(textKey) ?? describeApplied({
      service,
      share: exception ? exception.costShare : rule.costShare,
      afterDeductible: exception ? exception.afterDeductible : rule.afterDeductible,
      exception,
      visitLimit: flags & S.F_VISIT_LIMIT ? rule.visitLimitPerYear : undefined,
      waived: (flags & S.F_WAIVED) !== 0,
      rx:
        cp.isRx[s] === 1
          ? {
              copays: c[S.C_UNITS] as number,
              supplyDays: input.claims.supplyDays[row] as number,
              channel: PHARMACY_CHANNELS[input.claims.channel[row] as number] ?? 'plan_pharmacy',
            }
          : undefined,
      days: input.claims.days[row],
      oopCapped: (flags & S.F_OOP_CAPPED) !== 0,
    });
    texts.set(textKey, text);
    const line: LedgerLine = {
      index: i,
      member: input.memberIds[m] as string,
      date: formatDayKey(input.dayKeys[row] as number),
      planYear: label,
      service,
      allowedCents: allowed,
      deductibleCents: c[S.C_DEDUCTIBLE] as number,
      copayCents: c[S.C_COPAY] as number,
      coinsuranceCents: c[S.C_COINSURANCE] as number,
      notCoveredCents: c[S.C_NOT_COVERED] as number,
      memberPaysCents: pays,
      planPaysCents: allowed - pays,
      after: {
        personDeductibleCents: sc.personDeductible[m] as number,
        familyDeductibleCents: c[S.C_FAMILY_DEDUCTIBLE] as number,
        personOopCents: sc.personOop[m] as number,
        familyOopCents: c[S.C_FAMILY_OOP] as number,
      },
      events: eventsOf(c[S.C_EVENTS] as number),
      rule: { text, source: rule.source },
    };
    if (claim.label !== undefined) line.label = claim.label;
    lines.push(line);
  };

  runClaims(cp, input.household, input.claims, options.ledger === false ? null : sink);

  // fromEntries defines own properties, so even a member called "__proto__" is just a key.
  const byMember: Record<string, CostTotals> = Object.fromEntries(
    input.memberIds.map((id, m) => [id, totalsFrom(sc.memberTotals, m * S.T_FIELDS)]),
  );
  return {
    planId: cp.plan.id,
    lines,
    byMember,
    totals: totalsFrom(sc.totals, 0),
    premium: annualPremium(cp, enrollmentTypeFor(input.memberIds.length)),
  };
}
