import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareRequestInput, HouseholdInput } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import type { ServiceCode } from '../../../src-shared/services';
import { preparePlans } from '../../../src-main/compare/prepare-plans';
import { findSensitivity } from '../../../src-main/compare/sensitivity';
import { adult, copay, exampleHouseholds, makePlan, tables } from './fixtures';

const priceOf = (s: ServiceCode): number => tables.prices.services[s].cents;
// "Lean": $130 a year, $100 per specialist visit. "Rich": $520 a year, nothing to pay.
const lean = makePlan({ id: 'lean', benefits: { specialist_visit: { costShare: copay(100) } }, biweekly: [500, 1_000, 1_500] });
const rich = makePlan({ id: 'rich', biweekly: [2_000, 4_000, 6_000] });

const sensitivity = (household: HouseholdInput, plans = [lean, rich]) =>
  findSensitivity(preparePlans(plans, { household, priority: 'balanced' }, tables).contexts, priceOf);

describe('what would change the answer', () => {
  it('two more specialist visits tip a lean plan to a rich one', () => {
    // Two visits: lean $330 vs rich $520. Three: $430. Four: $530, dearer than rich.
    const s = sensitivity({ members: [adult({ specialist_visit: 2 })] });
    expect(s.cheapestPlanId).toBe('lean');
    expect(s.change).toMatchObject({ service: 'specialist_visit', delta: 2, phrase: 'two more specialist visits', newCheapestPlanId: 'rich' });
    expect(s.summary).toBe('In a typical year Test lean costs least; two more specialist visits would make Test rich the cheapest.');
  });

  it('fewer visits can tip it the other way, and names whose visits in a household', () => {
    // Five visits each for the employee: lean $630 vs rich $520; one fewer makes lean $530; two fewer $430.
    const s = sensitivity(
      {
        members: [adult({ specialist_visit: 5 }), { id: 's', relationship: 'spouse', age: 40, usage: { preset: 'none' } }],
      },
      [
        makePlan({ id: 'lean', benefits: { specialist_visit: { costShare: copay(100) } }, biweekly: [500, 500, 1_500] }),
        makePlan({ id: 'rich', biweekly: [2_000, 2_000, 6_000] }),
      ],
    );
    expect(s.cheapestPlanId).toBe('rich');
    expect(s.change).toMatchObject({ delta: -2, phrase: 'two fewer specialist visits for the employee', newCheapestPlanId: 'lean', member: 'employee' });
  });

  it('says "none within reason" when no single change tips it', () => {
    const dear = makePlan({ id: 'dear', biweekly: [200_000, 200_000, 200_000] });
    const s = sensitivity({ members: [adult({ specialist_visit: 2 })] }, [lean, dear]);
    expect(s.change).toBeNull();
    expect(s.summary).toMatch(/none within reason/);
  });
});

describe('what would change the answer: plans far above the cheapest are not priced for a small change', () => {
  // A change of X in allowed spending moves a plan's total by at most X, so a plan more than 2X above the
  // cheapest cannot become the cheapest: the search leaves it out. Its answer must be the answer of
  // pricing every plan for every candidate.
  const root = join(__dirname, '..', '..', '..');
  const read = (file: string): Plan[] => (JSON.parse(readFileSync(join(root, file), 'utf8')) as { plans: Plan[] }).plans;
  const library = [
    ...read('data/plans/fehb-kpco-2022.json'),
    ...read('tests/fixtures/district-arrangement-plans.json').filter((p) => p.planYear.start === '2021-07-01'),
  ];
  const example = JSON.parse(readFileSync(join(root, 'data', 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;
  const households: Record<string, HouseholdInput> = {
    ...Object.fromEntries(Object.entries(exampleHouseholds(example)).map(([name, r]) => [name, r.household])),
    'a lean and a rich plan, two specialist visits': { members: [adult({ specialist_visit: 2 })] },
    'low use': { members: [{ id: 'a', relationship: 'employee', age: 30, usage: { preset: 'low' } }] },
  };
  for (const [name, household] of Object.entries(households)) {
    it(`${name}: the same answer as pricing every plan`, () => {
      const plans = name.startsWith('a lean') ? [lean, rich, makePlan({ id: 'dear', biweekly: [9_000, 9_000, 9_000] })] : library;
      const contexts = preparePlans(plans, { household, priority: 'balanced' }, tables).contexts;
      expect(contexts.length).toBeGreaterThanOrEqual(3);
      const everyPlan = findSensitivity(contexts, priceOf, () => {}, { skipFar: false });
      expect(findSensitivity(contexts, priceOf)).toEqual(everyPlan);
    });
  }
  it('a change that tips the answer is still found when the plan it tips to is far above for small changes', () => {
    const contexts = preparePlans(
      [lean, rich, makePlan({ id: 'dear', biweekly: [9_000, 9_000, 9_000] })],
      { household: { members: [adult({ specialist_visit: 2 })] }, priority: 'balanced' },
      tables,
    ).contexts;
    expect(findSensitivity(contexts, priceOf).change).toMatchObject({ service: 'specialist_visit', delta: 2, newCheapestPlanId: 'rich' });
  });
});
