import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { parseCompareRequest } from '../../../src-main/compare';
import { prepareComparison } from '../../../src-main/compare/compare-household';
import { createYearDrawer, simulateYears, simulatedYearRows } from '../../../src-main/compare/simulate';
import { ClaimRows, type YearTotals } from '../../../src-main/compare/claim-rows';
import { compilePlan, priceClaims, quickPayCents, serviceIndex, setAsideCheck, SET_ASIDE_EXACT, SET_ASIDE_PERSON_REACHED } from '../../../src-main/engine';
import { SET_ASIDE_FAMILY_REACHED } from '../../../src-main/engine/quick-services';
import { copay, exampleHouseholds, makePlan, tables } from './fixtures';

// The simulation prices a year's free and flat-copay claims whole, beside the other claims in date order
// (claim-rows.ts, engine/quick-services.ts). These tests hold it to pricing every claim in date order.

const data = join(__dirname, '..', '..', '..', 'data');
const fehb = (JSON.parse(readFileSync(join(data, 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const example = JSON.parse(readFileSync(join(data, 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;

const households = (): Record<string, CompareRequestInput> => exampleHouseholds(example);

/** A household's first plan year prepared under `plans`, with one claim rows list for all of them. */
function preparedRows(plans: Plan[], request: CompareRequestInput) {
  const prepared = prepareComparison(plans, parseCompareRequest({ ...request, simulations: 400 }), tables);
  const { contexts, request: parsed } = prepared.prep;
  const care = contexts[0]!.care;
  return {
    contexts,
    parsed,
    care,
    rows: new ClaimRows(
      care,
      contexts.map((c) => c.compiled),
    ),
  };
}

describe('quick claims set aside give the totals of every claim in date order', () => {
  for (const [name, request] of Object.entries(households())) {
    it(`${name}: each simulated year equals its claim list priced claim by claim`, () => {
      const prepared = prepareComparison(fehb, parseCompareRequest({ ...request, simulations: 400 }), tables);
      const { contexts, request: parsed } = prepared.prep;
      const care = contexts[0]!.care;
      const years = 250;
      const sim = simulateYears(
        care,
        contexts.map((c) => c.compiled),
        parsed.seed,
        0,
        years,
      );
      let reachedLimit = 0;
      for (let k = 0; k < years; k++) {
        contexts.forEach((ctx, p) => {
          const claims = simulatedYearRows(care, [ctx.compiled], parsed.seed, k).toClaims(0);
          const priced = priceClaims(ctx.compiled, care.members, claims, { ledger: true });
          expect(sim.outOfPocket[p]![k], `${ctx.plan.id}, year ${k}`).toBe(priced.totals.memberPaysCents);
          expect(sim.notCovered[p]![k], `${ctx.plan.id}, year ${k}`).toBe(priced.totals.notCoveredCents);
          if (priced.lines.some((l) => l.events.includes('person_oop_met') || l.events.includes('family_oop_met'))) reachedLimit++;
        });
      }
      if (name === 'a family whose limits are often reached' || name === 'one member') expect(reachedLimit).toBeGreaterThan(10);
    });
  }
});

describe('set-aside rows counted per item: the whole quick amount times the count', () => {
  // Rows stored (the arrangements' stretches store every row) of an item every plan prices as a quick
  // claim are counted per item when allowed at least the dearest plan's quick amount, and listed one by one
  // when priced below it; either way each year must equal its claim list priced claim by claim.
  const storedYearsEqualClaimByClaim = (plans: Plan[], request: CompareRequestInput, years: number): void => {
    const { contexts, parsed, care, rows } = preparedRows(plans, request);
    const drawer = createYearDrawer(care, parsed.seed);
    for (let k = 0; k < years; k++) {
      // No lazy positions: every row is stored, as a router's rows lists store them.
      drawer.draw(k, rows, rows.inertItems());
      rows.price((p, totals) => {
        const compiled = contexts[p]!.compiled;
        const priced = priceClaims(compiled, care.members, simulatedYearRows(care, [compiled], parsed.seed, k).toClaims(0));
        expect(totals.memberPaysCents, `${contexts[p]!.plan.id}, year ${k}`).toBe(priced.totals.memberPaysCents);
        expect(totals.notCoveredCents, `${contexts[p]!.plan.id}, year ${k}`).toBe(priced.totals.notCoveredCents);
      });
    }
  };
  for (const [name, request] of Object.entries(households())) {
    it(`${name}: every stored year equals its claim list priced claim by claim`, () => storedYearsEqualClaimByClaim(fehb, request, 150));
  }
  it('"$40 per test" where a test may cost less: the tests below the copay cost their price, the others $40 each', () => {
    const labCopay = fehb.map((p) => ({ ...p, benefits: { ...p.benefits, lab_test: { ...p.benefits.lab_test!, costShare: copay(40) } } }));
    storedYearsEqualClaimByClaim(labCopay, example, 150);
  });
});

describe('quick claims summed as they are drawn, without storing their rows (a lazy draw)', () => {
  // The simulation does not store the rows of items every plan prices as quick claims: it sums what each
  // occurrence costs as it draws it, and draws the year again whole when a plan comes near a limit.
  const totalsOf = (rows: ClaimRows, whole: (() => void) | null): YearTotals[] => {
    const out: YearTotals[] = [];
    rows.price((p, t) => (out[p] = { ...t }), whole);
    return out;
  };
  for (const [name, request] of Object.entries(households())) {
    it(`${name}: every year's totals equal those of the same year with every row stored`, () => {
      const prepared = prepareComparison(fehb, parseCompareRequest({ ...request, simulations: 400 }), tables);
      const care = prepared.prep.contexts[0]!.care;
      const compiled = prepared.prep.contexts.map((c) => c.compiled);
      const lazyRows = new ClaimRows(care, compiled);
      const storedRows = new ClaimRows(care, compiled);
      const inert = lazyRows.inertItems();
      const drawer = createYearDrawer(care, prepared.prep.request.seed);
      const lazyFrom = drawer.lazyFrom(lazyRows.lazyItems());
      let drawnAgain = 0;
      for (let k = 0; k < 400; k++) {
        drawer.draw(k, lazyRows, inert, lazyFrom);
        const lazy = totalsOf(lazyRows, () => {
          drawnAgain++;
          drawer.draw(k, lazyRows, inert);
        });
        drawer.draw(k, storedRows, inert);
        expect(lazy, `year ${k}`).toEqual(totalsOf(storedRows, null));
      }
      if (name === 'a student away from home') {
        // Care away from home reads the plan's accumulators: every row is stored.
        expect(lazyFrom.every((v) => v < 0)).toBe(true);
      } else {
        expect(lazyFrom.some((v) => v >= 0)).toBe(true);
      }
      if (name === 'a family whose limits are often reached') expect(drawnAgain).toBeGreaterThan(20);
    });
  }

  it('"$40 per test" where a test may cost less: a test priced below its copay costs its price', () => {
    // Lab tests at about $42 each, with a made-up $40 copay under every plan: some draws fall below it.
    const labCopay = fehb.map((p) => ({ ...p, benefits: { ...p.benefits, lab_test: { ...p.benefits.lab_test!, costShare: copay(40) } } }));
    const { contexts, parsed, care, rows } = preparedRows(labCopay, example);
    const lazyFrom = createYearDrawer(care, parsed.seed).lazyFrom(rows.lazyItems());
    const labs = care.items.flatMap((it, i) => (it.service === 'lab_test' ? [lazyFrom[i]!] : []));
    expect(labs.length).toBeGreaterThan(0);
    expect(labs.every((from) => from > 0 && from < 4096)).toBe(true);
    const sim = simulateYears(
      care,
      contexts.map((c) => c.compiled),
      parsed.seed,
      0,
      120,
    );
    for (let k = 0; k < 120; k++) {
      const claims = simulatedYearRows(care, [contexts[0]!.compiled], parsed.seed, k).toClaims(0);
      expect(sim.outOfPocket[0]![k], `year ${k}`).toBe(priceClaims(contexts[0]!.compiled, care.members, claims).totals.memberPaysCents);
    }
  });

  it('rows a lazy draw summed cannot be priced near a limit without drawing the year again', () => {
    const prepared = prepareComparison(fehb, parseCompareRequest({ ...households()['a family whose limits are often reached']!, simulations: 400 }), tables);
    const care = prepared.prep.contexts[0]!.care;
    const rows = new ClaimRows(
      care,
      prepared.prep.contexts.map((c) => c.compiled),
    );
    const drawer = createYearDrawer(care, prepared.prep.request.seed);
    const lazyFrom = drawer.lazyFrom(rows.lazyItems());
    expect(() => {
      for (let k = 0; k < 400; k++) {
        drawer.draw(k, rows, rows.inertItems(), lazyFrom);
        rows.price(() => {});
      }
    }).toThrow(/lack the quick claims/);
  });
});

describe('engine/quick-services: what a quick claim costs, priced whole', () => {
  const plan = compilePlan(makePlan({ id: 'quick', benefits: { pcp_visit: { costShare: copay(30) }, preventive_visit: { costShare: { kind: 'nothing' } } } }));
  it('"$30 per visit": a flat copay costs its copay', () => {
    expect(quickPayCents(plan, serviceIndex('pcp_visit'), 30, 0)).toBe(3_000);
  });
  it('"Nothing" for preventive care: a free claim costs nothing', () => {
    expect(quickPayCents(plan, serviceIndex('preventive_visit'), 30, 0)).toBe(0);
  });
});

describe('engine/quick-services: when setting claims aside is exact', () => {
  // A family plan with a $1,000 person and $2,000 family out-of-pocket limit (embedded), three members.
  const cp = compilePlan(makePlan({ id: 'limits', oopMax: [100_000, 200_000] }));
  const atPerson = (paid: number[]): void => {
    cp.scratch.personOop.fill(0);
    paid.forEach((v, m) => (cp.scratch.personOop[m] = v));
  };
  it('exact while every member and the family stay under their limits', () => {
    atPerson([50_000, 20_000, 0]);
    const reached = new Uint8Array(3);
    expect(setAsideCheck(cp, 3, Float64Array.from([10_000, 10_000, 10_000]), 0, reached)).toBe(SET_ASIDE_EXACT);
  });
  it("a member whose own limit comes within reach has their claims priced in date order, the others' stay aside", () => {
    atPerson([95_000, 20_000, 0]);
    const reached = new Uint8Array(3);
    expect(setAsideCheck(cp, 3, Float64Array.from([10_000, 10_000, 0]), 0, reached)).toBe(SET_ASIDE_PERSON_REACHED);
    expect([...reached]).toEqual([1, 0, 0]);
  });
  it('the family limit within reach: every claim in date order', () => {
    atPerson([90_000, 90_000, 10_000]);
    const reached = new Uint8Array(3);
    expect(setAsideCheck(cp, 3, Float64Array.from([5_000, 5_000, 15_000]), 0, reached)).toBe(SET_ASIDE_FAMILY_REACHED);
  });
  it('exactly at a limit counts as reached (a cut may have happened there)', () => {
    atPerson([99_000, 0, 0]);
    expect(setAsideCheck(cp, 3, Float64Array.from([1_000, 0, 0]), 0, new Uint8Array(3))).toBe(SET_ASIDE_PERSON_REACHED);
  });
});
