import { PHARMACY_CHANNELS, SERVICE_CODES } from '../../src-shared/services';
import type { PharmacyChannel, ServiceCode } from '../../src-shared/services';

// The input of the allocation-free hot path (priceTotalsFast), as parallel typed arrays. Row i of every
// array is one claim. The caller promises what priceClaims would otherwise check:
//   - rows are in adjudication order: plan year ascending, then date, then (same date) the order the
//     claims were given (a stable sort);
//   - member[i] is an index into the household (0 … size-1);
//   - service[i] is an index into SERVICE_CODES (serviceIndex("pcp_visit"));
//   - allowedCents[i] is a whole, non-negative number of cents;
//   - days[i] ≥ 1 (days of a stay; 1 for everything else);
//   - supplyDays[i] (1 … 366) and channel[i] (an index into PHARMACY_CHANNELS) are read only for
//     prescription services; use 30 and channelIndex("plan_pharmacy") as the defaults;
//   - admitted[i] is 1 for an ER visit that led to an inpatient admission, else 0;
//   - year[i] is the plan year counted from the plan year the claims start in (0, then 1 …), never
//     decreasing. The age of member m on claim i is household.ages[m] + year[i].
// toFastInput() builds all of this from ordinary claims with full validation; a Monte Carlo loop can fill
// preallocated arrays itself (createFastClaims) and reuse them for every simulated year.

export interface FastHousehold {
  /** Number of members (1 → Self Only limits; 2 or more → family limits apply). */
  size: number;
  /** Age of each member on the first day of the plan year the claims start in. */
  ages: Int32Array;
}

export interface FastClaims {
  /** Rows in use; the arrays may be longer (preallocated). */
  count: number;
  member: Int32Array;
  service: Int32Array;
  allowedCents: Float64Array;
  days: Int32Array;
  supplyDays: Int32Array;
  channel: Int32Array;
  admitted: Uint8Array;
  year: Int32Array;
}

export function createFastClaims(capacity: number): FastClaims {
  return {
    count: 0,
    member: new Int32Array(capacity),
    service: new Int32Array(capacity),
    allowedCents: new Float64Array(capacity),
    days: new Int32Array(capacity).fill(1),
    supplyDays: new Int32Array(capacity).fill(30),
    channel: new Int32Array(capacity).fill(PHARMACY_CHANNELS.indexOf('plan_pharmacy')),
    admitted: new Uint8Array(capacity),
    year: new Int32Array(capacity),
  };
}

export function createFastHousehold(ages: readonly number[]): FastHousehold {
  return { size: ages.length, ages: Int32Array.from(ages) };
}

const SERVICE_INDEX = new Map<string, number>(SERVICE_CODES.map((code, i) => [code, i]));
const CHANNEL_INDEX = new Map<string, number>(PHARMACY_CHANNELS.map((code, i) => [code, i]));

/** Position of a service code in SERVICE_CODES, or -1. */
export function serviceIndex(code: ServiceCode | string): number {
  return SERVICE_INDEX.get(code) ?? -1;
}

/** Position of a pharmacy channel in PHARMACY_CHANNELS, or -1. */
export function channelIndex(channel: PharmacyChannel | string): number {
  return CHANNEL_INDEX.get(channel) ?? -1;
}

/** A claim without a channel is filled at a Plan pharmacy; without supplyDays it is a 30-day supply. */
export const DEFAULT_CHANNEL: PharmacyChannel = 'plan_pharmacy';
export const DEFAULT_SUPPLY_DAYS = 30;
