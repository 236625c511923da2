import { m } from '../../../src-shared/i18n';
import type { LedgerException } from '../../../src-shared/pricing-schema';
import type { OfficeSetting } from '../../../src-shared/services';

// The words issue 17 added to Compare and Explain: what decided a ledger line besides its rule, and the
// headings of a plan's warnings and assumptions. In one place for the translation (issue 16); the
// warnings and assumptions themselves come from the engine in English, as the ledger's rule texts do.

export const DECIDED_BY: Record<LedgerException, string> = {
  age_exception: 'Age rule',
  birthday: 'Birthday this plan year',
  admission: 'Admitted: copay waived',
  autism_spectrum_disorder: 'Autism: no visit limit',
  cleft_lip_palate: 'Cleft lip or palate: no visit limit',
  office_setting: 'Billed as this office',
  visit_limit: 'Visit limit used up',
  day_limit: 'Day limit reached',
  brand_requested: 'Brand asked for over the generic',
  network: 'Away from home or outside the network',
  plan_pays_limit: 'Plan’s yearly payment limit reached',
  precertification: 'No pre-certification: penalty',
};

export const DECIDED_BY_HINT: Record<LedgerException, string> = {
  age_exception: 'A rule for this age (on the date of service) decided the cost, not the usual one.',
  birthday: 'A birthday between the first day of the plan year and this date changed which age rule applies.',
  admission: 'The member was admitted to the hospital, so this copay is waived and paid with the stay.',
  autism_spectrum_disorder: 'Past the yearly visit limit, still covered: there is no visit limit with autism spectrum disorder.',
  cleft_lip_palate: 'Past the yearly visit limit, still covered: there is no speech therapy visit limit with cleft lip or palate.',
  office_setting: 'The office the care was billed as (primary care, specialist or mental health) decided the cost.',
  visit_limit: 'The yearly visit limit was used up: this visit is not covered.',
  day_limit: 'Days past the limit of days are not covered.',
  brand_requested: 'The brand copayment on the generic’s price, plus the difference in price, which the member pays.',
  network: 'Care outside the plan’s own network (out of network, the dependent out-of-area benefit or the travel benefit) is priced by that benefit’s own rules.',
  plan_pays_limit: 'The plan pays at most a set amount a year under this benefit (travel: $1,200); past it the member pays the rest.',
  precertification: 'Out-of-network care that needed pre-certification and did not get it carries the plan’s penalty, which counts toward neither the deductible nor the out-of-pocket maximum.',
};

export const RULE_NOTES_TEXT = {
  heading: 'What the plans’ rules assume for this household',
  warningsOf: (plan: string) => `${plan}: priced with rules the plan does not strictly give`,
  assumptionsOf: (plan: string) => `${plan}: readings of the plan’s rules`,
  explainHeading: 'What this plan’s rules assume',
  ageAssumed: (who: string, start: string) =>
    `${who}: no birth date, so age rules (such as "nothing for children through age 17") use the age on the first day of the plan year (${start}); a birthday during the year counts only from the next plan year. Give a birth date on the Household step to use the age on the day of the care.`,
  and: (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  englishNote: 'These notes come from the plan’s rules and are in English.',
} as const;

/** The plan library's one-claim calculator: the fields issue 17 added (messages/library), in the language on screen. */
export const CALC_TEXT = {
  get genericPrice() { return m.calc_generic_price(); },
  get setting() { return m.calc_setting(); },
  get settings(): Record<OfficeSetting, string> {
    return { specialist_office: m.calc_setting_specialist(), primary_care_office: m.calc_setting_primary(), mental_health_office: m.calc_setting_mental() };
  },
  get assumed() { return m.calc_assumed(); },
};
