import { describe, expect, it } from 'vitest';
import type { CompareRequestInput } from '../../../../src-shared/household-schema';
import { parseCompareRequest, prepareComparison, simulateRange } from '../../../../src-main/compare';
import type { CarePlan } from '../../../../src-main/compare/care-items';
import { drawsAlike, pricesOnRowsOf } from '../../../../src-main/compare/draws-alike';
import { tables } from '../fixtures';
import { fehb, fixtureDistrict, twoEmployerFamily } from './support';

// The district's own plan year (July–June) and the family's decision window (January–December) take the
// same random words for year k. When the household's care draws alike over both, the arrangements' draw
// serves the plain comparison's district plans too (draws-alike.ts). Their years must be exactly those of
// the same plans priced with no arrangements at all, whichever way the years were drawn.

const library = [...fehb, ...fixtureDistrict];
type Member = CompareRequestInput['household']['members'][number];

/** The same household with no employer said: the plain comparison, which never draws with arrangements. */
function withoutOffers(request: CompareRequestInput): CompareRequestInput {
  const copy = structuredClone(request);
  copy.household.members.forEach((m: Member) => delete m.eligibleFor);
  return copy;
}

function households(): Record<string, { request: CompareRequestInput; alike: boolean }> {
  const baby = twoEmployerFamily();
  const mother = baby.household.members[1] as Member;
  mother.sex = 'female';
  // Due in October: inside the January–December window, after the district's July–June year.
  mother.events = [{ type: 'baby', delivery: 'vaginal', dueDate: '2022-10-10' }];
  const heavy = twoEmployerFamily();
  heavy.household.members.forEach((m: Member) => (m.usage = { preset: 'high', conditions: ['type2_diabetes', 'chronic_specialty_drug'] }));
  const therapy = twoEmployerFamily();
  (therapy.household.members[3] as Member).usage = { preset: 'typical', counts: { pt_visit: 45 } };
  const born = twoEmployerFamily();
  const child = born.household.members[3] as Member;
  delete child.age;
  child.birthDate = '2015-03-15';
  return {
    'two adults at two employers with two children': { request: twoEmployerFamily(), alike: true },
    'the same family, often at its limits': { request: heavy, alike: true },
    'a child with therapy visits past the limit': { request: therapy, alike: true },
    'a baby due in October (outside the district year)': { request: baby, alike: false },
    'a child with a birth date (the district year on rows of its own)': { request: born, alike: true },
  };
}

describe('a plain plan year drawn with the arrangements gives the years it has on its own', () => {
  for (const [name, { request, alike }] of Object.entries(households())) {
    it(`${name}: every district plan's simulated years, with and without who enrolls where`, () => {
      const withArrangements = prepareComparison(library, parseCompareRequest(request), tables);
      const plain = prepareComparison(library, parseCompareRequest(withoutOffers(request)), tables);
      const pa = withArrangements.arrangements;
      if (!pa) throw new Error('no arrangements');
      expect(plain.arrangements).toBeNull();
      const district = withArrangements.prep.contexts.flatMap((c, i) => (c.plan.program === 'district' ? [i] : []));
      expect(district.length).toBe(3);
      const districtCare = withArrangements.prep.contexts[district[0]!]!.care;
      expect(districtCare).not.toBe(pa.care);
      expect(drawsAlike(districtCare, pa.care)).toBe(alike);

      const years = 300;
      const a = simulateRange(withArrangements, 0, years);
      const b = simulateRange(plain, 0, years);
      for (const i of district) {
        expect(plain.prep.contexts[i]!.plan.id).toBe(withArrangements.prep.contexts[i]!.plan.id);
        expect([...a.outOfPocket[i]!], withArrangements.prep.contexts[i]!.plan.id).toEqual([...b.outOfPocket[i]!]);
        expect([...a.notCovered[i]!], withArrangements.prep.contexts[i]!.plan.id).toEqual([...b.notCovered[i]!]);
      }
      // Not a vacuous comparison: the plans' years vary (the heavy family's sit at the limit in most years).
      const distinct = new Set(district.flatMap((i) => [...a.outOfPocket[i]!])).size;
      expect(distinct).toBeGreaterThan(name === 'the same family, often at its limits' ? 2 : 50);
    });
  }
});

