import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareRequestInput } from '../../../../src-shared/household-schema';
import type { Plan } from '../../../../src-shared/plan-schema';

// Shared inputs of the arrangement tests: the shipped FEHB plans, the FIXTURE district plans (made-up
// numbers for 2021–22 and 2022–23, tests/fixtures/district-arrangement-plans.json, never shipped) and a
// family with one adult at each employer.

const ROOT = join(__dirname, '..', '..', '..', '..');
export const fehb = (JSON.parse(readFileSync(join(ROOT, 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
export const shippedDistrict = (JSON.parse(readFileSync(join(ROOT, 'data', 'plans', 'district-kpco-2021.json'), 'utf8')) as { plans: Plan[] }).plans;
export const fixtureDistrict = (JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'district-arrangement-plans.json'), 'utf8')) as { plans: Plan[] })
  .plans;
export const district2021 = fixtureDistrict.filter((p) => p.planYear.start === '2021-07-01');
export const district2022 = fixtureDistrict.filter((p) => p.planYear.start === '2022-07-01');

export function twoEmployerFamily(children = 2, overrides: Partial<CompareRequestInput> = {}): CompareRequestInput {
  return {
    household: {
      members: [
        { id: 'employee', relationship: 'employee', age: 40, usage: { preset: 'typical' }, eligibleFor: ['fehb'] },
        { id: 'spouse', relationship: 'spouse', age: 38, usage: { preset: 'typical' }, eligibleFor: ['district'] },
        ...Array.from({ length: children }, (_, i) => ({
          id: `child-${i + 1}`,
          relationship: 'child' as const,
          age: 6 + i,
          usage: { preset: 'typical' as const },
        })),
      ],
    },
    priority: 'lowest_expected',
    simulations: 500,
    seed: 7,
    planIds: [...fehb.map((p) => p.id), ...district2021.map((p) => p.id)],
    ...overrides,
  };
}
