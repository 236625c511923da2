import type { Claim } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES, STAY_SERVICES, SERVICE_LABELS } from '../../src-shared/services';
import type { CareItem, CarePlan } from './care-items';
import { channelLabel, fitPrescription } from './pharmacy-fit';
import { evenOffsets, isoDate } from './plan-window';

// The typical year: every expected count rounded to the nearest whole visit and spread evenly over the
// months (so a deductible is met when it would be, not all in January), plus every scheduled item on its
// day. It is one concrete claim list a counselor can open line by line.

export interface ClaimBuildResult {
  claims: Claim[];
  /** Plain-language notes on prescriptions moved to another channel or split to fit the plan. */
  notes: string[];
}

/** The count and days a typical year uses for an item. */
export function typicalOccurrences(item: CareItem, plan: CarePlan): { offsets: number[]; days: number } {
  if (item.kind === 'scheduled') return { offsets: item.offsets, days: item.days };
  const n = Math.floor(item.expected + 0.5);
  const days = item.days === 0 ? Math.max(1, Math.round(plan.admissionMeanDays)) : item.days;
  return { offsets: evenOffsets(n, plan.window.days, item.from), days };
}

/** Claims for `items` (occurrences given by `occurrences`) as one plan dispenses them. */
export function claimsForPlan(
  care: CarePlan,
  plan: Pick<Plan, 'pharmacy'>,
  occurrences: (item: CareItem) => { offsets: number[]; days: number; scale?: number },
  items: readonly CareItem[] = care.items,
): ClaimBuildResult {
  const claims: Claim[] = [];
  const notes = new Set<string>();
  for (const item of items) {
    const { offsets, days, scale = 1 } = occurrences(item);
    if (offsets.length === 0) continue;
    const allowed = Math.round(item.allowedCents * (item.perDay ? days : 1) * scale);
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
        claims.push(claim);
      }
    }
  }
  return { claims, notes: [...notes] };
}

export function typicalClaims(care: CarePlan, plan: Pick<Plan, 'pharmacy'>): ClaimBuildResult {
  return claimsForPlan(care, plan, (item) => typicalOccurrences(item, care));
}
