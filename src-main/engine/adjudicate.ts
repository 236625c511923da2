import { OFFICE_SETTINGS, PHARMACY_CHANNELS, SERVICE_CODES } from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import {
  KIND_COINSURANCE,
  KIND_COPAY,
  KIND_COPAY_PLUS_COINSURANCE,
  KIND_NOT_COVERED,
  KIND_NO_RULE,
  NS,
  RX_CHANNEL_NOT_OFFERED,
  RX_DAYS,
  SF_DAY_LIMIT,
  SF_EXCEPTIONS,
  SF_SETTINGS,
  SF_VISIT_LIMIT,
  TIER_SAME,
} from './compile-plan';
import type { CompiledPlan } from './compile-plan';
import { EngineError, noRuleError } from './engine-error';
import type { FastClaims, FastHousehold } from './fast-input';
import { oopFamilyLimit, oopPersonLimit, QUICK_COPAY, QUICK_FREE } from './quick-services';
import * as S from './scratch';
import { priceTierClaim } from './tiers';

// The one adjudication loop. priceClaims and priceTotalsFast both run it, so their totals cannot drift
// apart. Per claim, in this order (engine/README.md, "How one claim is adjudicated"):
//  0. the plan has no rule for the (optional) service → refused (validation already refuses it; the check
//     here keeps the unvalidated fast path from pricing it as free);
//  1. the service's rule says "not covered"        → the member pays it all; it counts toward nothing;
//  2. the per-person, per-plan-year visit limit of the visit's purpose is used up → the same (the visit is
//     not covered), unless the member has a condition that lifts it (autism spectrum disorder …);
//     a day limit: the days of a stay past it are not covered (their share of the allowed amount, to the
//     cent), the rest is priced below with the days still covered;
//  3. an office procedure with a setting the plan prices apart takes that setting's cost share; otherwise
//     an age exception, by the age on the date of service (birth date given) or in the plan year of the
//     claim (age given), replaces the rule's cost share;
//  4. copay waived when the ER visit led to an admission (or the scan was done in the ER before one) → the
//     member pays nothing for this claim;
//  5. "after the deductible": the deductible part is min(allowed, person open, family open);
//  6. copay = min(copay × units, cap, what is left); units = days for "per day", the number of copays of
//     the supply tier for prescriptions, else 1;
//     coinsurance = percent of what is left, rounded half up to the cent, then capped;
//     copay plus coinsurance: the copay first, the percent on what is left, the cap on their sum;
//  7. what counts toward the out-of-pocket maximum is cut to what is still open (person and family),
//     taking the cut from coinsurance first, then copay, then deductible (the last money is forgiven);
//  8. accumulators: the deductible part (after the cut) counts toward the deductible even for a rule that
//     does not count toward the OOP maximum (Standard dental "10% after the deductible" is a deductible
//     expense; Section 4 only exempts dental and travel from the OOP maximum).
// Limits by household size: one member → the person amount is the only limit (Self Only); two or more →
// the family amount, plus the person amount when the limit is embedded.

/** half-up rounding of cents × basis points / 10000, exact for any amount the schema allows (< 2^53). */
function percentOf(cents: number, bp: number): number {
  const a = cents * bp + 5000;
  return (a - (a % 10000)) / 10000;
}

const OFFICE_SETTING_COUNT = OFFICE_SETTINGS.length;

export type ClaimSink = (row: number, member: number) => void;

/**
 * Prices `fc` under `cp` into cp.scratch: household totals always, each member's amount paid always, and
 * each member's full breakdown when `perMember` (priceClaims' per-member totals; the simulation skips it).
 * `memberOf`: fc.member[i] → the household's member, or −1 to skip the claim (the claims of a larger
 * household priced for a few of its members: compare/claim-rows.ts priceSet); null: fc.member[i] itself.
 * `from`, `to`: the claims [from, to) of fc are priced, as a list of only those claims would be (one
 * plan-year stretch of a longer window's claims in date order: compare/claim-rows.ts spans).
 */
