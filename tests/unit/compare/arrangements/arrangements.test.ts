import { describe, expect, it } from 'vitest';
import { CompareResult, type ArrangementComparison, type ArrangementSection } from '../../../../src-shared/compare-result-schema';
import { AppError } from '../../../../src-shared/result';
import { analyseComparison, compareHousehold, finishComparison, parseCompareRequest, prepareComparison, simulateRange } from '../../../../src-main/compare';
import { explainArrangement } from '../../../../src-main/compare/arrangements';
import { annualPremium, compilePlan, priceClaims } from '../../../../src-main/engine';
import { tables } from '../fixtures';
import { district2021, district2022, fehb, fixtureDistrict, shippedDistrict, twoEmployerFamily } from './support';

// Who enrolls where (issue 14): each rule of the arrangements, stated as the test's name.

const library = [...fehb, ...fixtureDistrict];
const section = (r: CompareResult): ArrangementSection => r.arrangements as ArrangementSection;
const find = (s: ArrangementSection, test: (a: ArrangementComparison) => boolean): ArrangementComparison => {
  const a = s.arrangements.find(test);
  if (!a) throw new Error('no such arrangement');
  return a;
};
const everyoneOn = (planId: string) => (a: ArrangementComparison) => a.enrollments.length === 1 && a.enrollments[0]?.planId === planId;

