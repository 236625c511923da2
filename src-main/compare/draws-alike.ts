import type { CareItem, CarePlan } from './care-items';

// Two plan windows' years that the simulation draws alike: year k of each takes the same random words
// (stream (seed, k)) item by item, so when both care plans hold the same items with the same draw (mean,
// days, price and its spread) over windows of as many days, year k puts the same claims on the same day
// offsets of each window. Then one draw serves both (the arrangements' year and a plain comparison's plan
// year that starts on another date): each window's rows price them with its own dates and members' ages.
// Any difference (a birthday that moves an age band, a baby due in one window, a leap day) draws apart.

/** What the drawer and the claim rows read of an item; its label is words only. */
const DRAWN: readonly (keyof CareItem)[] = [
  'member',
  'service',
  'kind',
  'expected',
  'from',
  'allowedCents',
  'perDay',
  'days',
  'spread',
  'supplyDays',
  'channel',
  'admitted',
  'network',
];

function sameItem(a: CareItem, b: CareItem): boolean {
  if (!DRAWN.every((key) => a[key] === b[key])) return false;
  return a.offsets.length === b.offsets.length && a.offsets.every((d, j) => d === b.offsets[j]);
}

/** True when every simulated year of `a` and of `b` holds the same claims on the same day offsets. */
export function drawsAlike(a: CarePlan, b: CarePlan): boolean {
  if (a === b) return true;
  if (a.window.days !== b.window.days || a.admissionMeanDays !== b.admissionMeanDays) return false;
  if (a.members.length !== b.members.length || a.items.length !== b.items.length) return false;
  return a.items.every((item, i) => sameItem(item, b.items[i] as CareItem));
}

/**
 * True when `a`'s years can be priced on `b`'s very rows (its claims on b's dates): they draw alike and
 * the members are the same people at the same ages with the same conditions and no birth date. A claim's
 * date then changes nothing the engine reads (it reads a date only for an age from a birth date), so the
 * arrangements' window stores the rows once for both (arrangements/simulate-units.ts).
 */
export function pricesOnRowsOf(a: CarePlan, b: CarePlan): boolean {
  if (!drawsAlike(a, b)) return false;
  return a.members.every((m, i) => {
    const o = b.members[i];
    if (!o || m.birthDate !== undefined || o.birthDate !== undefined || m.age !== o.age) return false;
    return (m.conditions ?? []).join() === (o.conditions ?? []).join();
  });
}
