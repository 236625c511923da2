import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HouseholdInput } from '../../../src-shared/household-schema';
import { CompareRequest, Household } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { compareHousehold } from '../../../src-main/compare';
import { explainYear } from '../../../src-main/compare/explain-year';
import { tables } from './fixtures';

// Issue 17, households: a member may carry a birth date instead of an age (every age rule then uses the
// age on the date of service) and conditions that lift a rule (5(a): "no visit limits with a diagnosis of
// autism spectrum disorders"). The comparison, its simulated years and its typical year all use them.
// 2022 FEHB Kaiser Permanente Colorado, Standard Option: primary care "$30 per primary care office visit
// (nothing for children through age 17)"; High Option physical therapy "$20 per office visit", 20 visits a year.

const fehb = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const STANDARD = 'fehb-kpco-2022-standard';
const HIGH = 'fehb-kpco-2022-high';
const parent = { id: 'parent', relationship: 'employee' as const, age: 45, usage: { preset: 'none' as const } };
const request = (household: HouseholdInput, planIds = [STANDARD]) => ({ household, planIds, priority: 'lowest_expected' as const, simulations: 400, seed: 7 });
const pcpCounts = { preset: 'none' as const, counts: { pcp_visit: 12 } };

describe('a child who turns 18 on July 1, 2022 (Standard Option, 12 primary care visits a year)', () => {
  const withBirthDate = request({ members: [parent, { id: 'teen', relationship: 'child', birthDate: '2004-07-01', usage: pcpCounts }] });
  const withAge = request({ members: [parent, { id: 'teen', relationship: 'child', age: 17, usage: pcpCounts }] });

  it('with a birth date: the typical year charges the $30 adult copay from July 1 (age on the date of service), and the ledger says "birthday"', () => {
    const explained = explainYear(fehb, { request: CompareRequest.parse(withBirthDate), planId: STANDARD, year: 'typical' }, tables);
    const visits = explained.priced.lines.filter((l) => l.member === 'teen' && l.service === 'pcp_visit');
    expect(visits).toHaveLength(12);
    for (const v of visits) {
      if (v.date < '2022-07-01') expect([v.date, v.memberPaysCents, v.rule.decidedBy]).toEqual([v.date, 0, ['age_exception']]);
      else expect([v.date, v.memberPaysCents, v.rule.decidedBy]).toEqual([v.date, 3000, ['birthday']]);
    }
    expect(visits.filter((v) => v.memberPaysCents === 3000)).toHaveLength(6);
  });

  it("with an age only: every visit of the plan year is a child's (nothing), and the result says which age it assumed", () => {
    const result = compareHousehold(fehb, withAge, tables);
    const plan = result.plans[0];
    expect(plan?.typicalYear.figures.careBeforeAccountCents).toBe(0);
    expect(result.assumptions).toContain(
      'Employee and Child: no birth date, so age rules (such as "nothing for children through age 17") use the age on the first day of the plan year (2022-01-01); a birthday during the year counts only from the next plan year.',
    );
    expect(result.members.map((m) => m.age)).toEqual([45, 17]);
  });

  it('the simulated years use the birth date too: the expected cost is about six adult copays more than with the age alone', () => {
    const byDate = compareHousehold(fehb, withBirthDate, tables).plans[0];
    const byAge = compareHousehold(fehb, withAge, tables).plans[0];
    const extra = (byDate?.simulated.outOfPocket.meanCents ?? 0) - (byAge?.simulated.outOfPocket.meanCents ?? 0);
    // 12 visits a year drawn around the year: about half after July 1, $30 each.
    expect(extra).toBeGreaterThan(12_000);
    expect(extra).toBeLessThan(24_000);
    expect(compareHousehold(fehb, withBirthDate, tables).members.find((m) => m.id === 'teen')?.age).toBe(17);
  });
});

describe('conditions that lift a visit limit (High Option, 5(a): 20 physical therapy visits a year, none with autism)', () => {
  const therapy = { preset: 'none' as const, counts: { pt_visit: 30 } };
  const child = { id: 'kid', relationship: 'child' as const, age: 8, usage: therapy };

  it('without the condition, visits 21 to 30 are not covered; with autism spectrum disorder every one is covered at $20', () => {
    const plain = explainYear(fehb, { request: CompareRequest.parse(request({ members: [parent, child] }, [HIGH])), planId: HIGH, year: 'typical' }, tables);
    const lifted = explainYear(
      fehb,
      {
        request: CompareRequest.parse(request({ members: [parent, { ...child, conditions: ['autism_spectrum_disorder'] }] }, [HIGH])),
        planId: HIGH,
        year: 'typical',
      },
      tables,
    );
    const pt = (r: typeof plain) => r.priced.lines.filter((l) => l.service === 'pt_visit');
    expect(pt(plain).filter((l) => l.notCoveredCents > 0)).toHaveLength(10);
    expect(pt(lifted).filter((l) => l.notCoveredCents > 0)).toHaveLength(0);
    expect(pt(lifted).every((l) => l.copayCents === 2000)).toBe(true);
    expect(pt(lifted).filter((l) => l.rule.decidedBy?.includes('autism_spectrum_disorder'))).toHaveLength(10);
  });

  it('the simulation lifts it too: no simulated year has visits the plan does not cover', () => {
    const plain = compareHousehold(fehb, request({ members: [parent, child] }, [HIGH]), tables).plans[0];
    const lifted = compareHousehold(fehb, request({ members: [parent, { ...child, conditions: ['autism_spectrum_disorder'] }] }, [HIGH]), tables).plans[0];
    expect(plain?.simulated.shareWithNotCovered).toBeGreaterThan(0.9);
    expect(lifted?.simulated.shareWithNotCovered).toBe(0);
  });
});

describe('birth dates the comparison refuses, naming the field (checked when a comparison is asked for)', () => {
  it('a birth date after the plan year starts: a baby born in the year is "Having a baby" on the parent', () => {
    const r = request({ members: [parent, { id: 'baby', relationship: 'child', birthDate: '2022-03-01' }] });
    expect(() => compareHousehold(fehb, r, tables)).toThrow(
      /^Birth date: request\.household\.members\[1\]\.birthDate: 2022-03-01 is after the plan year starts \(2022-01-01\); a baby born during the plan year is entered as "Having a baby"/,
    );
  });
  it('a "child" whose birth date makes them 32, unless incapable of self-support', () => {
    const r = request({ members: [parent, { id: 'c', relationship: 'child', birthDate: '1990-02-01' }] });
    expect(() => compareHousehold(fehb, r, tables)).toThrow(/^Who is covered: request\.household\.members\[1\]\.birthDate: a child is covered under age 26/);
  });
  it('both an age and a birth date, or neither: the schema names the age', () => {
    const both = Household.safeParse({ members: [{ ...parent, birthDate: '1977-05-01' }] });
    expect(both.success ? null : both.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['members.0.age', 'give the age on the first day of the plan year or the birth date, not both'],
    ]);
    const neither = Household.safeParse({ members: [{ id: 'e', relationship: 'employee' }] });
    expect(neither.success).toBe(false);
  });
  it('a session saved before birth dates (an age, no conditions) still parses', () => {
    expect(Household.safeParse({ members: [{ id: 'e', relationship: 'employee', age: 40 }] }).success).toBe(true);
  });
});