// One function on purpose: the pricing loop runs for every claim of every simulated year, and kept whole
// V8 holds the household's accumulators in registers and inlines nothing across calls. Its readable twin is
// tests/support/reference-pricer.ts (one named function per step), which the property tests hold it to.
// eslint-disable-next-line max-lines-per-function -- the hot loop, kept whole (the reason above)
export function runClaims(
  cp: CompiledPlan,
  hh: FastHousehold,
  fc: FastClaims,
  sink: ClaimSink | null,
  perMember = sink !== null,
  memberOf: Int32Array | null = null,
  from = 0,
  to = fc.count,
): void {
  const sc = cp.scratch;
  const size = hh.size;
  S.ensureCapacity(sc, size);
  const single = size === 1;
  const dedPerson = single || cp.deductible.embedded ? cp.deductible.personCents : Infinity;
  const dedFamily = single ? cp.deductible.personCents : cp.deductible.familyCents;
  const oopPerson = oopPersonLimit(cp, size);
  const oopFamily = oopFamilyLimit(cp, size);
  const familyEvents = !single;

  const { personDeductible, personOop, visits, stayDays, memberTotals, totals, claim } = sc;
  const { slotKind, slotAmountCents, slotPerDay, slotPercentBp, slotCapCents, slotAfterDeductible } = cp;
  // The shortcut for free and flat-copay claims (quick-services.ts) where nobody reads the claim's details.
  const quickOk = sink === null && !perMember;
  const { quick, quickCopayCents, quickCapCents } = cp;
  const { countsOop, waivedIfAdmitted, isRx, excStart, excEnd, excMinAge, excMaxAge, rxCopays, rxTableOf } = cp;
  const { svcFlags, visitLimitOf, visitCounterOf, liftMaskOf, dayLimit, dayCounterOf, settingSlot } = cp;
  const visitCounters = cp.visitCounters;
  const dayCounters = cp.dayCounters;
  const { ages, birthKeys, conditions } = hh;
  let anyBirthDate = false;
  for (let m = 0; m < size; m++) if ((birthKeys[m] as number) > 0) anyBirthDate = true;
  const { member, service, allowedCents, days, supplyDays, channel, admitted, purpose, setting, year, dayKey, network } = fc;
  // Claims on another network tier (tiers.ts) are rare: the loop reads one byte per claim to find them.
  const tierSlot = cp.tiers.slot;
  const tierGroups = cp.tiers.groups;
  // The tier accumulators are cleared when a plan year's first tier claim comes (most years have none).
  let tiersClear = false;
  const visitCells = size * visitCounters;
  const dayCells = size * dayCounters;

  S.clearYear(sc, size, visitCells, dayCells);
  S.clearMemberTotals(sc, size, perMember);
  // Household totals in locals (registers in the hot loop, not seven array writes per claim).
  let sumAllowed = 0;
  let sumDeductible = 0;
  let sumCopay = 0;
  let sumCoinsurance = 0;
  let sumNotCovered = 0;
  let sumPays = 0;
  let familyDeductible = 0;
  let familyOop = 0;
  let currentYear = to > from ? (year[from] as number) : 0;

  for (let i = from; i < to; i++) {
    const y = year[i] as number;
    if (y !== currentYear) {
      // A new plan year: every accumulator and visit count starts again.
      currentYear = y;
      S.clearYear(sc, size, visitCells, dayCells);
      familyDeductible = 0;
      familyOop = 0;
      tiersClear = false;
    }
    const m = memberOf === null ? (member[i] as number) : (memberOf[member[i] as number] as number);
    if (m < 0) continue;
    const s = service[i] as number;
    const allowed = allowedCents[i] as number;
    const net = network[i] as number;
    if (net !== 0 && (tierSlot[net * NS + s] as number) !== TIER_SAME) {
      // Out of network, out of area, travel: priced by the tier (tiers.ts), the plan's family totals
      // handed over and back.
      if (!tiersClear) {
        S.resetTiers(sc, size, tierGroups);
        tiersClear = true;
      }
      sc.shared[0] = familyDeductible;
      sc.shared[1] = familyOop;
      const limits = sc.planLimits;
      limits[0] = dedPerson;
      limits[1] = dedFamily;
      limits[2] = oopPerson;
      limits[3] = oopFamily;
      priceTierClaim(cp, hh, fc, i, m, net, limits);
      familyDeductible = sc.shared[0] as number;
      familyOop = sc.shared[1] as number;
      const c = sc.claim;
      const tPays = c[S.C_MEMBER_PAYS] as number;
      sumAllowed += allowed;
      sumDeductible += c[S.C_DEDUCTIBLE] as number;
      sumCopay += c[S.C_COPAY] as number;
      sumCoinsurance += c[S.C_COINSURANCE] as number;
      sumNotCovered += c[S.C_NOT_COVERED] as number;
      sumPays += tPays;
      const row = m * S.T_FIELDS;
      memberTotals[row + S.T_MEMBER_PAYS] = (memberTotals[row + S.T_MEMBER_PAYS] as number) + tPays;
      if (perMember) {
        memberTotals[row + S.T_ALLOWED] = (memberTotals[row + S.T_ALLOWED] as number) + allowed;
        memberTotals[row + S.T_DEDUCTIBLE] = (memberTotals[row + S.T_DEDUCTIBLE] as number) + (c[S.C_DEDUCTIBLE] as number);
        memberTotals[row + S.T_COPAY] = (memberTotals[row + S.T_COPAY] as number) + (c[S.C_COPAY] as number);
        memberTotals[row + S.T_COINSURANCE] = (memberTotals[row + S.T_COINSURANCE] as number) + (c[S.C_COINSURANCE] as number);
        memberTotals[row + S.T_NOT_COVERED] = (memberTotals[row + S.T_NOT_COVERED] as number) + (c[S.C_NOT_COVERED] as number);
        memberTotals[row + S.T_PLAN_PAYS] = (memberTotals[row + S.T_PLAN_PAYS] as number) + (allowed - tPays);
      }
      if (sink !== null) sink(i, m);
      continue;
    }
    if (quickOk) {
      const q = quick[s] as number;
      if (q === QUICK_FREE) {
        sumAllowed += allowed;
        continue;
      }
      if (q === QUICK_COPAY) {
        let c = quickCopayCents[s] as number;
        if (isRx[s] === 1) {
          const sd = supplyDays[i] as number;
          const ch = channel[i] as number;
          const copays =
            sd >= 1 && sd < RX_DAYS && ch >= 0 && ch < PHARMACY_CHANNELS.length ? (rxCopays[(rxTableOf[s] as number) + ch * RX_DAYS + sd] as number) : -1;
          if (copays < 0) throw refusedSupply(copays, i, sd, ch);
          c *= copays;
        }
        if (c > (quickCapCents[s] as number)) c = quickCapCents[s] as number;
        if (c > allowed) c = allowed;
        if (countsOop[s] === 1) {
          const personOpen = oopPerson - (personOop[m] as number);
          const familyOpen = oopFamily - familyOop;
          const open = personOpen < familyOpen ? personOpen : familyOpen;
          if (c > open) c = open > 0 ? open : 0;
          personOop[m] = (personOop[m] as number) + c;
          familyOop += c;
        }
        sumAllowed += allowed;
        sumCopay += c;
        sumPays += c;
        memberTotals[m * S.T_FIELDS + S.T_MEMBER_PAYS] = (memberTotals[m * S.T_FIELDS + S.T_MEMBER_PAYS] as number) + c;
        continue;
      }
    }
    let deductible = 0;
    let copay = 0;
    let coinsurance = 0;
    let notCovered = 0;
    let flags = 0;
    let events = 0;
    let units = 1;
    let slot = s;
    let visitNumber = 0;
    let daysOver = 0;

    const ruleKind = slotKind[s] as number;
    if (ruleKind === KIND_NOT_COVERED) {
      notCovered = allowed;
      flags = S.F_NOT_COVERED;
    } else if (ruleKind === KIND_NO_RULE) {
      throw noRuleError(cp.plan.id, SERVICE_CODES[s] as ServiceCode, `claims.service[${i}]`);
    } else {
      // One read says which of the rarer steps apply to the service (most claims skip them all).
      const sf = svcFlags[s] as number;
      if ((sf & SF_VISIT_LIMIT) !== 0) {
        const lk = s * S.BUCKETS + (purpose[i] as number);
        const counter = visitCounterOf[lk] as number;
        if (counter >= 0) {
          const v = m * visitCounters + counter;
          const used = visits[v] as number;
          if (used >= (visitLimitOf[lk] as number)) {
            // A condition lifts the rehabilitative and habilitative limits, never a pulmonary one of its own.
            if (((liftMaskOf[lk] as number) & (conditions[m] as number)) !== 0) flags = S.F_LIMIT_LIFTED;
            else {
              notCovered = allowed;
              flags = S.F_NOT_COVERED | S.F_VISIT_LIMIT;
            }
          }
          if ((flags & S.F_NOT_COVERED) === 0) {
            visits[v] = used + 1;
            visitNumber = used + 1;
          }
        }
      }
      if ((sf & SF_DAY_LIMIT) !== 0 && flags === 0) {
        const dl = dayLimit[s] as number;
        const d = m * dayCounters + (dayCounterOf[s] as number);
        const used = stayDays[d] as number;
        const stay = days[i] as number;
        const left = dl - used;
        if (left <= 0) {
          notCovered = allowed;
          daysOver = stay;
          flags = S.F_NOT_COVERED | S.F_DAY_LIMIT;
        } else if (stay > left) {
          daysOver = stay - left;
          // The days past the limit carry their share of the allowed amount, half up to the cent.
          notCovered = Math.floor((allowed * daysOver * 2 + stay) / (2 * stay));
          stayDays[d] = dl;
          flags = S.F_DAY_LIMIT;
        } else stayDays[d] = used + stay;
      }
      if ((flags & S.F_NOT_COVERED) === 0) {
        if ((sf & SF_SETTINGS) !== 0) {
          const own = settingSlot[s * OFFICE_SETTING_COUNT + (setting[i] as number)] as number;
          if (own >= 0) {
            slot = own;
            flags |= S.F_SETTING;
          }
        }
        if ((sf & SF_EXCEPTIONS) !== 0 && slot === s) {
          const e1 = excEnd[s] as number;
          // A birth date gives the age on the date of service: whole years between the two day keys.
          const bk = anyBirthDate ? (birthKeys[m] as number) : 0;
          const age = bk > 0 ? Math.floor(((dayKey[i] as number) - bk) / 10000) : (ages[m] as number) + y;
          for (let e = excStart[s] as number; e < e1; e++) {
            if (age >= (excMinAge[e] as number) && age <= (excMaxAge[e] as number)) {
              slot = NS + e;
              flags |= S.F_EXCEPTION;
              break;
            }
          }
        }
        const kind = slotKind[slot] as number;
        if (kind === KIND_NOT_COVERED) {
          notCovered = allowed;
          flags |= S.F_NOT_COVERED;
        } else if (waivedIfAdmitted[s] === 1 && admitted[i] === 1) {
          flags |= S.F_WAIVED;
        } else {
          // What the rule prices: the allowed amount less the days of a stay past a day limit (notCovered
          // is only that part here: a claim not covered at all never gets this far).
          let rest = allowed - notCovered;
          if (slotAfterDeductible[slot] === 1) {
            const personOpen = dedPerson - (personDeductible[m] as number);
            const familyOpen = dedFamily - familyDeductible;
            const open = personOpen < familyOpen ? personOpen : familyOpen;
            if (open > 0) {
              deductible = rest < open ? rest : open;
              rest -= deductible;
            }
          }
          if (kind === KIND_COPAY || kind === KIND_COPAY_PLUS_COINSURANCE) {
            if (isRx[s] === 1) {
              const sd = supplyDays[i] as number;
              const ch = channel[i] as number;
              units =
                sd >= 1 && sd < RX_DAYS && ch >= 0 && ch < PHARMACY_CHANNELS.length ? (rxCopays[(rxTableOf[s] as number) + ch * RX_DAYS + sd] as number) : -1;
              if (units < 0) throw refusedSupply(units, i, sd, ch);
            } else if (slotPerDay[slot] === 1) units = (days[i] as number) - daysOver;
            let c = (slotAmountCents[slot] as number) * units;
            if (kind === KIND_COPAY && c > (slotCapCents[slot] as number)) c = slotCapCents[slot] as number;
            if (c > rest) c = rest;
            copay = c;
            rest -= c;
          }
          if (kind === KIND_COINSURANCE || kind === KIND_COPAY_PLUS_COINSURANCE) {
            coinsurance = percentOf(rest, slotPercentBp[slot] as number);
            const cap = slotCapCents[slot] as number;
            if (copay + coinsurance > cap) {
              // Only copay_plus_coinsurance can have both: the cap is on their sum.
              if (copay > cap) copay = cap;
              coinsurance = cap - copay;
            }
          }
          if (countsOop[s] === 1) {
            const personOpen = oopPerson - (personOop[m] as number);
            const familyOpen = oopFamily - familyOop;
            const open = personOpen < familyOpen ? personOpen : familyOpen;
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
        }
      }
    }

    if (deductible > 0) {
      const before = personDeductible[m] as number;
      personDeductible[m] = before + deductible;
      if (before < dedPerson && before + deductible >= dedPerson) events |= S.E_PERSON_DEDUCTIBLE;
      if (familyEvents && familyDeductible < dedFamily && familyDeductible + deductible >= dedFamily) {
        events |= S.E_FAMILY_DEDUCTIBLE;
      }
      familyDeductible += deductible;
    }
    const counted = deductible + copay + coinsurance;
    if (counted > 0 && countsOop[s] === 1) {
      const before = personOop[m] as number;
      personOop[m] = before + counted;
      if (before < oopPerson && before + counted >= oopPerson) events |= S.E_PERSON_OOP;
      if (familyEvents && familyOop < oopFamily && familyOop + counted >= oopFamily) events |= S.E_FAMILY_OOP;
      familyOop += counted;
    }

    const pays = counted + notCovered;
    sumAllowed += allowed;
    sumDeductible += deductible;
    sumCopay += copay;
    sumCoinsurance += coinsurance;
    sumNotCovered += notCovered;
    sumPays += pays;
    const row = m * S.T_FIELDS;
    memberTotals[row + S.T_MEMBER_PAYS] = (memberTotals[row + S.T_MEMBER_PAYS] as number) + pays;

    if (perMember) {
      memberTotals[row + S.T_ALLOWED] = (memberTotals[row + S.T_ALLOWED] as number) + allowed;
      memberTotals[row + S.T_DEDUCTIBLE] = (memberTotals[row + S.T_DEDUCTIBLE] as number) + deductible;
      memberTotals[row + S.T_COPAY] = (memberTotals[row + S.T_COPAY] as number) + copay;
      memberTotals[row + S.T_COINSURANCE] = (memberTotals[row + S.T_COINSURANCE] as number) + coinsurance;
      memberTotals[row + S.T_NOT_COVERED] = (memberTotals[row + S.T_NOT_COVERED] as number) + notCovered;
      memberTotals[row + S.T_PLAN_PAYS] = (memberTotals[row + S.T_PLAN_PAYS] as number) + (allowed - pays);
    }
    if (sink !== null) {
      claim[S.C_DEDUCTIBLE] = deductible;
      claim[S.C_COPAY] = copay;
      claim[S.C_COINSURANCE] = coinsurance;
      claim[S.C_NOT_COVERED] = notCovered;
      claim[S.C_MEMBER_PAYS] = pays;
      claim[S.C_SLOT] = slot;
      claim[S.C_FLAGS] = flags;
      claim[S.C_EVENTS] = events;
      claim[S.C_UNITS] = units;
      claim[S.C_FAMILY_DEDUCTIBLE] = familyDeductible;
      claim[S.C_FAMILY_OOP] = familyOop;
      claim[S.C_VISIT_NUMBER] = visitNumber;
      claim[S.C_DAYS_OVER] = daysOver;
      sink(i, m);
    }
  }

  totals[S.T_ALLOWED] = sumAllowed;
  totals[S.T_DEDUCTIBLE] = sumDeductible;
  totals[S.T_COPAY] = sumCopay;
  totals[S.T_COINSURANCE] = sumCoinsurance;
  totals[S.T_NOT_COVERED] = sumNotCovered;
  totals[S.T_MEMBER_PAYS] = sumPays;
  totals[S.T_PLAN_PAYS] = sumAllowed - sumPays;
}

function refusedSupply(code: number, row: number, supplyDays: number, ch: number): EngineError {
  const channelName = PHARMACY_CHANNELS[ch] ?? `#${ch}`;
  return code === RX_CHANNEL_NOT_OFFERED
    ? new EngineError('CHANNEL_NOT_OFFERED', `the plan does not dispense through "${channelName}"`, `claims.channel[${row}]`)
    : new EngineError('SUPPLY_NOT_DISPENSED', `a ${supplyDays}-day supply is more than "${channelName}" dispenses`, `claims.supplyDays[${row}]`);
}
