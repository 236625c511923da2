import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { compareHousehold } from '../../../src-main/compare';
import { tables } from './fixtures';

// Enrollment type and premium, as the FEHB brochure writes them (Kaiser Permanente Colorado 2022).
// Biweekly employee shares: High 651 Self Only $111.86, 653 Self Plus One $281.56, 652 Self and Family
// $232.06; Standard 654 $76.06, 656 $171.89, 655 $171.89; Prosper N41 $45.02, N43 $101.74, N42 $110.74.

const fehb = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const couple = (extra: Partial<CompareRequestInput['household']> = {}): CompareRequestInput => ({
  household: {
    members: [
      { id: 'e', relationship: 'employee', age: 40, usage: { preset: 'none' } },
      { id: 's', relationship: 'spouse', age: 38, usage: { preset: 'none' } },
    ],
    ...extra,
  },
  priority: 'lowest_expected',
  simulations: 100,
});
const plan = (r: ReturnType<typeof compareHousehold>, id: string) => r.plans.find((p) => p.planId === id)!;

describe('enrollment type (brochure line 288: "Self and Family coverage is for the enrollee and one or more eligible family members")', () => {
  it('prices a couple under High Option with Self and Family ($232.06 biweekly), cheaper than Self Plus One ($281.56), and says why', () => {
    const high = plan(compareHousehold(fehb, couple(), tables), 'fehb-kpco-2022-high');
    expect(high.enrollment.type).toBe('self_and_family');
    expect(high.premium).toMatchObject({ known: true, code: '652', annualEmployeeCents: 23_206 * 26 });
    expect(high.enrollment.options).toEqual([
      { type: 'self_plus_one', annualCents: 28_156 * 26 },
      { type: 'self_and_family', annualCents: 23_206 * 26 },
    ]);
    expect(high.enrollment.reason).toMatch(
      /may enroll in Self Plus One or Self and Family.*Self and Family costs \$6,034 a year, less than Self Plus One at \$7,321, so the cheaper one is used/,
    );
  });

  it('keeps Self Plus One where it is the cheaper type (Prosper: $101.74 against $110.74)', () => {
    expect(plan(compareHousehold(fehb, couple(), tables), 'fehb-kpco-2022-prosper').enrollment.type).toBe('self_plus_one');
  });

  it('uses the type the counselor chose, and names it', () => {
    const high = plan(compareHousehold(fehb, couple({ enrollmentType: 'self_plus_one' }), tables), 'fehb-kpco-2022-high');
    expect(high.premium).toMatchObject({ code: '653', annualEmployeeCents: 28_156 * 26 });
    expect(high.enrollment.reason).toMatch(/^Self Plus One, as the counselor chose: Self Plus One costs \$7,321 a year, more than Self and Family at \$6,034/);
  });

  it('refuses a type that does not fit the household, naming the field', () => {
    const three = couple({ enrollmentType: 'self_plus_one' });
    three.household.members.push({ id: 'c', relationship: 'child', age: 4 });
    expect(() => compareHousehold(fehb, three, tables)).toThrow(
      /request\.household\.enrollmentType: this enrollment type covers exactly two people; the household has 3/,
    );
  });
});

describe('a birth in the plan year (brochure line 290: a Self Only enrollee who has a baby changes enrollment from the pay period of the birth)', () => {
  const mother: CompareRequestInput = {
    household: {
      members: [
        {
          id: 'e',
          relationship: 'employee',
          age: 31,
          sex: 'female',
          usage: { preset: 'none' },
          events: [{ type: 'baby', delivery: 'vaginal', dueDate: '2022-05-20' }],
        },
      ],
    },
    priority: 'lowest_expected',
    simulations: 100,
  };

  it('pays Self Only for the 9 pay periods before the birth and the cheaper two-person type from pay period 10 on', () => {
    const r = compareHousehold(fehb, mother, tables);
    // 2022-05-20 is day 139 of the plan year: pay period floor(139 / 14) + 1 = 10.
    const high = plan(r, 'fehb-kpco-2022-high');
    expect(high.enrollment.change).toEqual({ payPeriod: 10, date: '2022-05-20', toType: 'self_and_family', toCode: '652' });
    expect(high.premium).toMatchObject({ known: true, code: '651', annualEmployeeCents: 11_186 * 9 + 23_206 * 17 });
    expect(high.enrollment.reason).toMatch(/falls in pay period 10 of 26: Self Only until then, Self and Family from that pay period on/);
    const prosper = plan(r, 'fehb-kpco-2022-prosper');
    expect(prosper.premium).toMatchObject({ annualEmployeeCents: 4_502 * 9 + 10_174 * 17 });
  });

  it('moves Self Plus One to Self and Family when the couple becomes three', () => {
    const expecting = couple();
    expecting.household.members[1] = {
      id: 's',
      relationship: 'spouse',
      age: 33,
      sex: 'female',
      usage: { preset: 'none' },
      events: [{ type: 'baby', delivery: 'csection', dueDate: '2022-01-10' }],
    };
    const prosper = plan(compareHousehold(fehb, expecting, tables), 'fehb-kpco-2022-prosper');
    // January 10 is day 9: pay period 1, so the whole year is Self and Family.
    expect(prosper.enrollment).toMatchObject({ type: 'self_plus_one', change: { payPeriod: 1, toType: 'self_and_family', toCode: 'N42' } });
    expect(prosper.premium).toMatchObject({ annualEmployeeCents: 11_074 * 26 });
  });

  it('leaves the premium alone when the birth falls in the next plan year', () => {
    const later = {
      ...mother,
      household: { members: [{ ...mother.household.members[0]!, events: [{ type: 'baby' as const, delivery: 'vaginal' as const, dueDate: '2023-02-01' }] }] },
    };
    const high = plan(compareHousehold(fehb, later, tables), 'fehb-kpco-2022-high');
    expect(high.enrollment.change).toBeNull();
    expect(high.premium).toMatchObject({ annualEmployeeCents: 11_186 * 26 });
  });
});

describe('the command line table', () => {
  it('says which enrollment type each plan is priced with when the couple had a choice', async () => {
    const { formatCompareTable } = await import('../../../src-main/compare');
    const text = formatCompareTable(compareHousehold(fehb, couple(), tables));
    expect(text).toMatch(/Enrollment, High Option: A household of two may enroll in Self Plus One or Self and Family/);
  });
});
