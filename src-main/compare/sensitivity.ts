import type { Claim } from '../../src-shared/claims-schema';
import type { ServiceCode } from '../../src-shared/services';
import { claimVariant, createFastTotals, prepareClaims, priceTotalsFast, type PreparedClaims } from '../engine';
import type { CareItem } from './care-items';
import { yearTotal } from './cost-basis';
import type { PlanContext } from './plan-context';
import { evenOffsets } from './plan-window';
import { claimsForPlan, occurrencesAt } from './typical-year';

// What would change the answer: the smallest single change in the typical year's care that makes a
// different plan the cheapest. Candidates are one to five more (or fewer) visits of one kind for one
// member, one emergency room visit, or one hospital stay; "smallest" is the least change in allowed
// spending. A counselor reads the result as "two more specialist visits would tip it to Standard".

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** Singular and plural nouns for the visit kinds a counselor can picture. */
const VISIT_KINDS: [ServiceCode, string, string][] = [
  ['pcp_visit', 'primary care visit', 'primary care visits'],
  ['specialist_visit', 'specialist visit', 'specialist visits'],
  ['urgent_care_visit', 'urgent care visit', 'urgent care visits'],
  ['mental_health_visit', 'mental health visit', 'mental health visits'],
  ['pt_visit', 'physical therapy visit', 'physical therapy visits'],
  ['lab_test', 'lab test', 'lab tests'],
  ['xray', 'x-ray', 'x-rays'],
  ['advanced_imaging', 'MRI or CT scan', 'MRI or CT scans'],
];

export interface SensitivityChange {
  member: string;
  service: ServiceCode;
  /** +2 = two more, −1 = one fewer. */
  delta: number;
  /** "two more specialist visits", with " for the spouse" when the household has several people. */
  phrase: string;
  addedAllowedCents: number;
  newCheapestPlanId: string;
}

export interface Sensitivity {
  basis: 'typical_year';
  cheapestPlanId: string | null;
  change: SensitivityChange | null;
  /** A full sentence for the screen. */
  summary: string;
}

export interface Candidate {
  member: number;
  service: ServiceCode;
  delta: number;
  phrase: string;
  allowedChange: number;
  days: number;
}

export type PriceOf = (service: ServiceCode) => number;

function candidates(ctx: PlanContext, priceOf: PriceOf): Candidate[] {
  const care = ctx.care;
  const out: Candidate[] = [];
  const typical = occurrencesAt(care, 1);
  const several = care.members.length > 1;
  care.members.forEach((_, m) => {
    const who = several ? ` for the ${(care.memberLabels[m] as string).replace(/ \(expected\)$/, '').toLowerCase()}` : '';
    const typicalCount = (service: ServiceCode): number =>
      care.items.filter((i) => i.member === m && i.service === service).reduce((n, i) => n + (typical.get(i)?.offsets.length ?? 0), 0);
    for (const [service, one, many] of VISIT_KINDS) {
      const price = priceOf(service);
      if (price === 0) continue;
      const have = typicalCount(service);
      for (let k = 1; k <= 5; k++) {
        out.push({ member: m, service, delta: k, phrase: `${WORDS[k]} more ${k === 1 ? one : many}${who}`, allowedChange: k * price, days: 1 });
        if (k <= have) {
          out.push({ member: m, service, delta: -k, phrase: `${WORDS[k]} fewer ${k === 1 ? one : many}${who}`, allowedChange: k * price, days: 1 });
        }
      }
    }
    const er = priceOf('er_visit');
    if (er > 0) out.push({ member: m, service: 'er_visit', delta: 1, phrase: `one emergency room visit${who}`, allowedChange: er, days: 1 });
    const perDay = priceOf('inpatient_admission');
    const days = Math.max(1, Math.round(care.admissionMeanDays));
    if (perDay > 0) {
      out.push({ member: m, service: 'inpatient_admission', delta: 1, phrase: `one hospital stay of ${days} days${who}`, allowedChange: perDay * days, days });
    }
  });
  // Smallest change in spending first; equal changes keep the order above (additions before removals).
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.allowedChange - b.c.allowedChange || a.i - b.i)
    .map(({ c }) => c);
}

/** One candidate change to a plan's typical claims: claims added after them, or typical claims left out (indexes). */
export interface ClaimChange {
  added: Claim[];
  dropped: Set<number>;
}

