import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import { PHARMACY_CHANNELS, SERVICE_CODES } from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import { KIND_NO_RULE, RX_CHANNEL_NOT_OFFERED, RX_DAYS } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { EngineError, noRuleError } from './engine-error';
import { DEFAULT_CHANNEL, DEFAULT_SUPPLY_DAYS, channelIndex, createFastClaims, serviceIndex } from './fast-input';
import type { FastClaims, FastHousehold } from './fast-input';
import { parseDayKey, planYearIndex } from './plan-year';

// Hand-written checks of the household and its claims (a zod parse per claim would cost more than
// pricing it). They follow src-shared/claims-schema.ts and name the field of the first problem found.
// The checks run once per call, before the pricing loop; the loop itself trusts its input.

const MEMBER_ID = /^[A-Za-z0-9_.-]{1,60}$/;
const MAX_CENTS = 100_000_000_000;
const CLAIM_KEYS = new Set(['member', 'date', 'service', 'allowedCents', 'days', 'supplyDays', 'channel', 'admitted', 'label']);
const DEFAULT_CHANNEL_INDEX = channelIndex(DEFAULT_CHANNEL);

export interface PreparedInput {
  household: FastHousehold;
  memberIds: string[];
  claims: FastClaims;
  /** Sorted row → index of the claim in the caller's list. */
  order: Int32Array;
  /** Sorted row → day key (20220314). */
  dayKeys: Int32Array;
  /** Plan year of the first row, relative to the plan's own year (0 = the year of planYear.start). */
  baseYear: number;
}

