import { describe, expect, it } from 'vitest';
import { compilePlan, priceClaims } from '../../../src-main/engine';
import { checkLedgerAddsUp } from './case-runner';
import { ADULT, NOTHING, TEST_SOURCE, coins, copay, family, rule, testPlan, toClaims } from './fixtures';

// Engine rules the 2022 KP brochure does not exercise: copay plus coinsurance, an aggregate (not
// embedded) deductible, rules outside the OOP maximum, plan years that start in July, decimal
// percentages, and how an OOP cut is taken. Made-up plans; figures worked out by hand in cents.

const cpc = (amountCents: number, percent: number, maxPerClaimCents?: number) =>
  maxPerClaimCents === undefined
    ? ({ kind: 'copay_plus_coinsurance', amountCents, unit: 'visit', percent } as const)
    : ({ kind: 'copay_plus_coinsurance', amountCents, unit: 'visit', percent, maxPerClaimCents } as const);

describe('copay plus coinsurance ("$100 copayment plus 10% of our allowance")', () => {
  it('takes the copay first and the percentage on what is left', () => {
    const plan = compilePlan(testPlan({ benefits: { outpatient_hospital: rule(cpc(10000, 10)) } }));
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'outpatient_hospital', allowedCents: 50000 }]));
    expect(r.lines[0]).toMatchObject({ copayCents: 10000, coinsuranceCents: 4000, memberPaysCents: 14000 });
    expect(r.lines[0]?.rule.text).toBe('$100 copay plus 10% of the allowed amount');
  });

  it('after the deductible: deductible, then copay, then 10% of the rest', () => {
    const plan = compilePlan(testPlan({ benefits: { outpatient_hospital: rule(cpc(10000, 10), { afterDeductible: true }) } }));
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'outpatient_hospital', allowedCents: 50000 }]));
    expect(r.lines[0]).toMatchObject({ deductibleCents: 15000, copayCents: 10000, coinsuranceCents: 2500, memberPaysCents: 27500 });
  });

  it('"up to $120 in all" caps the copay and the percentage together', () => {
    const plan = compilePlan(testPlan({ benefits: { outpatient_hospital: rule(cpc(10000, 10, 12000)) } }));
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'outpatient_hospital', allowedCents: 50000 }]));
    expect(r.lines[0]).toMatchObject({ copayCents: 10000, coinsuranceCents: 2000, memberPaysCents: 12000 });
  });
});

describe('aggregate (not embedded) deductible and out-of-pocket maximum', () => {
  const aggregate = compilePlan(
    testPlan({
      deductible: { personCents: 15000, familyCents: 30000, embedded: false },
      oopMax: { personCents: 100000, familyCents: 200000, embedded: false },
      benefits: { advanced_imaging: rule(coins(20), { afterDeductible: true }) },
    }),
  );

  it('a family of three: one member can pay the whole $300 family deductible', () => {
    const members = family(3);
    const claims = toClaims(members, [
      { service: 'advanced_imaging', allowedCents: 50000, member: 'a' },
      { service: 'advanced_imaging', allowedCents: 50000, member: 'b' },
    ]);
    const r = priceClaims(aggregate, members, claims);
    expect(r.lines[0]).toMatchObject({ deductibleCents: 30000, coinsuranceCents: 4000, events: ['family_deductible_met'] });
    expect(r.lines[1]).toMatchObject({ deductibleCents: 0, coinsuranceCents: 10000 });
  });

  it('Self Only: the person amount is the limit', () => {
    const r = priceClaims(aggregate, ADULT, toClaims(ADULT, [{ service: 'advanced_imaging', allowedCents: 50000 }]));
    expect(r.lines[0]).toMatchObject({ deductibleCents: 15000, coinsuranceCents: 7000, events: ['person_deductible_met'] });
  });

  it('a family of two: one member can pay up to the $2,000 family OOP maximum', () => {
    const members = family(2);
    const claims = toClaims(members, [
      { service: 'advanced_imaging', allowedCents: 2000000, member: 'a' },
      { service: 'advanced_imaging', allowedCents: 50000, member: 'b' },
    ]);
    const r = priceClaims(aggregate, members, claims);
    expect(r.lines[0]).toMatchObject({ memberPaysCents: 200000, events: ['family_deductible_met', 'family_oop_met'] });
    expect(r.lines[1]?.memberPaysCents).toBe(0);
  });
});

