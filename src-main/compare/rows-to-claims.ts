import type { Claim } from '../../src-shared/claims-schema';
import { PHARMACY_CHANNELS, PRESCRIPTION_SERVICES, STAY_SERVICES } from '../../src-shared/services';
import type { CarePlan } from './care-items';
import { isoDate } from './plan-window';
import type { PlanFill } from './row-groups';

// A year's claim rows (claim-rows.ts) written out as the claim list the engine's priceClaims takes, to
// explain one simulated year line by line: the same claims, in the same order, as the simulation priced.

/** The rows in date order (`order`'s first `count`), by row: item, day offset, allowed amount, stay days. */
export interface DatedRows {
  order: Int32Array;
  count: number;
  rowItem: Int32Array;
  rowDay: Int32Array;
  rowAllowed: Float64Array;
  rowDays: Int32Array;
}

/** Each row as claims, each prescription split into the pieces the plan's `fill` dispenses (to the cent). */
export function rowsToClaims(care: CarePlan, fill: PlanFill, rows: DatedRows): Claim[] {
  const claims: Claim[] = [];
  for (let n = 0; n < rows.count; n++) {
    const row = rows.order[n] as number;
    const date = isoDate(care.window.startDay + (rows.rowDay[row] as number));
    const i = rows.rowItem[row] as number;
    const item = care.items[i] as CarePlan['items'][number];
    const pieces = fill.pieces[i] as number;
    const allowed = rows.rowAllowed[row] as number;
    for (let k = 0; k < pieces; k++) {
      const claim: Claim = {
        member: care.members[item.member]?.id as string,
        date,
        service: item.service,
        allowedCents: Math.floor(allowed / pieces) + (k === pieces - 1 ? allowed % pieces : 0),
        label: item.label,
      };
      if (STAY_SERVICES.includes(item.service)) claim.days = rows.rowDays[row] as number;
      if (PRESCRIPTION_SERVICES.includes(item.service)) {
        claim.supplyDays = fill.supplyDays[i] as number;
        claim.channel = PHARMACY_CHANNELS[fill.channel[i] as number];
      }
      if (item.admitted) claim.admitted = true;
      if (item.network !== 'plan') claim.network = item.network;
      claims.push(claim);
    }
  }
  return claims;
}
