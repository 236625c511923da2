import { formatCents } from './money';

// Employer money in a health account, per plan: an HSA (health savings account) or an HRA (health
// reimbursement arrangement). The IRS limits what may be put in an HSA in a year, counting the employer's
// money; an HRA has no such limit. Checked when a comparison is asked for and beside the form's fields,
// not in the stored schema (a session saved before this check still opens).

export const ACCOUNT_KINDS = ['hsa', 'hra'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * The IRS HSA contribution limits by calendar year, in cents: self-only and family coverage, and the
 * catch-up a holder aged 55 or older may add. Rev. Proc. 2020-32 (2021), Rev. Proc. 2021-25 (2022),
 * Rev. Proc. 2022-24 (2023), section 223(b) of the Internal Revenue Code (the $1,000 catch-up).
 */
export const HSA_LIMITS: Readonly<Record<number, { selfOnlyCents: number; familyCents: number; source: string }>> = {
  2021: { selfOnlyCents: 360_000, familyCents: 720_000, source: 'IRS Rev. Proc. 2020-32' },
  2022: { selfOnlyCents: 365_000, familyCents: 730_000, source: 'IRS Rev. Proc. 2021-25' },
  2023: { selfOnlyCents: 385_000, familyCents: 775_000, source: 'IRS Rev. Proc. 2022-24' },
};
export const HSA_CATCH_UP_CENTS = 100_000;

export interface AccountPlan {
  id: string;
  /** How the plan is called on screen. */
  name: string;
  /** First day of the plan year priced (YYYY-MM-DD): its calendar year picks the IRS limit. */
  planYearStart: string;
  planYearEnd: string;
}

export interface AccountHousehold {
  members: readonly {
    relationship: string;
    age?: number | null | undefined;
    birthDate?: string | undefined;
    events?: readonly { type: string; dueDate?: string }[];
  }[];
  accountCentsByPlan?: Readonly<Record<string, number>> | undefined;
  accountTypeByPlan?: Readonly<Record<string, AccountKind>> | undefined;
}

export interface AccountProblem {
  /** The field, as the request names it: household.accountCentsByPlan.<plan id>. */
  path: string;
  planId: string;
  message: string;
}

const usd = (cents: number): string => formatCents(cents, cents % 100 === 0);

/**
 * Whether the employee (the account holder) is 55 by December 31 of `year`, when the catch-up applies.
 * Known by age only (the age on the first day of the plan year), a 54-year-old may turn 55 in the year: the
 * catch-up is let in rather than refuse money that may be right.
 */
function mayBe55(employee: AccountHousehold['members'][number] | undefined, year: number): boolean {
  if (!employee) return false;
  if (employee.birthDate !== undefined) return Number(employee.birthDate.slice(0, 4)) + 55 <= year;
  // The age on the plan year's first day: by December 31 of that year it is that or one more.
  return (employee.age ?? 0) + 1 >= 55;
}

/**
 * HSA money above the year's IRS limit: self-only for a household of one, family for two or more (or
 * when a baby is due inside the plan year, so the coverage is family by its end), plus the catch-up when
 * the employee is (or may be) 55 by December 31.
 */
export function accountProblems(household: AccountHousehold, plans: readonly AccountPlan[]): AccountProblem[] {
  const out: AccountProblem[] = [];
  const employee = household.members.find((m) => m.relationship === 'employee');
  for (const plan of plans) {
    const cents = household.accountCentsByPlan?.[plan.id];
    if (cents === undefined || !Number.isFinite(cents) || cents <= 0) continue;
    if (household.accountTypeByPlan?.[plan.id] !== 'hsa') continue;
    const year = Number(plan.planYearStart.slice(0, 4));
    const limits = HSA_LIMITS[year];
    if (!limits) continue;
    const babyInYear = household.members.some((m) =>
      (m.events ?? []).some((e) => e.type === 'baby' && e.dueDate !== undefined && e.dueDate >= plan.planYearStart && e.dueDate <= plan.planYearEnd),
    );
    const family = household.members.length > 1 || babyInYear;
    const base = family ? limits.familyCents : limits.selfOnlyCents;
    const employeeMayBe55 = mayBe55(employee, year);
    const limit = base + (employeeMayBe55 ? HSA_CATCH_UP_CENTS : 0);
    if (cents <= limit) continue;
    const coverage = family ? 'family coverage' : 'self-only coverage';
    out.push({
      path: `household.accountCentsByPlan.${plan.id}`,
      planId: plan.id,
      message:
        `employer HSA money for ${plan.name}: ${usd(cents)} is more than the IRS allows in an HSA for ${year} ` +
        `(${usd(base)} for ${coverage}${employeeMayBe55 ? `, plus the ${usd(HSA_CATCH_UP_CENTS)} catch-up at 55 or older` : ''}, ${limits.source}). ` +
        'Check the amount, or choose HRA if it is HRA money (an HRA has no such limit).',
    });
  }
  return out;
}
