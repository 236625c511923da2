import type { CarePlan } from '../care-items';
import { isoDate } from '../plan-window';

// One enrollment's share of the household's year: the same care plan with only its members (renumbered)
// and their items, so an enrollment's family deductible and out-of-pocket limit see only the claims of
// the people it covers. `itemMap` takes a household item to the enrollment's item (−1: not its member).

export interface SubCare {
  care: CarePlan;
  itemMap: Int32Array;
}

export function subCare(care: CarePlan, members: readonly number[]): SubCare {
  const newIndex = new Map(members.map((m, j) => [m, j]));
  const itemMap = new Int32Array(care.items.length).fill(-1);
  const items: CarePlan['items'] = [];
  care.items.forEach((item, i) => {
    const j = newIndex.get(item.member);
    if (j === undefined) return;
    itemMap[i] = items.length;
    items.push({ ...item, member: j });
  });
  return {
    care: {
      ...care,
      members: members.map((m) => care.members[m] as CarePlan['members'][number]),
      memberLabels: members.map((m) => care.memberLabels[m] ?? 'Baby (expected)'),
      ages: members.map((m) => care.ages[m] ?? 0),
      items,
    },
    itemMap,
  };
}

/**
 * The care plan as a row group prices it: only days [fromDay, toDay) of its window (one plan year's
 * stretch), renumbered from fromDay. Claim rows cost a pass over their window's days each time they are
 * put in date order, so a half-year group orders half the days; the dates of its claims are the same.
 */
export function stretchCare(care: CarePlan, fromDay: number, toDay: number): CarePlan {
  if (fromDay === 0 && toDay === care.window.days) return care;
  const startDay = care.window.startDay + fromDay;
  const start = isoDate(startDay);
  const end = isoDate(startDay + toDay - fromDay - 1);
  return { ...care, window: { start, end, startDay, days: toDay - fromDay, label: `${start}…${end}` } };
}
