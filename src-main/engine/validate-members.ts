import type { EngineMember } from '../../src-shared/claims-schema';
import { MAX_AGE as MAX_MEMBER_AGE, MIN_AGE } from '../../src-shared/ages';
import { MEMBER_CONDITIONS } from '../../src-shared/services';
import type { MemberCondition } from '../../src-shared/services';
import { EngineError } from './engine-error';
import { conditionMask } from './fast-input';
import { parseDayKey } from './plan-year';
// Hand-written checks of the household (a zod parse would cost more than pricing the claims). They follow
// src-shared/claims-schema.ts and name the field of the first problem found.

const MEMBER_ID = /^[A-Za-z0-9_.-]{1,60}$/;
const MEMBER_KEYS = new Set(['id', 'age', 'birthDate', 'conditions']);

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

export function isWholeInRange(v: unknown, min: number, max: number): v is number {
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
      if (!MEMBER_KEYS.has(key))
        throw new EngineError('INVALID_MEMBER', `unknown field "${key}" (a member has id, age or birthDate, and conditions)`, `${at}.${key}`);
    }
    const { id, age, birthDate, conditions } = member;
    if (typeof id !== 'string' || !MEMBER_ID.test(id)) {
      throw new EngineError('INVALID_MEMBER', 'expected 1–60 letters, digits, "_", "." or "-"', `${at}.id`);
    }
    if (index.has(id)) throw new EngineError('DUPLICATE_MEMBER', `"${id}" is listed twice`, `${at}.id`);
    let birthKey = 0;
    if (birthDate !== undefined) {
      if (age !== undefined) {
        throw new EngineError(
          'INVALID_MEMBER',
          "give either the age or the birth date, not both (the birth date gives the age on each claim's date)",
          `${at}.age`,
        );
      }
      birthKey = parseDayKey(birthDate);
      if (birthKey < 0) throw new EngineError('INVALID_MEMBER', `"${String(birthDate)}" is not a real date in YYYY-MM-DD form`, `${at}.birthDate`);
    } else if (!isWholeInRange(age, MIN_AGE, MAX_MEMBER_AGE)) {
      throw new EngineError(
        'INVALID_MEMBER',
        age === undefined ? `give the age (${MIN_AGE} to ${MAX_MEMBER_AGE}) or the birth date` : `expected a whole age from ${MIN_AGE} to ${MAX_MEMBER_AGE}`,
        `${at}.age`,
      );
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
