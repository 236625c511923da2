import { describe, expect, it } from 'vitest';
import { createFastTotals, priceClaims, priceTotalsFast, serviceIndex, toFastInput } from '../../../src-main/engine';
import { QUICK_COPAY, QUICK_FREE, QUICK_NONE } from '../../../src-main/engine/quick-services';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import { compileKpPlans } from './real-plans';

// The simulation's shortcut for free and flat-copay claims (src-main/engine/quick-services.ts) must
// price exactly like the general loop, which priceClaims always takes.

const { high, standard, prosper } = compileKpPlans();
const kind = (cp: typeof high, service: string) => cp.quick[serviceIndex(service)];

describe('which services take the shortcut', () => {
  it('High Option: "Nothing" for preventive care, a $20 copay for a primary care visit (Section 5(a))', () => {
    expect(kind(high, 'preventive_visit')).toBe(QUICK_FREE);
    expect(kind(high, 'pcp_visit')).toBe(QUICK_COPAY);
    expect(high.quickCopayCents[serviceIndex('pcp_visit')]).toBe(2000);
  });

  it('a prescription copay takes it too (the number of copays comes from the supply tier)', () => {
    expect(kind(high, 'rx_generic')).toBe(QUICK_COPAY);
  });

  it('not a rule after the deductible (Standard: "$350 per visit after the deductible" in the ER), nor one with a visit limit (therapy)', () => {
    expect(kind(standard, 'er_visit')).toBe(QUICK_NONE);
    expect(kind(high, 'pt_visit')).toBe(QUICK_NONE);
  });

  it('not a coinsurance rule (Prosper: 20% after the deductible for a hospital stay), nor the ER copay waived on admission', () => {
    expect(kind(prosper, 'inpatient_admission')).toBe(QUICK_NONE);
    expect(kind(high, 'er_visit')).toBe(QUICK_NONE);
  });
});

describe('the shortcut prices like the general loop', () => {
  const members: EngineMember[] = [
    { id: 'a', age: 40 },
    { id: 'b', age: 38 },
  ];
  // Enough 90-day brand fills at mail order to reach the out-of-pocket maximum: the shortcut must cut the
  // copay that crosses it and charge nothing after.
  const claims: Claim[] = [];
  for (let i = 0; i < 160; i++) {
    claims.push({
      member: i % 2 ? 'b' : 'a',
      date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-10`,
      service: 'rx_nonpreferred',
      allowedCents: 90000,
      supplyDays: 90,
      channel: 'mail',
    });
    claims.push({ member: 'a', date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-11`, service: 'specialist_visit', allowedCents: 2500 });
    claims.push({ member: 'b', date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-12`, service: 'lab_test', allowedCents: 4000 });
  }
  it.each([
    ['High', high],
    ['Standard', standard],
    ['Prosper', prosper],
  ])('%s Option: the same totals as priceClaims, up to and past the out-of-pocket maximum', (_name, cp) => {
    const sorted = [...claims].sort((x, y) => x.date.localeCompare(y.date));
    const expected = priceClaims(cp, members, sorted, { ledger: false });
    const fast = toFastInput(cp, members, sorted);
    const out = priceTotalsFast(cp, fast.household, fast.claims, createFastTotals());
    expect(out.memberPaysCents).toBe(expected.totals.memberPaysCents);
    expect(out.copayCents).toBe(expected.totals.copayCents);
    expect(out.allowedCents).toBe(expected.totals.allowedCents);
    // The out-of-pocket maximum was reached on the way: each claim priced alone would add up to more.
    const alone = sorted.reduce((sum, c) => sum + priceClaims(cp, members, [c], { ledger: false }).totals.memberPaysCents, 0);
    expect(alone).toBeGreaterThan(expected.totals.memberPaysCents);
  });
});
