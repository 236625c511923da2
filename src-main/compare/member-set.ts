import { createFastHousehold, type CompiledPlan, type FastHousehold, type FastTotals } from '../engine';
import type { CarePlan } from './care-items';

// A few members of a household's claim rows, priced on their own (ClaimRows.priceSet): one enrollment of
// the household in the arrangements' simulation, whose claims are the rows' claims of its members; and
// when such a set's year is the sum of what its members paid with everyone priced together (SplitYears).

export interface MemberSet {
  household: FastHousehold;
  /** Set member → the rows' member. */
  members: Int32Array;
  /** The rows' member → set member, −1 when not in the set; null: the rows' members, in order. */
  memberOf: Int32Array | null;
  /** Per plan of the rows: 1 when the set is priced under it. */
  plans: Uint8Array;
  /** priceSet's scratch: the set members' set-aside amounts counting toward the limit, and who is within reach of it. */
  quickOop: Float64Array;
  reached: Uint8Array;
  /** Every member of the rows, whose pricing sets of fewer members may read (SplitYears). */
  readBySmaller: boolean;
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
    readBySmaller: members.length === care.members.length,
  };
}

/** The rows' whole household under all `planCount` plans (ClaimRows.price): no member map, nobody reads it. */
export function everyoneSet(household: FastHousehold, planCount: number): MemberSet {
  const size = Math.max(1, household.size);
  return {
    household,
    members: Int32Array.from({ length: size }, (_, m) => m),
    memberOf: null,
    plans: new Uint8Array(planCount).fill(1),
    quickOop: new Float64Array(size),
    reached: new Uint8Array(size),
    readBySmaller: false,
  };
}

/**
 * After every member of the rows was priced together under a plan, with the set-aside claims exact (so the
 * family's out-of-pocket total stayed below its limit): when the family's deductible stayed below its
 * amount too, no claim met a family amount, so each claim cost what its member's own amounts gave it — and
 * a set of fewer members costs the sum of what each of them paid there (engine/adjudicate.ts takes the
 * smaller of the person's and the family's open amount, and the family's was never the smaller; a set of
 * fewer members has more of the family's amounts open). Not kept with care a plan does not cover (what
 * each member paid of it is not kept), or for a plan whose person amounts are not embedded (Self Only has
 * them, a family does not); care away from home is never kept (its tier reads the family's totals).
 */
export class SplitYears {
  /** Per plan: the stamp of the rows' year the members' pays were kept for. */
  private readonly at: Int32Array;
  /** Per plan and member of the rows: what the member paid, set-aside claims included. */
  private readonly paid: Float64Array;

  constructor(
    plans: number,
    private readonly members: number,
  ) {
    this.at = new Int32Array(plans).fill(-1);
    this.paid = new Float64Array(plans * members);
  }

  /** `totals`: every member's pricing under plan `p` (set member j is the rows' `members[j]`); `quickPays` per plan `j` of its group and member. */
  keep(cp: CompiledPlan, p: number, stamp: number, totals: FastTotals, members: Int32Array, quickPays: Float64Array, j: number): void {
    const noDeductible = cp.deductible.familyCents === 0 && cp.deductible.personCents === 0;
    if (!cp.deductible.embedded || !cp.oopMax.embedded || totals.notCoveredCents !== 0) return;
    if (!(totals.deductibleCents < cp.deductible.familyCents || noDeductible)) return;
    const all = this.members;
    for (let m = 0; m < members.length; m++) {
      const r = members[m] as number;
      this.paid[p * all + r] = (totals.memberPaysByMember[m] as number) + (quickPays[j * all + r] as number);
    }
    this.at[p] = stamp;
  }

  has(p: number, stamp: number): boolean {
    return this.at[p] === stamp;
  }

  /** What the rows' members `members` paid under plan `p`, together. */
  pays(p: number, members: Int32Array): number {
    let sum = 0;
    for (let m = 0; m < members.length; m++) sum += this.paid[p * this.members + (members[m] as number)] as number;
    return sum;
  }
}
