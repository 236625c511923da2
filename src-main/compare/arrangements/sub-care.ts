import type { CarePlan } from '../care-items';

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