describe('rules that do not count toward the out-of-pocket maximum', () => {
  const plan = compilePlan(
    testPlan({
      oopMax: { personCents: 20000, familyCents: 40000, embedded: true },
      benefits: {
        dental_preventive: rule(coins(10), { afterDeductible: true, countsTowardOop: false }),
        advanced_imaging: rule(coins(20), { afterDeductible: true }),
        pcp_visit: rule(copay(10000)),
      },
    }),
  );

  it('their deductible part still counts toward the deductible, but nothing counts toward the OOP maximum', () => {
    const claims = toClaims(ADULT, [
      { service: 'dental_preventive', allowedCents: 50000 },
      { service: 'advanced_imaging', allowedCents: 10000 },
    ]);
    const r = priceClaims(plan, ADULT, claims);
    expect(r.lines[0]).toMatchObject({ deductibleCents: 15000, coinsuranceCents: 3500, after: { personDeductibleCents: 15000, personOopCents: 0 } });
    expect(r.lines[1]).toMatchObject({ deductibleCents: 0, coinsuranceCents: 2000 });
  });

  it('they are still charged after the OOP maximum is met', () => {
    const claims = toClaims(ADULT, [
      { service: 'pcp_visit', allowedCents: 50000 },
      { service: 'pcp_visit', allowedCents: 50000 },
      { service: 'pcp_visit', allowedCents: 50000 },
      { service: 'dental_preventive', allowedCents: 50000 },
    ]);
    const r = priceClaims(plan, ADULT, claims);
    expect(r.lines.map((l) => l.memberPaysCents)).toEqual([10000, 10000, 0, 15000 + 3500]);
  });
});

describe('how the OOP cut is taken', () => {
  it('coinsurance first, then copay, then deductible (the last money is forgiven)', () => {
    const plan = compilePlan(
      testPlan({
        oopMax: { personCents: 20000, familyCents: 40000, embedded: true },
        benefits: { outpatient_hospital: rule(cpc(10000, 10), { afterDeductible: true }) },
      }),
    );
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'outpatient_hospital', allowedCents: 50000 }]));
    expect(r.lines[0]).toMatchObject({ deductibleCents: 15000, copayCents: 5000, coinsuranceCents: 0, memberPaysCents: 20000 });
    expect(r.lines[0]?.rule.text).toContain('out-of-pocket maximum reached');
  });

  it('OOP met by copays before the deductible: a deductible claim costs nothing and adds nothing to the deductible', () => {
    const plan = compilePlan(
      testPlan({
        oopMax: { personCents: 5000, familyCents: 10000, embedded: true },
        benefits: { pcp_visit: rule(copay(3000)), advanced_imaging: rule(coins(20), { afterDeductible: true }) },
      }),
    );
    const claims = toClaims(ADULT, [
      { service: 'pcp_visit', allowedCents: 9000 },
      { service: 'pcp_visit', allowedCents: 9000 },
      { service: 'advanced_imaging', allowedCents: 50000 },
    ]);
    const r = priceClaims(plan, ADULT, claims);
    expect(r.lines.map((l) => l.memberPaysCents)).toEqual([3000, 2000, 0]);
    expect(r.lines[2]?.after.personDeductibleCents).toBe(0);
  });
});

describe('plan years', () => {
  const july = compilePlan(
    testPlan({ planYearStart: '2021-07-01', planYearEnd: '2022-06-30', benefits: { advanced_imaging: rule(coins(20), { afterDeductible: true }) } }),
  );

  it('a July 1 plan year resets the deductible on July 1 and labels each year by its days', () => {
    const claims = toClaims(ADULT, [
      { service: 'advanced_imaging', allowedCents: 50000, date: '2022-06-30' },
      { service: 'advanced_imaging', allowedCents: 50000, date: '2022-07-01' },
    ]);
    const r = priceClaims(july, ADULT, claims);
    expect(r.lines.map((l) => [l.planYear, l.deductibleCents])).toEqual([
      ['2021-07-01…2022-06-30', 15000],
      ['2022-07-01…2023-06-30', 15000],
    ]);
  });

  it("a claim in the plan year after the plan's own is priced with its rules, in a plan year of its own, with a warning", () => {
    const plan = compilePlan(testPlan({ benefits: { advanced_imaging: rule(coins(20), { afterDeductible: true }) } }));
    const claims = toClaims(ADULT, [
      { service: 'advanced_imaging', allowedCents: 50000, date: '2022-12-31' },
      { service: 'advanced_imaging', allowedCents: 50000, date: '2023-01-01' },
    ]);
    const r = priceClaims(plan, ADULT, claims);
    expect(r.lines.map((l) => [l.planYear, l.deductibleCents])).toEqual([
      ['2022', 15000],
      ['2023', 15000],
    ]);
    expect(r.warnings).toEqual(['2023 priced with the 2022 rules; the 2023 plan is not in the catalog']);
    expect(priceClaims(plan, ADULT, [claims[0]!]).warnings).toEqual([]);
  });

  it('a July plan year: the warning names the plan years by their days', () => {
    const r = priceClaims(july, ADULT, toClaims(ADULT, [{ service: 'pcp_visit', allowedCents: 1000, date: '2022-07-01' }]));
    expect(r.warnings).toEqual(['2022-07-01…2023-06-30 priced with the 2021-07-01…2022-06-30 rules; the 2022-07-01…2023-06-30 plan is not in the catalog']);
  });

  it('an age exception uses the age in each plan year: 64 in the first, 65 in the next', () => {
    const plan = compilePlan(
      testPlan({
        benefits: {
          pcp_visit: rule(copay(2500), {
            exceptions: [{ label: 'nothing for members 65 and older', minAge: 65, costShare: NOTHING, afterDeductible: false }],
          }),
        },
      }),
    );
    const members = [{ id: 'gran', age: 64 }];
    const claims = toClaims(members, [
      { service: 'pcp_visit', allowedCents: 9000, date: '2022-12-31' },
      { service: 'pcp_visit', allowedCents: 9000, date: '2023-01-01' },
    ]);
    expect(priceClaims(plan, members, claims).lines.map((l) => l.memberPaysCents)).toEqual([2500, 0]);
  });
});

