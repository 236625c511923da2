import type { BenefitRule, Plan } from '../../src-shared/plan-schema';
import { PHARMACY_CHANNELS, SERVICE_CODES } from '../../src-shared/services';
import { NS, RX_CHANNEL_NOT_OFFERED, RX_DAYS, RX_SUPPLY_REFUSED } from './compiled-plan';

// Compiling, step 4: how many copays a prescription takes, by pharmacy and days of supply.

export function compilePharmacy(plan: Plan, rules: readonly (BenefitRule | undefined)[], isRx: Uint8Array): { rxCopays: Int32Array; rxTableOf: Int32Array } {
  // Supply tiers: the first tier whose upToDays covers the supply gives the number of copays. One table
  // for the plan's pharmacy, and one more for each prescription tier that dispenses differently.
  const TABLE = PHARMACY_CHANNELS.length * RX_DAYS;
  const own = SERVICE_CODES.map((_, s) => (isRx[s] === 1 ? rules[s]?.dispensing : undefined));
  const tables = 1 + own.filter((d) => d !== undefined).length;
  const rxCopays = new Int32Array(tables * TABLE).fill(RX_CHANNEL_NOT_OFFERED);
  const rxTableOf = new Int32Array(NS);
  const fillTable = (base: number, pharmacy: Plan['pharmacy']) => {
    PHARMACY_CHANNELS.forEach((channel, c) => {
      const dispensing = pharmacy[channel];
      if (!dispensing) return;
      const tiers = [...dispensing.tiers].sort((a, b) => a.upToDays - b.upToDays);
      for (let days = 0; days < RX_DAYS; days++) {
        const tier = tiers.find((t) => t.upToDays >= days);
        rxCopays[base + c * RX_DAYS + days] = tier ? tier.copays : RX_SUPPLY_REFUSED;
      }
    });
  };
  fillTable(0, plan.pharmacy);
  let next = 1;
  own.forEach((dispensing, s) => {
    if (!dispensing) return;
    rxTableOf[s] = next * TABLE;
    fillTable(next * TABLE, { ...plan.pharmacy, ...dispensing });
    next++;
  });
  return { rxCopays, rxTableOf };
}
