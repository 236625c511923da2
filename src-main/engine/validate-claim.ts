import type { Claim } from '../../src-shared/claims-schema';
import {
  ADMISSION_SERVICES,
  BRAND_PRICE_DIFFERENCE_SERVICE,
  BRAND_REQUESTED_SERVICE,
  NETWORK_TIERS,
  OFFICE_SETTINGS,
  PHARMACY_CHANNELS,
  PULMONARY_REHAB_SERVICE,
  SERVICE_CODES,
  SERVICE_LABELS,
  SETTING_SERVICES,
  THERAPY_PURPOSES,
  THERAPY_SERVICES,
} from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import { KIND_NO_RULE, NS, RX_CHANNEL_NOT_OFFERED, RX_DAYS, TIER_INCOMPLETE, TIER_SAME } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { EngineError, noRuleError } from './engine-error';
import { DEFAULT_CHANNEL, DEFAULT_SUPPLY_DAYS, channelIndex, networkIndex, purposeIndex, serviceIndex, settingIndex } from './fast-input';
import { formatDayKey, parseDayKey, planYearIndex, planYearLabel, planYearStartKey } from './plan-year';
import type { ValidMembers } from './validate-members';
import { isWholeInRange } from './validate-members';

// Hand-written checks of one claim (a zod parse per claim would cost more than pricing it). They follow
// src-shared/claims-schema.ts and name the field of the first problem found. What they find goes into
// RawRows, one row per claim (two for a brand asked for over a generic), sorted by claim-order.ts.

const MAX_CENTS = 100_000_000_000;
const CLAIM_KEYS = new Set([
  'member',
  'date',
  'service',
  'allowedCents',
  'days',
  'supplyDays',
  'channel',
  'admitted',
  'purpose',
  'setting',
  'genericAllowedCents',
  'network',
  'precertified',
  'label',
]);
/** The oldest age on a claim's date a birth date may give (the schema's age limits go to 130). */
const MAX_AGE = 130;
/** Claims may fall in the plan's own plan year (0) and, with a warning, the one after it (1). */
const LAST_PLAN_YEAR = 1;
export const R_MEMBER = 0;
export const R_SERVICE = 1;
export const R_DAYS = 2;
export const R_SUPPLY = 3;
export const R_CHANNEL = 4;
export const R_ADMITTED = 5;
export const R_PURPOSE = 6;
export const R_SETTING = 7;
export const R_YEAR = 8;
export const R_NETWORK = 9;
export const R_PRECERT = 10;
export const RAW_FIELDS = 11;
const OUT_OF_NETWORK = NETWORK_TIERS.indexOf('out_of_network');
export const DEFAULT_CHANNEL_INDEX = channelIndex(DEFAULT_CHANNEL);
export const BRAND_INDEX = serviceIndex(BRAND_REQUESTED_SERVICE);
export const DIFFERENCE_INDEX = serviceIndex(BRAND_PRICE_DIFFERENCE_SERVICE);

/** What the checks found, RAW_FIELDS small integers per row, and what the assumptions need to know. */
export interface RawRows {
  raw: Int32Array;
  keys: Int32Array;
  rowClaim: Int32Array;
  rowPart: Uint8Array;
  rowAllowed: Float64Array;
  rows: number;
  nextYearClaims: boolean;
  withoutSetting: Set<number>;
  used: Set<number>;
  perConditionDays: Set<number> | undefined;
  brandRequested: boolean;
  tiersUsed: Set<number>;
}

export function createRawRows(n: number): RawRows {
  // One row per claim, two for a brand asked for over a generic: the brand copay on the generic's price,
  // then the price difference.
  return {
    raw: new Int32Array(2 * n * RAW_FIELDS),
    keys: new Int32Array(2 * n),
    rowClaim: new Int32Array(2 * n),
    rowPart: new Uint8Array(2 * n),
    rowAllowed: new Float64Array(2 * n),
    rows: 0,
    nextYearClaims: false,
    withoutSetting: new Set<number>(),
    used: new Set<number>(),
    perConditionDays: undefined,
    brandRequested: false,
    tiersUsed: new Set<number>(),
  };
}