/** The typical claims with one candidate change applied, as this plan dispenses them. */
export function changeFor(ctx: PlanContext, c: Candidate, priceOf: PriceOf): ClaimChange {
  const care = ctx.care;
  const none: ClaimChange = { added: [], dropped: new Set() };
  // A newborn who is born in another plan's year is not in this one.
  if (c.member >= care.members.length) return none;
  if (c.delta > 0) {
    const extra: CareItem = {
      member: c.member,
      service: c.service,
      kind: 'scheduled',
      expected: 0,
      offsets: [],
      from: 0,
      allowedCents: priceOf(c.service),
      perDay: c.service === 'inpatient_admission',
      days: c.days,
      spread: 0,
      supplyDays: 30,
      channel: 'plan_pharmacy',
      admitted: false,
      network: 'plan',
      label: `What if: ${c.phrase}`,
    };
    const offsets = c.delta === 1 ? [Math.floor(care.window.days / 2)] : evenOffsets(c.delta, care.window.days);
    return { added: claimsForPlan(care, ctx.plan, () => ({ offsets, days: c.days }), [extra]).claims, dropped: none.dropped };
  }
  // Fewer: drop the member's last |delta| claims of that service (the typical year spreads them evenly).
  const id = care.members[c.member]?.id;
  let drop = -c.delta;
  const dropped = new Set<number>();
  for (let i = ctx.typicalClaims.length - 1; i >= 0 && drop > 0; i--) {
    const claim = ctx.typicalClaims[i] as Claim;
    if (claim.member === id && claim.service === c.service) {
      dropped.add(i);
      drop--;
    }
  }
  return { added: [], dropped };
}

/** Every candidate change, smallest first (for tests: the variants are held to the whole list's pricing). */
export function sensitivityCandidates(ctx: PlanContext, priceOf: PriceOf): Candidate[] {
  return candidates(ctx, priceOf);
}

/**
 * `priceOf` gives the allowed amount per visit (per day for a hospital stay), overrides included.
 * `skipFar: false` prices every plan for every candidate (the tests hold the shortcut to it).
 */
export function findSensitivity(
  plans: readonly PlanContext[],
  priceOf: PriceOf,
  checkpoint: () => void = () => {},
  { skipFar = true }: { skipFar?: boolean } = {},
): Sensitivity {
  const known = plans.filter((p) => p.basis.premiumBasisCents !== null);
  const totals = createFastTotals(20);
  // Each plan's typical claims are validated and ordered once; a candidate is a variant of them.
  const prepared = new Map<PlanContext, PreparedClaims>(known.map((ctx) => [ctx, prepareClaims(ctx.compiled, ctx.care.members, ctx.typicalClaims)]));
  let gap = Infinity;
  /** Each plan's typical total, from the first call; plans more than `reach` above the cheapest are not priced. */
  const typical = new Map<PlanContext, number>();
  let least = Infinity;
  const cheapest = (changeOf: (ctx: PlanContext) => ClaimChange, reach = Infinity): PlanContext | null => {
    let best: PlanContext | null = null;
    let bestTotal = Infinity;
    let second = Infinity;
    for (const ctx of known) {
      // Below: a change moves a total by at most its allowed amount X, so a plan more than 2X above the
      // cheapest stays above it (strictly: it cannot even tie). The cheapest itself is always priced.
      if ((typical.get(ctx) as number) - least > reach) continue;
      const base = prepared.get(ctx) as PreparedClaims;
      const change = changeOf(ctx);
      priceTotalsFast(ctx.compiled, base.input.household, claimVariant(base, change.added, change.dropped), totals);
      const t = yearTotal(ctx.basis, totals.memberPaysCents) as number;
      if (!typical.has(ctx)) typical.set(ctx, t);
      if (t < bestTotal) {
        second = bestTotal;
        best = ctx;
        bestTotal = t;
      } else if (t < second) second = t;
    }
    gap = second - bestTotal;
    return best;
  };
  if (known.length < 2) {
    const summary =
      known.length === 0
        ? 'No plan has a known yearly total, so there is no cheapest plan to tip.'
        : 'There is only one plan with a known total, so there is nothing to tip.';
    return { basis: 'typical_year', cheapestPlanId: known[0]?.plan.id ?? null, change: null, summary };
  }
  const now = cheapest(() => ({ added: [], dropped: new Set() })) as PlanContext;
  least = typical.get(now) as number;
  const lead = gap;
  const first = known[0] as PlanContext;
  for (const c of candidates(first, priceOf)) {
    // A change of X in allowed spending moves any plan's total by at most X (a member never pays more than
    // a claim's allowed amount; an earlier visit can at most push one later visit of the same price past a
    // visit limit): while the lead is at least twice the change, the cheapest plan cannot change.
    if (lead >= 2 * c.allowedChange) continue;
    checkpoint();
    const next = cheapest((ctx) => changeFor(ctx, c, priceOf), skipFar ? 2 * c.allowedChange : Infinity) as PlanContext;
    if (next.plan.id !== now.plan.id) {
      const change: SensitivityChange = {
        member: first.care.members[c.member]?.id as string,
        service: c.service,
        delta: c.delta,
        phrase: c.phrase,
        addedAllowedCents: c.delta > 0 ? c.allowedChange : -c.allowedChange,
        newCheapestPlanId: next.plan.id,
      };
      const summary = `In a typical year ${now.name} costs least; ${c.phrase} would make ${next.name} the cheapest.`;
      return { basis: 'typical_year', cheapestPlanId: now.plan.id, change, summary: capitalize(summary) };
    }
  }
  return {
    basis: 'typical_year',
    cheapestPlanId: now.plan.id,
    change: null,
    summary: `In a typical year ${now.name} costs least. What would change that: none within reason (no single change of up to five visits of one kind, one emergency room visit or one hospital stay makes another plan cheaper).`,
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
