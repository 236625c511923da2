import { MEMBER_CONDITIONS, NETWORK_TIERS, OFFICE_SETTINGS, PHARMACY_CHANNELS, SERVICE_CODES, THERAPY_PURPOSES } from '../../src-shared/services';
import type { MemberCondition, OfficeSetting, PharmacyChannel, ServiceCode, TherapyPurpose } from '../../src-shared/services';
import { EngineError } from './engine-error';
import { parseDayKey } from './plan-year';

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
//   - admitted[i] is 1 for an ER visit that led to an inpatient admission (or a scan done in the ER before
//     one), else 0;
//   - purpose[i] is an index into THERAPY_PURPOSES (0 = rehabilitative, the default), read for therapy visits;
//   - setting[i] is an index into OFFICE_SETTINGS (0 = specialist_office, the default), read for office procedures;
//   - network[i] is an index into NETWORK_TIERS (0 = the plan's own network, the default);
//   - precert[i] is 1 for out-of-network care that needed pre-certification and lacked it, else 0;
//   - year[i] is the plan year counted from the plan year the claims start in (0, then 1 …), never
//     decreasing. The age of member m on claim i is household.ages[m] + year[i], unless the member has a
//     birth date (household.birthKeys[m] > 0): then dayKey[i] (the claim's date as y*10000+m*100+d, see
//     parseDayKey) must be filled and the age is the age on that day.
// toFastInput() builds all of this from ordinary claims with full validation; a Monte Carlo loop can fill
// preallocated arrays itself (createFastClaims) and reuse them for every simulated year.

export interface FastHousehold {
  /** Number of members (1 → Self Only limits; 2 or more → family limits apply). */
  size: number;
  /** Age of each member on the first day of the plan year the claims start in (read when birthKeys[m] is 0). */
  ages: Int32Array;
  /** Birth date of each member as a day key (20040615), or 0 when only the age is known. */
  birthKeys: Int32Array;
  /** Conditions of each member: bit i is MEMBER_CONDITIONS[i]. */
  conditions: Uint8Array;
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
  purpose: Uint8Array;
  setting: Uint8Array;
  /** Index into NETWORK_TIERS; 0 (the plan's network) for nearly every claim. */
  network: Uint8Array;
  /** 1: out-of-network care without the pre-certification it needed. */
  precert: Uint8Array;
  year: Int32Array;
  /** The claim's date as a day key; read only for members with a birth date. */
  dayKey: Int32Array;
}

/** A claim row's fields, each an array of FastClaims (for copying rows between lists). */
export const FAST_CLAIM_FIELDS = [
  'member',
  'service',
  'allowedCents',
  'days',
  'supplyDays',
  'channel',
  'admitted',
  'purpose',
  'setting',
  'network',
  'precert',
  'year',
  'dayKey',
] as const satisfies readonly (keyof FastClaims)[];

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
    purpose: new Uint8Array(capacity),
    setting: new Uint8Array(capacity),
    network: new Uint8Array(capacity),
    precert: new Uint8Array(capacity),
    year: new Int32Array(capacity),
    dayKey: new Int32Array(capacity),
  };
}

export interface FastHouseholdDetails {
  /** Birth date (YYYY-MM-DD) per member; a member with one needs no age. */
  birthDates?: readonly (string | undefined)[];
  conditions?: readonly (readonly MemberCondition[] | undefined)[];
}

/**
 * A household for priceTotalsFast. `ages[m]` is the age on the first day of the plan year the claims start
 * in; a member given a birth date in `details.birthDates` may have no age (every age rule then uses the age
 * on the claim's date, and FastClaims.dayKey must be filled).
 */
export function createFastHousehold(ages: readonly (number | undefined)[], details: FastHouseholdDetails = {}): FastHousehold {
  const size = ages.length;
  const hh: FastHousehold = { size, ages: new Int32Array(size), birthKeys: new Int32Array(size), conditions: new Uint8Array(size) };
  for (let m = 0; m < size; m++) {
    const birth = details.birthDates?.[m];
    if (birth !== undefined) {
      const key = parseDayKey(birth);
      if (key < 0) throw new EngineError('INVALID_MEMBER', `"${birth}" is not a real date in YYYY-MM-DD form`, `members[${m}].birthDate`);
      hh.birthKeys[m] = key;
    } else {
      const age = ages[m];
      if (age === undefined) throw new EngineError('INVALID_MEMBER', 'give the age or the birth date', `members[${m}].age`);
      hh.ages[m] = age;
    }
    hh.conditions[m] = conditionMask(details.conditions?.[m] ?? []);
  }
  return hh;
}

/** Bit i set for MEMBER_CONDITIONS[i]. */
export function conditionMask(conditions: readonly MemberCondition[]): number {
  let mask = 0;
  for (const c of conditions) {
    const i = MEMBER_CONDITIONS.indexOf(c);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

const SERVICE_INDEX = new Map<string, number>(SERVICE_CODES.map((code, i) => [code, i]));
const CHANNEL_INDEX = new Map<string, number>(PHARMACY_CHANNELS.map((code, i) => [code, i]));
const PURPOSE_INDEX = new Map<string, number>(THERAPY_PURPOSES.map((code, i) => [code, i]));
const SETTING_INDEX = new Map<string, number>(OFFICE_SETTINGS.map((code, i) => [code, i]));

/** Position of a service code in SERVICE_CODES, or -1. */
export function serviceIndex(code: ServiceCode | string): number {
  return SERVICE_INDEX.get(code) ?? -1;
}

/** Position of a pharmacy channel in PHARMACY_CHANNELS, or -1. */
export function channelIndex(channel: PharmacyChannel | string): number {
  return CHANNEL_INDEX.get(channel) ?? -1;
}

const NETWORK_INDEX = new Map<string, number>(NETWORK_TIERS.map((code, i) => [code, i]));

/** Position of a network tier in NETWORK_TIERS, or -1. */
export function networkIndex(network: string): number {
  return NETWORK_INDEX.get(network) ?? -1;
}

/** Position of a therapy purpose in THERAPY_PURPOSES, or -1. */
export function purposeIndex(purpose: TherapyPurpose | string): number {
  return PURPOSE_INDEX.get(purpose) ?? -1;
}

/** Position of an office setting in OFFICE_SETTINGS, or -1. */
export function settingIndex(setting: OfficeSetting | string): number {
  return SETTING_INDEX.get(setting) ?? -1;
}

/** A claim without a channel is filled at a Plan pharmacy; without supplyDays it is a 30-day supply. */
export const DEFAULT_CHANNEL: PharmacyChannel = 'plan_pharmacy';
export const DEFAULT_SUPPLY_DAYS = 30;