/** Checks claims[i] and adds its row (or two) to rr. */
export function checkClaim(cp: CompiledPlan, members: ValidMembers, rr: RawRows, c: Claim, i: number): void {
  const { index, birthKeys } = members;
  const at = `claims[${i}]`;
  if (typeof c !== 'object' || c === null) throw new EngineError('INVALID_CLAIM', 'expected a claim object', at);
  for (const key in c) {
    if (!CLAIM_KEYS.has(key)) throw new EngineError('INVALID_CLAIM', `unknown field "${key}"`, `${at}.${key}`);
  }
  const m = index.get(c.member);
  if (m === undefined) {
    throw new EngineError('UNKNOWN_MEMBER', `"${String(c.member)}" is not a member of the household`, `${at}.member`);
  }
  const key = parseDayKey(c.date);
  if (key < 0) throw new EngineError('INVALID_DATE', `"${String(c.date)}" is not a real date in YYYY-MM-DD form`, `${at}.date`);
  const planYear = planYearIndex(cp.anchor, key);
  if (planYear < 0 || planYear > LAST_PLAN_YEAR) throw outsidePlanYears(cp, c.date, planYear, `${at}.date`);
  if (planYear > 0) rr.nextYearClaims = true;
  const birthKey = birthKeys[m] as number;
  if (birthKey > 0) {
    if (key < birthKey) {
      throw new EngineError('INVALID_DATE', `${c.date} is before the birth date of "${c.member}" (${formatDayKey(birthKey)})`, `${at}.date`);
    }
    if (Math.floor((key - birthKey) / 10000) > MAX_AGE) {
      throw new EngineError('INVALID_MEMBER', `gives an age over ${MAX_AGE} on ${c.date}`, `members[${m}].birthDate`);
    }
  }
  const s = serviceIndex(c.service);
  if (s < 0) throw new EngineError('UNKNOWN_SERVICE', `"${String(c.service)}" is not a known service code`, `${at}.service`);
  const service = SERVICE_CODES[s] as ServiceCode;
  if (cp.slotKind[s] === KIND_NO_RULE) throw noRuleError(cp.plan.id, service, `${at}.service`);
  if (!isWholeInRange(c.allowedCents, 0, MAX_CENTS)) {
    throw new EngineError('INVALID_AMOUNT', 'expected a whole, non-negative number of cents', `${at}.allowedCents`);
  }
  const { ch, purpose, setting } = checkClaimFields(cp, rr, c, at, s, service);
  const generic = checkGeneric(cp, rr, c, at, s, service);
  const network = checkNetwork(cp, rr, c, at, s);
  if (cp.dayLimitPerCondition[s] === 1) (rr.perConditionDays ??= new Set()).add(s);
  rr.used.add(s);
  if (c.label !== undefined && (typeof c.label !== 'string' || c.label.length > 200)) {
    throw new EngineError('INVALID_CLAIM', 'expected text of at most 200 characters', `${at}.label`);
  }
  const supply = c.supplyDays ?? DEFAULT_SUPPLY_DAYS;
  if (cp.isRx[s] === 1) checkSupply(cp, at, s, ch, supply);
  // One row, or two for a brand asked for over a generic dearer than it: "you pay your brand-name drug
  // copayment plus the difference in price between the generic drug and your requested brand-name
  // drug": the copay on the generic's price (part 0), then the difference (part 1). A loop, not a
  // closure per claim: this runs for every claim of every call.
  const parts = generic >= 0 && c.allowedCents > generic ? 2 : 1;
  for (let part = 0; part < parts; part++) {
    const service = part === 1 ? DIFFERENCE_INDEX : s;
    const allowed = part === 1 ? c.allowedCents - generic : generic >= 0 ? Math.min(generic, c.allowedCents) : c.allowedCents;
    const k = rr.rows++;
    rr.keys[k] = key;
    rr.rowClaim[k] = i;
    rr.rowPart[k] = part;
    rr.rowAllowed[k] = allowed;
    const r = k * RAW_FIELDS;
    rr.raw[r + R_MEMBER] = m;
    rr.raw[r + R_SERVICE] = service;
    rr.raw[r + R_DAYS] = part === 0 ? (c.days ?? 1) : 1;
    rr.raw[r + R_SUPPLY] = part === 0 ? supply : DEFAULT_SUPPLY_DAYS;
    rr.raw[r + R_CHANNEL] = part === 0 ? ch : DEFAULT_CHANNEL_INDEX;
    rr.raw[r + R_ADMITTED] = c.admitted === true ? 1 : 0;
    rr.raw[r + R_PURPOSE] = purpose;
    rr.raw[r + R_SETTING] = setting;
    rr.raw[r + R_YEAR] = planYear;
    rr.raw[r + R_NETWORK] = network;
    rr.raw[r + R_PRECERT] = c.precertified === false ? 1 : 0;
  }
}

