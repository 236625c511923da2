import { describe, expect, it } from 'vitest';
import type { HouseholdInput } from '../../../src-shared/household-schema';
import type { ServiceCode } from '../../../src-shared/services';
import { preparePlans } from '../../../src-main/compare/prepare-plans';
import { findSensitivity } from '../../../src-main/compare/sensitivity';
import { adult, copay, makePlan, tables } from './fixtures';

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
