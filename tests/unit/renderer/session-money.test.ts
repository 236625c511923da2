import { describe, expect, it } from 'vitest';
import { CompareRequest } from '../../../src-shared/household-schema';
import {
  accountCentsInput,
  accountKindsInput,
  dollarsFromCents,
  isDollarAmount,
  priceOverridesInput,
  typedDollars,
  withAmount,
} from '../../../src-renderer/src/lib/session-money';

// The household step's employer account money and the care step's prices: dollars as the counselor types
// them, integer cents in the request, and back again when a saved session is opened.

const field = (value: string, valueAsNumber = Number(value === '' ? Number.NaN : value), badInput = false) => ({
  value,
  valueAsNumber,
  validity: { badInput },
});

describe('employer HSA/HRA money per plan', () => {
  it('turns typed dollars into cents for each plan of the plan set', () => {
    expect(accountCentsInput({ prosper: 750, high: 1000.5 }, ['high', 'prosper', 'standard'])).toEqual({ prosper: 75_000, high: 100_050 });
  });

  it('treats an empty field and $0 alike: the plan has no account money', () => {
    expect(accountCentsInput({ prosper: 0 }, ['prosper'])).toEqual({});
    expect(accountCentsInput({}, ['prosper'])).toEqual({});
  });

  it('leaves out a plan that is no longer in the plan set', () => {
    expect(accountCentsInput({ 'district-plan': 500 }, ['prosper'])).toEqual({});
  });

  it('passes a bad amount on, so the schema names the field instead of pricing it as no money', () => {
    const accounts = accountCentsInput({ prosper: Number.NaN, high: -5 }, ['prosper', 'high']);
    expect(accounts.high).toBe(-500);
    expect(Number.isNaN(accounts.prosper)).toBe(true);
    const parsed = CompareRequest.safeParse({
      household: { members: [{ id: 'a', relationship: 'employee', age: 40 }], accountCentsByPlan: accounts },
      priority: 'lowest_expected',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['household.accountCentsByPlan.high', 'household.accountCentsByPlan.prosper']);
  });
});

describe('prices for this session', () => {
  it('turns typed dollars into cents, rounding to the cent', () => {
    expect(priceOverridesInput({ advanced_imaging: 900, pcp_visit: 120.456 })).toEqual({ advanced_imaging: 90_000, pcp_visit: 12_046 });
  });

  it('keeps a $0 price: care that costs nothing is a price, not "use the default"', () => {
    expect(priceOverridesInput({ telehealth_visit: 0 })).toEqual({ telehealth_visit: 0 });
  });

  it('passes a non-number on as NaN for the schema to refuse', () => {
    expect(Number.isNaN(priceOverridesInput({ xray: Number.NaN }).xray)).toBe(true);
  });
});

describe('opening a saved session', () => {
  it('gives back the dollars that were typed', () => {
    const typed = { advanced_imaging: 900, pcp_visit: 120.45, telehealth_visit: 0 };
    expect(dollarsFromCents(priceOverridesInput(typed))).toEqual(typed);
    expect(dollarsFromCents(accountCentsInput({ prosper: 750.25 }, ['prosper']))).toEqual({ prosper: 750.25 });
  });

  it('gives an empty form for a session saved without them', () => {
    expect(dollarsFromCents(undefined)).toEqual({});
  });
});

describe('reading a dollar field', () => {
  it('an empty field is null (the default, or no account money)', () => {
    expect(typedDollars(field(''))).toBeNull();
  });

  it('a number is that number of dollars', () => {
    expect(typedDollars(field('837.60'))).toBe(837.6);
  });

  it('text a number field cannot read is NaN, not empty', () => {
    expect(Number.isNaN(typedDollars(field('', Number.NaN, true)) as number)).toBe(true);
  });

  it('an amount is valid from $0 up; negative or not a number is not', () => {
    expect([0, 12.5].map(isDollarAmount)).toEqual([true, true]);
    expect([-1, Number.NaN, Number.POSITIVE_INFINITY, undefined].map(isDollarAmount)).toEqual([false, false, false, false]);
  });
});

describe('changing one amount', () => {
  it('sets it, replaces it, and removes it when the field is emptied, leaving the others and the original alone', () => {
    const start = { xray: 100 };
    const set = withAmount<string>(start, 'pcp_visit', 120);
    expect(set).toEqual({ xray: 100, pcp_visit: 120 });
    expect(withAmount<string>(set, 'pcp_visit', 0)).toEqual({ xray: 100, pcp_visit: 0 });
    expect(withAmount<string>(set, 'xray', null)).toEqual({ pcp_visit: 120 });
    expect(start).toEqual({ xray: 100 });
  });
});

describe('HSA or HRA, per plan with account money (issue 17)', () => {
  it("sends the counselor's choice for each plan with an amount, HSA where none was made (the form shows HSA chosen)", () => {
    expect(accountKindsInput({ a: 50000, b: 20000 }, { b: 'hra', c: 'hra' })).toEqual({ a: 'hsa', b: 'hra' });
  });
});
