import { createFastHousehold, type FastHousehold } from '../engine';
import type { CarePlan } from './care-items';

// A few members of a household's claim rows, priced on their own (ClaimRows.priceSet): one enrollment of
// the household in the arrangements' simulation, whose claims are the rows' claims of its members.

export interface MemberSet {
  household: FastHousehold;
  /** Set member → the rows' member. */
  members: Int32Array;
  /** The rows' member → set member, −1 when not in the set. */
  memberOf: Int32Array;
  /** Per plan of the rows: 1 when the set is priced under it. */
  plans: Uint8Array;
  /** priceSet's scratch: the set members' set-aside amounts counting toward the limit, and who is within reach of it. */
  quickOop: Float64Array;
  reached: Uint8Array;
}

/**
 * Members `members` (indexes into care.members, in the order the enrollment numbers them) of rows priced
 * under `planCount` plans, priced under the plans `plans`: their own household (Self Only for one, a
 * family for more), with their ages, birth dates and conditions.
 */
export function memberSet(care: CarePlan, planCount: number, members: readonly number[], plans: readonly number[]): MemberSet {
  const memberOf = new Int32Array(Math.max(1, care.members.length)).fill(-1);
  members.forEach((m, j) => (memberOf[m] = j));
  const of = members.map((m) => care.members[m] as CarePlan['members'][number]);
  const mask = new Uint8Array(planCount);
  for (const p of plans) mask[p] = 1;
  return {
    household: createFastHousehold(
      of.map((m) => m.age),
      { birthDates: of.map((m) => m.birthDate), conditions: of.map((m) => m.conditions) },
    ),
    members: Int32Array.from(members),
    memberOf,
    plans: mask,
    quickOop: new Float64Array(Math.max(1, members.length)),
    reached: new Uint8Array(Math.max(1, members.length)),
  };
}
