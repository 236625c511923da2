import { formatCents, formatNumber } from '../money';
import { m, sayIn, type Language, type PlainMessage } from '../i18n';
import type { AgeException, BenefitRule, CostShare } from '../plan-schema';
import type { CopayUnit } from './vocabulary';

// PlainMessage sentences for a cost rule, at about a 6th-grade reading level: short words, one idea per
// sentence, "you" for the member. The same words appear in the plan editor's preview, the engine's
// ledger and the results screen, so a counselor reads one rule the same way everywhere.
//
// Every word comes from the messages of messages/cells, in the language asked for: English by default
// (so the parser's `reading` and every caller that passes no language read as before), Spanish for the
// plan editor's readings when the screen is in Spanish. Each clause is one message, so the Spanish can be
// reviewed beside its English under the same key; money is written by formatCents in that language.

export interface CostShareExtras {
  /** The cell said outright that the deductible does not apply. */
  deductibleWaived?: boolean;
  /** Visits past this many in a plan year are not covered. */
  visitLimitPerYear?: number;
}

const money = (amount: number, lang: Language): string => formatCents(amount, amount % 100 === 0, lang);
/** The percent's number ("20", "12.5"); the messages put the sign after it. */
const percent = (p: number, lang: Language): string => formatNumber(p, lang, { maximumFractionDigits: 20 });

/** "for each visit"; a per-day copay reads "a day". An admission is "a stay", the word people use. */
const PER: Record<CopayUnit, PlainMessage> = {
  visit: m.cell_per_visit,
  day: m.cell_per_day,
  trip: m.cell_per_trip,
  admission: m.cell_per_stay,
  procedure: m.cell_per_procedure,
  prescription: m.cell_per_prescription,
  item: m.cell_per_item,
};
const per = (unit: CopayUnit, lang: Language): string => sayIn(PER[unit], lang);

/** A cap holds per claim: for a per-day copay the claim is the stay. */
const capPer = (unit: CopayUnit, lang: Language): string => per(unit === 'day' ? 'admission' : unit, lang);

/**
 * The cost as a clause that starts with "you pay" (lowercase, no period), or null for "not covered".
 * A copay-plus-coinsurance cap comes back apart, as its own sentence, to keep each sentence short.
 */
function youPayClause(costShare: CostShare, afterDeductible: boolean, lang: Language): { clause: string; capSentence?: string } | null {
  const locale = { locale: lang };
  let clause: string;
  let capSentence: string | undefined;
  // A clause that already has a comma-set part ("…, at most $1,000 for each stay") takes a comma before the deductible too.
  let hasPart = false;
  switch (costShare.kind) {
    case 'not_covered':
      return null;
    case 'nothing':
      clause = m.cell_you_pay_nothing({}, locale);
      break;
    case 'copay':
      clause = m.cell_you_pay_copay({ amount: money(costShare.amountCents, lang), per: per(costShare.unit, lang) }, locale);
      if (costShare.maxPerClaimCents !== undefined) {
        clause += m.cell_cap_copay({ amount: money(costShare.maxPerClaimCents, lang), per: capPer(costShare.unit, lang) }, locale);
        hasPart = true;
      }
      break;
    case 'coinsurance':
      clause = m.cell_you_pay_coinsurance({ pct: percent(costShare.percent, lang) }, locale);
      if (costShare.maxPerClaimCents !== undefined) {
        clause += m.cell_cap_each_time({ amount: money(costShare.maxPerClaimCents, lang) }, locale);
        hasPart = true;
      }
      break;
    case 'copay_plus_coinsurance':
      clause = m.cell_you_pay_copay_coinsurance(
        { amount: money(costShare.amountCents, lang), per: per(costShare.unit, lang), pct: percent(costShare.percent, lang) },
        locale,
      );
      hasPart = true;
      if (costShare.maxPerClaimCents !== undefined) {
        capSentence = m.cell_cap_in_all({ amount: money(costShare.maxPerClaimCents, lang), per: capPer(costShare.unit, lang) }, locale);
      }
      break;
  }
  if (afterDeductible) clause += hasPart ? m.cell_after_deductible_set_off({}, locale) : m.cell_after_deductible({}, locale);
  return capSentence === undefined ? { clause } : { clause, capSentence };
}

const sentence = (clause: string): string => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;

/**
 * One short sentence for a cost share, e.g. "You pay $30 for each visit.", "You pay 20% of the allowed
 * amount after you meet the deductible.", "Not covered: you pay the full cost." Extras add a sentence
 * each (deductible waived, visit limit).
 */
export function describeCostShare(costShare: CostShare, afterDeductible: boolean, extras: CostShareExtras = {}, lang: Language = 'en'): string {
  const cost = youPayClause(costShare, afterDeductible, lang);
  const parts = cost === null ? [sayIn(m.cell_not_covered, lang)] : [sentence(cost.clause)];
  if (cost?.capSentence !== undefined) parts.push(cost.capSentence);
  if (extras.deductibleWaived && !afterDeductible && cost !== null) {
    parts.push(sayIn(m.cell_deductible_waived, lang));
  }
  if (extras.visitLimitPerYear !== undefined) parts.push(m.cell_visit_limit({ limit: extras.visitLimitPerYear }, { locale: lang }));
  return parts.join(' ');
}

/** "17 or younger", "65 or older", "2 to 17 years old". Age is on the date of service. */
function ageRange(e: AgeException, lang: Language): string {
  const locale = { locale: lang };
  if (e.minAge !== undefined && e.maxAge !== undefined) {
    return e.minAge === e.maxAge ? m.cell_age_exactly({ age: e.minAge }, locale) : m.cell_age_between({ min: e.minAge, max: e.maxAge }, locale);
  }
  return e.maxAge !== undefined ? m.cell_age_or_younger({ age: e.maxAge }, locale) : m.cell_age_or_older({ age: e.minAge ?? 0 }, locale);
}

function exceptionSentence(e: AgeException, lang: Language): string {
  const cost = youPayClause(e.costShare, e.afterDeductible, lang);
  const first = m.cell_exception({ ages: ageRange(e, lang), cost: cost?.clause ?? sayIn(m.cell_exception_not_covered, lang) }, { locale: lang });
  return cost?.capSentence === undefined ? first : `${first} ${cost.capSentence}`;
}

/**
 * A benefit rule in plain words: its cost, then each age exception, the emergency-room waiver, the visit
 * limit, and a note when what you pay does not count toward the out-of-pocket limit.
 */
export function describeRule(rule: BenefitRule, lang: Language = 'en'): string {
  const parts = [describeCostShare(rule.costShare, rule.afterDeductible, {}, lang)];
  for (const e of rule.exceptions ?? []) parts.push(exceptionSentence(e, lang));
  if (rule.waivedIfAdmitted) parts.push(sayIn(m.cell_waived_if_admitted, lang));
  if (rule.visitLimitPerYear !== undefined) parts.push(m.cell_visit_limit({ limit: rule.visitLimitPerYear }, { locale: lang }));
  if (rule.countsTowardOop === false && rule.costShare.kind !== 'not_covered') {
    parts.push(sayIn(m.cell_not_toward_oop, lang));
  }
  return parts.join(' ');
}
