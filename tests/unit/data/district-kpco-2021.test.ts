import { describe, expect, it } from 'vitest';
import { missingForPricing } from '../../../src-shared/plan-completeness';
import { REQUIRED_SERVICES } from '../../../src-shared/services';
import { excerptFor, loadPlans, normalise, planById } from './plan-data';

// The school district's plans carry exactly what its benefits page says (names, group, plan year,
// networks) and nothing else: no cost rule, limit or premium is made up.

const FILE = 'district-kpco-2021.json';
const DOC = 'district-kpco-2021-benefits-page';

const PLANS = [
  { id: 'district-kpco-2021-hmo20plus', planName: 'Kaiser Permanente HMO 20 Plus', option: 'HMO 20 Plus', outOfNetwork: true },
  { id: 'district-kpco-2021-dhmo2000plus', planName: 'DHMO 2000 20% Plus', option: 'DHMO 2000 20% Plus', outOfNetwork: true },
  { id: 'district-kpco-2021-select-dhmo3000', planName: 'KP Select DHMO 3000 20%', option: 'KP Select DHMO 3000 20%', outOfNetwork: false },
] as const;

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  }
  return [];
}

describe('district-kpco-2021.json', () => {
  it('holds the three plans the district offers as of July 1, 2021', () => {
    expect(loadPlans(FILE).map((p) => p.id)).toEqual(PLANS.map((p) => p.id));
  });

  describe.each(PLANS)('$planName', (expected) => {
    const plan = planById(FILE, expected.id);
    const page = normalise(excerptFor(plan, DOC));

    it('is named as on the page, group 47139, Kaiser Permanente, district program', () => {
      expect(plan).toMatchObject({ planName: expected.planName, option: expected.option, group: '47139', program: 'district' });
      expect(page).toContain(expected.planName);
      expect(page).toContain('Our group number for all three plans is 47139.');
    });

    it('runs July 1, 2021 to June 30, 2022', () => {
      expect(plan.planYear).toEqual({ start: '2021-07-01', end: '2022-06-30', label: '2021–22' });
      expect(page).toContain('As of July 1, 2021, the District offers');
      expect(page).toContain('New Benefit Rates (effective July 2021 - June 2022)');
    });

    it(`${expected.outOfNetwork ? 'adds' : 'has no'} out-of-network benefit, with the page's network notes verbatim`, () => {
      expect(plan.network.outOfNetworkBenefit).toBe(expected.outOfNetwork);
      expect(plan.network.notes.length).toBeGreaterThan(0);
      for (const note of plan.network.notes) expect(page).toContain(normalise(note));
      const notes = plan.network.notes.join(' ');
      if (expected.outOfNetwork) {
        expect(notes).toContain('Out-of-network services are available on the Plus benefit');
      } else {
        expect(notes).toContain('There are no out-of-network benefits for this plan');
        expect(notes).toContain('can only go to a UCHealth hospital');
        expect(notes).toContain('tailored network of affiliate providers');
      }
    });

    it('invents no numbers: no deductible, no OOP maximum, no rules, no pharmacy tiers, no premiums', () => {
      expect(plan.deductible).toBeNull();
      expect(plan.oopMax).toBeNull();
      expect(plan.benefits).toEqual({});
      expect(plan.pharmacy).toEqual({});
      expect(plan.oopExcludes).toEqual([]);
      expect(plan.enrollment).toEqual([]);
      expect(keysIn(plan).filter((k) => k.endsWith('Cents'))).toEqual([]);
    });

    it('is incomplete, listing everything the HR office must enter', () => {
      expect(plan.status.complete).toBe(false);
      if (plan.status.complete) return;
      expect(plan.status.missing).toEqual(missingForPricing(plan));
      expect(plan.status.missing).toContain('deductible (per person and per family)');
      expect(plan.status.missing).toContain('out-of-pocket maximum (per person and per family)');
      expect(plan.status.missing).toContain('enrollment type self only');
      expect(plan.status.missing).toHaveLength(5 + REQUIRED_SERVICES.length);
    });
  });
});
