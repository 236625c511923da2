import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import { Plan } from '../../src-shared/plan-schema';
import type { AgeException, BenefitRule, CostShare, NetworkTierPlan, PersonFamilyLimit, SettingRule, TierRule } from '../../src-shared/plan-schema';
import type { CostTotals, LedgerException, LedgerLine } from '../../src-shared/pricing-schema';
import {
  MEMBER_CONDITIONS,
  NETWORK_TIERS,
  OFFICE_SETTINGS,
  PHARMACY_CHANNELS,
  PRESCRIPTION_SERVICES,
  SERVICE_CODES,
  THERAPY_PURPOSES,
} from '../../src-shared/services';
import type { NetworkTier, OtherNetworkTier, PharmacyChannel, ServiceCode } from '../../src-shared/services';
import { formatDayKey, parseDayKey, planYearAnchor, planYearIndex, planYearLabel, planYearStartKey } from '../../src-main/engine/plan-year';

// The reference pricer: the engine's rules written out plainly, one claim at a time, on the plan as the
// plan file gives it (objects, no typed arrays, no scratch memory, no shortcut), each step named as the
// brochure names it. It is the test oracle of the fast loop (src-main/engine/adjudicate.ts, its
// shortcut quick-services.ts, the network tiers in tiers.ts and the ledger of price-claims.ts):
// tests/unit/engine/reference-pricer.property.test.ts prices random plans and claim lists both ways and
// wants the same ledger, line by line. Written from src-main/engine/README.md ("Decisions") and the
// brochure, not from the loop, so that a slip in the loop's bookkeeping shows up as a disagreement.
//
// Scope: the amounts, the accumulators after each claim, the milestones (events), and what decided each
// line (rule.decidedBy). Not the words (rule.text, describe-rule.ts) nor the warnings and assumptions.
// The input is trusted: priceClaims refuses what is not valid (the property test calls it first), so
// nothing here checks fields; a claim the engine would refuse gives whatever it gives here.
//
// Where the engine's own reading of the brochure is a choice, the choice is the README's and is named
// where it is made below ("Decision: …").

/** The money of one claim, or of one ledger line. */
interface Amounts {
  deductibleCents: number;
  copayCents: number;
  coinsuranceCents: number;
  notCoveredCents: number;
}

type Milestone = LedgerLine['events'][number];

export interface ReferenceLine extends Amounts {
  index: number;
  member: string;
  date: string;
  planYear: string;
  service: ServiceCode;
  network?: OtherNetworkTier;
  label?: string;
  allowedCents: number;
  memberPaysCents: number;
  planPaysCents: number;
  after: LedgerLine['after'];
  events: Milestone[];
  decidedBy?: LedgerException[];
}

