import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-shared/claims-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import type { PricedClaims } from '../../../src-shared/pricing-schema';
import { PricedClaims as PricedClaimsSchema } from '../../../src-shared/pricing-schema';
import { compilePlan, createFastTotals, priceClaims, priceTotalsFast, toFastInput } from '../../../src-main/engine';
import type { CompiledPlan } from '../../../src-main/engine';
import { scenarioArb } from './arbitraries';
import { checkLedgerAddsUp } from './case-runner';
import { ADULT, NOTHING, coins, copay, family, repeat, rule, testPlan, toClaims } from './fixtures';
import { compileKpPlans } from './real-plans';

// Properties that must hold for any plan, household and claim list (random, from arbitraries.ts).

const RUNS = { numRuns: 300 };

function withoutDeductibleOutsideOop(plan: Plan): Plan {
  const benefits = Object.fromEntries(
    Object.entries(plan.benefits).map(([code, r]) => [
      code,
      r && !r.countsTowardOop ? { ...r, afterDeductible: false, exceptions: r.exceptions?.map((e) => ({ ...e, afterDeductible: false })) } : r,
    ]),
  );
  return { ...plan, benefits };
}

/**
 * Which limits a line counts toward: the plan's ("plan"), or those of its network tier when the tier has
 * limits of its own and prices the service with a rule of its own; and whether it counts toward the OOP
 * maximum (the tier rule's own say, else the plan rule's).
 */
function limitsOf(cp: CompiledPlan, l: PricedClaims['lines'][number]): { set: string; countsOop: boolean } {
  const tier = l.network ? cp.plan.networkTiers?.[l.network] : undefined;
  const tierRule = tier?.status === 'offered' && !(tier.samePlanServices ?? []).includes(l.service) ? tier.benefits[l.service] : undefined;
  if (tier?.status === 'offered' && tierRule) {
    return { set: tier.deductible || tier.oopMax ? (l.network as string) : 'plan', countsOop: tierRule.countsTowardOop };
  }
  return { set: 'plan', countsOop: cp.plan.benefits[l.service]?.countsTowardOop === true };
}

/** Sums of what counted toward a limit, per set of limits, plan year and member ("" = the family). */
function countedBy(cp: CompiledPlan, r: PricedClaims, pick: 'deductible' | 'oop'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const l of r.lines) {
    const { set, countsOop } = limitsOf(cp, l);
    const counts = pick === 'deductible' ? l.deductibleCents : countsOop ? l.deductibleCents + l.copayCents + l.coinsuranceCents : 0;
    for (const key of [`${set}|${l.planYear}|${l.member}`, `${set}|${l.planYear}|`]) sums.set(key, (sums.get(key) ?? 0) + counts);
  }
  return sums;
}

