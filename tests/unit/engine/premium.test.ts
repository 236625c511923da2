import { describe, expect, it } from 'vitest';
import { UNKNOWN_PREMIUM_MESSAGE, annualPremium, compilePlan, enrollmentTypeFor, priceClaims } from '../../../src-main/engine';
import { family, testPlan } from './fixtures';
import { loadKpPlans } from './real-plans';

// Premiums: biweekly employee share × 26 (FEHB pays biweekly), from the 2022 rate table.

const kp = loadKpPlans();

describe('enrollment type from the size of the household', () => {
  it.each([
    [1, 'self_only'],
    [2, 'self_plus_one'],
    [3, 'self_and_family'],
    [5, 'self_and_family'],
  ] as const)('%i member(s) → %s', (n, type) => {
    expect(enrollmentTypeFor(n)).toBe(type);
  });
});

describe('annual employee premium (rate table, biweekly × 26)', () => {
  it('High Option Self Only (651): $111.86 biweekly → $2,908.36 a year', () => {
    expect(annualPremium(kp.high, 'self_only')).toEqual({
      known: true,
      enrollmentType: 'self_only',
      code: '651',
      biweeklyEmployeeCents: 11186,
      annualEmployeeCents: 290836,
    });
  });

  it('High Option Self Plus One (653, $281.56) costs more than Self and Family (652, $232.06)', () => {
    const plusOne = annualPremium(kp.high, 'self_plus_one');
    const familyPremium = annualPremium(kp.high, 'self_and_family');
    expect(plusOne.known && plusOne.annualEmployeeCents).toBe(28156 * 26);
    expect(familyPremium.known && familyPremium.annualEmployeeCents).toBe(23206 * 26);
  });

  it('Standard Option Self Plus One (656) and Self and Family (655): both $171.89 → $4,469.14', () => {
    expect(annualPremium(kp.standard, 'self_plus_one')).toMatchObject({ code: '656', annualEmployeeCents: 446914 });
    expect(annualPremium(kp.standard, 'self_and_family')).toMatchObject({ code: '655', annualEmployeeCents: 446914 });
  });

  it('Prosper Self and Family (N42): $110.74 → $2,879.24', () => {
    expect(annualPremium(kp.prosper, 'self_and_family')).toMatchObject({ known: true, code: 'N42', annualEmployeeCents: 287924 });
  });

  it('an unknown premium is reported as unknown, never as $0', () => {
    expect(annualPremium(testPlan(), 'self_and_family')).toEqual({
      known: false,
      enrollmentType: 'self_and_family',
      code: 'T3',
      message: UNKNOWN_PREMIUM_MESSAGE,
    });
    expect(UNKNOWN_PREMIUM_MESSAGE).toBe('premium not in the source document — enter it');
  });

  it('an enrollment type the plan does not list is unknown with no code', () => {
    const plan = testPlan({ enrollment: [] });
    expect(annualPremium(plan, 'self_only')).toMatchObject({ known: false, code: null });
  });

  it("priceClaims reports the premium of the household's enrollment type beside the totals", () => {
    const plan = compilePlan(testPlan());
    expect(priceClaims(plan, family(2), []).premium).toMatchObject({ known: true, code: 'T2', annualEmployeeCents: 52000 });
    expect(priceClaims(plan, family(3), []).premium).toMatchObject({ known: false, code: 'T3' });
    expect(priceClaims(plan, family(3), []).totals.memberPaysCents).toBe(0);
  });
});
