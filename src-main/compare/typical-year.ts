import type { Claim } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES, STAY_SERVICES, SERVICE_LABELS } from '../../src-shared/services';
import type { CareItem, CarePlan } from './care-items';
import { channelLabel, fitPrescription } from './pharmacy-fit';
import { evenOffsets, isoDate } from './plan-window';

// The typical year: the household's expected counts rounded to whole visits and spread evenly over the
// months (so a deductible is met when it would be, not all in January), plus every scheduled item on its
// day. It is one concrete claim list a counselor can open line by line.

export interface ClaimBuildResult {
  claims: Claim[];
  /** Plain-language notes on prescriptions moved to another channel or split to fit the plan. */
  notes: string[];
}

export interface Occurrences {
  offsets: number[];
  days: number;
}

const groupsOf = new WeakMap<CarePlan, CareItem[][]>();

/** The care plan's expected items by service, in item order: made once per care plan (break-even asks ~60 scales). */
function expectedByService(care: CarePlan): CareItem[][] {
  let groups = groupsOf.get(care);
  if (!groups) {
    const byService = new Map<string, CareItem[]>();
    for (const item of care.items) if (item.kind !== 'scheduled') byService.set(item.service, [...(byService.get(item.service) ?? []), item]);
    groups = [...byService.values()];
    groupsOf.set(care, groups);
  }
  return groups;
}

/**
 * How often each item occurs when the household uses `scale` times its expected care (1 = a typical
 * year). Expected counts are rounded per service for the household as a whole, largest remainders first,
 * so four people with 0.16 ER visits each make one ER visit (0.62 rounds to 1), not none. Occurrences are
 * spread evenly over the year; scheduled items (prescriptions, life events) stay as entered.
 */
export function occurrencesAt(care: CarePlan, scale: number): Map<CareItem, Occurrences> {
  return occurrencesOf(care, expectedCountsAt(care, scale));
}

/**
 * The expected items' counts at `scale` (occurrencesAt), in expectedByService's order: everything of the
 * year that moves with the scale. Two scales with the same counts make the same year, claim for claim
 * (break-even.ts prices such a year once).
 */
export function expectedCountsAt(care: CarePlan, scale: number): Int32Array {
  const groups = expectedByService(care);
  const out = new Int32Array(groups.reduce((n, items) => n + items.length, 0));
  let at = 0;
  for (const items of groups) {
    const targets = items.map((i) => i.expected * scale);
    const counts = targets.map(Math.floor);
    let left = Math.floor(targets.reduce((a, b) => a + b, 0) + 0.5) - counts.reduce((a, b) => a + b, 0);
    const order = targets.map((t, i) => ({ r: t - Math.floor(t), i })).sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      counts[i] = (counts[i] as number) + 1;
      left--;
    }
    for (const c of counts) out[at++] = c;
  }
  return out;
}

/** Every item's occurrences with the expected items counted `counts` (expectedCountsAt). */
export function occurrencesOf(care: CarePlan, counts: Int32Array): Map<CareItem, Occurrences> {
  const out = new Map<CareItem, Occurrences>();
  const stayDays = Math.max(1, Math.round(care.admissionMeanDays));
  for (const item of care.items) if (item.kind === 'scheduled') out.set(item, { offsets: item.offsets, days: item.days });
  let at = 0;
  for (const items of expectedByService(care)) {
    for (const item of items) {
      out.set(item, { offsets: evenOffsets(counts[at++] as number, care.window.days, item.from), days: item.days === 0 ? stayDays : item.days });
    }
  }
  return out;
}

/** Claims for `items` (occurrences given by `occurrences`) as one plan dispenses them. */
export function claimsForPlan(
  care: CarePlan,
  plan: Pick<Plan, 'pharmacy'>,
  occurrences: (item: CareItem) => Occurrences,
  items: readonly CareItem[] = care.items,
): ClaimBuildResult {
  const claims: Claim[] = [];
  const notes = new Set<string>();
  for (const item of items) {
    const { offsets, days } = occurrences(item);
    if (offsets.length === 0) continue;
    const allowed = Math.round(item.allowedCents * (item.perDay ? days : 1));
    const member = care.members[item.member]?.id as string;
    const isRx = PRESCRIPTION_SERVICES.includes(item.service);
    const fit = isRx ? fitPrescription(plan, item.channel, item.supplyDays) : null;
    if (isRx && !fit) throw new RangeError(`the plan dispenses no prescriptions (${SERVICE_LABELS[item.service]})`);
    if (fit && (fit.channel !== item.channel || fit.pieces > 1)) {
      notes.add(
        `${item.label}: this plan does not fill a ${item.supplyDays}-day supply at a ${channelLabel(item.channel)}; priced as ` +
          (fit.pieces > 1 ? `${fit.pieces} fills of ${fit.supplyDays} days at a ${channelLabel(fit.channel)}.` : `a fill at a ${channelLabel(fit.channel)}.`),
      );
    }
    for (const offset of offsets) {
      const date = isoDate(care.window.startDay + offset);
      const pieces = fit?.pieces ?? 1;
      for (let p = 0; p < pieces; p++) {
        // Split the allowed amount so the pieces add up to the whole to the cent.
        const share = Math.floor(allowed / pieces) + (p === pieces - 1 ? allowed % pieces : 0);
        const claim: Claim = { member, date, service: item.service, allowedCents: share, label: item.label };
        if (STAY_SERVICES.includes(item.service)) claim.days = days;
        if (fit) {
          claim.supplyDays = fit.supplyDays;
          claim.channel = fit.channel;
        }
        if (item.admitted) claim.admitted = true;
        if (item.network !== 'plan') claim.network = item.network;
        claims.push(claim);
      }
    }
  }
  return { claims, notes: [...notes] };
}

export function typicalClaims(care: CarePlan, plan: Pick<Plan, 'pharmacy'>): ClaimBuildResult {
  const typical = occurrencesAt(care, 1);
  return claimsForPlan(care, plan, (item) => typical.get(item) as Occurrences);
}