function withinLimits(cp: CompiledPlan, r: PricedClaims, memberCount: number): void {
  for (const pick of ['deductible', 'oop'] as const) {
    for (const [key, sum] of countedBy(cp, r, pick)) {
      const set = key.slice(0, key.indexOf('|'));
      const tier = set === 'plan' ? undefined : cp.plan.networkTiers?.[set as 'out_of_network'];
      const own = tier?.status === 'offered' ? (pick === 'deductible' ? tier.deductible : tier.oopMax) : undefined;
      const lim = own ?? (pick === 'deductible' ? cp.deductible : cp.oopMax);
      const single = memberCount === 1;
      const person = single || lim.embedded ? lim.personCents : Infinity;
      const familyLimit = single ? lim.personCents : lim.familyCents;
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
        // Two kinds of plan are left out, because with them an earlier claim can lower the total under
        // the brochure's own rules (see the two exceptions below): rules outside the OOP maximum that are
        // after the deductible, and per-person OOP maximums in a household of two or more.
        const monotone = withoutDeductibleOutsideOop(plan);
        if (members.length > 1) monotone.oopMax = monotone.oopMax && { ...monotone.oopMax, embedded: false };
        const cp = compilePlan(monotone);
        const before = priceClaims(cp, members, claims, { ledger: false }).totals.memberPaysCents;
        for (const at of [0, claims.length]) {
          const more = [...claims.slice(0, at), added, ...claims.slice(at)];
          expect(priceClaims(cp, members, more, { ledger: false }).totals.memberPaysCents).toBeGreaterThanOrEqual(before);
        }
      }),
      RUNS,
    );
  });

  it('the one exception: a rule outside the OOP maximum that is also after the deductible', () => {
    // Deductible $5, OOP maximum $10. Y (outside the OOP maximum, 0% after the deductible) pays the $5
    // deductible; Z ($10 copay, counts) pays $10: $15. Add X first (nothing after the deductible, $5):
    // X takes the deductible and counts toward the OOP maximum, Y pays nothing, Z only the $5 left: $10.
    const plan = compilePlan(
      testPlan({
        deductible: { personCents: 500, familyCents: 1000, embedded: true },
        oopMax: { personCents: 1000, familyCents: 2000, embedded: true },
        benefits: {
          dental_preventive: rule(coins(0), { afterDeductible: true, countsTowardOop: false }),
          specialist_visit: rule(copay(1000)),
          lab_test: rule(NOTHING, { afterDeductible: true }),
        },
      }),
    );
    const y: Claim = { member: 'self', date: '2022-02-01', service: 'dental_preventive', allowedCents: 500 };
    const z: Claim = { member: 'self', date: '2022-03-01', service: 'specialist_visit', allowedCents: 5000 };
    const x: Claim = { member: 'self', date: '2022-01-01', service: 'lab_test', allowedCents: 500 };
    expect(priceClaims(plan, ADULT, [y, z]).totals.memberPaysCents).toBe(1500);
    expect(priceClaims(plan, ADULT, [x, y, z]).totals.memberPaysCents).toBe(1000);
  });

  it('the other exception: per-person OOP maximums with a shared family deductible (Standard Option)', () => {
    // a: 27 ambulance trips at $200 ($5,400) and a $40 specialist visit; b and c: an MRI each
    // ($150 deductible + $150 copay). Total $6,040. Add an MRI for a before the trips: a now pays the
    // $150 + $150 and reaches the $5,500 person maximum, so $240 of a's later copays are forgiven, while
    // a and b between them meet the $300 family deductible and c's MRI costs only the $150 copay.
    // a: $5,500, b: $300, c: $150 = $5,950, $90 less with one more claim. Adjudicating claim by claim
    // under the brochure's limits gives this; it is not a rounding artefact.
    const { standard } = compileKpPlans();
    const members = family(3);
    const before = toClaims(members, [
      ...repeat(27, { service: 'ambulance_trip', allowedCents: 90000, member: 'a' }),
      { service: 'specialist_visit', allowedCents: 25000, member: 'a' },
      { service: 'advanced_imaging', allowedCents: 100000, member: 'b' },
      { service: 'advanced_imaging', allowedCents: 100000, member: 'c' },
    ]);
    // Same date as the first trip and listed first, so it is priced first.
    const after: Claim[] = [{ member: 'a', date: '2022-01-01', service: 'advanced_imaging', allowedCents: 100000 }, ...before];
    expect(priceClaims(standard, members, before).totals.memberPaysCents).toBe(604000);
    const r = priceClaims(standard, members, after);
    expect(r.totals.memberPaysCents).toBe(595000);
    expect([r.byMember.a?.memberPaysCents, r.byMember.b?.memberPaysCents, r.byMember.c?.memberPaysCents]).toEqual([550000, 30000, 15000]);
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

  it('a birth date on the first day of the plan year prices exactly like the age it gives', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, members, claims }) => {
        const cp = compilePlan(plan);
        // `age` is the age on the first day of the plan year the claims start in: the plan's own, or the next.
        const next = `${Number(plan.planYear.start.slice(0, 4)) + 1}${plan.planYear.start.slice(4)}`;
        const first = claims.reduce((min, c) => (c.date < min ? c.date : min), '9999-12-31');
        const start = first >= next ? next : plan.planYear.start;
        const ages = members.map((m) => m.age ?? 30);
        const byAge = members.map(({ birthDate: _b, ...m }, i) => ({ ...m, age: ages[i] }));
        const dated = members.map(({ age: _a, ...m }, i) => ({
          ...m,
          birthDate: `${String(Number(start.slice(0, 4)) - (ages[i] as number)).padStart(4, '0')}${start.slice(4)}`,
        }));
        const a = priceClaims(cp, byAge, claims, { ledger: false });
        const b = priceClaims(cp, dated, claims, { ledger: false });
        expect(b.totals).toEqual(a.totals);
        expect(b.byMember).toEqual(a.byMember);
      }),
      RUNS,
    );
  });

  it('the random scenarios exercise every kind of input and every exception the ledger can name', () => {
    const seen = new Map<string, number>();
    const see = (what: string, yes: boolean) => yes && seen.set(what, (seen.get(what) ?? 0) + 1);
    for (const { plan, members, claims } of fc.sample(scenarioArb, { numRuns: 1000, seed: 17 })) {
      see(
        'member with a birth date',
        members.some((m) => m.birthDate !== undefined),
      );
      see(
        'member with a condition',
        members.some((m) => (m.conditions?.length ?? 0) > 0),
      );
      see(
        'habilitative visit',
        claims.some((c) => c.purpose === 'habilitative'),
      );
      see(
        'pulmonary rehabilitation visit',
        claims.some((c) => c.purpose === 'pulmonary_rehabilitation'),
      );
      see(
        'office setting',
        claims.some((c) => c.setting !== undefined),
      );
      see(
        'scan admitted',
        claims.some((c) => c.service === 'advanced_imaging' && c.admitted === true),
      );
      see(
        'plan with a day limit',
        Object.values(plan.benefits).some((r) => r?.dayLimit),
      );
      see(
        'plan with office settings',
        Object.values(plan.benefits).some((r) => r?.settings),
      );
      see(
        'plan with purpose limits',
        Object.values(plan.benefits).some((r) => r?.purposeVisitLimits),
      );
      see(
        'claims in the next plan year',
        claims.some((c) => c.date >= `${Number(plan.planYear.start.slice(0, 4)) + 1}${plan.planYear.start.slice(4)}`),
      );
      const r = priceClaims(plan, members, claims);
      for (const l of r.lines) for (const d of l.rule.decidedBy ?? []) see(`decided by ${d}`, true);
    }
    const kinds = [
      'member with a birth date',
      'member with a condition',
      'habilitative visit',
      'pulmonary rehabilitation visit',
      'office setting',
      'scan admitted',
      'plan with a day limit',
      'plan with office settings',
      'plan with purpose limits',
      'claims in the next plan year',
      ...['age_exception', 'birthday', 'admission', 'autism_spectrum_disorder', 'cleft_lip_palate', 'office_setting', 'visit_limit', 'day_limit'].map(
        (d) => `decided by ${d}`,
      ),
    ];
    for (const kind of kinds) expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(0);
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
