import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../src-shared/household-schema';
import { parseCompareRequest, prepareComparison } from '../../../src-main/compare';
import { ClaimRows, type YearTotals } from '../../../src-main/compare/claim-rows';
import { memberSet } from '../../../src-main/compare/member-set';
import { segmentsOf } from '../../../src-main/compare/row-spans';
import { createYearDrawer, simulatedYearRows } from '../../../src-main/compare/simulate';
import { compilePlan, priceClaims, type CompiledPlan } from '../../../src-main/engine';
import { tables } from './fixtures';
import { district2021, district2022, fehb, fixtureDistrict, twoEmployerFamily } from './arrangements/support';

// The arrangements store the household's rows of the January–December window once and price each plan
// over its own plan year's stretch of it (ClaimRows with cuts, row-spans.ts): the district's July–June
// years cut the window at July 1. These tests hold every span, plan and member set to the span's own
// claims priced claim by claim (priceClaims), as the brochure's plan year counts them.

type Member = CompareRequestInput['household']['members'][number];

function households(): Record<string, CompareRequestInput> {
  const heavy = twoEmployerFamily();
  heavy.household.members.forEach((m: Member) => (m.usage = { preset: 'high', conditions: ['type2_diabetes', 'chronic_specialty_drug'] }));
  const away = twoEmployerFamily();
  (away.household.members[2] as Member).away = { livesAway: 'elsewhere_us', monthsAway: 9, travelDays: 20 };
  return {
    'two adults at two employers with two children': twoEmployerFamily(),
    'the same family, often at its limits': heavy,
    'a student away from home': away,
  };
}

const compiled = (ids: readonly { id: string }[]): CompiledPlan[] => ids.map((p) => compilePlan(p as Parameters<typeof compilePlan>[0]));

describe("a span of the window's rows prices as its own plan year's claims", () => {
  for (const [name, request] of Object.entries(households())) {
    it(`${name}: every plan over its stretch, for everyone and for one member, year by year`, () => {
      const prepared = prepareComparison([...fehb, ...fixtureDistrict], parseCompareRequest(request), tables);
      const care = prepared.arrangements!.care;
      const cut = prepared.arrangements!.groups.find((g) => g.fromDay > 0)!.fromDay;
      // July 1 of the January–December window.
      expect(care.window.startDay + cut).toBe(Date.UTC(2022, 6, 1) / 86_400_000);
      const federal = compiled(fehb);
      const first = compiled(district2021);
      const second = compiled(district2022);
      const plans = [...federal, ...first, ...second];
      // FEHB is one class, the district's plans another: each sets aside its own quick claims.
      const rows = new ClaimRows(care, plans, [cut], [...federal.map(() => 0), ...first.map(() => 1), ...second.map(() => 1)]);
      const days = care.window.days;
      const stretches = [
        { span: rows.span(0, days), from: 0, to: days, plans: federal.map((_, i) => i) },
        { span: rows.span(0, cut), from: 0, to: cut, plans: first.map((_, i) => federal.length + i) },
        { span: rows.span(cut, days), from: cut, to: days, plans: second.map((_, i) => federal.length + first.length + i) },
      ];
      const spouse = care.members[1]!;
      const drawer = createYearDrawer(care, 7);
      const dateOf = (day: number): string => new Date((care.window.startDay + day) * 86_400_000).toISOString().slice(0, 10);
      let differentHalves = 0;
      for (let k = 0; k < 120; k++) {
        drawer.draw(k, rows);
        for (const { span, from, to, plans: indexes } of stretches) {
          for (const members of [care.members.map((_, m) => m), [1]]) {
            const got: YearTotals[] = [];
            rows.priceSet(memberSet(care, plans.length, members, indexes), (p, t) => (got[p] = { ...t }), null, span);
            for (const p of indexes) {
              const cp = plans[p]!;
              const claims = simulatedYearRows(care, [cp], 7, k)
                .toClaims(0)
                .filter((c) => c.date >= dateOf(from) && c.date < dateOf(to) && (members.length > 1 || c.member === spouse.id));
              const want = priceClaims(cp, members.length > 1 ? care.members : [spouse], claims, { ledger: false }).totals;
              expect(got[p]?.memberPaysCents, `${cp.plan.id}, days ${from}–${to}, ${members.length} members, year ${k}`).toBe(want.memberPaysCents);
              expect(got[p]?.notCoveredCents, `${cp.plan.id}, days ${from}–${to}, year ${k}`).toBe(want.notCoveredCents);
              if (from > 0 && members.length > 1 && want.memberPaysCents > 0) differentHalves++;
            }
          }
        }
      }
      // Not vacuous: the second stretch has claims and costs of its own in most years.
      expect(differentHalves).toBeGreaterThan(150);
    });
  }
});

describe('spans between the cuts', () => {
  const care = prepareComparison([...fehb, ...fixtureDistrict], parseCompareRequest(twoEmployerFamily()), tables).arrangements!.care;
  it('a span must start and end on a cut or an end of the window', () => {
    const rows = new ClaimRows(care, compiled(fehb), [181]);
    expect(rows.span(0, care.window.days)).toBe(0);
    expect(rows.span(181, care.window.days)).toBe(rows.span(181, care.window.days));
    expect(() => rows.span(10, 181)).toThrow(RangeError);
    expect(() => rows.span(181, 181)).toThrow(/not a span/);
  });
  it('a cut must be a day inside the window', () => {
    expect(() => new ClaimRows(care, compiled(fehb), [care.window.days])).toThrow(/inside the window/);
    expect(() => new ClaimRows(care, compiled(fehb), [0])).toThrow(RangeError);
    expect(Array.from(segmentsOf(10, [4, 4, 2]).segOfDay)).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 2, 2]);
  });
});
