import { describe, expect, it } from 'vitest';
import { compiledPlan } from '../../../src-main/compare/compiled-plans';
import { copay, makePlan } from './fixtures';

describe('compiled plans kept between comparisons', () => {
  it('the same plan again is the same compiled plan', () => {
    const plan = makePlan({ id: 'kept', benefits: { pcp_visit: { costShare: copay(30) } } });
    expect(compiledPlan(structuredClone(plan))).toBe(compiledPlan(plan));
  });

  it('an edited plan (a new copay) is compiled afresh, with the new amount', () => {
    const before = compiledPlan(makePlan({ id: 'edited', benefits: { pcp_visit: { costShare: copay(30) } } }));
    const after = compiledPlan(makePlan({ id: 'edited', benefits: { pcp_visit: { costShare: copay(40) } } }));
    expect(after).not.toBe(before);
    expect(after.plan.benefits.pcp_visit?.costShare).toEqual(copay(40));
  });

  it('a plan that cannot be compiled is refused every time, not kept', () => {
    const broken = { ...makePlan({ id: 'broken' }), deductible: { personCents: -1, familyCents: 0, embedded: true } };
    expect(() => compiledPlan(broken)).toThrow();
    expect(() => compiledPlan(broken)).toThrow();
  });
});
