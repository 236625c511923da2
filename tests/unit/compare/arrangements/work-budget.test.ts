import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../../src-shared/household-schema';
import { loadCompareTables, parseCompareRequest, prepareComparison } from '../../../../src-main/compare';
import { explainArrangement } from '../../../../src-main/compare/arrangements';
import { planSimulation } from '../../../../src-main/compare/work-budget';
import { district2021, fehb, fixtureDistrict } from './support';
import { join } from 'node:path';

// The work budget (claims × years × plans) counts the enrollments an arrangement comparison prices on top
// of the plain comparison's plans: a large household with arrangements is answered with fewer simulated
// years (and says so) or refused naming its size, never left to run for minutes.

const tables = loadCompareTables(join(__dirname, '..', '..', '..', '..', 'data'));
const library = [...fehb, ...fixtureDistrict];
const planIds = [...fehb, ...district2021].map((p) => p.id);

/** `people` members with 30 daily-supply drugs each, filled `fills` times a year; the two adults at two employers when `offers`. */
function large(people: number, fills: number, offers: boolean): CompareRequestInput {
  return {
    household: {
      members: Array.from({ length: people }, (_, i) => ({
        id: `m${i}`,
        relationship: i === 0 ? ('employee' as const) : i === 1 ? ('spouse' as const) : ('child' as const),
        age: i < 2 ? 40 : 10,
        ...(offers && i < 2 ? { eligibleFor: [i === 0 ? ('fehb' as const) : ('district' as const)] } : {}),
        prescriptions: Array.from({ length: 30 }, () => ({ tier: 'rx_generic' as const, fillsPerYear: fills, supplyDays: 1 })),
      })),
    },
    priority: 'balanced',
    planIds,
  };
}

describe('the work budget counts who enrolls where', () => {
  it('prices the arrangements of the two-employer family in full, counting their enrollments', () => {
    const prepared = prepareComparison(library, parseCompareRequest({ ...large(4, 1, true), simulations: 10_000 }), tables);
    const plainOnly = planSimulation(prepared.prep);
    expect(prepared.arrangements?.work.enrollments).toBeGreaterThan(0);
    expect(prepared.simulation.claimsPerYear).toBe(plainOnly.claimsPerYear + (prepared.arrangements?.work.claimsPerYear ?? 0));
    expect(prepared.simulation.years).toBe(10_000);
  });

  it('simulates fewer years for a large household with arrangements than without, and says why', () => {
    const plain = prepareComparison(library, parseCompareRequest(large(6, 12, false)), tables);
    const arranged = prepareComparison(library, parseCompareRequest(large(6, 12, true)), tables);
    expect(arranged.simulation.years).toBeGreaterThanOrEqual(1_000);
    expect(arranged.simulation.years).toBeLessThan(plain.simulation.years);
    expect(arranged.simulation.note).toMatch(
      /simulated years instead of 10,000: the household's year is large \(about [\d,]+ claims a year for 6 people under 6 plans, and about [\d,]+ more priced over the 15 other enrollments of who enrolls where and their plans\)/,
    );
    expect(plain.simulation.note).not.toMatch(/who enrolls where/);
  });

  it('explains only the years the comparison with arrangements simulates', () => {
    const request = parseCompareRequest(large(6, 12, true));
    const prepared = prepareComparison(library, request, tables);
    const id = prepared.arrangements?.arrangements.find((a) => !a.problem)?.id as string;
    const years = prepared.simulation.years;
    expect(() => explainArrangement(library, { request, arrangementId: id, year: { simulated: years } }, tables)).toThrow(
      `year.simulated: the comparison simulates years 0 to ${years - 1}, not ${years}.`,
    );
  });

  it('refuses a household too large to simulate with its arrangements, naming its size and what to leave out', () => {
    const request = parseCompareRequest(large(20, 12, true));
    // Without the employers' offers the same household is answered, with fewer years.
    expect(prepareComparison(library, parseCompareRequest(large(20, 12, false)), tables).simulation.years).toBeGreaterThanOrEqual(1_000);
    expect(() => prepareComparison(library, request, tables)).toThrow(
      /too large to simulate in reasonable time: about [\d,]+ claims a year for 20 people under 6 plans, and about [\d,]+ more priced over the 15 other enrollments of who enrolls where and their plans\. Compare fewer plans at a time or without who enrolls where \(no employer offers\)/,
    );
  });
});
