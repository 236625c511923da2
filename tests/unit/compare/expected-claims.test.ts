import { describe, expect, it } from 'vitest';
import { Household, type HouseholdInput } from '../../../src-shared/household-schema';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { planWindow } from '../../../src-main/compare/plan-window';
import { typicalClaims } from '../../../src-main/compare/typical-year';
import { adult, makePlan, tables } from './fixtures';

const plan = makePlan({ id: 'plan-a' });

function build(household: HouseholdInput, within?: string, p = plan) {
  const care = buildCarePlan(Household.parse(household), planWindow(p, within), tables);
  return { care, ...typicalClaims(care, p) };
}

const mother = (events: HouseholdInput['members'][number]['events']): HouseholdInput => ({
  members: [adult({}, { sex: 'male' }), { id: 'spouse', relationship: 'spouse', age: 31, sex: 'female', usage: { preset: 'none' }, events }],
});

describe('expected claims for a typical year', () => {
  it('spreads twelve expected visits over the twelve months of the plan year', () => {
    const { claims } = build({ members: [adult({ pcp_visit: 12 })] });
    expect(claims.map((c) => c.date.slice(0, 7))).toEqual(Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`));
    expect(claims.every((c) => c.service === 'pcp_visit' && c.allowedCents === tables.prices.services.pcp_visit.cents)).toBe(true);
  });

  it('rounds an expected count to the nearest whole visit (0.4 ER visits is none, 2.5 lab tests is three)', () => {
    const { claims } = build({ members: [adult({ er_visit: 0.4, lab_test: 2.5 })] });
    expect(claims.filter((c) => c.service === 'er_visit')).toHaveLength(0);
    expect(claims.filter((c) => c.service === 'lab_test')).toHaveLength(3);
  });

  it('fills a 90-day mail prescription four times, priced as three 30-day supplies each', () => {
    const { claims } = build({
      members: [adult({}, { prescriptions: [{ tier: 'rx_generic', fillsPerYear: 4, supplyDays: 90, channel: 'mail' }] })],
    });
    expect(claims.map((c) => c.date)).toEqual(['2022-01-01', '2022-04-02', '2022-07-02', '2022-10-01']);
    expect(claims[0]).toMatchObject({ supplyDays: 90, channel: 'mail', allowedCents: 3 * tables.prices.services.rx_generic.cents });
  });

  it('moves a fill to a channel the plan has, or splits a supply it will not dispense at once', () => {
    const rx = { tier: 'rx_generic' as const, fillsPerYear: 4, supplyDays: 90, channel: 'retail' as const };
    const moved = build({ members: [adult({}, { prescriptions: [rx] })] });
    expect(moved.claims[0]).toMatchObject({ channel: 'plan_pharmacy', supplyDays: 90 });
    expect(moved.notes[0]).toMatch(/does not fill a 90-day supply at a retail/);

    const thirtyOnly = makePlan({ id: 'plan-b' });
    thirtyOnly.pharmacy = { retail: { tiers: [{ upToDays: 30, copays: 1 }], source: thirtyOnly.benefits.pcp_visit!.source } };
    const split = build({ members: [adult({}, { prescriptions: [rx] })] }, undefined, thirtyOnly);
    expect(split.claims).toHaveLength(12);
    expect(split.claims.slice(0, 3).map((c) => c.supplyDays)).toEqual([30, 30, 30]);
    expect(split.claims.reduce((n, c) => n + c.allowedCents, 0)).toBe(4 * 3 * tables.prices.services.rx_generic.cents);
  });

  it('starts a new specialty drug in its month and fills it monthly to the end of the plan year', () => {
    const { claims } = build({ members: [adult({}, { events: [{ type: 'new_specialty_drug', startMonth: 3 }] })] });
    const fills = claims.filter((c) => c.service === 'rx_specialty');
    expect(fills).toHaveLength(10);
    expect(fills[0]!.date).toBe('2022-03-01');
    expect(fills.at(-1)!.date.slice(0, 7)).toBe('2022-12');
  });

  it('bills an ER visit that leads to an admission with the stay, on the same day', () => {
    const { claims } = build({ members: [adult({}, { events: [{ type: 'er_visit_admitted', month: 5, days: 4 }] })] });
    expect(claims.map((c) => [c.service, c.date, c.admitted, c.days])).toEqual([
      ['er_visit', '2022-05-01', true, undefined],
      ['inpatient_admission', '2022-05-01', undefined, 4],
    ]);
    expect(claims[1]!.allowedCents).toBe(4 * tables.prices.services.inpatient_admission.cents);
  });

  it('prices a birth due in the plan year, with prenatal visits before it and the baby as a member from birth', () => {
    const { care, claims } = build(mother([{ type: 'baby', delivery: 'csection', dueDate: '2022-10-20' }]));
    const delivery = claims.find((c) => c.service === 'maternity_delivery');
    expect(delivery).toMatchObject({ date: '2022-10-20', days: 3, allowedCents: tables.prices.births.csection.deliveryCents, member: 'spouse' });
    expect(claims.filter((c) => c.service === 'maternity_care' && c.date < '2022-10-20').length).toBeGreaterThan(8);
    expect(care.members.at(-1)).toEqual({ id: 'spouse-newborn', age: 0 });
    const babyClaims = claims.filter((c) => c.member === 'spouse-newborn');
    expect(babyClaims.length).toBeGreaterThan(0);
    expect(babyClaims.every((c) => c.date >= '2022-10-20')).toBe(true);
    // The enrollment change at the birth is priced (tests/unit/compare/enrollment.test.ts), not only noted.
    expect(care.notes.join(' ')).not.toMatch(/can change to/);
  });

  it('puts a birth due in the next plan year in that year, not this one', () => {
    const thisYear = build(mother([{ type: 'baby', delivery: 'vaginal', dueDate: '2023-02-10' }]));
    expect(thisYear.claims.some((c) => c.service === 'maternity_delivery')).toBe(false);
    expect(thisYear.care.members.map((m) => m.id)).toEqual(['employee', 'spouse']);
    expect(thisYear.care.notes[0]).toMatch(/due 2023-02-10 falls in the next plan year/);
    // The prenatal visits of the autumn are still this year's.
    expect(thisYear.claims.some((c) => c.service === 'maternity_care' && c.date.startsWith('2022-1'))).toBe(true);

    const nextYear = build(mother([{ type: 'baby', delivery: 'vaginal', dueDate: '2023-02-10' }]), '2023-01-01');
    expect(nextYear.claims.find((c) => c.service === 'maternity_delivery')).toMatchObject({ date: '2023-02-10', days: 2 });
  });

  it('never uses a personal name in a claim label', () => {
    const { claims } = build({ members: [adult({ pcp_visit: 2 }, { name: 'Alex Example' })] });
    expect(claims.every((c) => !c.label?.includes('Alex'))).toBe(true);
    expect(claims[0]!.label).toMatch(/^Employee: primary care visit/);
  });
});

describe('household input', () => {
  it('names the field of a bad input', () => {
    const bad = Household.safeParse({ members: [{ id: 'e', relationship: 'employee', age: 130 }] });
    expect(bad.error?.issues[0]?.path).toEqual(['members', 0, 'age']);
    const twoEmployees = Household.safeParse({
      members: [
        { id: 'a', relationship: 'employee', age: 40 },
        { id: 'b', relationship: 'employee', age: 40 },
      ],
    });
    expect(twoEmployees.error?.issues[0]?.message).toBe('expected exactly one employee, found 2');
    const typo = Household.safeParse({ members: [{ id: 'a', relationship: 'employee', age: 40, usage: { preset: 'typical', count: {} } }] });
    expect(typo.error?.issues[0]?.path).toEqual(['members', 0, 'usage']);
  });

  it('refuses a birth recorded on a male member and a year with more fills than days', () => {
    const male = Household.safeParse({
      members: [{ id: 'a', relationship: 'employee', age: 40, sex: 'male', events: [{ type: 'baby', delivery: 'vaginal', dueDate: '2022-05-01' }] }],
    });
    expect(male.error?.issues[0]?.message).toBe('a birth is recorded on the member who gives birth');
    const rx = Household.safeParse({
      members: [{ id: 'a', relationship: 'employee', age: 40, prescriptions: [{ tier: 'rx_generic', fillsPerYear: 12, supplyDays: 90 }] }],
    });
    expect(rx.error?.issues[0]?.path).toEqual(['members', 0, 'prescriptions', 0, 'fillsPerYear']);
  });

  it('allows one birth per person and at most 20 people counting expected babies', () => {
    const baby = { type: 'baby' as const, delivery: 'vaginal' as const, dueDate: '2022-05-01' };
    const twice = Household.safeParse({ members: [{ id: 'a', relationship: 'employee', age: 30, sex: 'female', events: [baby, baby] }] });
    expect(twice.error?.issues[0]).toMatchObject({ path: ['members', 0, 'events'], message: 'at most one birth per person in a plan year' });
    const children = Array.from({ length: 19 }, (_, i) => ({ id: `c${i}`, relationship: 'child' as const, age: 1 }));
    const crowded = Household.safeParse({ members: [{ id: 'a', relationship: 'employee', age: 30, events: [baby] }, ...children] });
    expect(crowded.error?.issues[0]?.message).toBe('at most 20 people, counting expected babies');
  });
});
