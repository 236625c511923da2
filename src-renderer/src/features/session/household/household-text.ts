import { CONDITION_LABELS, type MemberCondition } from '../../../../../src-shared/services';
import type { AccountKind } from '../../../../../src-shared/account-money';

// The words the Household step added for issue 17 (birth dates, conditions that lift visit limits, the
// kind of employer account money, the tax rate's range), in one place for the translation (issue 16).

export const HOUSEHOLD_TEXT = {
  birthDateLabel: 'Birth date',
  birthDateOptional: '(optional, instead of the age)',
  birthDateHint: 'With a birth date, each age rule uses the age on the day of the care (a child who turns 18 in June pays the adult copay from June). It is saved like the name, and erased with the session on a kiosk.',
  ageFromBirthDate: (age: number, start: string) => `${age} on ${start}, from the birth date`,
  ageAssumed: (start: string) => `Age on ${start}, the first day of the plan year: a birthday during the year counts from the next one.`,
  birthDateAfterStart: (start: string) =>
    `This birth date is after the plan year starts (${start}). A baby born during the plan year is entered as "Having a baby" on the parent who gives birth (Care step).`,
  birthDateTooOld: 'This birth date gives an age over 120: check the year.',
  birthDateNoPlanYear: 'Choose the plan year on the Start step first: the age follows from the birth date and the plan year.',
  conditionsLegend: 'Conditions that lift therapy visit limits',
  conditionsHelp: 'Each therapy is limited to 20 visits a year of each kind, except with these (brochure 5(a)).',
  condition: (c: MemberCondition): string =>
    c === 'autism_spectrum_disorder'
      ? `Autism spectrum disorder: no visit limits for physical, occupational or speech therapy`
      : `Cleft lip or cleft palate: no visit limit for speech therapy`,
  conditionName: (c: MemberCondition): string => CONDITION_LABELS[c],
  taxRateBad: (value: number) =>
    Number.isFinite(value)
      ? `${value}% is outside 0 to 60. Enter the marginal rate (federal, state and payroll tax on the next dollar earned) as a percent from 0 to 60, or leave it empty.`
      : 'Enter the tax rate as a number from 0 to 60, or leave it empty.',
  accountKindLabel: (plan: string) => `Kind of account for ${plan}`,
  accountKinds: {
    hsa: 'HSA (health savings account: the IRS limits what goes in a year)',
    hra: 'HRA (health reimbursement arrangement: no IRS limit)',
  } satisfies Record<AccountKind, string>,
  accountBelowZero: 'An amount of money cannot be below zero: enter 0 or more, or leave it empty.',
  accountNotANumber: 'Enter the amount in dollars, for example 500 or 1250.50, or leave it empty.',
  accountKindHelp:
    'An HSA is the employee’s own savings account: the IRS limits what may be put in it in a year (2022: $3,650 for self-only coverage, $7,300 for family coverage, $1,000 more at 55 or older). An HRA is the employer’s: no such limit.',
} as const;
