import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import {
  ADMISSION_SERVICES,
  BRAND_PRICE_DIFFERENCE_SERVICE,
  BRAND_REQUESTED_SERVICE,
  MEMBER_CONDITIONS,
  NETWORK_TIERS,
  OFFICE_PROCEDURE_SERVICE,
  OFFICE_SETTINGS,
  PHARMACY_CHANNELS,
  PULMONARY_REHAB_SERVICE,
  SERVICE_CODES,
  SERVICE_LABELS,
  SETTING_SERVICES,
  THERAPY_PURPOSES,
  THERAPY_SERVICES,
} from '../../src-shared/services';
import type { MemberCondition, ServiceCode } from '../../src-shared/services';
import { KIND_NO_RULE, NS, RX_CHANNEL_NOT_OFFERED, RX_DAYS, TIER_INCOMPLETE, TIER_SAME } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { describeRule } from './describe-rule';
import { EngineError, noRuleError } from './engine-error';
import {
  DEFAULT_CHANNEL,
  DEFAULT_SUPPLY_DAYS,
  channelIndex,
  conditionMask,
  createFastClaims,
  networkIndex,
  purposeIndex,
  serviceIndex,
  settingIndex,
} from './fast-input';
import type { FastClaims, FastHousehold } from './fast-input';
import { formatDayKey, parseDayKey, planYearIndex, planYearLabel, planYearStartKey } from './plan-year';

// Hand-written checks of the household and its claims (a zod parse per claim would cost more than
// pricing it). They follow src-shared/claims-schema.ts and name the field of the first problem found.
// The checks run once per call, before the pricing loop; the loop itself trusts its input.

const MEMBER_ID = /^[A-Za-z0-9_.-]{1,60}$/;
const MAX_CENTS = 100_000_000_000;
const CLAIM_KEYS = new Set(['member', 'date', 'service', 'allowedCents', 'days', 'supplyDays', 'channel', 'admitted', 'purpose', 'setting', 'genericAllowedCents', 'network', 'precertified', 'label']);
const MEMBER_KEYS = new Set(['id', 'age', 'birthDate', 'conditions']);
/** The oldest age on a claim's date a birth date may give (the schema's age limits go to 130). */
const MAX_AGE = 130;
/** Claims may fall in the plan's own plan year (0) and, with a warning, the one after it (1). */
const LAST_PLAN_YEAR = 1;
const R_MEMBER = 0;
const R_SERVICE = 1;
const R_DAYS = 2;
const R_SUPPLY = 3;
const R_CHANNEL = 4;
const R_ADMITTED = 5;
const R_PURPOSE = 6;
const R_SETTING = 7;
const R_YEAR = 8;
const R_NETWORK = 9;
const R_PRECERT = 10;
const RAW_FIELDS = 11;
const OUT_OF_NETWORK = NETWORK_TIERS.indexOf('out_of_network');
const DEFAULT_CHANNEL_INDEX = channelIndex(DEFAULT_CHANNEL);

export interface PreparedInput {
  household: FastHousehold;
  memberIds: string[];
  claims: FastClaims;
  /** Sorted row → index of the claim in the caller's list. */
  order: Int32Array;
  /**
   * Sorted row → 0 for a claim's own row, 1 for the price difference of a brand asked for over a generic
   * (rx_brand_price_difference, right after the claim's own row): the ledger shows the two as one line.
   */
  part: Uint8Array;
  /** Sorted row → day key (20220314). */
  dayKeys: Int32Array;
  /** Plan year of the first row, relative to the plan's own year (0 = the year of planYear.start). */
  baseYear: number;
  /** Things priced that the plan does not strictly cover ("2023 priced with the 2022 rules …"). */
  warnings: string[];
  /** Readings the engine chose where the input left a choice (age without a birth date …). */
  assumptions: string[];
}

export interface ValidMembers {
  ids: string[];
  /** Age on the first day of the plan year the claims start in; 0 for a member known by birth date. */
  ages: number[];
  /** Birth date as a day key, 0 when only the age is given. */
  birthKeys: number[];
  /** Bit mask of MEMBER_CONDITIONS. */
  conditions: number[];
  index: Map<string, number>;
}

