import { NETWORK_TIERS } from '../../src-shared/services';
import { KIND_COINSURANCE, KIND_COPAY, KIND_COPAY_PLUS_COINSURANCE, KIND_NOT_COVERED, NS, TIER_INCOMPLETE, TIER_NOT_COVERED } from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { EngineError } from './engine-error';
import type { FastClaims, FastHousehold } from './fast-input';
import * as S from './scratch';

// One claim on a network tier other than the plan's own (issue 13): out of network, the FEHB dependent
// out-of-area benefit, the travel benefit. adjudicate.ts calls this only for such claims (one branch on
// network[i] in the loop; a claim whose tier prices the service with the plan's own rule — emergency care
// anywhere, the Cigna PPO network while traveling — never comes here). Per claim, in this order:
//  1. the tier is incomplete (the plan has it, its amounts are not entered) → refused, TIER_INCOMPLETE;
//  2. the tier does not cover the service, the plan does not offer the tier, or the member is older than
//     the tier allows ("dependents under the age of 26") → not covered: the member pays it all, counting
//     toward nothing;
//  3. a combined visit limit of the tier ("Up to 5 office visits per year") is used up → not covered;
//  4. the tier rule's cost share, after the deductible where it says so — the tier's own deductible and
//     out-of-pocket maximum when it has them, else the plan's — cut to the out-of-pocket maximum still open
//     when the rule counts toward it (the travel benefit does not);
//  5. a missing pre-certification: the penalty (percent of the allowed amount and/or a fixed amount, at most
//     what the plan would have paid) is the member's, counting toward neither the deductible nor the
//     out-of-pocket maximum;
//  6. the tier's yearly limit on what the plan pays (travel: $1,200 a calendar year, for the household):
//     past it the rest is the member's, counting toward nothing.
// Outcome in cp.scratch.claim, as the main loop writes it; the plan's family deductible and out-of-pocket
// come in and go back through scratch.shared.

function percentOf(cents: number, bp: number): number {
  const a = cents * bp + 5000;
  return (a - (a % 10000)) / 10000;
}