describe('arrangements: who enrolls where', () => {
  const result = compareHousehold(library, twoEmployerFamily(), tables);
  const s = section(result);

  it('the result with arrangements matches the result schema', () => {
    expect(CompareResult.safeParse(result).error?.issues ?? []).toEqual([]);
  });

  it('enumerates every arrangement of two adults at two employers with two children: 3 + 3 family plans, and 3 × 3 × 2 splits', () => {
    // Everyone on one FEHB plan (3), everyone on one district plan (3), each adult on their own employer's
    // plan with the children on one of them (3 × 3 plans × 2 homes for the children).
    expect(s.arrangements).toHaveLength(24);
    expect(new Set(s.arrangements.map((a) => a.id)).size).toBe(24);
  });

  it('puts every member on exactly one enrollment, and the children together with a parent', () => {
    for (const a of s.arrangements) {
      const members = a.enrollments.flatMap((e) => e.members);
      expect([...members].sort()).toEqual(['child-1', 'child-2', 'employee', 'spouse']);
      const home = a.enrollments.find((e) => e.members.includes('child-1'));
      expect(home?.members).toContain('child-2');
      expect(['employee', 'spouse']).toContain(home?.members[0]);
    }
  });

  it('gives each enrollment the enrollment type that covers its members', () => {
    for (const a of s.arrangements) {
      for (const e of a.enrollments) {
        if (e.members.length === 1) expect(e.enrollmentType).toBe('self_only');
        if (e.members.length >= 3) expect(e.enrollmentType).toBe('self_and_family');
      }
    }
  });

  it('leads each enrollment by an employee of that program: the federal plan by the employee, the district plan by the spouse', () => {
    for (const a of s.arrangements) {
      for (const e of a.enrollments) expect(e.members[0]).toBe(e.program === 'fehb' ? 'employee' : 'spouse');
    }
  });

  it('prices "everyone on one FEHB plan" exactly as the plain comparison prices that plan: the same simulated years', () => {
    const federal = result.plans.filter((p) => p.planId.startsWith('fehb-'));
    expect(federal).toHaveLength(3);
    for (const plan of federal) {
      const a = find(s, everyoneOn(plan.planId));
      expect(a.expected).toEqual(plan.expected);
      expect(a.simulated?.total).toEqual(plan.simulated.total);
    }
  });

  it('shows parts that add up: premiums + out of pocket = expected, and the enrollments add up to the arrangement', () => {
    for (const a of s.arrangements.filter((x) => x.status.priced)) {
      const x = a.expected!;
      expect((x.premiumCents ?? 0) + x.careCents).toBe(x.totalCents);
      expect(a.enrollments.reduce((n, e) => n + (e.expected?.totalCents ?? 0), 0)).toBe(x.totalCents);
      expect(x.totalCents! % 100).toBe(0);
    }
  });

  it('ranks the arrangements under every priority, lowest expected cost first, and the chances of being cheapest add up to 1', () => {
    const expected = s.order.map((id) => find(s, (a) => a.id === id).expected?.totalCents ?? Infinity);
    expect(expected).toEqual([...expected].sort((a, b) => a - b));
    const chances = s.arrangements.reduce((n, a) => n + (a.simulated?.probabilityCheapest ?? 0), 0);
    expect(chances).toBeCloseTo(1, 9);
    for (const ranking of Object.values(s.rankings)) expect(ranking.ranking).toHaveLength(24);
    expect(s.rankings.lowest_expected.ranking[0]?.reasons[0]).toMatch(/^Expected cost about \$[\d,]+ a year/);
  });

  it('prices the district enrollment January–June under its 2021–22 plan year and July–December under 2022–23', () => {
    const split = find(s, (a) => a.enrollments.some((e) => e.program === 'district' && e.members.length === 1));
    const districtPart = split.enrollments.find((e) => e.program === 'district')!;
    expect(districtPart.segments.map((g) => [g.planYearLabel, g.months, g.planId])).toEqual([
      ['2021–22', 'January–June 2022', districtPart.planId],
      ['2022–23', 'July–December 2022', district2022.find((p) => p.planName === fixtureDistrict.find((f) => f.id === districtPart.planId)?.planName)?.id],
    ]);
  });

  it("counts each plan year's out-of-pocket limit in the worst case: a year split between two plan years can reach two limits", () => {
    const split = find(s, (a) => a.enrollments.some((e) => e.program === 'district' && e.members.length === 1));
    const d = split.enrollments.find((e) => e.program === 'district')!;
    const plan2021 = district2021.find((p) => p.id === d.planId)!;
    const plan2022 = district2022.find((p) => p.planName === plan2021.planName)!;
    const limits = plan2021.oopMax!.personCents + plan2022.oopMax!.personCents;
    expect(d.worstCaseCents).toBe(Math.round((d.expected!.premiumCents! + limits) / 100) * 100);
  });

  it('says dual coverage is out of scope when both employers offer coverage', () => {
    expect(s.notes.some((n) => n.startsWith('Dual coverage'))).toBe(true);
  });

  it('gives the same arrangements however the simulated years are split between workers', () => {
    const prepared = prepareComparison(library, parseCompareRequest(twoEmployerFamily()), tables);
    const years = prepared.simulation.years;
    const ranges = [simulateRange(prepared, 300, years), simulateRange(prepared, 0, 300)];
    const joined = finishComparison(prepared, tables, ranges, analyseComparison(prepared, tables));
    expect(joined.arrangements).toEqual(result.arrangements);
  });

  it('prices a shared enrollment once per simulated year however many arrangements contain it', () => {
    const prepared = prepareComparison(library, parseCompareRequest(twoEmployerFamily()), tables);
    const pa = prepared.arrangements!;
    const enrollments = pa.arrangements.flatMap((a) => a.enrollments);
    const distinct = new Set(enrollments.map((e) => `${e.shape.members.join()}|${e.priced.map((p) => p.compiled.plan.id).join('+')}`));
    expect(enrollments.length).toBe(42);
    expect(pa.units).toHaveLength(distinct.size);
    expect(pa.units.length).toBeLessThan(enrollments.length);
  });
});