describe('drawsAlike: which years draw the same', () => {
  const cares = (): { january: CarePlan; july: CarePlan } => {
    // A regular prescription's fills are a scheduled item (fixed days).
    const request = twoEmployerFamily();
    (request.household.members[0] as Member).prescriptions = [{ tier: 'rx_generic', fillsPerYear: 4, supplyDays: 90, channel: 'mail' }];
    const prepared = prepareComparison(library, parseCompareRequest(request), tables);
    const july = prepared.prep.contexts.find((c) => c.plan.program === 'district')!.care;
    return { january: prepared.arrangements!.care, july };
  };
  it('the same items over windows of as many days draw alike; an item label is words only', () => {
    const { january, july } = cares();
    expect(drawsAlike(january, july)).toBe(true);
    expect(drawsAlike(january, { ...july, items: july.items.map((it) => ({ ...it, label: `${it.label} (July)` })) })).toBe(true);
  });
  it('a price spread, a mean count, a scheduled day or the window length that differ draw apart', () => {
    const { january, july } = cares();
    const changed = (i: number, change: Partial<CarePlan['items'][number]>): CarePlan => ({
      ...july,
      items: july.items.map((it, j) => (j === i ? { ...it, ...change } : it)),
    });
    const scheduled = july.items.findIndex((it) => it.kind === 'scheduled');
    expect(scheduled).toBeGreaterThanOrEqual(0);
    expect(drawsAlike(january, changed(0, { spread: july.items[0]!.spread + 0.1 }))).toBe(false);
    expect(drawsAlike(january, changed(0, { expected: july.items[0]!.expected + 0.5 }))).toBe(false);
    expect(drawsAlike(january, changed(scheduled, { offsets: july.items[scheduled]!.offsets.map((d) => d + 1) }))).toBe(false);
    expect(drawsAlike(january, { ...july, window: { ...july.window, days: 366 } })).toBe(false);
    expect(drawsAlike(january, { ...july, items: july.items.slice(1) })).toBe(false);
  });
});

describe("pricesOnRowsOf: a plan year priced on the arrangements' own rows", () => {
  const cares = (mutate: (members: Member[]) => void = () => {}): { january: CarePlan; july: CarePlan } => {
    const request = twoEmployerFamily();
    mutate(request.household.members);
    const prepared = prepareComparison(library, parseCompareRequest(request), tables);
    return { january: prepared.arrangements!.care, july: prepared.prep.contexts.find((c) => c.plan.program === 'district')!.care };
  };
  it('the same people at the same ages, drawn alike: the rows serve both windows', () => {
    const { january, july } = cares();
    expect(pricesOnRowsOf(july, january)).toBe(true);
    const withCondition = cares((m) => ((m[2] as Member).conditions = ['autism_spectrum_disorder']));
    expect(pricesOnRowsOf(withCondition.july, withCondition.january)).toBe(true);
  });
  it('a birth date (an age read from the date of service), another age or condition: rows of its own', () => {
    const born = cares((m) => {
      const child = m[3] as Member;
      delete child.age;
      child.birthDate = '2015-03-15';
    });
    expect(drawsAlike(born.july, born.january)).toBe(true);
    expect(pricesOnRowsOf(born.july, born.january)).toBe(false);
    const { january, july } = cares();
    const older = { ...july, members: july.members.map((m, i) => (i === 0 ? { ...m, age: (m.age ?? 0) + 1 } : m)) };
    expect(pricesOnRowsOf(older, january)).toBe(false);
    const condition = { ...july, members: july.members.map((m, i) => (i === 2 ? { ...m, conditions: ['autism_spectrum_disorder' as const] } : m)) };
    expect(pricesOnRowsOf(condition, january)).toBe(false);
    expect(pricesOnRowsOf({ ...july, window: { ...july.window, days: 366 } }, january)).toBe(false);
  });
});

describe('a compute part prepared for simulating only', () => {
  it('simulates exactly the years of a full preparation, without pricing the typical year', () => {
    const request = parseCompareRequest(twoEmployerFamily());
    const full = prepareComparison(library, request, tables);
    const part = prepareComparison(library, request, tables, { simulationOnly: true });
    expect(full.prep.typical.length).toBe(full.prep.contexts.length);
    expect(part.prep.typical).toEqual([]);
    expect(part.simulation).toEqual(full.simulation);
    const a = simulateRange(full, 100, 260);
    const b = simulateRange(part, 100, 260);
    expect(b.outOfPocket.map((y) => [...y])).toEqual(a.outOfPocket.map((y) => [...y]));
    expect(b.units?.outOfPocket.map((y) => [...y])).toEqual(a.units?.outOfPocket.map((y) => [...y]));
  });
});
