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