export interface ReferenceResult {
  lines: ReferenceLine[];
  byMember: Record<string, CostTotals>;
  totals: CostTotals;
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// Arithmetic

/** n / d rounded half up to a whole number (n, d whole, d > 0): "rounded to the nearest cent". */
function roundHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** percent % of an amount in cents, half up to the cent (percentages to two decimals: 12.5% is 1250 / 10000). */
function percentOf(cents: number, percent: number): number {
  return roundHalfUp(cents * Math.round(percent * 100), 10000);
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// The household's limits: "Self Only" has the person amount only; a family has the family amount, and the
// person amount too when the limit is embedded.

interface Limits {
  person: number;
  family: number;
}

function householdLimits(limit: PersonFamilyLimit, members: number): Limits {
  if (members === 1) return { person: limit.personCents, family: limit.personCents };
  return { person: limit.embedded ? limit.personCents : Infinity, family: limit.familyCents };
}

/** What one member and the family have paid toward a deductible and an out-of-pocket maximum this plan year. */
interface Paid {
  deductible: number;
  oop: number;
}

/** One set of accumulators: the plan's, or a network tier's own (out of network with its own deductible). */
interface Accumulators {
  deductibleLimits: Limits;
  oopLimits: Limits;
  person: Map<string, Paid>;
  family: Paid;
}

function newAccumulators(deductible: PersonFamilyLimit, oopMax: PersonFamilyLimit, members: number): Accumulators {
  return {
    deductibleLimits: householdLimits(deductible, members),
    oopLimits: householdLimits(oopMax, members),
    person: new Map(),
    family: { deductible: 0, oop: 0 },
  };
}

function personPaid(acc: Accumulators, member: string): Paid {
  let paid = acc.person.get(member);
  if (!paid) {
    paid = { deductible: 0, oop: 0 };
    acc.person.set(member, paid);
  }
  return paid;
}

/** Everything that starts again on the first day of a plan year. */
interface PlanYearState {
  plan: Accumulators;
  /** Per tier with limits of its own. */
  tiers: Map<NetworkTier, Accumulators>;
  /** "member|service|count" → visits covered so far. */
  visits: Map<string, number>;
  /** "member|service" → days of stays covered so far. */
  stayDays: Map<string, number>;
  /** "tier|member|group" → visits of a tier's combined visit limit. */
  tierVisits: Map<string, number>;
  /** tier → what the plan has paid under it (the travel benefit's "$1,200 each calendar year"). */
  tierPlanPaid: Map<NetworkTier, number>;
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// The household

interface Person {
  id: string;
  /** Age on the first day of the first plan year priced (members known by age). */
  age?: number;
  birthKey?: number;
  conditions: readonly string[];
}

/** The age that age rules use: on the date of service with a birth date, else the age given plus the plan years since. */
function ageOn(person: Person, dayKey: number, planYearsSinceFirst: number): number {
  if (person.birthKey !== undefined) return Math.floor((dayKey - person.birthKey) / 10000);
  return (person.age as number) + planYearsSinceFirst;
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// The claims, in the order they are priced

/** One priced row: a claim, or the second half of a brand asked for over its generic. */
interface Row {
  claim: Claim;
  index: number;
  service: ServiceCode;
  allowedCents: number;
  dayKey: number;
  planYear: number;
  /** The price difference of a brand asked for over the generic: shown on the brand's line. */
  difference: boolean;
}

const serviceOrder = (s: ServiceCode) => SERVICE_CODES.indexOf(s);
const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Date order across the household; on one day by member id (as text), service (the order of
 * SERVICE_CODES), the smaller allowed amount, then days, supply, pharmacy, admission, purpose, setting,
 * network, pre-certification and label (README "Same day"), then the generic's price of a brand asked
 * for over it. Equal claims keep the list's order.
 */
function sameDayOrder(a: { claim: Claim; index: number }, b: { claim: Claim; index: number }): number {
  const x = a.claim;
  const y = b.claim;
  const num = (v: boolean | undefined) => (v === true ? 1 : 0);
  return (
    parseDayKey(x.date) - parseDayKey(y.date) ||
    textOrder(x.member, y.member) ||
    serviceOrder(x.service) - serviceOrder(y.service) ||
    x.allowedCents - y.allowedCents ||
    (x.days ?? 1) - (y.days ?? 1) ||
    (x.supplyDays ?? 30) - (y.supplyDays ?? 30) ||
    PHARMACY_CHANNELS.indexOf(x.channel ?? 'plan_pharmacy') - PHARMACY_CHANNELS.indexOf(y.channel ?? 'plan_pharmacy') ||
    num(x.admitted) - num(y.admitted) ||
    THERAPY_PURPOSES.indexOf(x.purpose ?? 'rehabilitative') - THERAPY_PURPOSES.indexOf(y.purpose ?? 'rehabilitative') ||
    OFFICE_SETTINGS.indexOf(x.setting ?? 'specialist_office') - OFFICE_SETTINGS.indexOf(y.setting ?? 'specialist_office') ||
    NETWORK_TIERS.indexOf(x.network ?? 'plan') - NETWORK_TIERS.indexOf(y.network ?? 'plan') ||
    num(x.precertified === false) - num(y.precertified === false) ||
    textOrder(x.label ?? '', y.label ?? '') ||
    (x.genericAllowedCents ?? -1) - (y.genericAllowedCents ?? -1) ||
    a.index - b.index
  );
}

/**
 * 5(f): "you pay your brand-name drug copayment plus the difference in price between the generic drug and
 * your requested brand-name drug": the brand's claim is priced as the brand on the generic's price, then
 * the difference under the plan's rx_brand_price_difference rule.
 */
function rowsOf(claim: Claim, index: number, dayKey: number, planYear: number): Row[] {
  const generic = claim.genericAllowedCents;
  const own: Row = { claim, index, service: claim.service, allowedCents: claim.allowedCents, dayKey, planYear, difference: false };
  if (generic === undefined) return [own];
  own.allowedCents = Math.min(generic, claim.allowedCents);
  if (claim.allowedCents <= generic) return [own];
  return [own, { claim, index, service: 'rx_brand_price_difference', allowedCents: claim.allowedCents - generic, dayKey, planYear, difference: true }];
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// One claim

interface Priced extends Amounts {
  events: Milestone[];
  decidedBy: LedgerException[];
  /** The accumulators the claim counted toward (the plan's, or its tier's own). */
  acc: Accumulators;
}

const nothingPaid = (): Amounts => ({ deductibleCents: 0, copayCents: 0, coinsuranceCents: 0, notCoveredCents: 0 });

/** "Not covered": the member pays all of it, and it counts toward nothing. */
function allCharges(allowed: number): Amounts {
  return { ...nothingPaid(), notCoveredCents: allowed };
}

/** How many copays a prescription takes: the first supply tier of its pharmacy that covers the supply. */
function copaysForSupply(plan: Plan, rule: BenefitRule, claim: Claim): number {
  const channel: PharmacyChannel = claim.channel ?? 'plan_pharmacy';
  const dispensing = rule.dispensing?.[channel] ?? plan.pharmacy[channel];
  const supply = claim.supplyDays ?? 30;
  const tier = [...(dispensing?.tiers ?? [])].sort((a, b) => a.upToDays - b.upToDays).find((t) => t.upToDays >= supply);
  if (!tier) throw new Error(`reference pricer: a ${supply}-day supply through ${channel} is not dispensed (the engine refuses it)`);
  return tier.copays;
}

/**
 * A cost share applied to what is left of the allowed amount:
 *  - "after the deductible": the deductible part is min(what is left, person open, family open);
 *  - the copay: the amount × units, a copay's cap per claim, never more than what is left;
 *  - the coinsurance: the percent of what is left after the copay, half up to the cent;
 *  - "up to $X per claim": the cap is on the coinsurance, or on copay plus coinsurance together.
 */
function applyCostShare(share: CostShare, afterDeductible: boolean, amount: number, units: number, acc: Accumulators, member: string): Amounts {
  const out = nothingPaid();
  let rest = amount;
  if (afterDeductible) {
    const paid = personPaid(acc, member);
    const open = Math.min(acc.deductibleLimits.person - paid.deductible, acc.deductibleLimits.family - acc.family.deductible);
    if (open > 0) {
      out.deductibleCents = Math.min(rest, open);
      rest -= out.deductibleCents;
    }
  }
  const cap = 'maxPerClaimCents' in share && share.maxPerClaimCents !== undefined ? share.maxPerClaimCents : Infinity;
  if (share.kind === 'copay' || share.kind === 'copay_plus_coinsurance') {
    let copay = share.amountCents * units;
    if (share.kind === 'copay') copay = Math.min(copay, cap);
    out.copayCents = Math.min(copay, rest);
    rest -= out.copayCents;
  }
  if (share.kind === 'coinsurance' || share.kind === 'copay_plus_coinsurance') {
    out.coinsuranceCents = percentOf(rest, share.percent);
    if (out.copayCents + out.coinsuranceCents > cap) {
      out.copayCents = Math.min(out.copayCents, cap);
      out.coinsuranceCents = cap - out.copayCents;
    }
  }
  return out;
}

/**
 * The out-of-pocket maximum: what counts toward it (deductible, copay, coinsurance) is cut to what is still
 * open for the person and the family, the cut taken from the coinsurance first, then the copay, then the
 * deductible. Returns whether it cut anything.
 */
function capAtOopMaximum(a: Amounts, acc: Accumulators, member: string): boolean {
  const paid = personPaid(acc, member);
  const open = Math.min(acc.oopLimits.person - paid.oop, acc.oopLimits.family - acc.family.oop);
  let over = a.deductibleCents + a.copayCents + a.coinsuranceCents - open;
  if (over <= 0) return false;
  for (const part of ['coinsuranceCents', 'copayCents', 'deductibleCents'] as const) {
    const cut = part === 'deductibleCents' ? over : Math.min(over, a[part]);
    a[part] -= cut;
    over -= cut;
  }
  return true;
}

/**
 * The accumulators move, and the claim that reaches a limit says so ("deductible met"; a family's events
 * only for a family; a $0 limit is never "reached" by a claim). The deductible part counts toward the
 * deductible even for a rule outside the OOP maximum (Section 4 exempts dental and travel from the OOP
 * maximum only); copay and coinsurance count toward the OOP maximum only when the rule counts toward it.
 */
function accumulate(a: Amounts, countsTowardOop: boolean, acc: Accumulators, member: string, family: boolean): Milestone[] {
  const events: Milestone[] = [];
  const paid = personPaid(acc, member);
  const reaches = (before: number, add: number, limit: number) => before < limit && before + add >= limit;
  if (a.deductibleCents > 0) {
    if (reaches(paid.deductible, a.deductibleCents, acc.deductibleLimits.person)) events.push('person_deductible_met');
    if (family && reaches(acc.family.deductible, a.deductibleCents, acc.deductibleLimits.family)) events.push('family_deductible_met');
    paid.deductible += a.deductibleCents;
    acc.family.deductible += a.deductibleCents;
  }
  const counted = a.deductibleCents + a.copayCents + a.coinsuranceCents;
  if (counted > 0 && countsTowardOop) {
    if (reaches(paid.oop, counted, acc.oopLimits.person)) events.push('person_oop_met');
    if (family && reaches(acc.family.oop, counted, acc.oopLimits.family)) events.push('family_oop_met');
    paid.oop += counted;
    acc.family.oop += counted;
  }
  return events;
}

/** Which count a therapy visit is counted in: a purpose with a limit of its own has its own count. */
function visitCount(rule: BenefitRule, claim: Claim): { count: string; limit: number | undefined; liftedBy: readonly string[] } {
  const purpose = claim.purpose ?? 'rehabilitative';
  const own = purpose === 'rehabilitative' ? undefined : rule.purposeVisitLimits?.[purpose];
  if (own) {
    // "No visit limit" with autism lifts the rehabilitative and habilitative limits, never a pulmonary one of its own.
    return { count: purpose, limit: own.visitsPerYear, liftedBy: purpose === 'pulmonary_rehabilitation' ? [] : (rule.noVisitLimitWith ?? []) };
  }
  return { count: 'visits', limit: rule.visitLimitPerYear, liftedBy: rule.noVisitLimitWith ?? [] };
}

interface Context {
  plan: Plan;
  people: Map<string, Person>;
  members: number;
  year: PlanYearState;
  firstPlanYear: number;
}

/** What besides the rule's own cost share decided a line (the ledger's rule.decidedBy, in its order). */
interface Reasons {
  liftedBy?: LedgerException;
  ageException?: boolean;
  birthday?: boolean;
  admission?: boolean;
  officeSetting?: boolean;
  visitLimit?: boolean;
  dayLimit?: boolean;
}

function decidedByOf(r: Reasons): LedgerException[] {
  const out: LedgerException[] = [];
  if (r.liftedBy) out.push(r.liftedBy);
  if (r.ageException) out.push('age_exception');
  if (r.birthday) out.push('birthday');
  if (r.admission) out.push('admission');
  if (r.officeSetting) out.push('office_setting');
  if (r.visitLimit) out.push('visit_limit');
  if (r.dayLimit) out.push('day_limit');
  return out;
}

/** A claim priced with the plan's own rules (its network, or a tier that prices the service as the plan does). */
function priceWithPlanRules(ctx: Context, row: Row): Priced {
  const { plan, year } = ctx;
  const claim = row.claim;
  const member = claim.member;
  const person = ctx.people.get(member) as Person;
  const rule = plan.benefits[row.service] as BenefitRule;
  const allowed = row.allowedCents;
  const why: Reasons = {};
  const result = (a: Amounts, events: Milestone[] = []): Priced => ({ ...a, events, decidedBy: decidedByOf(why), acc: year.plan });

  // 1. Not covered: "All charges".
  if (rule.costShare.kind === 'not_covered') return result(allCharges(allowed));

  // 2. Visit limits, per person per plan year ("up to 20 visits per year"); a condition may lift them
  //    ("no visit limit for members with autism spectrum disorder"). A visit not covered is not counted.
  const limit = visitCount(rule, claim);
  if (limit.limit !== undefined) {
    const key = `${member}|${row.service}|${limit.count}`;
    const used = year.visits.get(key) ?? 0;
    if (used >= limit.limit) {
      const lifting = MEMBER_CONDITIONS.find((c) => limit.liftedBy.includes(c) && person.conditions.includes(c));
      if (!lifting) {
        why.visitLimit = true;
        return result(allCharges(allowed));
      }
      why.liftedBy = lifting;
    }
    year.visits.set(key, used + 1);
  }

  // 3. Day limits ("up to 100 days per year"): the days past it are not covered, their share of the allowed
  //    amount half up to the cent; the rest is priced with the days still covered. (The loop skips this
  //    step for a visit whose limit a condition lifted; no plan has both on one service.)
  let daysPastLimit = 0;
  let notCoveredDays = 0;
  if (rule.dayLimit && !why.liftedBy) {
    const key = `${member}|${row.service}`;
    const used = year.stayDays.get(key) ?? 0;
    const stay = claim.days ?? 1;
    const left = rule.dayLimit.days - used;
    if (left <= 0) {
      why.dayLimit = true;
      return result(allCharges(allowed));
    }
    if (stay > left) {
      daysPastLimit = stay - left;
      notCoveredDays = roundHalfUp(allowed * daysPastLimit, stay);
      why.dayLimit = true;
    }
    year.stayDays.set(key, used + stay - daysPastLimit);
  }

  // 4. Which cost share: the office it is billed as (Decision: without a setting, a specialist's office),
  //    else the first age exception the member's age falls in, else the rule's own.
  const setting: SettingRule | undefined = rule.settings?.[claim.setting ?? 'specialist_office'];
  const age = ageOn(person, row.dayKey, row.planYear - ctx.firstPlanYear);
  const exception = setting ? undefined : (rule.exceptions ?? []).find((e) => age >= (e.minAge ?? 0) && age <= (e.maxAge ?? 1_000));
  const share = setting ?? exception ?? rule;
  why.officeSetting = setting !== undefined;
  why.ageException = exception !== undefined;
  why.birthday = !setting && birthdayChangedTheRule(ctx, person, row, rule, exception);

  // 5. The chosen cost share says "not covered" (an age exception can).
  if (share.costShare.kind === 'not_covered') return result(allCharges(allowed));

  // 6. "We waive your copayment if you are admitted": an ER visit (or a scan done in the ER) before an
  //    admission costs the member nothing and counts toward nothing.
  if (rule.waivedIfAdmitted && claim.admitted === true) {
    why.admission = true;
    return result({ ...nothingPaid(), notCoveredCents: notCoveredDays });
  }

  // 7. Deductible, copay, coinsurance on the days still covered; units: per day × days, a prescription ×
  //    the copays of its supply, anything else one.
  const units = PRESCRIPTION_SERVICES.includes(row.service)
    ? copaysForSupply(plan, rule, claim)
    : 'unit' in share.costShare && share.costShare.unit === 'day'
      ? (claim.days ?? 1) - daysPastLimit
      : 1;
  const a = applyCostShare(share.costShare, share.afterDeductible, allowed - notCoveredDays, units, year.plan, member);
  a.notCoveredCents = notCoveredDays;

  // 8. The out-of-pocket maximum, for a rule that counts toward it; then the accumulators.
  if (rule.countsTowardOop) capAtOopMaximum(a, year.plan, member);
  return result(a, accumulate(a, rule.countsTowardOop, year.plan, member, ctx.members > 1));
}

/**
 * "Birthday": the member has a birth date, was born before the plan year began, and the age on the first
 * day of the plan year would have chosen another age rule than the age on the date of service did.
 */
function birthdayChangedTheRule(ctx: Context, person: Person, row: Row, rule: BenefitRule, now: AgeException | undefined): boolean {
  if (person.birthKey === undefined || !rule.exceptions || rule.exceptions.length === 0) return false;
  const start = planYearStartKey(planYearAnchor(ctx.plan.planYear.start), row.planYear);
  if (start < person.birthKey) return false;
  const ageAtStart = Math.floor((start - person.birthKey) / 10000);
  const before = rule.exceptions.find((e) => ageAtStart >= (e.minAge ?? 0) && ageAtStart <= (e.maxAge ?? 1_000));
  return before !== now;
}

/**
 * A claim on a network tier the plan prices with rules of the tier (Section 5(h): the dependent
 * out-of-area benefit, the travel benefit; out-of-network care):
 *  1. the tier is not listed, not offered, or lists no rule for the service → not covered;
 *  2. "dependents under the age of 26": a member older than the tier's age limit → not covered;
 *  3. a combined visit limit ("up to 5 office visits per year") used up → not covered;
 *  4. the tier rule's cost share after the tier's own deductible and OOP maximum when it has them, else the
 *     plan's (a copay is per claim: the tier has no supply tiers);
 *  5. without the pre-certification it needed: the penalty (percent of the allowed amount plus an amount,
 *     at most what the plan would pay), counting toward neither limit;
 *  6. the tier's yearly limit on what the plan pays ("no more than $1,200 each calendar year"): past it
 *     the rest is the member's, counting toward nothing.
 */
function priceWithTierRules(ctx: Context, row: Row, tierName: OtherNetworkTier, tier: NetworkTierPlan | undefined): Priced {
  const { year } = ctx;
  const claim = row.claim;
  const member = claim.member;
  const allowed = row.allowedCents;
  const decidedBy: LedgerException[] = ['network'];
  const tierRule: TierRule | undefined = tier?.status === 'offered' ? tier.benefits[row.service] : undefined;
  const ownLimits = tier?.status === 'offered' && (tier.deductible !== undefined || tier.oopMax !== undefined);
  let acc = year.plan;
  if (ownLimits && tier?.status === 'offered') {
    // Decision: a tier with a deductible or an OOP maximum of its own keeps both apart from the plan's
    // (the one it does not give has the plan's amount).
    let own = year.tiers.get(tierName);
    if (!own) {
      own = newAccumulators(tier.deductible ?? (ctx.plan.deductible as PersonFamilyLimit), tier.oopMax ?? (ctx.plan.oopMax as PersonFamilyLimit), ctx.members);
      year.tiers.set(tierName, own);
    }
    acc = own;
  }
  const result = (a: Amounts, events: Milestone[] = []): Priced => ({ ...a, events, decidedBy, acc });

  // 1. Not a benefit of the tier.
  if (!tierRule || tier?.status !== 'offered') return result(allCharges(allowed));

  // 2. The tier's age limit.
  if (tier.maxAge !== undefined && ageOn(ctx.people.get(member) as Person, row.dayKey, row.planYear - ctx.firstPlanYear) > tier.maxAge) {
    return result(allCharges(allowed));
  }

  // 3. The combined visit limit of the tier.
  if (tierRule.visitGroup !== undefined) {
    const group = (tier.visitGroups ?? []).find((g) => g.id === tierRule.visitGroup);
    if (!group) throw new Error(`reference pricer: no visit group ${tierRule.visitGroup}`);
    const key = `${tierName}|${member}|${group.id}`;
    const used = year.tierVisits.get(key) ?? 0;
    if (used >= group.visitsPerYear) {
      decidedBy.push('visit_limit');
      return result(allCharges(allowed));
    }
    year.tierVisits.set(key, used + 1);
  }
  if (tierRule.costShare.kind === 'not_covered') return result(allCharges(allowed));

  // 4. The tier's cost share, its deductible and OOP maximum.
  const units = 'unit' in tierRule.costShare && tierRule.costShare.unit === 'day' ? (claim.days ?? 1) : 1;
  const a = applyCostShare(tierRule.costShare, tierRule.afterDeductible, allowed, units, acc, member);
  if (tierRule.countsTowardOop) capAtOopMaximum(a, acc, member);
  const events = accumulate(a, tierRule.countsTowardOop, acc, member, ctx.members > 1);
  const counted = a.deductibleCents + a.copayCents + a.coinsuranceCents;

  // 5. The pre-certification penalty.
  const penalty = tier.precertPenalty;
  if (penalty && claim.precertified === false && penalty.services.includes(row.service)) {
    const amount = Math.min(percentOf(allowed, penalty.percent ?? 0) + (penalty.amountCents ?? 0), allowed - counted);
    if (amount > 0) {
      a.notCoveredCents += amount;
      decidedBy.push('precertification');
    }
  }

  // 6. The most the plan pays under the tier in a plan year, for the household.
  if (tier.planPaysMaxPerYearCents !== undefined) {
    const planWouldPay = allowed - counted - a.notCoveredCents;
    const room = Math.max(0, tier.planPaysMaxPerYearCents - (year.tierPlanPaid.get(tierName) ?? 0));
    const pays = Math.min(planWouldPay, room);
    if (pays < planWouldPay) {
      a.notCoveredCents += planWouldPay - pays;
      decidedBy.push('plan_pays_limit');
    }
    year.tierPlanPaid.set(tierName, (year.tierPlanPaid.get(tierName) ?? 0) + pays);
  }
  return result(a, events);
}

/** A tier prices a service with the plan's own rule when it lists it so (emergency care anywhere). */
function pricedAsThePlan(tier: NetworkTierPlan | undefined, service: ServiceCode): boolean {
  return tier?.status === 'offered' && (tier.samePlanServices ?? []).includes(service);
}

// ————————————————————————————————————————————————————————————————————————————————————————————————
// The year, claim by claim

const zeroTotals = (): CostTotals => ({
  allowedCents: 0,
  deductibleCents: 0,
  copayCents: 0,
  coinsuranceCents: 0,
  notCoveredCents: 0,
  memberPaysCents: 0,
  planPaysCents: 0,
});

function addTo(t: CostTotals, allowed: number, a: Amounts): void {
  const pays = a.deductibleCents + a.copayCents + a.coinsuranceCents + a.notCoveredCents;
  t.allowedCents += allowed;
  t.deductibleCents += a.deductibleCents;
  t.copayCents += a.copayCents;
  t.coinsuranceCents += a.coinsuranceCents;
  t.notCoveredCents += a.notCoveredCents;
  t.memberPaysCents += pays;
  t.planPaysCents += allowed - pays;
}

function newPlanYear(plan: Plan, members: number): PlanYearState {
  return {
    plan: newAccumulators(plan.deductible as PersonFamilyLimit, plan.oopMax as PersonFamilyLimit, members),
    tiers: new Map(),
    visits: new Map(),
    stayDays: new Map(),
    tierVisits: new Map(),
    tierPlanPaid: new Map(),
  };
}

/** Prices a household's claims under a plan the plain way; same members and claims as priceClaims takes. */
export function referencePrice(planInput: Plan, members: readonly EngineMember[], claims: readonly Claim[]): ReferenceResult {
  const plan = Plan.parse(planInput);
  const anchor = planYearAnchor(plan.planYear.start);
  const people = new Map<string, Person>();
  for (const m of members) {
    const person: Person = { id: m.id, conditions: m.conditions ?? [] };
    if (m.birthDate !== undefined) person.birthKey = parseDayKey(m.birthDate);
    else person.age = m.age;
    people.set(m.id, person);
  }
  const ordered = claims.map((claim, index) => ({ claim, index })).sort(sameDayOrder);
  const rows = ordered.flatMap(({ claim, index }) => {
    const dayKey = parseDayKey(claim.date);
    return rowsOf(claim, index, dayKey, planYearIndex(anchor, dayKey));
  });
  const firstPlanYear = rows[0]?.planYear ?? 0;
  const ctx: Context = { plan, people, members: members.length, year: newPlanYear(plan, members.length), firstPlanYear };
  let currentPlanYear = firstPlanYear;

  const lines: ReferenceLine[] = [];
  const totals = zeroTotals();
  const byMember: Record<string, CostTotals> = Object.fromEntries(members.map((m) => [m.id, zeroTotals()]));
  for (const row of rows) {
    // The plan year's first day: deductibles, OOP maximums, visit and day counts start again.
    if (row.planYear !== currentPlanYear) {
      currentPlanYear = row.planYear;
      ctx.year = newPlanYear(plan, members.length);
    }
    const claim = row.claim;
    const networkName = claim.network ?? 'plan';
    const tier = networkName === 'plan' ? undefined : plan.networkTiers?.[networkName];
    const onTier = networkName !== 'plan' && !pricedAsThePlan(tier, row.service);
    const priced = onTier ? priceWithTierRules(ctx, row, networkName as OtherNetworkTier, tier) : priceWithPlanRules(ctx, row);
    if (!onTier) {
      if (claim.genericAllowedCents !== undefined) priced.decidedBy.push('brand_requested');
      if (networkName !== 'plan') priced.decidedBy.push('network');
    }
    addTo(totals, row.allowedCents, priced);
    addTo(byMember[claim.member] as CostTotals, row.allowedCents, priced);
    const paid = personPaid(priced.acc, claim.member);
    const after = {
      personDeductibleCents: paid.deductible,
      familyDeductibleCents: priced.acc.family.deductible,
      personOopCents: paid.oop,
      familyOopCents: priced.acc.family.oop,
    };
    const pays = priced.deductibleCents + priced.copayCents + priced.coinsuranceCents + priced.notCoveredCents;
    if (row.difference) {
      // The difference shows on the brand's line: the claim as given, and everything the member pays for it.
      const line = lines[lines.length - 1] as ReferenceLine;
      line.allowedCents += row.allowedCents;
      line.deductibleCents += priced.deductibleCents;
      line.copayCents += priced.copayCents;
      line.coinsuranceCents += priced.coinsuranceCents;
      line.notCoveredCents += priced.notCoveredCents;
      line.memberPaysCents += pays;
      line.planPaysCents += row.allowedCents - pays;
      line.after = after;
      for (const e of priced.events) if (!line.events.includes(e)) line.events.push(e);
      continue;
    }
    const line: ReferenceLine = {
      index: row.index,
      member: claim.member,
      date: formatDayKey(row.dayKey),
      planYear: planYearLabel(anchor, row.planYear),
      service: row.service,
      allowedCents: row.allowedCents,
      deductibleCents: priced.deductibleCents,
      copayCents: priced.copayCents,
      coinsuranceCents: priced.coinsuranceCents,
      notCoveredCents: priced.notCoveredCents,
      memberPaysCents: pays,
      planPaysCents: row.allowedCents - pays,
      after,
      events: priced.events,
    };
    if (networkName !== 'plan') line.network = networkName;
    if (claim.label !== undefined) line.label = claim.label;
    if (priced.decidedBy.length > 0) line.decidedBy = priced.decidedBy;
    lines.push(line);
  }
  return { lines, byMember, totals };
}
