import { describe, expect, it } from 'vitest';
import {
  channelIndex,
  createFastClaims,
  createFastHousehold,
  createFastTotals,
  planYearOfDate,
  priceClaims,
  priceTotalsFast,
  serviceIndex,
} from '../../../src-main/engine';
import { family, toClaims } from './fixtures';
import { compileKpPlans } from './real-plans';

// The Monte Carlo path filled by hand, the way a simulation loop would, under the contract in
// src-main/engine/fast-input.ts.

const { standard } = compileKpPlans();

describe('priceTotalsFast filled by hand', () => {
  it('prices a Standard Option year like priceClaims: MRI for the parent, 90-day mail generic, a child visit', () => {
    const claims = createFastClaims(8);
    const rows: [number, string, number][] = [
      [0, 'advanced_imaging', 100000],
      [0, 'rx_generic', 9000],
      [1, 'pcp_visit', 15000],
    ];
    rows.forEach(([m, service, allowed], i) => {
      claims.member[i] = m;
      claims.service[i] = serviceIndex(service);
      claims.allowedCents[i] = allowed;
    });
    claims.supplyDays[1] = 90;
    claims.channel[1] = channelIndex('mail');
    claims.count = rows.length;
    const household = createFastHousehold([40, 10]);
    const out = priceTotalsFast(standard, household, claims, createFastTotals());
    // MRI: $150 deductible + $150 copay; generic: 2 copays of $15; the 10-year-old: nothing.
    expect(out.memberPaysCents).toBe(30000 + 3000);
    expect(out.deductibleCents).toBe(15000);
    expect(Array.from(out.memberPaysByMember.subarray(0, 2))).toEqual([33000, 0]);
  });

  it('year[i] restarts the accumulators; the age rises with it', () => {
    const claims = createFastClaims(2);
    for (let i = 0; i < 2; i++) {
      claims.service[i] = serviceIndex('pcp_visit');
      claims.allowedCents[i] = 15000;
      claims.year[i] = i;
    }
    claims.count = 2;
    // 17 in the first plan year (nothing), 18 in the next ($30).
    expect(priceTotalsFast(standard, createFastHousehold([17]), claims).memberPaysCents).toBe(3000);
    expect(planYearOfDate(standard, '2023-03-01') - planYearOfDate(standard, '2022-12-31')).toBe(1);
  });

  it('reusing the plan and the result object between households leaves nothing behind', () => {
    const out = createFastTotals();
    const big = family(5);
    const bigClaims = toClaims(big, big.map((m) => ({ service: 'inpatient_admission' as const, allowedCents: 1000000, days: 1, member: m.id })));
    const want = priceClaims(standard, big, bigClaims, { ledger: false }).totals.memberPaysCents;
    const one = createFastClaims(1);
    one.service[0] = serviceIndex('specialist_visit');
    one.allowedCents[0] = 20000;
    one.count = 1;
    const fastBig = () => {
      const c = createFastClaims(5);
      big.forEach((_, i) => {
        c.member[i] = i;
        c.service[i] = serviceIndex('inpatient_admission');
        c.allowedCents[i] = 1000000;
      });
      c.count = 5;
      return priceTotalsFast(standard, createFastHousehold(big.map((m) => m.age)), c, out).memberPaysCents;
    };
    expect(fastBig()).toBe(want);
    expect(priceTotalsFast(standard, createFastHousehold([30]), one, out).memberPaysCents).toBe(4000);
    expect(fastBig()).toBe(want);
  });
});
