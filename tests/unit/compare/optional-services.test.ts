import { describe, expect, it } from 'vitest';
import { Household } from '../../../src-shared/household-schema';
import { OPTIONAL_SERVICES } from '../../../src-shared/services';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { planWindow } from '../../../src-main/compare/plan-window';
import { preparePlans } from '../../../src-main/compare/prepare-plans';
import { typicalClaims } from '../../../src-main/compare/typical-year';
import { adult, coinsurance, makePlan, tables } from './fixtures';

// Optional services in a comparison: nobody is expected to use them until the counselor says so, a stay
// in a rehabilitation facility or hospice is a stay (its days drawn like a hospital stay's), and a plan
// that has no rule for a service the household expects is listed as not priced, with what it lacks.

const withAll = makePlan({ id: 'with-all', all: coinsurance(10) });
const withoutHospice = makePlan({ id: 'without-hospice', all: coinsurance(10) });
delete withoutHospice.benefits.hospice_inpatient;

describe('optional services in a comparison', () => {
  it('are expected 0 times by default: no usage preset or condition adds them', () => {
    const services = [...Object.keys(tables.usage.baseline), ...Object.values(tables.usage.conditions).flatMap((c) => Object.keys(c.adds))];
    expect(services.filter((s) => (OPTIONAL_SERVICES as readonly string[]).includes(s))).toEqual([]);
  });

  it('have a default price each, and a hospice or rehabilitation stay is priced by the day', () => {
    for (const code of OPTIONAL_SERVICES) expect(tables.prices.services[code].cents).toBeGreaterThan(0);
    expect(tables.prices.services.hospice_inpatient.per).toBe('day');
    expect(tables.prices.services.inpatient_rehab_facility.per).toBe('day');
  });

  it('turn an expected hospice stay into a stay of the usual length, priced per day', () => {
    const household = Household.parse({ members: [adult({ hospice_inpatient: 1 })] });
    const care = buildCarePlan(household, planWindow(withAll), tables);
    const { claims } = typicalClaims(care, withAll);
    const days = Math.round(tables.usage.admissionMeanDays.value);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ service: 'hospice_inpatient', days, allowedCents: tables.prices.services.hospice_inpatient.cents * days });
  });

  it('price under a plan with the rule, and list a plan without it as not priced, with what it lacks', () => {
    const request = { household: { members: [adult({ hospice_inpatient: 1, pcp_visit: 2 })] }, priority: 'balanced' as const };
    const r = preparePlans([withAll, withoutHospice], request, tables);
    expect(r.contexts.map((c) => c.plan.id)).toEqual(['with-all']);
    expect(r.typical[0]!.lines.some((l) => l.service === 'hospice_inpatient')).toBe(true);
    expect(r.skipped).toEqual([
      {
        planId: 'without-hospice',
        name: 'Test without-hospice',
        reason: 'Test without-hospice cannot be priced for this household: it has no rule for hospice stay in a facility.',
        missing: ['cost sharing for hospice stay in a facility (hospice_inpatient)'],
      },
    ]);
  });

  it('do not stop a plan without the rule from pricing a household that does not expect them', () => {
    const request = { household: { members: [adult({ pcp_visit: 2 })] }, priority: 'balanced' as const };
    const r = preparePlans([withAll, withoutHospice], request, tables);
    expect(r.contexts.map((c) => c.plan.id)).toEqual(['with-all', 'without-hospice']);
    expect(r.skipped).toEqual([]);
  });
});
