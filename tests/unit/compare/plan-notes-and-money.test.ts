import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountProblems } from '../../../src-shared/account-money';
import { CompareRequest } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { formatZodIssues } from '../../../src-shared/zod-issues';
import { compareHousehold } from '../../../src-main/compare';
import { tables } from './fixtures';

// Issue 17: the engine's warnings and assumptions reach the comparison, plan by plan, for the care the
// household can have; and the money a counselor types (employer HSA/HRA money, the tax rate) is refused in
// plain words naming the field when it is below zero, above the IRS limit for HSA money, or out of range.

const fehb = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const HIGH = 'fehb-kpco-2022-high';
const STANDARD = 'fehb-kpco-2022-standard';
const employee = { id: 'e', relationship: 'employee' as const, age: 40 };

describe('warnings and assumptions per plan', () => {
  it('a household with routine eye exams and a breast pump: each plan says how it reads them (5(a), 5(a) DME)', () => {
    const result = compareHousehold(
      fehb,
      {
        household: { members: [{ ...employee, usage: { preset: 'none', counts: { routine_eye_exam: 1, breast_pump: 1 } } }] },
        planIds: [HIGH],
        priority: 'lowest_expected',
        simulations: 200,
      },
      tables,
    );
    expect(result.plans[0]?.warnings).toEqual([]);
    expect(result.plans[0]?.assumptions).toEqual([
      'Routine eye exam (for glasses) without a "setting" is priced as a specialty care office visit, the costlier reading: "$30 per specialty care office visit" (as a primary care office visit: "$20 per primary care office visit").',
      'Breast pump, retail grade, and supplies: "One breastfeeding pump and supplies per delivery": a claim list does not show deliveries, so every pump claimed is priced as the one of its delivery.',
    ]);
  });

  it('a household with no such care: no plan-level assumptions', () => {
    const result = compareHousehold(
      fehb,
      {
        household: { members: [{ ...employee, usage: { preset: 'none', counts: { pcp_visit: 2 } } }] },
        planIds: [HIGH],
        priority: 'lowest_expected',
        simulations: 200,
      },
      tables,
    );
    expect(result.plans[0]?.assumptions).toEqual([]);
  });

  it('2023 priced with 2022 plans: each plan warns "2023 priced with the 2022 rules; the 2023 plan is not in the catalog"', () => {
    const result = compareHousehold(
      fehb,
      {
        household: { members: [{ ...employee, usage: { preset: 'low' } }] },
        planIds: [HIGH, STANDARD],
        planYearStart: '2023-01-01',
        priority: 'lowest_expected',
        simulations: 200,
      },
      tables,
    );
    for (const p of result.plans) expect(p.warnings).toEqual(['2023 priced with the 2022 rules; the 2023 plan is not in the catalog']);
  });
});

