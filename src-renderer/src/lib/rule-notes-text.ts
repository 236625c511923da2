import { getLocale, m } from '../../../src-shared/i18n';
import { longDate } from '../../../src-shared/i18n/terms';
import type { LedgerException } from '../../../src-shared/pricing-schema';
import type { OfficeSetting } from '../../../src-shared/services';

// The words issue 17 added to Compare and Explain: what decided a ledger line besides its rule, and the
// headings of a plan's warnings and assumptions, from the message catalog (messages/notes) in the language
// on screen (getters, so a template re-renders on the switch). The warnings and assumptions themselves
// come from the engine in English; PlanRuleNotes says each in the language on screen when it reads
// (src-shared/i18n/engine-text.ts) and shows the rest (a plan file's own words) marked lang="en".

export const DECIDED_BY: Record<LedgerException, string> = {
  get age_exception() {
    return m.decided_age_exception();
  },
  get birthday() {
    return m.decided_birthday();
  },
  get admission() {
    return m.decided_admission();
  },
  get autism_spectrum_disorder() {
    return m.decided_autism_spectrum_disorder();
  },
  get cleft_lip_palate() {
    return m.decided_cleft_lip_palate();
  },
  get office_setting() {
    return m.decided_office_setting();
  },
  get visit_limit() {
    return m.decided_visit_limit();
  },
  get day_limit() {
    return m.decided_day_limit();
  },
  get brand_requested() {
    return m.decided_brand_requested();
  },
  get network() {
    return m.decided_network();
  },
  get plan_pays_limit() {
    return m.decided_plan_pays_limit();
  },
  get precertification() {
    return m.decided_precertification();
  },
};

export const DECIDED_BY_HINT: Record<LedgerException, string> = {
  get age_exception() {
    return m.decided_hint_age_exception();
  },
  get birthday() {
    return m.decided_hint_birthday();
  },
  get admission() {
    return m.decided_hint_admission();
  },
  get autism_spectrum_disorder() {
    return m.decided_hint_autism_spectrum_disorder();
  },
  get cleft_lip_palate() {
    return m.decided_hint_cleft_lip_palate();
  },
  get office_setting() {
    return m.decided_hint_office_setting();
  },
  get visit_limit() {
    return m.decided_hint_visit_limit();
  },
  get day_limit() {
    return m.decided_hint_day_limit();
  },
  get brand_requested() {
    return m.decided_hint_brand_requested();
  },
  get network() {
    return m.decided_hint_network();
  },
  get plan_pays_limit() {
    return m.decided_hint_plan_pays_limit();
  },
  get precertification() {
    return m.decided_hint_precertification();
  },
};

export const RULE_NOTES_TEXT = {
  get heading() {
    return m.notes_heading();
  },
  warningsOf: (plan: string) => m.notes_warnings_of({ plan }),
  assumptionsOf: (plan: string) => m.notes_assumptions_of({ plan }),
  get explainHeading() {
    return m.notes_explain_heading();
  },
  /** English keeps the ISO date it always showed ("2022-01-01"); Spanish writes it out. */
  ageAssumed: (who: string, start: string) => m.notes_age_assumed({ who, date: getLocale() === 'en' ? start : longDate(start, getLocale()) }),
  and: (items: readonly string[]) => (items.length <= 1 ? items.join('') : m.notes_and({ a: items.slice(0, -1).join(', '), b: items.at(-1) ?? '' })),
  get englishNote() {
    return m.notes_english();
  },
};

/** The plan library's one-claim calculator: the fields issue 17 added (messages/library), in the language on screen. */
export const CALC_TEXT = {
  get genericPrice() {
    return m.calc_generic_price();
  },
  get setting() {
    return m.calc_setting();
  },
  get settings(): Record<OfficeSetting, string> {
    return { specialist_office: m.calc_setting_specialist(), primary_care_office: m.calc_setting_primary(), mental_health_office: m.calc_setting_mental() };
  },
  get assumed() {
    return m.calc_assumed();
  },
};
