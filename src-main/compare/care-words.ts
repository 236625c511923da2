import type { AwayFromHome } from '../../src-shared/household-schema';
import type { NetworkTier } from '../../src-shared/services';

// The sentences the household's care writes into a comparison (its notes and assumptions), in the
// engine's English, from the parts it knows. src-shared/i18n/engine-text.ts reads each one back into the
// same parts (the messages of messages/engine, whose English is word for word what these write) and says
// it again in Spanish; tests/unit/i18n/engine-text.test.ts checks both ways, so the two cannot drift.

/** "Employee", "Employee and Spouse", "Employee, Spouse and Child 1". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function noBirthDateAssumption(members: readonly string[], start: string): string {
  return `${listWords(members)}: no birth date, so age rules (such as "nothing for children through age 17") use the age on the first day of the plan year (${start}); a birthday during the year counts only from the next plan year.`;
}

export function turns26Note(who: string, date: string): string {
  return `${who} turns 26 on ${date}: FEHB covers a child under age 26, so coverage ends then; this estimate prices the child's care for the whole plan year.`;
}

export const AWAY_WORDS: Record<NonNullable<AwayFromHome['livesAway']>, string> = {
  colorado_service_area: 'inside the Kaiser Permanente Colorado service area',
  kp_state: "in another Kaiser Permanente region (visiting member services, this plan's cost sharing)",
  colorado_outside: 'in Colorado outside the Kaiser Permanente service area',
  elsewhere_us: 'elsewhere in the United States, outside every Kaiser Permanente region',
  abroad: 'outside the United States',
};

const AWAY_PRICED: Record<NetworkTier, string> = {
  plan: "with the plan's own cost sharing",
  out_of_area: "under each plan's benefit for members away from the service area",
  out_of_network: 'as care from providers outside the plan',
  travel: 'as care from providers outside the plan',
};

export function livesAwayNote(who: string, where: NonNullable<AwayFromHome['livesAway']>, months: number, tier: NetworkTier): string {
  return (
    `${who} lives away from home ${AWAY_WORDS[where]} ${months} ${months === 1 ? 'month' : 'months'} of the year: that share of the expected care is priced ` +
    `${AWAY_PRICED[tier]}; drugs taken all year and life events are priced at home.`
  );
}

export function travelNote(who: string, days: number): string {
  return `${who} travels outside Kaiser Permanente states ${days} days a year: that share of emergency and urgent care is priced as care while traveling.`;
}

export function outsideProviderNote(who: string): string {
  return `${who} sees a provider outside Kaiser Permanente: the office visits at home are priced as out-of-network care.`;
}

export function babyOutsideNote(due: string, next: boolean, start: string, end: string, prenatal: number): string {
  const where = next ? 'the next plan year' : 'an earlier plan year';
  return (
    `The baby due ${due} falls in ${where}, outside ${start} to ${end}: the birth is not in this year's figures` +
    (prenatal > 0 ? ` (the ${prenatal} prenatal visits before it are).` : '.')
  );
}

export function babyExpectedAssumption(born: string, percent: number): string {
  return `Baby (expected): average use for a child under 1 from birth on ${born}, ${percent}% of the year.`;
}

export function specialtyOnceNote(who: string): string {
  return `${who}: the specialty drug listed with the drugs taken all year is the one "takes a specialty drug" stands for, so it is counted once, as listed.`;
}
