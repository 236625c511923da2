import type { Claim } from '../../src-shared/claims-schema';
import type { LedgerException, LedgerLine } from '../../src-shared/pricing-schema';
import { formatCents } from '../../src-shared/money';
import { MEMBER_CONDITIONS, NETWORK_TIERS, PHARMACY_CHANNELS, SERVICE_CODES, THERAPY_PURPOSES } from '../../src-shared/services';
import type { AgeException, BenefitRule, RuleSource, SettingRule } from '../../src-shared/plan-schema';
import { NS } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { describeApplied } from './describe-rule';
import { describeTierLine, tierWords } from './describe-tier';
import { formatDayKey, isLeapYear, planYearLabel, planYearStartKey } from './plan-year';
import * as S from './scratch';

// priceClaims: validate, sort, run the shared adjudication loop, and (optionally) write one ledger line
import type { PreparedInput } from './validate-input';

// The ledger: one line per claim saying what the member paid and which brochure rule decided it, read
// from the outcome of the claim just priced (cp.scratch.claim) — a claim on the plan's own rules
// (planLedgerLine: its reasons, its sentence, its source), one on a network tier (tierLedgerLine), and
// the price difference of a brand asked for over a generic merged into the brand's line.

/** What the ledger lines of one priceClaims call share. */
export interface LedgerContext {
  cp: CompiledPlan;
  input: PreparedInput;
  claims: readonly Claim[];
  /** Plan-year labels and rule sentences made once per call. */
  yearLabels: Map<number, string>;
  texts: Map<string, string>;
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
export function mergeDifference(line: LedgerLine | undefined, c: Float64Array, claim: Claim, personDeductible: number, personOop: number): void {
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
    text:
      `${line.rule.text}; plus the difference in price between the prescribed generic and the brand asked for, ${formatCents(allowed, allowed % 100 === 0)}` +
      (extra === pays ? ', which the member pays in full (it counts toward nothing)' : `, of which the member pays ${formatCents(pays, pays % 100 === 0)}`),
  };
}

type LimitLifted = { condition: (typeof MEMBER_CONDITIONS)[number]; visit: number; limit: number };

/** The claim just priced, as its ledger line reads it. */
interface LineFacts {
  ctx: LedgerContext;
  row: number;
  m: number;
  claim: Claim;
  s: number;
  service: (typeof SERVICE_CODES)[number];
  slot: number;
  flags: number;
  net: number;
  rule: BenefitRule;
  exception: AgeException | undefined;
  setting: SettingRule | undefined;
  year: number;
  daysOver: number;
  visit: number;
  notCovered: number;
  purpose: number;
  lk: number;
}

/** The ledger line of the claim just priced (sorted row `row`, member `m`). */
export function ledgerLine(ctx: LedgerContext, row: number, m: number): LedgerLine {
  const { cp, input, claims } = ctx;
  const sc = cp.scratch;
  const c = sc.claim;
  const fcl = input.claims;
  const i = input.order[row] as number;
  const claim = claims[i] as Claim;
  const s = fcl.service[row] as number;
  const service = SERVICE_CODES[s] as (typeof SERVICE_CODES)[number];
  const slot = c[S.C_SLOT] as number;
  const flags = c[S.C_FLAGS] as number;
  const net = fcl.network[row] as number;
  if (flags & S.F_TIER) return tierLedgerLine(ctx, row, m, i, claim, service, net);
  const rule = cp.rules[s];
  if (!rule) throw new Error(`unreachable: no rule for ${service}`);
  const exception = slot >= NS && slot < NS + cp.exceptions.length ? cp.exceptions[slot - NS] : undefined;
  const setting = cp.slotSetting[slot];
  const year = (fcl.year[row] as number) + input.baseYear;
  const label = yearLabel(ctx, year);
  const allowed = fcl.allowedCents[row] as number;
  const pays = c[S.C_MEMBER_PAYS] as number;
  const daysOver = c[S.C_DAYS_OVER] as number;
  const visit = c[S.C_VISIT_NUMBER] as number;
  const notCovered = c[S.C_NOT_COVERED] as number;
  const purpose = fcl.purpose[row] as number;
  const f: LineFacts = {
    ctx,
    row,
    m,
    claim,
    s,
    service,
    slot,
    flags,
    net,
    rule,
    exception,
    setting,
    year,
    daysOver,
    visit,
    notCovered,
    purpose,
    lk: s * S.BUCKETS + purpose,
  };
  const { decidedBy, limitLifted, birthday } = reasonsOf(f);
  const text = ruleTextOf(f, limitLifted, birthday);
  const tp = net !== 0 ? cp.tiers.plan[net] : undefined;
  const tierNote =
    net === 0
      ? ''
      : ` (${tp?.status === 'offered' ? tp.label.toLowerCase() : tierWords(net)}: priced with the plan's own cost sharing${tp?.status === 'offered' && tp.samePlanSource ? `, ${tp.samePlanSource.youPay}` : ''})`;
  const source = sourceOf(f);
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
  return line;
}

