import { describe, expect, it } from 'vitest';
import { ageBandFor, expectedCounts } from '../../../src-main/compare/usage-profile';
import { tables } from './fixtures';

const usage = tables.usage;
const member = (age: number, extra: Partial<Parameters<typeof expectedCounts>[0]['usage']> = {}, sex?: 'female' | 'male') => ({
  age,
  ...(sex ? { sex } : {}),
  usage: { preset: 'typical' as const, conditions: [], counts: {}, ...extra },
});

describe('expected use by age band, sex, preset and condition', () => {
  it('scales the standard population by the age band (office visits per 100 people ÷ 300)', () => {
    // 18–44: 251 visits per 100 people, both sexes.
    expect(expectedCounts(member(30), usage).pcp_visit).toBeCloseTo(1.571 * (251 / 300), 2);
    // 18–44 women 342, men 159.
    expect(expectedCounts(member(30, {}, 'female'), usage).specialist_visit).toBeCloseTo(0.937 * (342 / 300), 2);
    expect(expectedCounts(member(30, {}, 'male'), usage).specialist_visit).toBeCloseTo(0.937 * (159 / 300), 2);
  });

  it('gives babies more emergency visits than adults (103 vs 40.5 per 100)', () => {
    expect(expectedCounts(member(0), usage).er_visit).toBeCloseTo(0.156 * (103 / 43), 3);
    expect(expectedCounts(member(40), usage).er_visit).toBeCloseTo(0.156 * (40.5 / 43), 3);
  });

  it('makes admissions rarer for a child than for someone over 75', () => {
    const child = expectedCounts(member(10), usage).inpatient_admission!;
    const elder = expectedCounts(member(80), usage).inpatient_admission!;
    expect(elder / child).toBeCloseTo(777 / 266, 2);
    expect(ageBandFor(usage, 120).id).toBe('75-plus');
  });

  it('scales by the preset: none is nothing, high is twice typical', () => {
    expect(expectedCounts(member(40, { preset: 'none' }), usage)).toEqual({});
    const typical = expectedCounts(member(40), usage);
    const high = expectedCounts(member(40, { preset: 'high' }), usage);
    expect(high.lab_test).toBeCloseTo(2 * typical.lab_test!, 9);
  });

  it("adds a condition's care on top (Joe's diabetes: four primary care visits)", () => {
    const base = expectedCounts(member(52, { preset: 'none' }), usage);
    const joe = expectedCounts(member(52, { preset: 'none', conditions: ['type2_diabetes'] }), usage);
    expect(base.pcp_visit).toBeUndefined();
    expect(joe.pcp_visit).toBe(4);
    expect(joe.specialist_visit).toBe(2);
  });

  it("lets the counselor's own count replace the default, and zero remove it", () => {
    const c = expectedCounts(member(40, { counts: { specialist_visit: 6, lab_test: 0 } }), usage);
    expect(c.specialist_visit).toBe(6);
    expect(c.lab_test).toBeUndefined();
  });
});