describe('arrangements: what cannot be priced is listed, never guessed', () => {
  it('lists an arrangement whose next plan year is not in the plan library as not priced, with the reason', () => {
    const s = section(compareHousehold([...fehb, ...district2021], twoEmployerFamily(), tables));
    const needsDistrict = s.arrangements.filter((a) => a.enrollments.some((e) => e.program === 'district'));
    expect(needsDistrict).toHaveLength(21);
    for (const a of needsDistrict) {
      expect(a.status.priced).toBe(false);
      expect(a.expected).toBeNull();
      if (!a.status.priced)
        expect(a.status.reason).toMatch(/^the 2022–23 plan year of District Fixture .+, needed for July–December 2022, is not in the plan library\.$/);
    }
    expect(s.arrangements.filter((a) => a.status.priced)).toHaveLength(3);
    // Not priced comes last in every ranking.
    expect(s.order.slice(0, 3).every((id) => !id.includes('district'))).toBe(true);
  });

  it('lists arrangements that need an incomplete district plan with what is missing', () => {
    const s = section(
      compareHousehold([...fehb, ...shippedDistrict], twoEmployerFamily(2, { planIds: [...fehb, ...shippedDistrict].map((p) => p.id) }), tables),
    );
    const needsDistrict = s.arrangements.filter((a) => a.enrollments.some((e) => e.program === 'district'));
    for (const a of needsDistrict) {
      expect(a.status.priced).toBe(false);
      if (!a.status.priced) {
        expect(a.status.reason).toMatch(/cannot be priced yet: its numbers are missing/);
        expect(a.status.missing).toContain('deductible (per person and per family)');
      }
    }
  });

  it('prices a decision window from July under the district year whole and lists the federal plans whose next year is missing', () => {
    const request = twoEmployerFamily(2, { arrangements: { decisionStart: '2022-07-01' }, planIds: [...fehb, ...district2022].map((p) => p.id) });
    const s = section(compareHousehold(library, request, tables));
    expect(s.window).toEqual({ start: '2022-07-01', end: '2023-06-30', label: 'July 2022–June 2023' });
    const allDistrict = s.arrangements.filter((a) => a.enrollments.every((e) => e.program === 'district'));
    expect(allDistrict).toHaveLength(3);
    for (const a of allDistrict) expect(a.status.priced).toBe(true);
    for (const a of s.arrangements.filter((x) => x.enrollments.some((e) => e.program === 'fehb'))) {
      expect(a.status.priced).toBe(false);
      if (!a.status.priced) expect(a.status.reason).toMatch(/the 2023 plan year of FEHB .+, needed for January–June 2023, is not in the plan library/);
    }
  });
});

describe('arrangements: when they apply, and bad input', () => {
  it('adds no arrangements when only one adult is offered coverage by one employer', () => {
    const request = twoEmployerFamily();
    const members = request.household.members.map((m) => (m.relationship === 'spouse' ? { ...m, eligibleFor: undefined } : m));
    const r = compareHousehold(library, { ...request, household: { ...request.household, members } }, tables);
    expect(r.arrangements).toBeUndefined();
  });

  it('refuses an employer offer on a child, naming the field', () => {
    const request = twoEmployerFamily();
    const members = request.household.members.map((m) => (m.id === 'child-1' ? { ...m, eligibleFor: ['fehb' as const] } : m));
    try {
      compareHousehold(library, { ...request, household: { ...request.household, members } }, tables);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/request\.household\.members\.2\.eligibleFor|request\.household\.members\[2\]\.eligibleFor/);
    }
  });

  it('refuses a decision window that does not start on the first of a month', () => {
    expect(() => parseCompareRequest(twoEmployerFamily(2, { arrangements: { decisionStart: '2022-07-15' } }))).toThrow(
      /arrangements.decisionStart: the decision window starts on the first day of a month/,
    );
  });
});

