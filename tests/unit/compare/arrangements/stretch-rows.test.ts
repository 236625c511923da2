import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../../src-shared/household-schema';
import type { Plan } from '../../../../src-shared/plan-schema';
import { parseCompareRequest, prepareComparison } from '../../../../src-main/compare';
import { UnitSimulator } from '../../../../src-main/compare/arrangements';
import { routedRows } from '../../../../src-main/compare/arrangements/simulate-units';
import { ClaimRows, type YearTotals } from '../../../../src-main/compare/claim-rows';
import { createYearDrawer } from '../../../../src-main/compare/simulate';
import { priceClaims } from '../../../../src-main/engine';
import { tables } from '../fixtures';
import { fehb, fixtureDistrict, twoEmployerFamily } from './support';

// The arrangements' simulation stores the window's rows once for the whole household and prices every
// enrollment on its plan-year stretch of them for its own members (ClaimRows.priceSet on a span). These tests hold every enrollment's
// year to the same year with the enrollment's own rows, priced as the plain comparison prices a household.

const library = [...fehb, ...fixtureDistrict];

function households(): Record<string, CompareRequestInput> {
  const heavy = twoEmployerFamily();
  heavy.household.members.forEach((m) => (m.usage = { preset: 'high', conditions: ['type2_diabetes', 'chronic_specialty_drug'] }));
  const away = twoEmployerFamily();
  const student = away.household.members[2] as (typeof away.household.members)[number];
  student.away = { livesAway: 'elsewhere_us', monthsAway: 9, travelDays: 20 };
  const baby = twoEmployerFamily();
  const mother = baby.household.members[1] as (typeof baby.household.members)[number];
  mother.sex = 'female';
  mother.events = [{ type: 'baby', delivery: 'csection', dueDate: '2022-10-10' }];
  const therapy = twoEmployerFamily();
  // Past the plans' yearly therapy visit limits: care no plan covers, outside every limit.
  (therapy.household.members[3] as (typeof therapy.household.members)[number]).usage = { preset: 'typical', counts: { pt_visit: 45 } };
  // A birth date: the district's own plan year then has rows of its own, fed by the same draw.
  const born = twoEmployerFamily();
  const child = born.household.members[3] as (typeof born.household.members)[number];
  delete child.age;
  child.birthDate = '2015-03-15';
  return {
    'two adults at two employers with two children': twoEmployerFamily(),
    'the same family, often at its limits': heavy,
    'a student away from home': away,
    'a baby due in October': baby,
    'a child with therapy visits past the limit': therapy,
    'a child with a birth date': born,
  };
}

/** The plans with their family amounts as one pool (not embedded): no person amount inside a family. */
const pooled = library.map((p): Plan => ({ ...p, deductible: { ...p.deductible, embedded: false }, oopMax: { ...p.oopMax, embedded: false } }) as Plan);

describe('every enrollment priced on the stretch rows equals its own rows priced alone', () => {
  const cases = [
    ...Object.entries(households()).map(([name, request]) => ({ name, request, plans: library })),
    { name: 'plans whose deductible and limit are one family pool', request: households()['the same family, often at its limits']!, plans: pooled },
  ];
  for (const { name, request, plans } of cases) {
    it(`${name}: each simulated year of each enrollment and plan`, () => {
      const prepared = prepareComparison(plans, parseCompareRequest(request), tables);
      const pa = prepared.arrangements;
      if (!pa) throw new Error('no arrangements');
      const { contexts, request: parsed } = prepared.prep;
      const joint = contexts.flatMap((c, index) => (c.care === pa.care ? [{ index, compiled: c.compiled }] : []));
      expect(joint.length).toBeGreaterThan(0);
      const years = 200;
      const arrays = (n: number): Float64Array[] => Array.from({ length: n }, () => new Float64Array(years));
      const out = { base: 0, outOfPocket: arrays(pa.units.length), notCovered: arrays(pa.units.length) };
      const plain = { base: 0, outOfPocket: arrays(contexts.length), notCovered: arrays(contexts.length) };
      new UnitSimulator(pa, parsed.seed, joint).run(0, years, out, plain);

      // The reference: each row group's own rows, and the whole household's, each priced on its own.
      const { router, groups } = routedRows(pa);
      const whole = new ClaimRows(
        pa.care,
        joint.map((j) => j.compiled),
      );
      const drawer = createYearDrawer(pa.care, parsed.seed);
      let atLimit = 0;
      let uncoveredYears = 0;
      for (let k = 0; k < years; k++) {
        drawer.draw(k, router);
        const own = groups.map((rows) => {
          const totals: YearTotals[] = [];
          rows.price((p, t) => (totals[p] = { ...t }));
          return totals;
        });
        pa.units.forEach((unit, u) => {
          if (unit.fromContext !== null) return;
          const pays = unit.parts.reduce((n, part) => n + own[part.group]![part.plan]!.memberPaysCents, 0);
          const uncovered = unit.parts.reduce((n, part) => n + own[part.group]![part.plan]!.notCoveredCents, 0);
          expect(out.outOfPocket[u]![k], `unit ${u}, year ${k}`).toBe(pays);
          expect(out.notCovered[u]![k], `unit ${u}, year ${k}`).toBe(uncovered);
          if (uncovered > 0) uncoveredYears++;
        });
        drawer.draw(k, whole);
        whole.price((p, t) => {
          const index = joint[p]!.index;
          expect(plain.outOfPocket[index]![k], `${contexts[index]!.plan.id}, year ${k}`).toBe(t.memberPaysCents);
          expect(plain.notCovered[index]![k], `${contexts[index]!.plan.id}, year ${k}`).toBe(t.notCoveredCents);
        });
        // How often an enrollment reached an out-of-pocket limit (the set-aside claims then go in date order).
        if (k < 40) {
          pa.groups.forEach((g, j) => {
            g.plans.forEach((cp, p) => {
              const lines = priceClaims(cp, g.sub.care.members, groups[j]!.toClaims(p), { ledger: true }).lines;
              if (lines.some((l) => l.events.includes('person_oop_met') || l.events.includes('family_oop_met'))) atLimit++;
            });
          });
        }
      }
      if (name === 'the same family, often at its limits') expect(atLimit).toBeGreaterThan(20);
      if (name === 'a child with therapy visits past the limit') expect(uncoveredYears).toBeGreaterThan(100);
    });
  }
});