function isWholeInRange(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

export function validateMembers(members: readonly EngineMember[]): ValidMembers {
  if (!Array.isArray(members)) throw new EngineError('INVALID_HOUSEHOLD', 'expected a list of household members', 'members');
  if (members.length < 1) throw new EngineError('INVALID_HOUSEHOLD', 'the household needs at least one member', 'members');
  if (members.length > 20) throw new EngineError('INVALID_HOUSEHOLD', `at most 20 members, got ${members.length}`, 'members');
  const index = new Map<string, number>();
  const out: ValidMembers = { ids: [], ages: [], birthKeys: [], conditions: [], index };
  members.forEach((member, i) => {
    const at = `members[${i}]`;
    if (typeof member !== 'object' || member === null) throw new EngineError('INVALID_MEMBER', 'expected { id, age } or { id, birthDate }', at);
    for (const key in member) {
      if (!MEMBER_KEYS.has(key)) throw new EngineError('INVALID_MEMBER', `unknown field "${key}" (a member has id, age or birthDate, and conditions)`, `${at}.${key}`);
    }
    const { id, age, birthDate, conditions } = member;
    if (typeof id !== 'string' || !MEMBER_ID.test(id)) {
      throw new EngineError('INVALID_MEMBER', 'expected 1–60 letters, digits, "_", "." or "-"', `${at}.id`);
    }
    if (index.has(id)) throw new EngineError('DUPLICATE_MEMBER', `"${id}" is listed twice`, `${at}.id`);
    let birthKey = 0;
    if (birthDate !== undefined) {
      if (age !== undefined) {
        throw new EngineError('INVALID_MEMBER', 'give either the age or the birth date, not both (the birth date gives the age on each claim\'s date)', `${at}.age`);
      }
      birthKey = parseDayKey(birthDate);
      if (birthKey < 0) throw new EngineError('INVALID_MEMBER', `"${String(birthDate)}" is not a real date in YYYY-MM-DD form`, `${at}.birthDate`);
    } else if (!isWholeInRange(age, 0, 120)) {
      throw new EngineError('INVALID_MEMBER', age === undefined ? 'give the age (0 to 120) or the birth date' : 'expected a whole age from 0 to 120', `${at}.age`);
    }
    let mask = 0;
    if (conditions !== undefined) {
      if (!Array.isArray(conditions)) throw new EngineError('INVALID_MEMBER', `expected a list of ${MEMBER_CONDITIONS.join(', ')}`, `${at}.conditions`);
      conditions.forEach((c: unknown, k) => {
        if (!(MEMBER_CONDITIONS as readonly unknown[]).includes(c)) {
          throw new EngineError('INVALID_MEMBER', `expected one of ${MEMBER_CONDITIONS.join(', ')}`, `${at}.conditions[${k}]`);
        }
        if (conditions.indexOf(c as MemberCondition) !== k) throw new EngineError('INVALID_MEMBER', `"${String(c)}" is listed twice`, `${at}.conditions[${k}]`);
      });
      mask = conditionMask(conditions);
    }
    index.set(id, i);
    out.ids.push(id);
    out.ages.push(birthKey > 0 ? 0 : (age as number));
    out.birthKeys.push(birthKey);
    out.conditions.push(mask);
  });
  return out;
}

function listNames(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/**
 * The order of claims on the same day (README "Same-day claims"): claims are priced in date order; on one
 * date by member id (as text, so neither the claims' nor the members' order matters), then by service (the order of SERVICE_CODES: visits, tests,
 * procedures, stays, drugs …), then the smaller allowed amount first, then days, supply, pharmacy,
 * admission, purpose, setting and label. The order a list gives does not matter: the same claims in any
 * order give the same ledger. The comparison's simulated years follow the same rule (care-items.ts sorts
 * the care items this way; claim-rows.ts keeps a day's rows of one member and service by amount).
 */
export function compareSameDay(
  a: { member: string; service: number; allowed: number; days: number; supply: number; channel: number; admitted: number; purpose: number; setting: number; network?: number; precert?: number; label: string },
  b: typeof a,
): number {
  return (
    (a.member < b.member ? -1 : a.member > b.member ? 1 : 0) ||
    a.service - b.service ||
    a.allowed - b.allowed ||
    a.days - b.days ||
    a.supply - b.supply ||
    a.channel - b.channel ||
    a.admitted - b.admitted ||
    a.purpose - b.purpose ||
    a.setting - b.setting ||
    (a.network ?? 0) - (b.network ?? 0) ||
    (a.precert ?? 0) - (b.precert ?? 0) ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
}

const BRAND_INDEX = serviceIndex(BRAND_REQUESTED_SERVICE);
const DIFFERENCE_INDEX = serviceIndex(BRAND_PRICE_DIFFERENCE_SERVICE);

/** Validates and converts the claims; rows come out in adjudication order (date, then the same-day order) with their plan years. */
export function prepareInput(cp: CompiledPlan, members: readonly EngineMember[], claims: readonly Claim[]): PreparedInput {
  const { ids, ages, birthKeys, conditions, index } = validateMembers(members);
  if (!Array.isArray(claims)) throw new EngineError('INVALID_CLAIM', 'expected a list of claims', 'claims');
  const n = claims.length;
  // What the checks found, one row per claim (two for a brand asked for over a generic: the brand copay on
  // the generic's price, then the price difference), RAW_FIELDS small integers per row, sorted below.
  const raw = new Int32Array(2 * n * RAW_FIELDS);
  const keys = new Int32Array(2 * n);
  const rowClaim = new Int32Array(2 * n);
  const rowPart = new Uint8Array(2 * n);
  const rowAllowed = new Float64Array(2 * n);
  let rows = 0;
  let nextYearClaims = false;
  const withoutSetting = new Set<number>();
  const used = new Set<number>();
  let perConditionDays: Set<number> | undefined;
  let brandRequested = false;
  const tiersUsed = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = claims[i] as Claim;
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
    if (planYear > 0) nextYearClaims = true;
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
    } else if (cp.hasSettings[s] === 1) withoutSetting.add(s);
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
      brandRequested = true;
    }
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
      if (ts !== TIER_SAME) tiersUsed.add(network);
    }
    if (cp.dayLimitPerCondition[s] === 1) (perConditionDays ??= new Set()).add(s);
    used.add(s);
    if (c.label !== undefined && (typeof c.label !== 'string' || c.label.length > 200)) {
      throw new EngineError('INVALID_CLAIM', 'expected text of at most 200 characters', `${at}.label`);
    }
    const supply = c.supplyDays ?? DEFAULT_SUPPLY_DAYS;
    if (cp.isRx[s] === 1) {
      const copays = cp.rxCopays[(cp.rxTableOf[s] as number) + ch * RX_DAYS + supply] as number;
      const pharmacy = { ...cp.plan.pharmacy, ...(cp.rules[s]?.dispensing ?? {}) };
      if (copays === RX_CHANNEL_NOT_OFFERED) {
        const offered = PHARMACY_CHANNELS.filter((name) => pharmacy[name]).join(', ') || 'none';
        throw new EngineError(
          'CHANNEL_NOT_OFFERED',
          `the plan does not dispense through "${PHARMACY_CHANNELS[ch]}" (it offers: ${offered})`,
          `${at}.channel`,
        );
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
    // One row, or two for a brand asked for over a generic dearer than it: "you pay your brand-name drug
    // copayment plus the difference in price between the generic drug and your requested brand-name
    // drug": the copay on the generic's price (part 0), then the difference (part 1). A loop, not a
    // closure per claim: this runs for every claim of every call.
    const parts = generic >= 0 && c.allowedCents > generic ? 2 : 1;
    for (let part = 0; part < parts; part++) {
      const service = part === 1 ? DIFFERENCE_INDEX : s;
      const allowed = part === 1 ? c.allowedCents - generic : generic >= 0 ? Math.min(generic, c.allowedCents) : c.allowedCents;
      const k = rows++;
      keys[k] = key;
      rowClaim[k] = i;
      rowPart[k] = part;
      rowAllowed[k] = allowed;
      const r = k * RAW_FIELDS;
      raw[r + R_MEMBER] = m;
      raw[r + R_SERVICE] = service;
      raw[r + R_DAYS] = part === 0 ? (c.days ?? 1) : 1;
      raw[r + R_SUPPLY] = part === 0 ? supply : DEFAULT_SUPPLY_DAYS;
      raw[r + R_CHANNEL] = part === 0 ? ch : DEFAULT_CHANNEL_INDEX;
      raw[r + R_ADMITTED] = c.admitted === true ? 1 : 0;
      raw[r + R_PURPOSE] = purpose;
      raw[r + R_SETTING] = setting;
      raw[r + R_YEAR] = planYear;
      raw[r + R_NETWORK] = network;
      raw[r + R_PRECERT] = c.precertified === false ? 1 : 0;
    }
  }

  // Date order across the household; on one date the same-day order (compareSameDay), by the claim as
  // given, so that a brand's price difference stays right after its copay row.
  const sortKey = (k: number) => {
    const r = k * RAW_FIELDS;
    const c = claims[rowClaim[k] as number] as Claim;
    return {
      member: ids[raw[r + R_MEMBER] as number] as string,
      service: rowPart[k] === 1 ? BRAND_INDEX : (raw[r + R_SERVICE] as number),
      allowed: c.allowedCents,
      days: rowPart[k] === 1 ? (c.days ?? 1) : (raw[r + R_DAYS] as number),
      supply: rowPart[k] === 1 ? (c.supplyDays ?? DEFAULT_SUPPLY_DAYS) : (raw[r + R_SUPPLY] as number),
      channel: rowPart[k] === 1 ? (c.channel === undefined ? DEFAULT_CHANNEL_INDEX : channelIndex(c.channel)) : (raw[r + R_CHANNEL] as number),
      admitted: raw[r + R_ADMITTED] as number,
      purpose: raw[r + R_PURPOSE] as number,
      setting: raw[r + R_SETTING] as number,
      network: raw[r + R_NETWORK] as number,
      precert: raw[r + R_PRECERT] as number,
      label: c.label ?? '',
    };
  };
  // Sorted in two passes, fast for long lists: first by the date, the member (ranked by id as text) and
  // the service, packed into one number with the row (a plain numeric sort, no comparator); then each run
  // of rows equal in those (a member's claims of one service on one day, usually one or two) by the rest.
  const byId = ids.map((_, m) => m).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));
  const memberRank = new Int32Array(ids.length);
  byId.forEach((m, rank) => (memberRank[m] = rank));
  // Day keys (y·10000 + m·100 + d) of a list span at most two plan years: a few tens of thousands apart.
  let firstKey = Infinity;
  for (let k = 0; k < rows; k++) if ((keys[k] as number) < firstKey) firstKey = keys[k] as number;
  const packed = new Float64Array(rows);
  const claimAllowed = new Float64Array(rows);
  for (let k = 0; k < rows; k++) {
    claimAllowed[k] = (claims[rowClaim[k] as number] as Claim).allowedCents;
    const r = k * RAW_FIELDS;
    const sortService = rowPart[k] === 1 ? BRAND_INDEX : (raw[r + R_SERVICE] as number);
    const group = (((keys[k] as number) - firstKey) * ids.length + (memberRank[raw[r + R_MEMBER] as number] as number)) * SERVICE_CODES.length + sortService;
    packed[k] = group * rows + k;
  }
  packed.sort();
  const rowOrder = new Int32Array(rows);
  for (let j = 0; j < rows; j++) rowOrder[j] = (packed[j] as number) % rows;
  // Two brand claims of one member and day alike in everything the same-day order compares are told apart
  // by the generic's price, then by the claim, before the part: each claim's price difference stays right
  // after its own copay row (with the part first, two such claims priced A, B, A's difference, B's, and
  // the ledger put both differences on B's line).
  const genericOf = (k: number): number => (claims[rowClaim[k] as number] as Claim).genericAllowedCents ?? -1;
  const tie = (a: number, b: number): number =>
    (claimAllowed[a] as number) - (claimAllowed[b] as number) ||
    compareSameDay(sortKey(a), sortKey(b)) ||
    genericOf(a) - genericOf(b) ||
    (rowClaim[a] as number) - (rowClaim[b] as number) ||
    (rowPart[a] as number) - (rowPart[b] as number);
  for (let from = 0; from < rows; ) {
    const group = Math.floor((packed[from] as number) / rows);
    let to = from + 1;
    while (to < rows && Math.floor((packed[to] as number) / rows) === group) to++;
    // Insertion sort: a run is a few rows.
    for (let x = from + 1; x < to; x++) {
      const row = rowOrder[x] as number;
      let y = x - 1;
      while (y >= from && tie(rowOrder[y] as number, row) > 0) {
        rowOrder[y + 1] = rowOrder[y] as number;
        y--;
      }
      rowOrder[y + 1] = row;
    }
    from = to;
  }
  const claimsOut = createFastClaims(rows);
  const dayKeys = new Int32Array(rows);
  const order = new Int32Array(rows);
  const part = new Uint8Array(rows);
  const baseYear = rows > 0 ? (raw[(rowOrder[0] as number) * RAW_FIELDS + R_YEAR] as number) : 0;
  for (let k = 0; k < rows; k++) {
    const j = rowOrder[k] as number;
    order[k] = rowClaim[j] as number;
    part[k] = rowPart[j] as number;
    dayKeys[k] = keys[j] as number;
    const r = j * RAW_FIELDS;
    claimsOut.member[k] = raw[r + R_MEMBER] as number;
    claimsOut.service[k] = raw[r + R_SERVICE] as number;
    claimsOut.allowedCents[k] = rowAllowed[j] as number;
    claimsOut.days[k] = raw[r + R_DAYS] as number;
    claimsOut.supplyDays[k] = raw[r + R_SUPPLY] as number;
    claimsOut.channel[k] = raw[r + R_CHANNEL] as number;
    claimsOut.admitted[k] = raw[r + R_ADMITTED] as number;
    claimsOut.purpose[k] = raw[r + R_PURPOSE] as number;
    claimsOut.setting[k] = raw[r + R_SETTING] as number;
    claimsOut.network[k] = raw[r + R_NETWORK] as number;
    claimsOut.precert[k] = raw[r + R_PRECERT] as number;
    claimsOut.year[k] = (raw[r + R_YEAR] as number) - baseYear;
    claimsOut.dayKey[k] = keys[j] as number;
  }
  claimsOut.count = rows;

  const warnings: string[] = nextYearClaims ? [nextYearWarning(cp)] : [];
  const assumptions: string[] = [];
  if (birthKeys.indexOf(0) >= 0) assumptions.push(ageAssumption(cp, ids, birthKeys, baseYear, nextYearClaims && baseYear === 0));
  assumptions.push(...claimAssumptions(cp, { used, withoutSetting, perCondition: perConditionDays ?? [], brandRequested, tiers: tiersUsed }));

  return {
    household: {
      size: ids.length,
      ages: Int32Array.from(ages),
      birthKeys: Int32Array.from(birthKeys),
      conditions: Uint8Array.from(conditions),
    },
    memberIds: ids,
    claims: claimsOut,
    order,
    part,
    dayKeys,
    baseYear,
    warnings,
    assumptions,
  };
}

