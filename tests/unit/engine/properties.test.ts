import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-shared/claims-schema';
import type { PricedClaims } from '../../../src-shared/pricing-schema';
import { PricedClaims as PricedClaimsSchema } from '../../../src-shared/pricing-schema';
import { compilePlan, createFastTotals, priceClaims, priceTotalsFast, toFastInput } from '../../../src-main/engine';
import type { CompiledPlan } from '../../../src-main/engine';
import { scenarioArb } from './arbitraries';
import { checkLedgerAddsUp } from './case-runner';

// Properties that must hold for any plan, household and claim list (random, from arbitraries.ts).

const RUNS = { numRuns: 300 };

/** Sums of what counted toward a limit, per plan year and member ("" = the family). */
function countedBy(cp: CompiledPlan, r: PricedClaims, pick: 'deductible' | 'oop'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const l of r.lines) {
    const counts = pick === 'deductible' ? l.deductibleCents : cp.plan.benefits[l.service]?.countsTowardOop ? l.deductibleCents + l.copayCents + l.coinsuranceCents : 0;
    for (const key of [`${l.planYear}|${l.member}`, `${l.planYear}|`]) sums.set(key, (sums.get(key) ?? 0) + counts);
  }
  return sums;
}

function withinLimits(cp: CompiledPlan, r: PricedClaims, memberCount: number): void {
  for (const [pick, lim] of [
    ['deductible', cp.deductible],
    ['oop', cp.oopMax],
  ] as const) {
    const single = memberCount === 1;
    const person = single || lim.embedded ? lim.personCents : Infinity;
    const familyLimit = single ? lim.personCents : lim.familyCents;
    for (const [key, sum] of countedBy(cp, r, pick)) {
      expect(sum, `${pick} ${key}`).toBeLessThanOrEqual(key.endsWith('|') ? familyLimit : person);
    }
  }
}

describe('engine properties', () => {
  it('a member never pays more than the allowed amount, nor a negative amount', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims }) => {
        const r = priceClaims(plan, members, claims);
        for (const l of r.lines) {
          expect(l.memberPaysCents).toBeGreaterThanOrEqual(0);
          expect(l.memberPaysCents).toBeLessThanOrEqual(l.allowedCents);
          for (const part of [l.deductibleCents, l.copayCents, l.coinsuranceCents, l.notCoveredCents]) {
            expect(Number.isInteger(part) && part >= 0).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('never more than the OOP maximum (or deductible) for what counts toward it, person and family', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims }) => {
        const cp = compilePlan(plan);
        withinLimits(cp, priceClaims(cp, members, claims), members.length);
      }),
      RUNS,
    );
  });

  it('the ledger adds up to the totals and to byMember, and matches the pricing schema', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims }) => {
        const r = priceClaims(plan, members, claims);
        checkLedgerAddsUp(r);
        const byMember = Object.values(r.byMember);
        expect(byMember.reduce((a, t) => a + t.memberPaysCents, 0)).toBe(r.totals.memberPaysCents);
        expect(byMember.reduce((a, t) => a + t.planPaysCents, 0)).toBe(r.totals.planPaysCents);
        expect(PricedClaimsSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the result does not depend on the order members are listed in', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 4 }), ({ plan, members, claims }, shift) => {
        const cp = compilePlan(plan);
        const rotated = members.map((_, i) => members[(i + shift) % members.length]!);
        expect(priceClaims(cp, rotated, claims)).toEqual(priceClaims(cp, members, claims));
      }),
      RUNS,
    );
  });

  it('adding a claim never lowers what the household pays', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims, extra }) => {
        // The extra claim is dated no earlier than the first one, so ages keep the same base plan year.
        const first = claims.reduce((min, c) => (c.date < min ? c.date : min), '9999-12-31');
        const added: Claim = claims.length > 0 && extra.date < first ? { ...extra, date: first } : extra;
        const cp = compilePlan(plan);
        const before = priceClaims(cp, members, claims, { ledger: false }).totals.memberPaysCents;
        for (const at of [0, claims.length]) {
          const more = [...claims.slice(0, at), added, ...claims.slice(at)];
          expect(priceClaims(cp, members, more, { ledger: false }).totals.memberPaysCents).toBeGreaterThanOrEqual(before);
        }
      }),
      RUNS,
    );
  });

  it('priceTotalsFast gives exactly the totals of priceClaims', () => {
    const out = createFastTotals();
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims }) => {
        const cp = compilePlan(plan);
        const r = priceClaims(cp, members, claims, { ledger: false });
        const fast = toFastInput(cp, members, claims);
        priceTotalsFast(cp, fast.household, fast.claims, out);
        const { memberPaysByMember, ...totals } = out;
        expect(totals).toEqual(r.totals);
        members.forEach((m, i) => expect(memberPaysByMember[i]).toBe(r.byMember[m.id]?.memberPaysCents));
      }),
      RUNS,
    );
  });

  it('the ledger option changes nothing but the lines', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims }) => {
        const cp = compilePlan(plan);
        const full = priceClaims(cp, members, claims);
        expect(priceClaims(cp, members, claims, { ledger: false })).toEqual({ ...full, lines: [] });
        expect(full.lines).toHaveLength(claims.length);
      }),
      { numRuns: 100 },
    );
  });
});
