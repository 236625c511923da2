import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { CostTotals, LedgerException, LedgerLine, PricedClaims } from '../../src-shared/pricing-schema';
import { formatCents } from '../../src-shared/money';
import { MEMBER_CONDITIONS, NETWORK_TIERS, PHARMACY_CHANNELS, SERVICE_CODES, THERAPY_PURPOSES } from '../../src-shared/services';
import type { AgeException } from '../../src-shared/plan-schema';
import { runClaims } from './adjudicate';
import { NS, compilePlan, isCompiledPlan } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { describeApplied } from './describe-rule';
import { describeTierLine, tierWords } from './describe-tier';
import { EngineError } from './engine-error';
import { formatDayKey, isLeapYear, planYearLabel, planYearStartKey } from './plan-year';
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

/** The first age exception of service s that an age selects, or -1. */
function exceptionFor(cp: CompiledPlan, s: number, age: number): number {
  for (let e = cp.excStart[s] as number; e < (cp.excEnd[s] as number); e++) {
    if (age >= (cp.excMinAge[e] as number) && age <= (cp.excMaxAge[e] as number)) return e;
  }
  return -1;
}

type Birthday = { age: number; on: string; lost?: AgeException };

/**
 * A birthday between the first day of the plan year and the claim that changed which age rule applies
 * (the member has a birth date, as a day key). Never for a member born during the plan year: their age
 * only grows from 0.
 */
function birthdayOf(cp: CompiledPlan, birthKey: number, planYear: number, dayKey: number, s: number, slot: number): Birthday | undefined {
  if (birthKey === 0 || (cp.excStart[s] as number) >= (cp.excEnd[s] as number) || slot >= NS + cp.exceptions.length) return undefined;
  const startKey = planYearStartKey(cp.anchor, planYear);
  if (startKey < birthKey) return undefined;
  const age = Math.floor((dayKey - birthKey) / 10000);
  const before = exceptionFor(cp, s, Math.floor((startKey - birthKey) / 10000));
  const now = slot >= NS ? slot - NS : -1;
  if (before === now) return undefined;
  // The day the member turned `age`: the birthday in that year (a February 29 birthday counts from March 1).
  const y = Math.floor(birthKey / 10000) + age;
  const md = birthKey % 10000;
  const on = md === 229 && !isLeapYear(y) ? y * 10000 + 301 : y * 10000 + md;
  const out: Birthday = { age, on: formatDayKey(on) };
  if (before >= 0) out.lost = cp.exceptions[before] as AgeException;
  return out;
}

/**
 * The price difference of a brand asked for over the prescribed generic (its own row, priced by the plan's
 * rx_brand_price_difference rule, right after the brand's copay row) added to the brand's ledger line, so
 * the line shows the claim as given: its whole allowed amount and everything the member pays for it.
 */