describe('arithmetic and defaults', () => {
  it('12.5% of $100.01 is $12.50 and of $100.04 is $12.51 (half up)', () => {
    const plan = compilePlan(testPlan({ benefits: { durable_medical_equipment: rule(coins(12.5)) } }));
    const claims = toClaims(ADULT, [
      { service: 'durable_medical_equipment', allowedCents: 10001 },
      { service: 'durable_medical_equipment', allowedCents: 10004 },
    ]);
    expect(priceClaims(plan, ADULT, claims).lines.map((l) => l.coinsuranceCents)).toEqual([1250, 1251]);
  });

  it('a prescription without channel or supply is 30 days at a Plan pharmacy; 31 days there is 2 copays', () => {
    const plan = compilePlan(testPlan({ benefits: { rx_generic: rule(copay(1500, 'prescription')) } }));
    const claims = toClaims(ADULT, [
      { service: 'rx_generic', allowedCents: 9000 },
      { service: 'rx_generic', allowedCents: 9000, supplyDays: 31 },
    ]);
    expect(priceClaims(plan, ADULT, claims).lines.map((l) => l.copayCents)).toEqual([1500, 3000]);
  });

  it('"admitted" waives only a rule that says so', () => {
    const plan = compilePlan(testPlan({ benefits: { er_visit: rule(copay(5000)) } }));
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'er_visit', allowedCents: 20000, admitted: true }]));
    expect(r.totals.memberPaysCents).toBe(5000);
  });

  it('accepts an uncompiled plan and gives the same result as the compiled one', () => {
    const raw = testPlan({ benefits: { pcp_visit: rule(copay(2500)) } });
    const claims = toClaims(ADULT, [{ service: 'pcp_visit', allowedCents: 9000 }]);
    expect(priceClaims(raw, ADULT, claims)).toEqual(priceClaims(compilePlan(raw), ADULT, claims));
  });

  it('without the ledger: no lines, the same totals, byMember and premium', () => {
    const plan = compilePlan(testPlan({ benefits: { pcp_visit: rule(copay(2500)) } }));
    const members = family(3);
    const claims = toClaims(members, [{ service: 'pcp_visit', allowedCents: 9000, member: 'b' }]);
    const withLedger = priceClaims(plan, members, claims, { ledger: true });
    const without = priceClaims(plan, members, claims, { ledger: false });
    expect(without.lines).toEqual([]);
    expect(without).toEqual({ ...withLedger, lines: [] });
    checkLedgerAddsUp(withLedger);
  });

  it('byMember lists every member, with zeros for those without claims', () => {
    const plan = compilePlan(testPlan());
    const members = family(2);
    const r = priceClaims(plan, members, []);
    expect(Object.keys(r.byMember)).toEqual(['a', 'b']);
    expect(r.byMember.b?.memberPaysCents).toBe(0);
    expect(r.totals.allowedCents).toBe(0);
  });

  it('a member called "__proto__" is an ordinary key of byMember', () => {
    const plan = compilePlan(testPlan({ benefits: { pcp_visit: rule(copay(2500)) } }));
    const members = [{ id: '__proto__', age: 30 }];
    const r = priceClaims(plan, members, toClaims(members, [{ service: 'pcp_visit', allowedCents: 9000 }]));
    expect(Object.hasOwn(r.byMember, '__proto__')).toBe(true);
    expect(r.byMember['__proto__']?.memberPaysCents).toBe(2500);
  });
});