/** The warning for claims in the plan year after the plan's own: "2023 priced with the 2022 rules; …". */
export function nextYearWarning(cp: CompiledPlan): string {
  const own = planYearLabel(cp.anchor, 0);
  const next = planYearLabel(cp.anchor, 1);
  return `${next} priced with the ${own} rules; the ${next} plan is not in the catalog`;
}

/** How the engine's age assumption begins ("No birth date for …"): a household can say it in its own words. */
export const AGE_ASSUMPTION_PREFIX = 'No birth date for ';

/**
 * The readings a plan's rules make for claims of these services (by index into SERVICE_CODES), in plain
 * sentences: a claim without a setting, a limit counted per year for want of the condition, a brand's
 * price difference, and each rule's own `assumptionWhenUsed`. priceClaims lists them for its claims; the
 * comparison for the services a household's care can use.
 */
export function claimAssumptions(
  cp: CompiledPlan,
  what: { used: Iterable<number>; withoutSetting: Iterable<number>; perCondition: Iterable<number>; brandRequested: boolean; tiers?: Iterable<number> },
): string[] {
  const out: string[] = [];
  for (const t of [...(what.tiers ?? [])].sort((a, b) => a - b)) {
    const tp = cp.tiers.plan[t];
    if (tp?.status === 'offered' && tp.assumptionWhenUsed) out.push(`${tp.label}: ${tp.assumptionWhenUsed}`);
  }
  for (const s of what.withoutSetting) {
    const text = settingAssumption(cp, s);
    if (text) out.push(text);
  }
  for (const s of what.perCondition) {
    const rule = cp.rules[s];
    const service = SERVICE_CODES[s] as ServiceCode;
    out.push(
      `${SERVICE_LABELS[service]}: "Up to ${rule?.dayLimit?.days ?? cp.dayLimit[s]} days per condition" is counted per member per plan year, ` +
        'because a claim list does not say which condition a stay is for.',
    );
  }
  if (what.brandRequested) {
    out.push(
      'A brand drug asked for over the prescribed generic: the brand copayment is priced on the generic\'s price and counts like any copay; ' +
        'the difference in price is the member\'s own choice, so it counts toward neither the deductible nor the out-of-pocket maximum (the costlier reading: the brochure does not say).',
    );
  }
  for (const s of [...what.used].sort((a, b) => a - b)) {
    const note = cp.rules[s]?.assumptionWhenUsed;
    if (note) out.push(`${SERVICE_LABELS[SERVICE_CODES[s] as ServiceCode]}: ${note}`);
  }
  return out;
}

