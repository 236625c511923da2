import { ENROLLMENT_LABELS, typesCovering } from '../../src-shared/enrollment-types';
import type { EnrollmentType } from '../../src-shared/plan-schema';
import type { Premium } from '../../src-shared/pricing-schema';
import { formatCents } from '../../src-shared/money';
import { annualPremium, PAY_PERIODS_PER_YEAR, type CompiledPlan } from '../engine';
import { isoDate, type PlanWindow } from './plan-window';

// Which enrollment type a household is priced under, plan by plan, and what a birth does to it.
//  - FEHB brochure line 288: "Self and Family coverage is for the enrollee and one or more eligible family
//    members": a household of two may enroll Self Plus One or Self and Family. Under High Option Self and
//    Family costs less than Self Plus One, so without the counselor's choice each plan is priced with the
//    cheaper type the household may take, and the screen says why.
//  - Line 290: a Self Only enrollee who has a baby changes enrollment from the pay period of the birth (the
//    same for Self Plus One becoming three): the premium is the old type's for the pay periods before the
//    birth and the new type's from the birth's pay period on (26 biweekly periods from the plan year's start).

export interface EnrollmentChoice {
  type: EnrollmentType;
  /** The premium that counts for the year (a change at a birth is in annualEmployeeCents). */
  premium: Premium;
  /** Every type the household may take at the start of the year, with its full-year premium (null: unknown). */
  options: { type: EnrollmentType; annualCents: number | null }[];
  change: { payPeriod: number; date: string; toType: EnrollmentType; toCode: string | null } | null;
  reason: string;
}

const usd = (cents: number): string => formatCents(cents, true);
const annual = (p: Premium): number | null => (p.known ? p.annualEmployeeCents : null);

/** The allowed type with the lowest known premium (the first allowed when none is known). */
function cheapest(compiled: CompiledPlan, allowed: readonly EnrollmentType[]): EnrollmentType {
  let best = allowed[0] as EnrollmentType;
  let bestCents = Infinity;
  for (const t of allowed) {
    const c = annual(annualPremium(compiled, t));
    if (c !== null && c < bestCents) {
      best = t;
      bestCents = c;
    }
  }
  return best;
}

/**
 * `people` are those enrolled at the start of the plan year; `birthOffset` the day (from the window's start)
 * of the first birth inside it, after which `peopleAfter` are covered; `requested` the counselor's choice.
 */
export function chooseEnrollment(
  compiled: CompiledPlan,
  window: PlanWindow,
  people: number,
  peopleAfter: number,
  birthOffset: number | null,
  requested: EnrollmentType | undefined,
): EnrollmentChoice {
  const allowed = typesCovering(people);
  const type = requested && allowed.includes(requested) ? requested : cheapest(compiled, allowed);
  const full = annualPremium(compiled, type);
  const options = allowed.map((t) => ({ type: t, annualCents: annual(annualPremium(compiled, t)) }));
  let reason: string;
  if (allowed.length === 1) reason = `${ENROLLMENT_LABELS[type]} covers ${people === 1 ? 'one person' : `all ${people} people`}.`;
  else {
    const other = options.find((o) => o.type !== type) as { type: EnrollmentType; annualCents: number | null };
    const mine = annual(full);
    const compare =
      mine !== null && other.annualCents !== null
        ? `${ENROLLMENT_LABELS[type]} costs ${usd(mine)} a year, ${other.annualCents === mine ? 'the same as' : `${other.annualCents > mine ? 'less' : 'more'} than`} ${ENROLLMENT_LABELS[other.type]} at ${usd(other.annualCents)}`
        : `the ${ENROLLMENT_LABELS[other.type]} premium is not known`;
    reason = requested
      ? `${ENROLLMENT_LABELS[type]}, as the counselor chose: ${compare}.`
      : `A household of two may enroll in Self Plus One or Self and Family (“Self and Family coverage is for the enrollee and one or more eligible family members”); ${compare}, so the cheaper one is used.`;
  }

  const after = typesCovering(peopleAfter);
  if (birthOffset === null || birthOffset < 0 || birthOffset >= window.days || after.includes(type)) {
    return { type, premium: full, options, change: null, reason };
  }
  const toType = requested && after.includes(requested) ? requested : cheapest(compiled, after);
  const to = annualPremium(compiled, toType);
  // Pay periods of 14 days from the plan year's first day; the birth's period is paid at the new rate.
  const period = Math.min(PAY_PERIODS_PER_YEAR, Math.floor(birthOffset / 14) + 1);
  const date = isoDate(window.startDay + birthOffset);
  const change = { payPeriod: period, date, toType, toCode: to.code };
  const changeText = ` The birth due ${date} falls in pay period ${period} of ${PAY_PERIODS_PER_YEAR}: ${ENROLLMENT_LABELS[type]} until then, ${ENROLLMENT_LABELS[toType]} from that pay period on (“a Self Only enrollee who has a baby changes enrollment from the pay period of the birth”).`;
  if (!full.known || !to.known) {
    const unknown: Premium = full.known ? { known: false, enrollmentType: toType, code: to.code, message: (to as { message: string }).message } : full;
    return { type, premium: unknown, options, change, reason: reason + changeText };
  }
  const before = period - 1;
  return {
    type,
    premium: { ...full, annualEmployeeCents: full.biweeklyEmployeeCents * before + to.biweeklyEmployeeCents * (PAY_PERIODS_PER_YEAR - before) },
    options,
    change,
    reason: reason + changeText,
  };
}
