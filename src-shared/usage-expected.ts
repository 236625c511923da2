import { bandFor } from './ages';
import type { HouseholdMember } from './household-schema';
import type { ServiceCode } from './services';
import type { AgeBand, UsageGroup, UsageTable } from './tables-schema';

// A member's expected care for the year from the usage table (baseline × age-band factor × preset
// multiplier, plus conditions). The one copy of this arithmetic: the comparison (src-main/compare/
// usage-profile.ts) and the care screen's steppers both use it. Pure: no DOM, no node.

export type ExpectedCountsByService = Partial<Record<ServiceCode, number>>;

function factor(band: AgeBand, group: UsageGroup, sex: HouseholdMember['sex']): number {
  switch (group) {
    case 'office':
      return ((sex ? band.factors.office[sex] : undefined) ?? band.factors.office.all).value;
    case 'er':
      return band.factors.er.value;
    case 'admission':
      return band.factors.admission.value;
    case 'rx':
      return band.factors.rx.value;
    case 'flat':
      return 1;
  }
}

/** What the preset and conditions alone give (before the counselor's own counts); {} for an age outside the table. */
export function presetCounts(
  member: { age: number; sex?: HouseholdMember['sex']; usage: Pick<HouseholdMember['usage'], 'preset' | 'conditions'> },
  table: UsageTable,
): ExpectedCountsByService {
  const band = bandFor(table.ageBands, member.age);
  if (!band) return {};
  const multiplier = table.presets[member.usage.preset].multiplier;
  const counts: ExpectedCountsByService = {};
  for (const [code, entry] of Object.entries(table.baseline) as [ServiceCode, { perYear: number; group: UsageGroup }][]) {
    const n = entry.perYear * factor(band, entry.group, member.sex) * multiplier;
    if (n > 0) counts[code] = n;
  }
  for (const condition of member.usage.conditions) {
    for (const [code, add] of Object.entries(table.conditions[condition].adds) as [ServiceCode, { perYear: number }][]) {
      counts[code] = (counts[code] ?? 0) + add.perYear;
    }
  }
  return counts;
}