/** What a claim without a `setting` is priced as, for a service a plan prices by the office it is billed as. */
function settingAssumption(cp: CompiledPlan, s: number): string | null {
  const rule = cp.rules[s];
  if (!rule) return null;
  const service = SERVICE_CODES[s] as ServiceCode;
  if (service === OFFICE_PROCEDURE_SERVICE) {
    return (
      `Office procedures without a "setting" are priced as done in a specialist's office, the costlier reading: "${rule.source.youPay}" ` +
      `(${describeRule(OFFICE_PROCEDURE_SERVICE, rule.costShare, rule.afterDeductible)} on the procedure; the office copayment is on the visit's own claim).`
    );
  }
  const primary = rule.settings?.primary_care_office;
  return (
    `${SERVICE_LABELS[service]} without a "setting" is priced as a specialty care office visit, the costlier reading: "${rule.source.youPay}"` +
    (primary ? ` (as a primary care office visit: "${primary.source.youPay}").` : '.')
  );
}

/** The last household's age assumption per compiled plan: the Monte Carlo asks for the same one again and again. */
const lastAgeAssumption = new WeakMap<CompiledPlan, { key: string; text: string }>();

function ageAssumption(cp: CompiledPlan, ids: readonly string[], birthKeys: readonly number[], baseYear: number, nextYear: boolean): string {
  const byAge: string[] = [];
  for (let m = 0; m < ids.length; m++) if (birthKeys[m] === 0) byAge.push(ids[m] as string);
  // Sorted, so that the text does not depend on the order the members are listed in.
  byAge.sort();
  const key = `${baseYear}|${nextYear}|${byAge.join('|')}`;
  const last = lastAgeAssumption.get(cp);
  if (last?.key === key) return last.text;
  const first = planYearLabel(cp.anchor, baseYear);
  const text = `${AGE_ASSUMPTION_PREFIX}${listNames(byAge)}: age rules use the age on the first day of the plan year (${first}${
    nextYear ? ', one year more in the next' : ''
  }), so a birthday during a plan year counts only from the next one.`;
  lastAgeAssumption.set(cp, { key, text });
  return text;
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
