import type { Plan } from '../../src-shared/plan-schema';
import type { PharmacyChannel } from '../../src-shared/services';

// A prescription as the counselor entered it may not fit a plan's dispensing rules (Kaiser has no 90-day
// supply at a retail pharmacy). Rather than refuse the whole comparison, the fill goes where the plan does
// dispense it: the same channel if it takes the supply, else the first of plan pharmacy, mail, retail that
// does; if none takes that many days, the supply is split into equal fills the channel does dispense.

export interface PharmacyFit {
  channel: PharmacyChannel;
  supplyDays: number;
  /** Fills the supply is split into (1 = as entered). */
  pieces: number;
}

const PREFERENCE: PharmacyChannel[] = ['plan_pharmacy', 'mail', 'retail'];

function maxDays(plan: Pick<Plan, 'pharmacy'>, channel: PharmacyChannel): number {
  const tiers = plan.pharmacy[channel]?.tiers ?? [];
  return tiers.reduce((m, t) => Math.max(m, t.upToDays), 0);
}

/** null when the plan dispenses through no channel at all. */
export function fitPrescription(plan: Pick<Plan, 'pharmacy'>, channel: PharmacyChannel, supplyDays: number): PharmacyFit | null {
  if (maxDays(plan, channel) >= supplyDays) return { channel, supplyDays, pieces: 1 };
  for (const c of PREFERENCE) if (maxDays(plan, c) >= supplyDays) return { channel: c, supplyDays, pieces: 1 };
  const offered = [channel, ...PREFERENCE].find((c) => maxDays(plan, c) > 0);
  if (!offered) return null;
  const pieces = Math.ceil(supplyDays / maxDays(plan, offered));
  return { channel: offered, supplyDays: Math.ceil(supplyDays / pieces), pieces };
}

export function channelLabel(channel: PharmacyChannel): string {
  return channel === 'plan_pharmacy' ? 'plan pharmacy' : channel;
}