function mergeDifference(line: LedgerLine | undefined, c: Float64Array, claim: Claim, personDeductible: number, personOop: number): void {
  if (!line) throw new Error('unreachable: a price difference row without its brand row');
  const allowed = claim.allowedCents - (claim.genericAllowedCents ?? claim.allowedCents);
  const pays = c[S.C_MEMBER_PAYS] as number;
  line.allowedCents += allowed;
  line.deductibleCents += c[S.C_DEDUCTIBLE] as number;
  line.copayCents += c[S.C_COPAY] as number;
  line.coinsuranceCents += c[S.C_COINSURANCE] as number;
  line.notCoveredCents += c[S.C_NOT_COVERED] as number;
  line.memberPaysCents += pays;
  line.planPaysCents += allowed - pays;
  line.after = {
    personDeductibleCents: personDeductible,
    familyDeductibleCents: c[S.C_FAMILY_DEDUCTIBLE] as number,
    personOopCents: personOop,
    familyOopCents: c[S.C_FAMILY_OOP] as number,
  };
  for (const e of eventsOf(c[S.C_EVENTS] as number)) if (!line.events.includes(e)) line.events.push(e);
  const extra = c[S.C_NOT_COVERED] as number;
  line.rule = {
    ...line.rule,
    text: `${line.rule.text}; plus the difference in price between the prescribed generic and the brand asked for, ${formatCents(allowed, allowed % 100 === 0)}` +
      (extra === pays ? ', which the member pays in full (it counts toward nothing)' : `, of which the member pays ${formatCents(pays, pays % 100 === 0)}`),
  };
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

  const hh = input.household;
  const fcl = input.claims;

  const sink = (row: number, m: number): void => {
    const c = sc.claim;
    const i = input.order[row] as number;
    if (input.part[row] === 1) {
      mergeDifference(lines[lines.length - 1], c, claims[i] as Claim, sc.personDeductible[m] as number, sc.personOop[m] as number);
      return;
    }
    const claim = claims[i] as Claim;
    const s = fcl.service[row] as number;
    const service = SERVICE_CODES[s] as (typeof SERVICE_CODES)[number];
    const slot = c[S.C_SLOT] as number;
    const flags = c[S.C_FLAGS] as number;
    const net = fcl.network[row] as number;
    if (flags & S.F_TIER) {
      lines.push(tierLedgerLine(row, m, i, claim, service, net));
      return;
    }
    const rule = cp.rules[s];
    if (!rule) throw new Error(`unreachable: no rule for ${service}`);
    const exception = slot >= NS && slot < NS + cp.exceptions.length ? cp.exceptions[slot - NS] : undefined;
    const setting = cp.slotSetting[slot];
    const year = (fcl.year[row] as number) + input.baseYear;
    let label = yearLabels.get(year);
    if (label === undefined) {
      label = planYearLabel(cp.anchor, year);
      yearLabels.set(year, label);
    }
    const allowed = fcl.allowedCents[row] as number;
    const pays = c[S.C_MEMBER_PAYS] as number;
    const daysOver = c[S.C_DAYS_OVER] as number;
    const visit = c[S.C_VISIT_NUMBER] as number;
    const notCovered = c[S.C_NOT_COVERED] as number;
    // Most lines are decided by the rule alone: the list is made only when something else decided one.
    let decidedBy: LedgerException[] | undefined;

    const purpose = fcl.purpose[row] as number;
    const lk = s * S.BUCKETS + purpose;
    const separate = (cp.visitBucketOf[lk] as number) !== 0;
    const visitKind = cp.hasPurposeLimits[s] === 1 ? (THERAPY_PURPOSES[purpose] ?? '').replace('_', ' ') : undefined;
    let limitLifted: { condition: (typeof MEMBER_CONDITIONS)[number]; visit: number; limit: number } | undefined;
    if (flags & S.F_LIMIT_LIFTED) {
      const both = (cp.limitLiftMask[s] as number) & (hh.conditions[m] as number);
      const condition = MEMBER_CONDITIONS.find((_, k) => (both & (1 << k)) !== 0) ?? MEMBER_CONDITIONS[0];
      limitLifted = { condition, visit, limit: cp.visitLimitOf[lk] as number };
      (decidedBy ??= []).push(condition);
    }
    const birthKey = hh.birthKeys[m] as number;
    const birthday =
      birthKey === 0 || (flags & (S.F_NOT_COVERED | S.F_SETTING) && !(flags & S.F_EXCEPTION))
        ? undefined
        : birthdayOf(cp, birthKey, year, fcl.dayKey[row] as number, s, slot);
    if (exception) (decidedBy ??= []).push('age_exception');
    if (birthday) (decidedBy ??= []).push('birthday');
    if (flags & S.F_WAIVED) (decidedBy ??= []).push('admission');
    if (flags & S.F_SETTING) (decidedBy ??= []).push('office_setting');
    if (flags & S.F_VISIT_LIMIT) (decidedBy ??= []).push('visit_limit');
    if (flags & S.F_DAY_LIMIT) (decidedBy ??= []).push('day_limit');
    if (claim.genericAllowedCents !== undefined) (decidedBy ??= []).push('brand_requested');
    if (net !== 0) (decidedBy ??= []).push('network');

    // The same rule applied the same way reads the same; building the sentence (money formatting) is
    // the dearest part of a ledger line, so it is made once per call for each distinct case.
    const textKey =
      `${slot}|${flags}|${c[S.C_UNITS]}|${fcl.days[row]}|${fcl.supplyDays[row]}|${fcl.channel[row]}|${purpose}` +
      (claim.genericAllowedCents !== undefined ? `|brand${claim.allowedCents > claim.genericAllowedCents}` : '') +
      (daysOver > 0 ? `|${daysOver}|${notCovered}` : '') +
      (limitLifted ? `|${limitLifted.condition}|${visit}` : '') +
      (birthday ? `|${birthday.age}|${birthday.on}` : '');
    const text = texts.get(textKey) ?? describeApplied({
      service,
      share: setting ? setting.costShare : exception ? exception.costShare : rule.costShare,
      afterDeductible: setting ? setting.afterDeductible : exception ? exception.afterDeductible : rule.afterDeductible,
      exception,
      setting,
      specialistOffice: !setting && cp.hasSettings[s] === 1,
      brandOverGeneric: claim.genericAllowedCents !== undefined && claim.allowedCents > claim.genericAllowedCents,
      visitLimit: flags & S.F_VISIT_LIMIT ? (cp.visitLimitOf[lk] as number) : undefined,
      visitKind,
      limitLifted,
      waived: (flags & S.F_WAIVED) !== 0,
      waivedFor: service === 'er_visit' ? 'er_visit' : 'scan',
      rx:
        cp.isRx[s] === 1
          ? {
              copays: c[S.C_UNITS] as number,
              supplyDays: fcl.supplyDays[row] as number,
              channel: PHARMACY_CHANNELS[fcl.channel[row] as number] ?? 'plan_pharmacy',
            }
          : undefined,
      days: (fcl.days[row] as number) - daysOver,
      dayLimit:
        flags & S.F_DAY_LIMIT
          ? {
              limit: cp.dayLimit[s] as number,
              daysOver,
              stayDays: fcl.days[row] as number,
              notCoveredCents: notCovered,
              perCondition: cp.dayLimitPerCondition[s] === 1,
            }
          : undefined,
      birthday,
      oopCapped: (flags & S.F_OOP_CAPPED) !== 0,
    });
    texts.set(textKey, text);
    const tp = net !== 0 ? cp.tiers.plan[net] : undefined;
    const tierNote =
      net === 0 ? '' : ` (${tp?.status === 'offered' ? tp.label.toLowerCase() : tierWords(net)}: priced with the plan's own cost sharing${tp?.status === 'offered' && tp.samePlanSource ? `, ${tp.samePlanSource.youPay}` : ''})`;
    const purposeSource = separate ? rule.purposeVisitLimits?.[THERAPY_PURPOSES[purpose] as 'habilitative' | 'pulmonary_rehabilitation']?.source : undefined;
    const source = flags & S.F_WAIVED && rule.waiverSource ? rule.waiverSource : setting ? setting.source : (purposeSource ?? rule.source);
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
      notCoveredCents: notCovered,
      memberPaysCents: pays,
      planPaysCents: allowed - pays,
      after: {
        personDeductibleCents: sc.personDeductible[m] as number,
        familyDeductibleCents: c[S.C_FAMILY_DEDUCTIBLE] as number,
        personOopCents: sc.personOop[m] as number,
        familyOopCents: c[S.C_FAMILY_OOP] as number,
      },
      events: eventsOf(c[S.C_EVENTS] as number),
      rule: decidedBy ? { text: text + tierNote, source, decidedBy } : { text, source },
    };
    if (net !== 0) line.network = NETWORK_TIERS[net] as NonNullable<LedgerLine['network']>;
    if (claim.label !== undefined) line.label = claim.label;
    lines.push(line);
  };

  /** The ledger line of a claim priced on a network tier (tiers.ts). */
  const tierLedgerLine = (row: number, m: number, i: number, claim: Claim, service: (typeof SERVICE_CODES)[number], net: number): LedgerLine => {
    const c = sc.claim;
    const s = fcl.service[row] as number;
    const year = (fcl.year[row] as number) + input.baseYear;
    const bk = hh.birthKeys[m] as number;
    const age = bk > 0 ? Math.floor(((fcl.dayKey[row] as number) - bk) / 10000) : (hh.ages[m] as number) + (fcl.year[row] as number);
    const d = describeTierLine(cp, net, s, service, c, sc.penalty[0] as number, age);
    const allowed = fcl.allowedCents[row] as number;
    const pays = c[S.C_MEMBER_PAYS] as number;
    const own = cp.tiers.ownLimits[net] === 1;
    const line: LedgerLine = {
      index: i,
      member: input.memberIds[m] as string,
      date: formatDayKey(input.dayKeys[row] as number),
      planYear: planYearLabel(cp.anchor, year),
      service,
      network: NETWORK_TIERS[net] as NonNullable<LedgerLine['network']>,
      allowedCents: allowed,
      deductibleCents: c[S.C_DEDUCTIBLE] as number,
      copayCents: c[S.C_COPAY] as number,
      coinsuranceCents: c[S.C_COINSURANCE] as number,
      notCoveredCents: c[S.C_NOT_COVERED] as number,
      memberPaysCents: pays,
      planPaysCents: allowed - pays,
      after: {
        personDeductibleCents: (own ? sc.tierPersonDeductible[m * S.TIERS + net] : sc.personDeductible[m]) as number,
        familyDeductibleCents: c[S.C_FAMILY_DEDUCTIBLE] as number,
        personOopCents: (own ? sc.tierPersonOop[m * S.TIERS + net] : sc.personOop[m]) as number,
        familyOopCents: c[S.C_FAMILY_OOP] as number,
      },
      events: eventsOf(c[S.C_EVENTS] as number),
      rule: { text: d.text, source: d.source, decidedBy: d.decidedBy },
    };
    if (claim.label !== undefined) line.label = claim.label;
    return line;
  };

  runClaims(cp, input.household, input.claims, options.ledger === false ? null : sink, true);

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
    warnings: input.warnings,
    assumptions: input.assumptions,
  };
}
