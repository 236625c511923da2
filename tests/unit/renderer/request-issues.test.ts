import { describe, expect, it } from 'vitest';
import { CompareRequest } from '../../../src-shared/household-schema';
import { describeIssues } from '../../../src-renderer/src/state/request-issues';

// What the household screen says when the inputs cannot be priced yet: the person and the field in
// plain words, not a schema path.

function issuesFor(members: unknown[]): string[] {
  const parsed = CompareRequest.safeParse({ household: { members }, priority: 'lowest_expected' });
  if (parsed.success) return [];
  return describeIssues(parsed.error, ['Employee', 'Ana (Spouse)', 'Child']);
}

describe('household problems in plain words', () => {
  it('an empty age names the person and asks for an age', () => {
    expect(issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }])).toEqual(['Employee — age: enter a whole number from 0 to 120']);
  });

  it('a half-typed due date names the event', () => {
    const issues = issuesFor([
      { id: 'a', relationship: 'employee', age: 40 },
      { id: 'b', relationship: 'spouse', age: 35, events: [{ type: 'baby', delivery: 'vaginal', dueDate: '' }] },
    ]);
    expect(issues).toEqual(['Ana (Spouse) — life event 1, due date: enter the full date (month, day and year)']);
  });

  it('a household without its employee says so', () => {
    expect(issuesFor([{ id: 'a', relationship: 'spouse', age: 40 }])).toEqual(['Household: expected exactly one employee, found 0']);
  });
});

describe('money problems in plain words', () => {
  const base = { members: [{ id: 'a', relationship: 'employee', age: 40 }] };
  const issues = (household: object): string[] => {
    const parsed = CompareRequest.safeParse({ household: { ...base, ...household }, priority: 'lowest_expected' });
    return parsed.success ? [] : describeIssues(parsed.error, ['Employee'], { 'fehb-kpco-2022-prosper': 'Prosper' });
  };

  it('a negative account amount names the plan by its name', () => {
    expect(issues({ accountCentsByPlan: { 'fehb-kpco-2022-prosper': -500 } })).toEqual([
      'Employer HSA or HRA money for Prosper: enter an amount in dollars, 0 or more, or leave it empty',
    ]);
  });

  it('a price that is not a number names the service', () => {
    expect(issues({ priceOverrides: { advanced_imaging: Number.NaN } })).toEqual([
      'Price of MRI, CT or PET scan (per body part): enter an amount in dollars, 0 or more, or leave it empty',
    ]);
  });

  it('an amount past what the app prices asks for a smaller one', () => {
    expect(issues({ priceOverrides: { xray: 1e12 } })).toEqual(['Price of X-ray or ultrasound: enter a smaller amount']);
  });
});

describe('issue 17: the tax rate and birth dates in plain words', () => {
  const base = { members: [{ id: 'a', relationship: 'employee', age: 40 }] };
  const issues = (household: object): string[] => {
    const parsed = CompareRequest.safeParse({ household: { ...base, ...household }, priority: 'lowest_expected' });
    return parsed.success ? [] : describeIssues(parsed.error, ['Employee']);
  };

  it('a tax rate out of range is named alone ("Tax rate"), not "household, tax rate", and says the range', () => {
    expect(issues({ taxRatePercent: 75 })).toEqual([
      'Tax rate: a tax rate of 75% is above 60%: enter a percent from 0 to 60 (the marginal rate: federal, state and payroll tax on the next dollar earned), or leave it empty',
    ]);
  });

  it('a half-typed birth date names the person and asks for the full date', () => {
    expect(issues({ members: [{ id: 'a', relationship: 'employee', birthDate: '1980-02' }] })).toEqual([
      'Employee — birth date: enter the full date (month, day and year)',
    ]);
  });
});