/** The plan-year label of a plan year, made once per call. */
function yearLabel(ctx: LedgerContext, year: number): string {
  let label = ctx.yearLabels.get(year);
  if (label === undefined) {
    label = planYearLabel(ctx.cp.anchor, year);
    ctx.yearLabels.set(year, label);
  }
  return label;
}

/** The brochure line behind the line: the waiver's, the setting's, a purpose's own limit's, or the rule's. */
function sourceOf(f: LineFacts): RuleSource {
  const { ctx, flags, rule, setting, purpose, lk } = f;
  const separate = (ctx.cp.visitBucketOf[lk] as number) !== 0;
  const purposeSource = separate ? rule.purposeVisitLimits?.[THERAPY_PURPOSES[purpose] as 'habilitative' | 'pulmonary_rehabilitation']?.source : undefined;
  return flags & S.F_WAIVED && rule.waiverSource ? rule.waiverSource : setting ? setting.source : (purposeSource ?? rule.source);
}

/** What besides the rule decided the line (undefined when nothing did), a visit limit lifted, a birthday. */
function reasonsOf(f: LineFacts): { decidedBy: LedgerException[] | undefined; limitLifted: LimitLifted | undefined; birthday: Birthday | undefined } {
  const { ctx, row, m, claim, s, slot, flags, net, exception, year, visit, lk } = f;
  const { cp, input } = ctx;
  const hh = input.household;
  const fcl = input.claims;
  // Most lines are decided by the rule alone: the list is made only when something else decided one.
  let decidedBy: LedgerException[] | undefined;
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

  return { decidedBy, limitLifted, birthday };
}

/**
 * The rule's sentence. The same rule applied the same way reads the same; building the sentence (money
 * formatting) is the dearest part of a ledger line, so it is made once per call for each distinct case.
 */
function ruleTextOf(f: LineFacts, limitLifted: LimitLifted | undefined, birthday: Birthday | undefined): string {
  const { ctx, row, claim, s, service, slot, flags, rule, exception, setting, daysOver, visit, notCovered, purpose, lk } = f;
  const { cp, input, texts } = ctx;
  const c = cp.scratch.claim;
  const fcl = input.claims;
  const visitKind = cp.hasPurposeLimits[s] === 1 ? (THERAPY_PURPOSES[purpose] ?? '').replace('_', ' ') : undefined;
  const textKey =
    `${slot}|${flags}|${c[S.C_UNITS]}|${fcl.days[row]}|${fcl.supplyDays[row]}|${fcl.channel[row]}|${purpose}` +
    (claim.genericAllowedCents !== undefined ? `|brand${claim.allowedCents > claim.genericAllowedCents}` : '') +
    (daysOver > 0 ? `|${daysOver}|${notCovered}` : '') +
    (limitLifted ? `|${limitLifted.condition}|${visit}` : '') +
    (birthday ? `|${birthday.age}|${birthday.on}` : '');
  const text =
    texts.get(textKey) ??
    describeApplied({
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
  return text;
}

/** The ledger line of a claim priced on a network tier (tiers.ts). */
export function tierLedgerLine(
  ctx: LedgerContext,
  row: number,
  m: number,
  i: number,
  claim: Claim,
  service: (typeof SERVICE_CODES)[number],
  net: number,
): LedgerLine {
  const { cp, input } = ctx;
  const sc = cp.scratch;
  const hh = input.household;
  const fcl = input.claims;
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
}
