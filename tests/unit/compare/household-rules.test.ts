import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eligibilityProblems, Household, type HouseholdInput } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { compareHousehold } from '../../../src-main/compare';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { planWindow } from '../../../src-main/compare/plan-window';
import { tables } from './fixtures';

// Household input the comparison used to price silently (issue 17), and who may be covered (FEHB brochure,
// Section 1: "your dependent children under age 26 … a disabled child 26 years of age or older who is
// incapable of self-support").

const fehb = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const issues = (h: HouseholdInput): string[] => eligibilityProblems(Household.parse(h).members);
const employee = { id: 'e', relationship: 'employee' as const, age: 50 };

describe('who may be covered', () => {
  it('refuses a "child" of 45, naming the age, unless incapable of self-support because of a disability that began before 26', () => {
    expect(issues({ members: [employee, { id: 'c', relationship: 'child', age: 45 }] })).toEqual([
      expect.stringMatching(
        /^household\.members\[1\]\.age: a child is covered under age 26 \("dependent children under age 26"\); a child 26 or older only if incapable of self-support/,
      ),
    ]);
    expect(issues({ members: [employee, { id: 'c', relationship: 'child', age: 25 }] })).toEqual([]);
    expect(issues({ members: [employee, { id: 'c', relationship: 'child', age: 45, incapableOfSelfSupport: true }] })).toEqual([]);
  });

  it('refuses an employee aged 5 as a typing mistake, naming the age', () => {
    expect(issues({ members: [{ ...employee, age: 5 }] })).toEqual([
      'household.members[0].age: an employee or spouse under 16 is almost surely a typing mistake: check the age',
    ]);
  });
});

it('refuses to compare such a household, naming the field, while a saved session with it still opens', () => {
  const request = { household: { members: [employee, { id: 'c', relationship: 'child' as const, age: 45 }] }, priority: 'balanced' as const, simulations: 100 };
  expect(() => compareHousehold(fehb, request, tables)).toThrow(/^Who is covered: request\.household\.members\[1\]\.age: a child is covered under age 26/);
  expect(Household.safeParse(request.household).success).toBe(true);
});

describe('"takes a specialty drug" and the same drug listed as taken all year', () => {
  const member = {
    id: 'e',
    relationship: 'employee' as const,
    age: 50,
    usage: { preset: 'none' as const, conditions: ['chronic_specialty_drug' as const] },
    prescriptions: [{ tier: 'rx_specialty' as const, fillsPerYear: 12, supplyDays: 30 }],
  };

  it('counts the drug once, as listed, and says so', () => {
    const care = buildCarePlan(Household.parse({ members: [member] }), planWindow(fehb[0]!), tables);
    const fills = care.items.filter((i) => i.service === 'rx_specialty');
    expect(fills.map((i) => [i.kind, i.kind === 'expected' ? i.expected : i.offsets.length])).toEqual([['scheduled', 12]]);
    expect(care.notes).toContain(
      'Employee: the specialty drug listed with the drugs taken all year is the one "takes a specialty drug" stands for, so it is counted once, as listed.',
    );
    // The condition's monitoring visits stay.
    expect(care.items.some((i) => i.service === 'specialist_visit' && i.kind === 'expected')).toBe(true);
  });

  it('prices the year at twelve fills, not twenty-four', () => {
    const once = compareHousehold(fehb, { household: { members: [member] }, priority: 'balanced', simulations: 200 }, tables);
    const listedOnly = compareHousehold(
      fehb,
      {
        household: { members: [{ ...member, usage: { preset: 'none', conditions: [], counts: { specialist_visit: 4, lab_test: 4 } } }] },
        priority: 'balanced',
        simulations: 200,
      },
      tables,
    );
    expect(once.plans.map((p) => p.typicalYear.allowedCents)).toEqual(listedOnly.plans.map((p) => p.typicalYear.allowedCents));
  });
});