/** Days, supply, pharmacy, admission, purpose and setting: each only where it applies. */
function checkClaimFields(
  cp: CompiledPlan,
  rr: RawRows,
  c: Claim,
  at: string,
  s: number,
  service: ServiceCode,
): { ch: number; purpose: number; setting: number } {
  if (c.days !== undefined && !isWholeInRange(c.days, 1, 366)) {
    throw new EngineError('INVALID_DAYS', 'expected a whole number of days from 1 to 366', `${at}.days`);
  }
  if (c.days === undefined && cp.daysRequired[s] === 1) {
    throw new EngineError('MISSING_DAYS', `a claim for ${label(service)} (${service}) needs "days": how many days the stay lasted`, `${at}.days`);
  }
  if (c.days !== undefined && cp.daysApply[s] === 0) throw notApplicable('days', 'days of a stay', service, `${at}.days`);
  if (c.supplyDays !== undefined && !isWholeInRange(c.supplyDays, 1, 366)) {
    throw new EngineError('INVALID_SUPPLY', 'expected a whole number of days of supply from 1 to 366', `${at}.supplyDays`);
  }
  if (c.supplyDays !== undefined && cp.isRx[s] === 0) throw notApplicable('supplyDays', 'days of supply of a prescription', service, `${at}.supplyDays`);
  const ch = c.channel === undefined ? DEFAULT_CHANNEL_INDEX : channelIndex(c.channel);
  if (ch < 0) {
    throw new EngineError('INVALID_CHANNEL', `expected one of ${PHARMACY_CHANNELS.join(', ')}`, `${at}.channel`);
  }
  if (c.channel !== undefined && cp.isRx[s] === 0) throw notApplicable('channel', 'the pharmacy of a prescription', service, `${at}.channel`);
  if (c.admitted !== undefined && typeof c.admitted !== 'boolean') {
    throw new EngineError('INVALID_CLAIM', 'expected true or false', `${at}.admitted`);
  }
  if (c.admitted !== undefined && !ADMISSION_SERVICES.includes(service)) {
    throw notApplicable('admitted', 'an emergency room visit or scan followed by an inpatient admission', service, `${at}.admitted`);
  }
  let purpose = 0;
  if (c.purpose !== undefined) {
    purpose = purposeIndex(c.purpose);
    if (purpose < 0) throw new EngineError('INVALID_CLAIM', `expected one of ${THERAPY_PURPOSES.join(', ')}`, `${at}.purpose`);
    if (!THERAPY_SERVICES.includes(service)) throw notApplicable('purpose', 'why a therapy visit is given', service, `${at}.purpose`);
    if (c.purpose === 'pulmonary_rehabilitation' && service !== PULMONARY_REHAB_SERVICE) {
      throw new EngineError(
        'FIELD_NOT_APPLICABLE',
        `pulmonary rehabilitation visits are claimed as physical therapy (${PULMONARY_REHAB_SERVICE}), not ${service}`,
        `${at}.purpose`,
      );
    }
  }
  let setting = 0;
  if (c.setting !== undefined) {
    setting = settingIndex(c.setting);
    if (setting < 0) throw new EngineError('INVALID_CLAIM', `expected one of ${OFFICE_SETTINGS.join(', ')}`, `${at}.setting`);
    if (!SETTING_SERVICES.includes(service)) {
      throw notApplicable('setting', `the office it is billed as (${SETTING_SERVICES.join(', ')})`, service, `${at}.setting`);
    }
  } else if (cp.hasSettings[s] === 1) rr.withoutSetting.add(s);
  return { ch, purpose, setting };
}

/** The generic's price of a brand asked for over it (required there, refused elsewhere); -1 when none. */
function checkGeneric(cp: CompiledPlan, rr: RawRows, c: Claim, at: string, s: number, service: ServiceCode): number {
  let generic = -1;
  if (c.genericAllowedCents !== undefined) {
    if (s !== BRAND_INDEX) {
      throw notApplicable('genericAllowedCents', 'the price of the generic a brand drug was asked for over', service, `${at}.genericAllowedCents`);
    }
    if (!isWholeInRange(c.genericAllowedCents, 0, MAX_CENTS)) {
      throw new EngineError('INVALID_AMOUNT', 'expected a whole, non-negative number of cents', `${at}.genericAllowedCents`);
    }
    generic = c.genericAllowedCents;
  } else if (s === BRAND_INDEX) {
    throw new EngineError(
      'MISSING_FIELD',
      `a claim for ${label(service)} (${service}) needs "genericAllowedCents" ("genericAllowed" in dollars in a claims file): the price of the generic that was prescribed, since the member pays the brand copayment plus the difference`,
      `${at}.genericAllowedCents`,
    );
  }
  if (s === BRAND_INDEX) {
    if (cp.slotKind[DIFFERENCE_INDEX] === KIND_NO_RULE) throw noRuleError(cp.plan.id, BRAND_PRICE_DIFFERENCE_SERVICE, `${at}.service`);
    rr.brandRequested = true;
  }
  return generic;
}

