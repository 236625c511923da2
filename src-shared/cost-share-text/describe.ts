import { formatCents } from '../money';
import type { AgeException, BenefitRule, CostShare } from '../plan-schema';
import type { CopayUnit } from './vocabulary';

// Plain sentences for a cost rule, at about a 6th-grade reading level: short words, one idea per
// sentence, "you" for the member. The same words appear in the plan editor's preview, the engine's
// ledger and the results screen, so a counselor reads one rule the same way everywhere.

export interface CostShareExtras {
  /** The cell said outright that the deductible does not apply. */
  deductibleWaived?: boolean;
  /** Visits past this many in a plan year are not covered. */
  visitLimitPerYear?: number;
}

const money = (amount: number): string => formatCents(amount, amount % 100 === 0);
const percent = (p: number): string => `${p}%`;

/** "for each visit"; a per-day copay reads "a day". An admission is "a stay", the word people use. */
const PER: Record<CopayUnit, string> = {
  visit: 'for each visit',
  day: 'a day',
  trip: 'for each trip',
  admission: 'for each stay',
  procedure: 'for each procedure',
  prescription: 'for each prescription',
  item: 'for each item',
};

/** A cap holds per claim: for a per-day copay the claim is the stay. */
const capPer = (unit: CopayUnit): string => (unit === 'day' ? 'for each stay' : PER[unit]);

/**
 * The cost as a clause that starts with "you pay" (lowercase, no period), or null for "not covered".
 * A copay-plus-coinsurance cap comes back apart, as its own sentence, to keep each sentence short.
 */
function youPayClause(costShare: CostShare, afterDeductible: boolean): { clause: string; capSentence?: string } | null {
  let clause: string;
  let capSentence: string | undefined;
  // A clause that already has a comma-set part ("…, at most $1,000 for each stay") takes a comma before the deductible too.
  let hasPart = false;
  switch (costShare.kind) {
    case 'not_covered':
      return null;
    case 'nothing':
      clause = 'you pay nothing';
      break;
    case 'copay':
      clause = `you pay ${money(costShare.amountCents)} ${PER[costShare.unit]}`;
      if (costShare.maxPerClaimCents !== undefined) {
        clause += `, at most ${money(costShare.maxPerClaimCents)} ${capPer(costShare.unit)}`;
        hasPart = true;
      }
      break;
    case 'coinsurance':
      clause = `you pay ${percent(costShare.percent)} of the allowed amount`;
      if (costShare.maxPerClaimCents !== undefined) {
        clause += `, at most ${money(costShare.maxPerClaimCents)} each time`;
        hasPart = true;
      }
      break;
    case 'copay_plus_coinsurance':
      clause = `you pay ${money(costShare.amountCents)} ${PER[costShare.unit]}, plus ${percent(costShare.percent)} of the rest of the allowed amount`;
      hasPart = true;
      if (costShare.maxPerClaimCents !== undefined) {
        capSentence = `In all, you pay at most ${money(costShare.maxPerClaimCents)} ${capPer(costShare.unit)}.`;
      }
      break;
  }
  if (afterDeductible) clause += `${hasPart ? ',' : ''} after you meet the deductible`;
  return capSentence === undefined ? { clause } : { clause, capSentence };
}

const sentence = (clause: string): string => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;

/**
 * One short sentence for a cost share, e.g. "You pay $30 for each visit.", "You pay 20% of the allowed
 * amount after you meet the deductible.", "Not covered: you pay the full cost." Extras add a sentence
 * each (deductible waived, visit limit).
 */
export function describeCostShare(costShare: CostShare, afterDeductible: boolean, extras: CostShareExtras = {}): string {
  const cost = youPayClause(costShare, afterDeductible);
  const parts = cost === null ? ['Not covered: you pay the full cost.'] : [sentence(cost.clause)];
  if (cost?.capSentence !== undefined) parts.push(cost.capSentence);
  if (extras.deductibleWaived && !afterDeductible && cost !== null) {
    parts.push('You do not have to meet the deductible first.');
  }
  if (extras.visitLimitPerYear !== undefined) parts.push(visitLimitSentence(extras.visitLimitPerYear));
  return parts.join(' ');
}

function visitLimitSentence(limit: number): string {
  return `The plan covers up to ${limit} ${limit === 1 ? 'visit' : 'visits'} a year. After that, you pay the full cost.`;
}

/** "17 or younger", "65 or older", "2 to 17 years old". Age is on the date of service. */
function ageRange(e: AgeException): string {
  if (e.minAge !== undefined && e.maxAge !== undefined) {
    return e.minAge === e.maxAge ? `${e.minAge} years old` : `${e.minAge} to ${e.maxAge} years old`;
  }
  return e.maxAge !== undefined ? `${e.maxAge} or younger` : `${e.minAge ?? 0} or older`;
}

function exceptionSentence(e: AgeException): string {
  const cost = youPayClause(e.costShare, e.afterDeductible);
  const first = `If the patient is ${ageRange(e)}, ${cost?.clause ?? 'it is not covered and you pay the full cost'}.`;
  return cost?.capSentence === undefined ? first : `${first} ${cost.capSentence}`;
}

/**
 * A benefit rule in plain words: its cost, then each age exception, the emergency-room waiver, the visit
 * limit, and a note when what you pay does not count toward the out-of-pocket limit.
 */
export function describeRule(rule: BenefitRule): string {
  const parts = [describeCostShare(rule.costShare, rule.afterDeductible)];
  for (const e of rule.exceptions ?? []) parts.push(exceptionSentence(e));
  if (rule.waivedIfAdmitted) {
    parts.push('If you are admitted to the hospital from here, you pay nothing for this visit. You pay for the hospital stay instead.');
  }
  if (rule.visitLimitPerYear !== undefined) parts.push(visitLimitSentence(rule.visitLimitPerYear));
  if (rule.countsTowardOop === false && rule.costShare.kind !== 'not_covered') {
    parts.push('What you pay here does not count toward your out-of-pocket limit.');
  }
  return parts.join(' ');
}
