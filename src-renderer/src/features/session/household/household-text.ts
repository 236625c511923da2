import { m } from '../../../../../src-shared/i18n';
import { formatNumber } from '../../../../../src-shared/money';
import { longDate } from '../../../../../src-shared/i18n/terms';
import type { MemberCondition } from '../../../../../src-shared/services';
import type { AccountKind } from '../../../../../src-shared/account-money';
import { language } from '../../../state/language.svelte';

// The Household step's composed words (birth dates, conditions that lift visit limits, the kind of
// employer account money, the tax rate's range), from the message catalog (messages/household) in the
// language on screen: each getter reads the session's language, so a template re-renders when it changes.

// English keeps the ISO date it always showed ("2022-01-01"); Spanish writes it out ("1 de enero de 2022").
const date = (iso: string): string => (language.current === 'en' ? iso : longDate(iso, language.current));

export const HOUSEHOLD_TEXT = {
  /** A plan-year date as this step shows it. */
  shownDate: date,
  get birthDateLabel() {
    return m.hh_birth_date();
  },
  get birthDateOptional() {
    return m.hh_birth_date_optional();
  },
  get birthDateHint() {
    return m.hh_birth_date_hint();
  },
  ageFromBirthDate: (age: number, start: string) => m.hh_age_from_birth({ age, date: date(start) }),
  ageAssumed: (start: string) => m.hh_age_assumed({ date: date(start) }),
  birthDateAfterStart: (start: string) => m.hh_birth_after_start({ date: date(start) }),
  get birthDateTooOld() {
    return m.hh_birth_too_old();
  },
  get birthDateNoPlanYear() {
    return m.hh_birth_no_plan_year();
  },
  get conditionsLegend() {
    return m.hh_conditions();
  },
  get conditionsHelp() {
    return m.hh_conditions_help();
  },
  condition: (c: MemberCondition): string => (c === 'autism_spectrum_disorder' ? m.hh_condition_autism() : m.hh_condition_cleft()),
  taxRateBad: (value: number) =>
    Number.isFinite(value) ? m.hh_tax_rate_out_of_range({ value: formatNumber(value, language.current) }) : m.hh_tax_rate_not_number(),
  accountKindLabel: (plan: string) => m.hh_account_kind_label({ plan }),
  get accountKinds(): Record<AccountKind, string> {
    return { hsa: m.hh_account_kind_hsa(), hra: m.hh_account_kind_hra() };
  },
  get accountBelowZero() {
    return m.hh_account_below_zero();
  },
  get accountNotANumber() {
    return m.hh_account_not_number();
  },
  get accountKindHelp() {
    return m.hh_accounts_kinds_help();
  },
  /** HSA money over the IRS limit, in the language on screen (the comparison's own refusal stays its English). */
  accountOverLimit: (plan: string, amount: string, year: string) => m.hh_account_over_limit({ plan, amount, year }),
};