/** The network tier (and pre-certification, out of network only); a tier whose amounts are not entered is refused. */
function checkNetwork(cp: CompiledPlan, rr: RawRows, c: Claim, at: string, s: number): number {
  let network = 0;
  if (c.network !== undefined) {
    network = networkIndex(c.network);
    if (network < 0) throw new EngineError('INVALID_CLAIM', `expected one of ${NETWORK_TIERS.join(', ')}`, `${at}.network`);
  }
  if (c.precertified !== undefined) {
    if (typeof c.precertified !== 'boolean') throw new EngineError('INVALID_CLAIM', 'expected true or false', `${at}.precertified`);
    if (network !== OUT_OF_NETWORK) {
      throw new EngineError(
        'FIELD_NOT_APPLICABLE',
        `"precertified" applies to out-of-network care only ("network": "out_of_network"), not to ${NETWORK_TIERS[network]} care`,
        `${at}.precertified`,
      );
    }
  }
  if (network !== 0) {
    const ts = cp.tiers.slot[network * NS + s] as number;
    if (ts === TIER_INCOMPLETE) {
      const tp = cp.tiers.plan[network];
      throw new EngineError(
        'TIER_INCOMPLETE',
        `this plan (${cp.plan.id}) has ${NETWORK_TIERS[network]?.replaceAll('_', '-')} benefits whose amounts are not entered yet ` +
          `(${tp?.status === 'incomplete' ? tp.missing.join('; ') : 'not in the source documents'}), so this claim cannot be priced under it`,
        `${at}.network`,
      );
    }
    if (ts !== TIER_SAME) rr.tiersUsed.add(network);
  }
  return network;
}

/** A prescription's pharmacy and supply: offered by the plan, and no more days than it dispenses. */
function checkSupply(cp: CompiledPlan, at: string, s: number, ch: number, supply: number): void {
  const copays = cp.rxCopays[(cp.rxTableOf[s] as number) + ch * RX_DAYS + supply] as number;
  const pharmacy = { ...cp.plan.pharmacy, ...(cp.rules[s]?.dispensing ?? {}) };
  if (copays === RX_CHANNEL_NOT_OFFERED) {
    const offered = PHARMACY_CHANNELS.filter((name) => pharmacy[name]).join(', ') || 'none';
    throw new EngineError('CHANNEL_NOT_OFFERED', `the plan does not dispense through "${PHARMACY_CHANNELS[ch]}" (it offers: ${offered})`, `${at}.channel`);
  }
  if (copays < 0) {
    const tiers = pharmacy[PHARMACY_CHANNELS[ch] ?? DEFAULT_CHANNEL]?.tiers ?? [];
    const most = Math.max(0, ...tiers.map((t) => t.upToDays));
    throw new EngineError(
      'SUPPLY_NOT_DISPENSED',
      `a ${supply}-day supply is more than the ${most} days "${PHARMACY_CHANNELS[ch]}" dispenses`,
      `${at}.supplyDays`,
    );
  }
}

function label(service: ServiceCode): string {
  return SERVICE_LABELS[service].toLowerCase();
}

function notApplicable(field: string, what: string, service: ServiceCode, at: string): EngineError {
  return new EngineError('FIELD_NOT_APPLICABLE', `"${field}" (${what}) does not apply to ${label(service)} (${service}); leave it out`, at);
}

function outsidePlanYears(cp: CompiledPlan, date: string, planYear: number, at: string): EngineError {
  const own = planYearLabel(cp.anchor, 0);
  if (planYear < 0) {
    return new EngineError(
      'DATE_OUTSIDE_PLAN_YEARS',
      `${date} is before this plan's first plan year (${own}, from ${formatDayKey(planYearStartKey(cp.anchor, 0))}); its rules do not apply to it`,
      at,
    );
  }
  return new EngineError(
    'DATE_OUTSIDE_PLAN_YEARS',
    `${date} falls in the ${planYearLabel(cp.anchor, planYear)} plan year, more than one plan year after this plan's (${own}); ` +
      `the catalog has no rules for it (claims may fall in ${own} and, priced with its rules, ${planYearLabel(cp.anchor, 1)})`,
    at,
  );
}
