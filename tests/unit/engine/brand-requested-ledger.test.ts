import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src-shared/claims-schema';
import { priceClaims } from '../../../src-main/engine';
import { referencePrice } from '../../support/reference-pricer';
import { loadKpPlans } from './real-plans';

// Found by the reference pricer (reference-pricer.property.test.ts): two brand drugs asked for over
// their generics, by one member on one day at the same price, put both price differences on the second
// claim's ledger line.

const { high } = loadKpPlans();
const self = [{ id: 'self', age: 40 }];

describe('5(f) High Option: "you pay your brand-name drug copayment plus the difference in price between the generic drug and your requested brand-name drug"', () => {
  // Both brands $200; one generic $50, the other $150. High Option: $40 brand copayment, the difference not covered.
  const claims: Claim[] = [
    { member: 'self', date: '2022-03-01', service: 'rx_brand_requested', allowedCents: 20000, genericAllowedCents: 5000 },
    { member: 'self', date: '2022-03-01', service: 'rx_brand_requested', allowedCents: 20000, genericAllowedCents: 15000 },
  ];

  it("each claim's line carries its own difference: $40 + $150 for the $50 generic, $40 + $50 for the $150 one", () => {
    for (const list of [claims, [...claims].reverse()]) {
      const r = priceClaims(high, self, list);
      const byGeneric = (g: number) => r.lines.find((l) => list[l.index]?.genericAllowedCents === g);
      expect(byGeneric(5000)).toMatchObject({ allowedCents: 20000, copayCents: 4000, notCoveredCents: 15000, memberPaysCents: 19000 });
      expect(byGeneric(15000)).toMatchObject({ allowedCents: 20000, copayCents: 4000, notCoveredCents: 5000, memberPaysCents: 9000 });
      expect(r.totals.memberPaysCents).toBe(28000);
    }
  });

  it("the ledger is the reference pricer's, whichever order the list gives", () => {
    for (const list of [claims, [...claims].reverse()]) {
      const lines = priceClaims(high, self, list).lines.map(({ rule: _rule, ...l }) => l);
      expect(lines).toEqual(referencePrice(high, self, list).lines.map(({ decidedBy: _d, ...l }) => l));
    }
  });
});