describe('employer HSA money above the IRS limit (2022: $3,650 self-only, $7,300 family; $1,000 more at 55 or older)', () => {
  const plans = [{ id: HIGH, name: 'High Option', planYearStart: '2022-01-01', planYearEnd: '2022-12-31' }];
  const household = (
    members: { relationship: string; age?: number; birthDate?: string; events?: { type: string; dueDate: string }[] }[],
    cents: number,
    kind: 'hsa' | 'hra' = 'hsa',
  ) => ({
    members,
    accountCentsByPlan: { [HIGH]: cents },
    accountTypeByPlan: { [HIGH]: kind },
  });
  const one = [{ relationship: 'employee', age: 40 }];
  const two = [
    { relationship: 'employee', age: 40 },
    { relationship: 'spouse', age: 38 },
  ];

  it('self-only: $3,650 is allowed, $3,650.01 is refused naming the field', () => {
    expect(accountProblems(household(one, 365_000), plans)).toEqual([]);
    expect(accountProblems(household(one, 365_001), plans)).toEqual([
      {
        path: `household.accountCentsByPlan.${HIGH}`,
        planId: HIGH,
        message:
          'employer HSA money for High Option: $3,650.01 is more than the IRS allows in an HSA for 2022 ($3,650 for self-only coverage, IRS Rev. Proc. 2021-25). Check the amount, or choose HRA if it is HRA money (an HRA has no such limit).',
      },
    ]);
  });
  it('family: $7,300 allowed, $7,500 refused; a baby due in the plan year makes a single employee family coverage', () => {
    expect(accountProblems(household(two, 730_000), plans)).toEqual([]);
    expect(accountProblems(household(two, 750_000), plans)).toHaveLength(1);
    expect(accountProblems(household([{ relationship: 'employee', age: 30, events: [{ type: 'baby', dueDate: '2022-08-01' }] }], 700_000), plans)).toEqual([]);
  });
  it('the catch-up at 55: a 55-year-old (or 54 on January 1, who may turn 55 in the year) may get $4,650 self-only; a 53-year-old may not', () => {
    expect(accountProblems(household([{ relationship: 'employee', age: 55 }], 465_000), plans)).toEqual([]);
    expect(accountProblems(household([{ relationship: 'employee', age: 54 }], 465_000), plans)).toEqual([]);
    expect(accountProblems(household([{ relationship: 'employee', age: 53 }], 465_000), plans)).toHaveLength(1);
    expect(accountProblems(household([{ relationship: 'employee', birthDate: '1967-12-31' }], 465_000), plans)).toEqual([]);
    expect(accountProblems(household([{ relationship: 'employee', birthDate: '1968-01-01' }], 465_000), plans)).toHaveLength(1);
  });
  it('HRA money has no IRS contribution limit', () => {
    expect(accountProblems(household(one, 2_000_000, 'hra'), plans)).toEqual([]);
  });
  it('the comparison refuses it with the same words (IPC error envelope and command line alike)', () => {
    const request = {
      household: { members: [employee], accountCentsByPlan: { [HIGH]: 500_000 }, accountTypeByPlan: { [HIGH]: 'hsa' as const } },
      planIds: [HIGH],
      priority: 'lowest_expected' as const,
      simulations: 100,
    };
    expect(() => compareHousehold(fehb, request, tables)).toThrow(
      `Employer account money: request.household.accountCentsByPlan.${HIGH}: employer HSA money for ${'Kaiser Permanente - Colorado (FEHB) High Option'}: $5,000 is more than the IRS allows in an HSA for 2022`,
    );
    expect(() =>
      compareHousehold(fehb, { ...request, household: { ...request.household, accountTypeByPlan: { [HIGH]: 'hra' as const } } }, tables),
    ).not.toThrow();
  });
});

describe('money and tax rate out of range: plain words naming the field (the schema every layer parses with)', () => {
  const issues = (household: object) => {
    const r = CompareRequest.safeParse({ household: { members: [employee], ...household }, priority: 'balanced' });
    return r.success ? [] : formatZodIssues(r.error, 'request');
  };
  it('a tax rate above 60 or below zero', () => {
    expect(issues({ taxRatePercent: 75 })).toEqual([
      'request.household.taxRatePercent: a tax rate of 75% is above 60%: enter a percent from 0 to 60 (the marginal rate: federal, state and payroll tax on the next dollar earned), or leave it empty',
    ]);
    expect(issues({ taxRatePercent: -1 })).toEqual([
      'request.household.taxRatePercent: a tax rate of -1% is below zero: enter a percent from 0 to 60 (the marginal rate: federal, state and payroll tax on the next dollar earned), or leave it empty',
    ]);
  });
  it('employer account money below zero', () => {
    expect(issues({ accountCentsByPlan: { [HIGH]: -5000 } })).toEqual([
      `request.household.accountCentsByPlan.${HIGH}: the employer HSA or HRA money cannot be below zero (got -$50.00): enter an amount in dollars, 0 or more, or leave it empty`,
    ]);
  });
});