// Kept whole: the tier counterpart of runClaims (adjudicate.ts), the same steps on the same scratch memory,
// read side by side with it; it is split together with runClaims, which is being speed-tuned on another
// branch, so that the two loops keep one shape.
// eslint-disable-next-line max-lines-per-function -- kept whole beside runClaims (the reason above)
export function priceTierClaim(cp: CompiledPlan, hh: FastHousehold, fc: FastClaims, i: number, m: number, t: number, planLimits: Float64Array): void {
  const sc = cp.scratch;
  const tiers = cp.tiers;
  const s = fc.service[i] as number;
  const allowed = fc.allowedCents[i] as number;
  const ts = tiers.slot[t * NS + s] as number;
  if (ts === TIER_INCOMPLETE) {
    const tp = tiers.plan[t];
    const missing = tp?.status === 'incomplete' ? tp.missing.join('; ') : '';
    throw new EngineError(
      'TIER_INCOMPLETE',
      `this plan (${cp.plan.id}) has a ${NETWORK_TIERS[t]?.replaceAll('_', '-')} benefit whose amounts are not entered yet, so the claim cannot be priced under it: ${missing}`,
      `claims.network[${i}]`,
    );
  }
  let deductible = 0;
  let copay = 0;
  let coinsurance = 0;
  let notCovered = 0;
  let flags = S.F_TIER;
  let events = 0;
  let visitNumber = 0;
  let penalty = 0;
  let slot = ts;
  const single = hh.size === 1;
  const own = tiers.ownLimits[t] === 1;
  let age = 0;
  if ((tiers.maxAge[t] as number) < 1_000) {
    const bk = hh.birthKeys[m] as number;
    age = bk > 0 ? Math.floor(((fc.dayKey[i] as number) - bk) / 10000) : (hh.ages[m] as number) + (fc.year[i] as number);
  }
  if (ts === TIER_NOT_COVERED) {
    notCovered = allowed;
    flags |= S.F_NOT_COVERED;
    slot = s;
  } else if (age > (tiers.maxAge[t] as number)) {
    notCovered = allowed;
    flags |= S.F_NOT_COVERED | S.F_TIER_AGE;
  } else {
    const g = tiers.groupOf[t * NS + s] as number;
    if (g >= 0) {
      const v = m * tiers.groups + g;
      const used = sc.tierVisits[v] as number;
      if (used >= (tiers.groupLimit[g] as number)) {
        notCovered = allowed;
        flags |= S.F_NOT_COVERED | S.F_VISIT_LIMIT;
      } else {
        sc.tierVisits[v] = used + 1;
        visitNumber = used + 1;
      }
    }
    const kind = cp.slotKind[ts] as number;
    if ((flags & S.F_NOT_COVERED) === 0 && kind === KIND_NOT_COVERED) {
      notCovered = allowed;
      flags |= S.F_NOT_COVERED;
    }
    if ((flags & S.F_NOT_COVERED) === 0) {
      // The limits: the tier's own, or the plan's (planLimits: person and family deductible and OOP).
      let dedPerson: number;
      let dedFamily: number;
      let oopPerson: number;
      let oopFamily: number;
      if (own) {
        const d = tiers.deductible[t];
        const o = tiers.oopMax[t];
        if (!d || !o) throw new Error('unreachable: a tier with limits of its own lacks them');
        dedPerson = single || d.embedded ? d.personCents : Infinity;
        dedFamily = single ? d.personCents : d.familyCents;
        oopPerson = single || o.embedded ? o.personCents : Infinity;
        oopFamily = single ? o.personCents : o.familyCents;
      } else {
        dedPerson = planLimits[0] as number;
        dedFamily = planLimits[1] as number;
        oopPerson = planLimits[2] as number;
        oopFamily = planLimits[3] as number;
      }
      const pd = own ? (sc.tierPersonDeductible[m * S.TIERS + t] as number) : (sc.personDeductible[m] as number);
      const fd = own ? (sc.tierFamily[2 * t] as number) : (sc.shared[0] as number);
      const po = own ? (sc.tierPersonOop[m * S.TIERS + t] as number) : (sc.personOop[m] as number);
      const fo = own ? (sc.tierFamily[2 * t + 1] as number) : (sc.shared[1] as number);
      let rest = allowed;
      if (cp.slotAfterDeductible[ts] === 1) {
        const open = Math.min(dedPerson - pd, dedFamily - fd);
        if (open > 0) {
          deductible = rest < open ? rest : open;
          rest -= deductible;
        }
      }
      if (kind === KIND_COPAY || kind === KIND_COPAY_PLUS_COINSURANCE) {
        const units = cp.slotPerDay[ts] === 1 ? (fc.days[i] as number) : 1;
        let c = (cp.slotAmountCents[ts] as number) * units;
        if (kind === KIND_COPAY && c > (cp.slotCapCents[ts] as number)) c = cp.slotCapCents[ts] as number;
        if (c > rest) c = rest;
        copay = c;
        rest -= c;
      }
      if (kind === KIND_COINSURANCE || kind === KIND_COPAY_PLUS_COINSURANCE) {
        coinsurance = percentOf(rest, cp.slotPercentBp[ts] as number);
        const cap = cp.slotCapCents[ts] as number;
        if (copay + coinsurance > cap) {
          if (copay > cap) copay = cap;
          coinsurance = cap - copay;
        }
      }
      const countsOop = tiers.slotCountsOop[ts] === 1;
      if (countsOop) {
        const open = Math.min(oopPerson - po, oopFamily - fo);
        let over = deductible + copay + coinsurance - open;
        if (over > 0) {
          flags |= S.F_OOP_CAPPED;
          let cut = over < coinsurance ? over : coinsurance;
          coinsurance -= cut;
          over -= cut;
          cut = over < copay ? over : copay;
          copay -= cut;
          over -= cut;
          deductible -= over;
        }
      }
      if (deductible > 0) {
        if (pd < dedPerson && pd + deductible >= dedPerson) events |= S.E_PERSON_DEDUCTIBLE;
        if (!single && fd < dedFamily && fd + deductible >= dedFamily) events |= S.E_FAMILY_DEDUCTIBLE;
        if (own) {
          sc.tierPersonDeductible[m * S.TIERS + t] = pd + deductible;
          sc.tierFamily[2 * t] = fd + deductible;
        } else {
          sc.personDeductible[m] = pd + deductible;
          sc.shared[0] = fd + deductible;
        }
      }
      const counted = deductible + copay + coinsurance;
      if (counted > 0 && countsOop) {
        if (po < oopPerson && po + counted >= oopPerson) events |= S.E_PERSON_OOP;
        if (!single && fo < oopFamily && fo + counted >= oopFamily) events |= S.E_FAMILY_OOP;
        if (own) {
          sc.tierPersonOop[m * S.TIERS + t] = po + counted;
          sc.tierFamily[2 * t + 1] = fo + counted;
        } else {
          sc.personOop[m] = po + counted;
          sc.shared[1] = fo + counted;
        }
      }
      // The penalty comes off what the plan would pay, and counts toward nothing.
      if (fc.precert[i] === 1 && tiers.precertNeeded[t * NS + s] === 1) {
        const planWouldPay = allowed - counted;
        penalty = percentOf(allowed, tiers.precertBp[t] as number) + (tiers.precertCents[t] as number);
        if (penalty > planWouldPay) penalty = planWouldPay;
        if (penalty > 0) {
          notCovered += penalty;
          flags |= S.F_PRECERT;
        }
      }
      const max = tiers.planPaysMax[t] as number;
      if (max !== Infinity) {
        const planPays = allowed - counted - notCovered;
        const room = max - (sc.tierPlanPaid[t] as number);
        const paid = planPays < room ? planPays : room > 0 ? room : 0;
        if (paid < planPays) {
          notCovered += planPays - paid;
          flags |= S.F_PLAN_PAYS_LIMIT;
        }
        sc.tierPlanPaid[t] = (sc.tierPlanPaid[t] as number) + paid;
      }
    }
  }
  const c = sc.claim;
  c[S.C_DEDUCTIBLE] = deductible;
  c[S.C_COPAY] = copay;
  c[S.C_COINSURANCE] = coinsurance;
  c[S.C_NOT_COVERED] = notCovered;
  c[S.C_MEMBER_PAYS] = deductible + copay + coinsurance + notCovered;
  c[S.C_SLOT] = slot;
  c[S.C_FLAGS] = flags;
  c[S.C_EVENTS] = events;
  c[S.C_UNITS] = 1;
  c[S.C_FAMILY_DEDUCTIBLE] = own ? (sc.tierFamily[2 * t] as number) : (sc.shared[0] as number);
  c[S.C_FAMILY_OOP] = own ? (sc.tierFamily[2 * t + 1] as number) : (sc.shared[1] as number);
  c[S.C_VISIT_NUMBER] = visitNumber;
  c[S.C_DAYS_OVER] = 0;
  sc.penalty[0] = penalty;
}