describe('arrangements: Explain, claim by claim', () => {
  const request = parseCompareRequest(twoEmployerFamily());
  const result = compareHousehold(library, request, tables);
  const s = section(result);
  const split = find(s, (a) => a.enrollments.length === 2 && a.enrollments.some((e) => e.program === 'district' && e.members.length === 1));

  it("prices each enrollment's own members only, and the year's figures are the simulated year's", () => {
    const k = split.simulated!.years.worst;
    const x = explainArrangement(library, { request, arrangementId: split.id, year: { simulated: k } }, tables);
    for (const e of x.enrollments) {
      for (const part of e.parts) for (const line of part.priced.lines) expect(e.members).toContain(line.member);
    }
    // The worst simulated year's total, rebuilt from the ledgers: premiums + out of pocket per enrollment.
    const exact = x.enrollments.reduce(
      (n, e, j) => n + split.enrollments[j]!.expected!.premiumCents! + e.parts.reduce((m, p) => m + p.priced.totals.memberPaysCents, 0),
      0,
    );
    expect(Math.abs(exact - split.simulated!.total.maxCents)).toBeLessThanOrEqual(100 * split.enrollments.length);
  });

  it("starts the district's second plan year with its own deductible: July claims are priced under the 2022–23 plan from zero", () => {
    const x = explainArrangement(library, { request, arrangementId: split.id, year: 'typical' }, tables);
    const d = x.enrollments.find((e) => e.members[0] === 'spouse')!;
    expect(d.parts.map((p) => p.planYearLabel)).toEqual(['2021–22', '2022–23']);
    const [first, second] = d.parts;
    expect(first!.priced.lines.every((l) => l.date <= '2022-06-30')).toBe(true);
    expect(second!.priced.lines.every((l) => l.date >= '2022-07-01')).toBe(true);
    // Pricing the July–December claims on their own gives the same: nothing carried over from June.
    const plan = fixtureDistrict.find((p) => p.id === second!.planId)!;
    const alone = priceClaims(
      plan,
      [{ id: 'spouse', age: 38 }],
      second!.priced.lines.map((l) => ({ member: l.member, date: l.date, service: l.service, allowedCents: l.allowedCents })),
    );
    expect(alone.totals.memberPaysCents).toBe(second!.priced.totals.memberPaysCents);
  });

  it('refuses an arrangement that is not priced, with its reason, and an unknown one', () => {
    expect(() => explainArrangement(library, { request, arrangementId: 'nope', year: 'typical' }, tables)).toThrow(
      /arrangementId: "nope" is not among the arrangements compared/,
    );
    const narrow = parseCompareRequest(twoEmployerFamily(2, { planIds: [...fehb, ...district2021].map((p) => p.id) }));
    const r = section(compareHousehold([...fehb, ...district2021], narrow, tables));
    const missing = r.arrangements.find((a) => !a.status.priced)!;
    expect(() => explainArrangement([...fehb, ...district2021], { request: narrow, arrangementId: missing.id, year: 'typical' }, tables)).toThrow(
      /is not in the plan library/,
    );
  });
});

describe('arrangements: Explain of an arrangement the plain comparison already prices', () => {
  it('opens "everyone on one FEHB plan" claim by claim with the same ledger as the plan', () => {
    const request = parseCompareRequest(twoEmployerFamily());
    const s = section(compareHousehold(library, request, tables));
    const all = find(s, everyoneOn('fehb-kpco-2022-standard'));
    const x = explainArrangement(library, { request, arrangementId: all.id, year: { simulated: all.simulated!.years.bad } }, tables);
    expect(x.enrollments).toHaveLength(1);
    const lines = x.enrollments[0]!.parts[0]!.priced.lines;
    expect(new Set(lines.map((l) => l.member))).toEqual(new Set(['employee', 'spouse', 'child-1', 'child-2']));
    expect(x.figures.totalCents).toBe(Math.round(all.simulated!.total.p90Cents / 100) * 100);
  });
});

describe('arrangements: a baby due in the year', () => {
  it("puts the baby on a parent's enrollment, and a plan year that starts after the birth is priced with the baby from its first day", () => {
    const request = twoEmployerFamily(0);
    const members = request.household.members.map((m) =>
      m.id === 'spouse' ? { ...m, sex: 'female' as const, events: [{ type: 'baby' as const, delivery: 'vaginal' as const, dueDate: '2022-03-15' }] } : m,
    );
    const parsed = parseCompareRequest({ ...request, household: { ...request.household, members } });
    const s = section(compareHousehold(library, parsed, tables));
    const split = find(s, (a) => a.enrollments.length === 2 && a.enrollments.some((e) => e.program === 'district' && e.members.includes('spouse-newborn')));
    const x = explainArrangement(library, { request: parsed, arrangementId: split.id, year: 'typical' }, tables);
    const district = x.enrollments.find((e) => e.members[0] === 'spouse')!;
    const second = district.parts[1]!;
    const plan = compilePlan(fixtureDistrict.find((p) => p.id === second.planId)!);
    const selfPlusOne = annualPremium(plan, 'self_plus_one');
    if (!selfPlusOne.known) throw new Error('fixture premium unknown');
    // July 1 – December 31: 184 of the 2022–23 plan year's 365 days, at the two-person rate.
    expect(second.priced.premium.known && second.priced.premium.annualEmployeeCents).toBe(Math.round((selfPlusOne.annualEmployeeCents * 184) / 365));
  });
});
