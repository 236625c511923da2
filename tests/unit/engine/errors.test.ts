import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import { Claim as ClaimSchema, EngineMember as EngineMemberSchema } from '../../../src-shared/claims-schema';
import { missingForPricing } from '../../../src-shared/plan-completeness';
import { PlanFile } from '../../../src-shared/plan-schema';
import {
  EngineError,
  compilePlan,
  createFastClaims,
  createFastHousehold,
  enrollmentTypeFor,
  priceClaims,
  priceTotalsFast,
  serviceIndex,
} from '../../../src-main/engine';
import { ADULT, coins, copay, rule, testPlan } from './fixtures';

// Every refusal names its code and the field a person would look up.

const plan = compilePlan(testPlan());
const good: Claim = { member: 'self', date: '2022-03-01', service: 'pcp_visit', allowedCents: 10000 };

function refusal(run: () => unknown): EngineError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error('expected an EngineError, nothing was thrown');
}

function refuseClaim(bad: Record<string, unknown>, at = 1, members: EngineMember[] = ADULT): EngineError {
  const claims = [good, { ...good, ...bad }] as Claim[];
  if (at === 0) claims.reverse();
  return refusal(() => priceClaims(plan, members, claims));
}

describe('claims the engine refuses', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an unknown service code', { service: 'acupuncture' }, 'UNKNOWN_SERVICE', 'claims[1].service'],
    ['a claim for a member not in the household', { member: 'cousin' }, 'UNKNOWN_MEMBER', 'claims[1].member'],
    ['a negative amount', { allowedCents: -1 }, 'INVALID_AMOUNT', 'claims[1].allowedCents'],
    ['a fractional amount of cents', { allowedCents: 100.5 }, 'INVALID_AMOUNT', 'claims[1].allowedCents'],
    ['an amount given as text', { allowedCents: '100' }, 'INVALID_AMOUNT', 'claims[1].allowedCents'],
    ['an impossible date (2022-02-30)', { date: '2022-02-30' }, 'INVALID_DATE', 'claims[1].date'],
    ['February 29 of a common year', { date: '2023-02-29' }, 'INVALID_DATE', 'claims[1].date'],
    ['a date not in YYYY-MM-DD form', { date: '3/1/2022' }, 'INVALID_DATE', 'claims[1].date'],
    ['zero days of a stay', { service: 'inpatient_admission', days: 0 }, 'INVALID_DAYS', 'claims[1].days'],
    ['a fractional supply', { service: 'rx_generic', supplyDays: 2.5 }, 'INVALID_SUPPLY', 'claims[1].supplyDays'],
    ['an unknown pharmacy channel', { service: 'rx_generic', channel: 'drone' }, 'INVALID_CHANNEL', 'claims[1].channel'],
    [
      'a 120-day supply by mail (mail dispenses up to 90)',
      { service: 'rx_generic', supplyDays: 120, channel: 'mail' },
      'SUPPLY_NOT_DISPENSED',
      'claims[1].supplyDays',
    ],
    [
      'a 60-day supply at a retail pharmacy (up to 30)',
      { service: 'rx_generic', supplyDays: 60, channel: 'retail' },
      'SUPPLY_NOT_DISPENSED',
      'claims[1].supplyDays',
    ],
    ['"admitted" that is not true or false', { service: 'er_visit', admitted: 'yes' }, 'INVALID_CLAIM', 'claims[1].admitted'],
    ['a field the claim schema does not know', { copay: 3000 }, 'INVALID_CLAIM', 'claims[1].copay'],
    // Issue 17: input that was priced silently.
    ['an inpatient stay without days', { service: 'inpatient_admission' }, 'MISSING_DAYS', 'claims[1].days'],
    ['a delivery without days', { service: 'maternity_delivery' }, 'MISSING_DAYS', 'claims[1].days'],
    ['a skilled nursing stay without days', { service: 'skilled_nursing_day' }, 'MISSING_DAYS', 'claims[1].days'],
    ['days on a primary care visit', { days: 2 }, 'FIELD_NOT_APPLICABLE', 'claims[1].days'],
    ['days of supply on a primary care visit', { supplyDays: 30 }, 'FIELD_NOT_APPLICABLE', 'claims[1].supplyDays'],
    ['a pharmacy channel on a lab test', { service: 'lab_test', channel: 'mail' }, 'FIELD_NOT_APPLICABLE', 'claims[1].channel'],
    [
      'days of supply on an anti-rejection drug (not a pharmacy tier)',
      { service: 'immunosuppressant_drug', supplyDays: 90 },
      'FIELD_NOT_APPLICABLE',
      'claims[1].supplyDays',
    ],
    ['"admitted" on a primary care visit', { admitted: true }, 'FIELD_NOT_APPLICABLE', 'claims[1].admitted'],
    ['"admitted": false on an urgent care visit', { service: 'urgent_care_visit', admitted: false }, 'FIELD_NOT_APPLICABLE', 'claims[1].admitted'],
    ['a purpose on a primary care visit', { purpose: 'habilitative' }, 'FIELD_NOT_APPLICABLE', 'claims[1].purpose'],
    [
      'pulmonary rehabilitation claimed as occupational therapy',
      { service: 'ot_visit', purpose: 'pulmonary_rehabilitation' },
      'FIELD_NOT_APPLICABLE',
      'claims[1].purpose',
    ],
    ['an unknown purpose', { service: 'pt_visit', purpose: 'maintenance' }, 'INVALID_CLAIM', 'claims[1].purpose'],
    ['a setting on a specialist visit', { service: 'specialist_visit', setting: 'specialist_office' }, 'FIELD_NOT_APPLICABLE', 'claims[1].setting'],
    ['an unknown setting', { service: 'office_procedure', setting: 'kitchen' }, 'INVALID_CLAIM', 'claims[1].setting'],
  ];
  for (const [what, bad, code, field] of cases) {
    it(`refuses ${what} (${code}, ${field})`, () => {
      const e = refuseClaim(bad);
      expect({ code: e.code, field: e.field }).toEqual({ code, field });
      expect(e.message).toContain(field);
    });
  }

  it('accepts each field where it applies: days on stays and medical foods, admitted on ER visits and scans, purpose on therapy, setting on office procedures', () => {
    const claims: Claim[] = [
      { ...good, service: 'inpatient_admission', days: 3 },
      { ...good, service: 'medical_food_day', days: 30 },
      { ...good, service: 'er_visit', admitted: true },
      { ...good, service: 'advanced_imaging', admitted: false },
      { ...good, service: 'speech_therapy_visit', purpose: 'habilitative' },
      { ...good, service: 'pt_visit', purpose: 'pulmonary_rehabilitation' },
      { ...good, service: 'office_procedure', setting: 'mental_health_office' },
      { ...good, service: 'rx_generic', supplyDays: 90, channel: 'mail' },
    ];
    expect(priceClaims(plan, ADULT, claims).lines).toHaveLength(claims.length);
    // A plan that charges another service per day takes days there too.
    const perDay = compilePlan(testPlan({ benefits: { home_health_visit: rule(copay(1000, 'day')) } }));
    expect(priceClaims(perDay, ADULT, [{ ...good, service: 'home_health_visit', days: 4 }]).totals.copayCents).toBe(4000);
  });

  it("refuses a claim dated before the member's birth date", () => {
    const members: EngineMember[] = [{ id: 'baby', birthDate: '2022-06-01' }];
    const e = refusal(() => priceClaims(plan, members, [{ ...good, member: 'baby', date: '2022-05-31' }]));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'INVALID_DATE', field: 'claims[0].date' });
    expect(e.message).toContain('before the birth date of "baby" (2022-06-01)');
  });

  it("names the position of the claim in the caller's list, not the date order", () => {
    const claims = [
      { ...good, date: '2022-12-01' },
      { ...good, date: '2022-01-01', service: 'massage' },
    ] as Claim[];
    expect(refusal(() => priceClaims(plan, ADULT, claims)).field).toBe('claims[1].service');
  });

  it('refuses a channel the plan does not offer', () => {
    const noRetail = testPlan();
    delete noRetail.pharmacy.retail;
    const claim: Claim = { ...good, service: 'rx_generic', channel: 'retail' };
    const e = refusal(() => priceClaims(noRetail, ADULT, [claim]));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'CHANNEL_NOT_OFFERED', field: 'claims[0].channel' });
    expect(e.message).toContain('plan_pharmacy, mail');
  });

  // Issue 17: a 1999 or a 2030 claim was priced with the 2022 rules, silently.
  it.each([
    ["a claim before the plan's first plan year", '2021-12-31', /2021-12-31 is before this plan's first plan year \(2022, from 2022-01-01\)/],
    ['a claim in 1999', '1999-05-05', /before this plan's first plan year/],
    ["a claim two plan years after the plan's", '2024-01-01', /2024-01-01 falls in the 2024 plan year, more than one plan year after this plan's \(2022\)/],
    ['a claim in 2030', '2030-05-05', /the catalog has no rules for it/],
  ])('refuses %s (DATE_OUTSIDE_PLAN_YEARS, claims[1].date)', (_what, date, message) => {
    const e = refuseClaim({ date });
    expect({ code: e.code, field: e.field }).toEqual({ code: 'DATE_OUTSIDE_PLAN_YEARS', field: 'claims[1].date' });
    expect(e.message).toMatch(message);
  });

  it("prices a claim in the plan year right after the plan's own (with a warning)", () => {
    expect(priceClaims(plan, ADULT, [{ ...good, date: '2023-12-31' }]).warnings).toHaveLength(1);
  });
});

describe('households the engine refuses', () => {
  const cases: [string, unknown, string, string][] = [
    ['no members', [], 'INVALID_HOUSEHOLD', 'members'],
    ['21 members', Array.from({ length: 21 }, (_, i) => ({ id: `m${i}`, age: 30 })), 'INVALID_HOUSEHOLD', 'members'],
    [
      'the same id twice',
      [
        { id: 'a', age: 3 },
        { id: 'a', age: 4 },
      ],
      'DUPLICATE_MEMBER',
      'members[1].id',
    ],
    ['an id with a space', [{ id: 'Ann Lee', age: 30 }], 'INVALID_MEMBER', 'members[0].id'],
    ['a negative age', [{ id: 'a', age: -1 }], 'INVALID_MEMBER', 'members[0].age'],
    ['an age of 121', [{ id: 'a', age: 121 }], 'INVALID_MEMBER', 'members[0].age'],
    ['a fractional age', [{ id: 'a', age: 3.5 }], 'INVALID_MEMBER', 'members[0].age'],
    ['both an age and a birth date', [{ id: 'a', age: 3, birthDate: '2019-01-01' }], 'INVALID_MEMBER', 'members[0].age'],
    ['neither an age nor a birth date', [{ id: 'a' }], 'INVALID_MEMBER', 'members[0].age'],
    ['an impossible birth date', [{ id: 'a', birthDate: '2019-02-30' }], 'INVALID_MEMBER', 'members[0].birthDate'],
    ['an unknown condition', [{ id: 'a', age: 3, conditions: ['asthma'] }], 'INVALID_MEMBER', 'members[0].conditions[0]'],
    ['a condition listed twice', [{ id: 'a', age: 3, conditions: ['cleft_lip_palate', 'cleft_lip_palate'] }], 'INVALID_MEMBER', 'members[0].conditions[1]'],
    ['conditions that are not a list', [{ id: 'a', age: 3, conditions: 'autism_spectrum_disorder' }], 'INVALID_MEMBER', 'members[0].conditions'],
    ['a field a member does not have', [{ id: 'a', age: 3, sex: 'female' }], 'INVALID_MEMBER', 'members[0].sex'],
  ];
  for (const [what, members, code, field] of cases) {
    it(`refuses ${what} (${code}, ${field})`, () => {
      const e = refusal(() => priceClaims(plan, members as EngineMember[], []));
      expect({ code: e.code, field: e.field }).toEqual({ code, field });
    });
  }

  it('the member schema (command line, IPC) agrees: age or birth date, not both, known conditions', () => {
    expect(EngineMemberSchema.safeParse({ id: 'a', birthDate: '2010-05-01', conditions: ['autism_spectrum_disorder'] }).success).toBe(true);
    const both = EngineMemberSchema.safeParse({ id: 'a', age: 3, birthDate: '2019-01-01' });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]).toMatchObject({ path: ['age'], message: 'give either age or birthDate (not both)' });
    expect(EngineMemberSchema.safeParse({ id: 'a' }).success).toBe(false);
    expect(EngineMemberSchema.safeParse({ id: 'a', age: 3, conditions: ['asthma'] }).success).toBe(false);
    expect(ClaimSchema.safeParse({ ...good, service: 'pt_visit', purpose: 'habilitative' }).success).toBe(true);
    expect(ClaimSchema.safeParse({ ...good, service: 'office_procedure', setting: 'primary_care_office' }).success).toBe(true);
  });

  it('enrollmentTypeFor refuses zero members', () => {
    expect(refusal(() => enrollmentTypeFor(0)).code).toBe('INVALID_HOUSEHOLD');
  });
});