function isWholeInRange(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

export function validateMembers(members: readonly EngineMember[]): { ids: string[]; ages: number[]; index: Map<string, number> } {
  if (!Array.isArray(members)) throw new EngineError('INVALID_HOUSEHOLD', 'expected a list of household members', 'members');
  if (members.length < 1) throw new EngineError('INVALID_HOUSEHOLD', 'the household needs at least one member', 'members');
  if (members.length > 20) throw new EngineError('INVALID_HOUSEHOLD', `at most 20 members, got ${members.length}`, 'members');
  const index = new Map<string, number>();
  const ids: string[] = [];
  const ages: number[] = [];
  members.forEach((member, i) => {
    if (typeof member !== 'object' || member === null) throw new EngineError('INVALID_MEMBER', 'expected { id, age }', `members[${i}]`);
    const { id, age } = member;
    if (typeof id !== 'string' || !MEMBER_ID.test(id)) {
      throw new EngineError('INVALID_MEMBER', 'expected 1–60 letters, digits, "_", "." or "-"', `members[${i}].id`);
    }
    if (index.has(id)) throw new EngineError('DUPLICATE_MEMBER', `"${id}" is listed twice`, `members[${i}].id`);
    if (!isWholeInRange(age, 0, 120)) throw new EngineError('INVALID_MEMBER', 'expected a whole age from 0 to 120', `members[${i}].age`);
    index.set(id, i);
    ids.push(id);
    ages.push(age);
  });
  return { ids, ages, index };
}

/** Validates and converts the claims; rows come out sorted by date (stable) with their plan years. */
export function prepareInput(cp: CompiledPlan, members: readonly EngineMember[], claims: readonly Claim[]): PreparedInput {
  const { ids, ages, index } = validateMembers(members);
  if (!Array.isArray(claims)) throw new EngineError('INVALID_CLAIM', 'expected a list of claims', 'claims');
  const n = claims.length;
  const raw = createFastClaims(n);
  const keys = new Int32Array(n);
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
    const s = serviceIndex(c.service);
    if (s < 0) throw new EngineError('UNKNOWN_SERVICE', `"${String(c.service)}" is not a known service code`, `${at}.service`);
    if (cp.slotKind[s] === KIND_NO_RULE) throw noRuleError(cp.plan.id, SERVICE_CODES[s] as ServiceCode, `${at}.service`);
    if (!isWholeInRange(c.allowedCents, 0, MAX_CENTS)) {
      throw new EngineError('INVALID_AMOUNT', 'expected a whole, non-negative number of cents', `${at}.allowedCents`);
    }
    if (c.days !== undefined && !isWholeInRange(c.days, 1, 366)) {
      throw new EngineError('INVALID_DAYS', 'expected a whole number of days from 1 to 366', `${at}.days`);
    }
    if (c.supplyDays !== undefined && !isWholeInRange(c.supplyDays, 1, 366)) {
      throw new EngineError('INVALID_SUPPLY', 'expected a whole number of days of supply from 1 to 366', `${at}.supplyDays`);
    }
    const ch = c.channel === undefined ? DEFAULT_CHANNEL_INDEX : channelIndex(c.channel);
    if (ch < 0) {
      throw new EngineError('INVALID_CHANNEL', `expected one of ${PHARMACY_CHANNELS.join(', ')}`, `${at}.channel`);
    }
    if (c.admitted !== undefined && typeof c.admitted !== 'boolean') {
      throw new EngineError('INVALID_CLAIM', 'expected true or false', `${at}.admitted`);
    }
    if (c.label !== undefined && (typeof c.label !== 'string' || c.label.length > 200)) {
      throw new EngineError('INVALID_CLAIM', 'expected text of at most 200 characters', `${at}.label`);
    }
    const supply = c.supplyDays ?? DEFAULT_SUPPLY_DAYS;
    if (cp.isRx[s] === 1) {
      const copays = cp.rxCopays[ch * RX_DAYS + supply] as number;
      if (copays === RX_CHANNEL_NOT_OFFERED) {
        const offered = PHARMACY_CHANNELS.filter((name) => cp.plan.pharmacy[name]).join(', ') || 'none';
        throw new EngineError(
          'CHANNEL_NOT_OFFERED',
          `the plan does not dispense through "${PHARMACY_CHANNELS[ch]}" (it offers: ${offered})`,
          `${at}.channel`,
        );
      }
      if (copays < 0) {
        const tiers = cp.plan.pharmacy[PHARMACY_CHANNELS[ch] ?? DEFAULT_CHANNEL]?.tiers ?? [];
        const most = Math.max(0, ...tiers.map((t) => t.upToDays));
        throw new EngineError(
          'SUPPLY_NOT_DISPENSED',
          `a ${supply}-day supply is more than the ${most} days "${PHARMACY_CHANNELS[ch]}" dispenses`,
          `${at}.supplyDays`,
        );
      }
    }
    keys[i] = key;
    raw.member[i] = m;
    raw.service[i] = s;
    raw.allowedCents[i] = c.allowedCents;
    raw.days[i] = c.days ?? 1;
    raw.supplyDays[i] = supply;
    raw.channel[i] = ch;
    raw.admitted[i] = c.admitted === true ? 1 : 0;
  }

  // Date order across the household; the same date keeps the order given (the sort is stable).
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  const claimsOut = createFastClaims(n);
  const dayKeys = new Int32Array(n);
  const baseYear = n > 0 ? planYearIndex(cp.anchor, keys[order[0] as number] as number) : 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    dayKeys[k] = keys[i] as number;
    claimsOut.member[k] = raw.member[i] as number;
    claimsOut.service[k] = raw.service[i] as number;
    claimsOut.allowedCents[k] = raw.allowedCents[i] as number;
    claimsOut.days[k] = raw.days[i] as number;
    claimsOut.supplyDays[k] = raw.supplyDays[i] as number;
    claimsOut.channel[k] = raw.channel[i] as number;
    claimsOut.admitted[k] = raw.admitted[i] as number;
    claimsOut.year[k] = planYearIndex(cp.anchor, keys[i] as number) - baseYear;
  }
  claimsOut.count = n;
  return { household: { size: ids.length, ages: Int32Array.from(ages) }, memberIds: ids, claims: claimsOut, order, dayKeys, baseYear };
}
