import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-shared/claims-schema';
import { missingForPricing } from '../../../src-shared/plan-completeness';
import type { Plan } from '../../../src-shared/plan-schema';
import { OPTIONAL_SERVICES, REQUIRED_SERVICES, SERVICE_CODES } from '../../../src-shared/services';
import {
  EngineError,
  compilePlan,
  createFastClaims,
  createFastHousehold,
  priceClaims,
  priceTotalsFast,
  serviceIndex,
  toFastInput,
} from '../../../src-main/engine';
import { ADULT, coins, rule, testPlan } from './fixtures';
import { loadKpPlans } from './real-plans';

// A plan may leave out an optional service (hospice, medical foods …) and still be complete. A claim for
// such a service is refused under that plan, naming the claim's field and the service: never priced as
// if it cost the member nothing.

/** A complete plan with a rule for every required service and none for the optional ones. */
function requiredOnly(): Plan {
  const plan = testPlan();
  for (const code of OPTIONAL_SERVICES) delete plan.benefits[code];
  return plan;
}

const visit: Claim = { member: 'self', date: '2022-03-01', service: 'pcp_visit', allowedCents: 10000 };
const hospice: Claim = { member: 'self', date: '2022-04-01', service: 'hospice_inpatient', allowedCents: 500000, days: 5 };

function refusal(run: () => unknown): EngineError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error('expected an EngineError, nothing was thrown');
}

describe('the service vocabulary', () => {
  it('keeps the 31 codes that existed before the optional ones as the required list, in their order', () => {
    expect(REQUIRED_SERVICES).toHaveLength(31);
    expect(SERVICE_CODES.slice(0, 31)).toEqual(REQUIRED_SERVICES);
  });

  it('splits every code into required or optional, never both', () => {
    expect(REQUIRED_SERVICES.filter((c) => OPTIONAL_SERVICES.includes(c))).toEqual([]);
    expect([...REQUIRED_SERVICES, ...OPTIONAL_SERVICES].sort()).toEqual([...SERVICE_CODES].sort());
    expect(OPTIONAL_SERVICES).toContain('hospice_inpatient');
  });
});

describe('a plan without rules for the optional services', () => {
  const plan = requiredOnly();
  const compiled = compilePlan(plan);

  it('is complete: nothing is missing, and it compiles', () => {
    expect(missingForPricing(plan)).toEqual([]);
    expect(compiled.rules[serviceIndex('hospice_inpatient')]).toBeUndefined();
  });

  it('prices claims for the services it has rules for', () => {
    expect(priceClaims(compiled, ADULT, [visit]).totals.allowedCents).toBe(10000);
  });

  it('refuses a claim for hospice care, naming the field and the service (NO_RULE_FOR_SERVICE)', () => {
    const e = refusal(() => priceClaims(compiled, ADULT, [visit, hospice]));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'NO_RULE_FOR_SERVICE', field: 'claims[1].service' });
    expect(e.message).toContain('has no rule for hospice stay in a facility (hospice_inpatient)');
    expect(e.message).toContain('test-plan');
  });

  it.each(OPTIONAL_SERVICES.map((c) => [c]))('refuses a claim for %s', (service) => {
    const e = refusal(() => priceClaims(compiled, ADULT, [{ ...visit, service }]));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'NO_RULE_FOR_SERVICE', field: 'claims[0].service' });
  });

  it('refuses it when building fast-path input too', () => {
    expect(refusal(() => toFastInput(compiled, ADULT, [hospice])).code).toBe('NO_RULE_FOR_SERVICE');
  });

  it('refuses it on the unvalidated fast path instead of pricing it as free', () => {
    const claims = createFastClaims(1);
    claims.count = 1;
    claims.service[0] = serviceIndex('medical_food_day');
    claims.allowedCents[0] = 3000;
    const e = refusal(() => priceTotalsFast(compiled, createFastHousehold([40]), claims));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'NO_RULE_FOR_SERVICE', field: 'claims.service[0]' });
  });

  it('prices the same claim once the plan gives the rule', () => {
    const withRule = requiredOnly();
    withRule.benefits.hospice_inpatient = rule(coins(10), { afterDeductible: true });
    // $150 deductible, then 10% of the remaining $4,850.
    expect(priceClaims(withRule, ADULT, [hospice]).totals.memberPaysCents).toBe(15000 + 48500);
  });
});

describe('a plan that lacks a required rule', () => {
  it('is still refused as incomplete, and the missing list names only required services', () => {
    const plan = requiredOnly();
    delete plan.benefits.pcp_visit;
    const e = refusal(() => compilePlan(plan));
    expect(e.code).toBe('PLAN_INCOMPLETE');
    expect(e.missing).toEqual(['cost sharing for primary care visit (pcp_visit)']);
  });
});

describe('the FEHB catalog', () => {
  it.each(Object.entries(loadKpPlans()))('%s gives a rule for every optional service', (_option, plan) => {
    expect(OPTIONAL_SERVICES.filter((code) => !plan.benefits[code])).toEqual([]);
  });
});