describe('plans the engine refuses', () => {
  it('an incomplete plan: PLAN_INCOMPLETE with the missingForPricing() list (the district plans)', () => {
    const file = fileURLToPath(new URL('../../../data/plans/district-kpco-2021.json', import.meta.url));
    const district = PlanFile.parse(JSON.parse(readFileSync(file, 'utf8'))).plans[0];
    if (!district) throw new Error('no district plan');
    const e = refusal(() => compilePlan(district));
    expect(e.code).toBe('PLAN_INCOMPLETE');
    expect(e.missing).toEqual(missingForPricing(district));
    expect(e.missing?.length).toBeGreaterThan(0);
    expect(e.message).toContain('deductible (per person and per family)');
    expect(refusal(() => priceClaims(district, ADULT, [])).code).toBe('PLAN_INCOMPLETE');
  });

  it('a plan that does not match the schema: PLAN_INVALID naming the field', () => {
    const bad = testPlan();
    (bad.deductible as { personCents: number }).personCents = -5;
    const e = refusal(() => compilePlan(bad));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'PLAN_INVALID', field: 'plan.deductible.personCents' });
  });

  it('a percentage with more than two decimals: PLAN_INVALID naming the field', () => {
    const e = refusal(() => compilePlan(testPlan({ benefits: { xray: rule(coins(12.345)) } })));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'PLAN_INVALID', field: 'plan.benefits.xray.costShare.percent' });
  });
});

describe('the fast path', () => {
  it('refuses a supply the channel does not dispense even without validation', () => {
    const claims = createFastClaims(1);
    claims.count = 1;
    claims.service[0] = serviceIndex('rx_generic');
    claims.allowedCents[0] = 5000;
    claims.supplyDays[0] = 200;
    const rxPlan = compilePlan(testPlan({ benefits: { rx_generic: rule(copay(1500, 'prescription')) } }));
    expect(refusal(() => priceTotalsFast(rxPlan, createFastHousehold([40]), claims)).code).toBe('SUPPLY_NOT_DISPENSED');
  });
});
