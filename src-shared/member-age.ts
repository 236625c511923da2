// A household member's age from what the counselor gave: the age on the first day of the plan year, or a
// birth date (YYYY-MM-DD), from which every age rule takes the age on the date of service. Pure, shared by
// the comparison (src-main/compare) and the Household step. Dates are compared as y·10000 + m·100 + d, the
// engine's day keys, so a February 29 birthday counts from March 1 in a common year.

import { MAX_AGE } from './ages';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayKey(iso: string): number | null {
  const m = DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) return null;
  return y * 10000 + mo * 100 + d;
}

/** Whole years from `birthDate` to `date` (both YYYY-MM-DD); null when either is not a real date. */
export function ageOn(birthDate: string, date: string): number | null {
  const b = dayKey(birthDate);
  const on = dayKey(date);
  if (b === null || on === null) return null;
  return Math.floor((on - b) / 10000);
}

/** The age on `planYearStart`: the given age, or the one the birth date gives (null when it cannot be known). */
export function ageAtPlanYearStart(member: { age?: number | undefined; birthDate?: string | undefined }, planYearStart: string): number | null {
  if (member.birthDate !== undefined) return ageOn(member.birthDate, planYearStart);
  return member.age ?? null;
}

/** The day a member turns `age` (YYYY-MM-DD), as the engine counts it (February 29 → March 1). */
export function birthdayOfAge(birthDate: string, age: number): string {
  const y = Number(birthDate.slice(0, 4)) + age;
  const md = birthDate.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return md === '02-29' && !leap ? `${y}-03-01` : `${y}-${md}`;
}

/** One member's birth date problem for a plan year, in parts (the sentence is birthDateProblems'). */
export interface BirthDateProblem {
  member: number;
  birthDate: string;
  kind: 'not_a_date' | 'after_start' | 'too_old';
  /** The age it gives on the plan year's first day (too_old). */
  age?: number;
}

/** What is wrong with members' birth dates for a plan year starting on `planYearStart`, in parts. */
export function birthDateProblemParts(members: readonly { birthDate?: string | undefined }[], planYearStart: string): BirthDateProblem[] {
  const out: BirthDateProblem[] = [];
  members.forEach((m, member) => {
    if (m.birthDate === undefined) return;
    const age = ageOn(m.birthDate, planYearStart);
    if (age === null) out.push({ member, birthDate: m.birthDate, kind: 'not_a_date' });
    else if (m.birthDate > planYearStart) out.push({ member, birthDate: m.birthDate, kind: 'after_start' });
    else if (age > MAX_AGE) out.push({ member, birthDate: m.birthDate, kind: 'too_old', age });
  });
  return out;
}

/**
 * What is wrong with members' birth dates for a plan year starting on `planYearStart`, each as
 * "household.members[i].birthDate: …". Checked when a comparison is asked for (not in the stored schema).
 */
export function birthDateProblems(members: readonly { birthDate?: string | undefined }[], planYearStart: string): string[] {
  return birthDateProblemParts(members, planYearStart).map((part) => birthDateProblemText(part, planYearStart));
}

/** One problem as "household.members[i].birthDate: …". */
export function birthDateProblemText({ member, birthDate, kind, age }: BirthDateProblem, planYearStart: string): string {
  const at = `household.members[${member}].birthDate`;
  if (kind === 'not_a_date') return `${at}: "${birthDate}" is not a real date; type it as year-month-day, for example 1984-06-15`;
  if (kind === 'after_start') {
    return `${at}: ${birthDate} is after the plan year starts (${planYearStart}); a baby born during the plan year is entered as "Having a baby" on the parent who gives birth`;
  }
  return `${at}: ${birthDate} gives an age of ${age} on ${planYearStart}; check the year`;
}
