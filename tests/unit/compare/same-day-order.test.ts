import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-shared/claims-schema';
import { CompareRequest } from '../../../src-shared/household-schema';
import { SERVICE_CODES } from '../../../src-shared/services';
import { compilePlan, priceClaims } from '../../../src-main/engine';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { planWindow } from '../../../src-main/compare/plan-window';
import { simulateYears, simulatedYearRows } from '../../../src-main/compare/simulate';
import { makePlan, tables } from './fixtures';

// README "Same-day claims": on one date claims are priced by member id, then in the order of the service
// codes, then the smaller allowed amount first — whatever order a list gives. The simulation builds its
// claims itself; it must list them in that same order, or a visit limit (or a deductible) would fall on
// another claim of the day than the command line and Explain say.

const plan = makePlan({
  id: 'limits',
  deductible: [50_000, 100_000],
  benefits: {
    // 20% after the deductible, 10 visits a year: which visit of a day is the 11th decides what is paid.
    pt_visit: { costShare: { kind: 'coinsurance', percent: 20 }, afterDeductible: true, visitLimitPerYear: 10 },
    lab_test: { costShare: { kind: 'coinsurance', percent: 20 }, afterDeductible: true },
  },
});
const compiled = compilePlan(plan);
const request = CompareRequest.parse({
  household: {
    members: [
      { id: 'zed', relationship: 'employee', age: 40, usage: { preset: 'none', counts: { pt_visit: 40, lab_test: 30 } } },
      { id: 'amy', relationship: 'spouse', age: 38, usage: { preset: 'none', counts: { pt_visit: 25, lab_test: 20 } } },
    ],
  },
  priority: 'lowest_expected',
  simulations: 100,
  seed: 11,
});
const care = buildCarePlan(request.household, planWindow(plan), tables);
const key = (c: Claim) => [c.date, c.member, SERVICE_CODES.indexOf(c.service), c.allowedCents] as const;
const canonical = (a: Claim, b: Claim): number => {
  const [d1, m1, s1, x1] = key(a);
  const [d2, m2, s2, x2] = key(b);
  return d1 < d2 ? -1 : d1 > d2 ? 1 : m1 < m2 ? -1 : m1 > m2 ? 1 : s1 - s2 || x1 - x2;
};

describe("the simulation lists a day's claims in the engine's same-day order", () => {
  const years = Array.from({ length: 100 }, (_, k) => simulatedYearRows(care, [compiled], request.seed, k).toClaims(0));

  it('the simulated years have same-day claims of one member and service at different amounts (the case the order decides)', () => {
    const collisions = years.flat().filter((c, i, all) => {
      const next = all[i + 1];
      return next !== undefined && next.date === c.date && next.member === c.member && next.service === c.service && next.allowedCents !== c.allowedCents;
    });
    expect(collisions.length).toBeGreaterThan(50);
  });

  it('every simulated year is already in that order (member id, service, smaller amount first)', () => {
    for (const claims of years) expect(claims.map(key)).toEqual([...claims].sort(canonical).map(key));
  });

  it('so each simulated year costs exactly what the engine (Explain, the command line) makes of the same claims in any order', () => {
    const sim = simulateYears(care, [compiled], request.seed, 0, years.length);
    years.forEach((claims, k) => {
      const members = care.members;
      const listed = priceClaims(compiled, members, claims, { ledger: false }).totals.memberPaysCents;
      const reversed = priceClaims(compiled, members, [...claims].reverse(), { ledger: false }).totals.memberPaysCents;
      expect([k, listed]).toEqual([k, sim.outOfPocket[0]?.[k]]);
      expect(reversed).toBe(listed);
    });
  });
});