describe("visit limits by purpose, day limits and office settings (plans other than the brochure's)", () => {
  it('without a habilitative limit of its own, habilitative visits share the one visit limit', () => {
    const plan = compilePlan(testPlan({ benefits: { pt_visit: rule(copay(2000), { visitLimitPerYear: 3 }) } }));
    const claims = toClaims(ADULT, [
      { service: 'pt_visit', allowedCents: 9000 },
      { service: 'pt_visit', allowedCents: 9000, purpose: 'habilitative' },
      { service: 'pt_visit', allowedCents: 9000, purpose: 'pulmonary_rehabilitation' },
      { service: 'pt_visit', allowedCents: 9000, purpose: 'habilitative' },
    ]);
    const r = priceClaims(plan, ADULT, claims);
    expect(r.lines.map((l) => l.memberPaysCents)).toEqual([2000, 2000, 2000, 9000]);
    expect(r.lines[3]?.rule.text).toBe('Not covered: the limit of 3 visits per plan year for physical therapy visit is used up; the member pays all charges');
  });

  it('a condition the rule does not name lifts nothing', () => {
    const plan = compilePlan(testPlan({ benefits: { pt_visit: rule(copay(2000), { visitLimitPerYear: 1, noVisitLimitWith: ['autism_spectrum_disorder'] }) } }));
    const members = [{ id: 'mia', age: 4, conditions: ['cleft_lip_palate' as const] }];
    const r = priceClaims(
      plan,
      members,
      toClaims(members, [
        { service: 'pt_visit', allowedCents: 9000 },
        { service: 'pt_visit', allowedCents: 9000 },
      ]),
    );
    expect(r.totals.memberPaysCents).toBe(2000 + 9000);
  });

  it('the days past a day limit carry their share of the allowed amount, half up to the cent', () => {
    const plan = compilePlan(testPlan({ benefits: { skilled_nursing_day: rule(coins(10), { dayLimit: { days: 2, per: 'plan_year' } }) } }));
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'skilled_nursing_day', allowedCents: 100001, days: 3 }]));
    // 1 of 3 days past the limit: $333.34 (333.336… rounds up); 10% of the other $666.67 is $66.67.
    expect(r.lines[0]).toMatchObject({ notCoveredCents: 33334, coinsuranceCents: 6667, memberPaysCents: 40001 });
    expect(r.lines[0]?.after.personOopCents).toBe(6667);
  });

  it('a per-day copay counts only the days still covered', () => {
    const plan = compilePlan(testPlan({ benefits: { skilled_nursing_day: rule(copay(1000, 'day'), { dayLimit: { days: 5, per: 'plan_year' } }) } }));
    const r = priceClaims(plan, ADULT, toClaims(ADULT, [{ service: 'skilled_nursing_day', allowedCents: 80000, days: 8 }]));
    expect(r.lines[0]).toMatchObject({ copayCents: 5000, notCoveredCents: 30000 });
    expect(r.lines[0]?.rule.text).toBe('$10 copay per day (5 days); 3 of the 8 days are past the limit of 5 days per plan year and not covered ($300)');
  });

  it("an office setting's rule replaces the rule and its age exceptions; other settings keep the rule", () => {
    const plan = compilePlan(
      testPlan({
        benefits: {
          office_procedure: rule(coins(20), {
            exceptions: [{ label: 'nothing for children', maxAge: 17, costShare: NOTHING, afterDeductible: false }],
            settings: {
              primary_care_office: {
                label: 'in a primary care office',
                costShare: copay(500),
                afterDeductible: false,
                source: { ...TEST_SOURCE, row: 'pcp row' },
              },
            },
          }),
        },
      }),
    );
    const members = [{ id: 'kid', age: 10 }];
    const claims = toClaims(members, [
      { service: 'office_procedure', allowedCents: 10000, setting: 'primary_care_office' },
      { service: 'office_procedure', allowedCents: 10000, setting: 'mental_health_office' },
    ]);
    const r = priceClaims(plan, members, claims);
    expect(r.lines.map((l) => l.memberPaysCents)).toEqual([500, 0]);
    expect(r.lines[0]?.rule).toMatchObject({
      text: '$5 copay per procedure during an office visit (in a primary care office)',
      source: { row: 'pcp row' },
      decidedBy: ['office_setting'],
    });
    expect(r.lines[1]?.rule.decidedBy).toEqual(['age_exception']);
  });
});
