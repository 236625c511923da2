import { bandFor } from '../../src-shared/ages';
import type { HouseholdMember, UsagePresetId } from '../../src-shared/household-schema';
import type { ServiceCode } from '../../src-shared/services';
import type { AgeBand, UsageTable } from '../../src-shared/tables-schema';
import { presetCounts } from '../../src-shared/usage-expected';

// A member's expected use for the year: the standard population's baseline, scaled by the age band's
// factor for the service's group (by sex when known) and the preset's multiplier, plus each condition's
// typical care (src-shared/usage-expected.ts, shared with the care screen's steppers); a count the
// counselor typed replaces all of that for its service.

export type ExpectedCounts = Partial<Record<ServiceCode, number>>;

export function ageBandFor(table: UsageTable, age: number): AgeBand {
  const band = bandFor(table.ageBands, age);
  // The table schema checks that bands cover MIN_AGE to MAX_AGE (src-shared/ages.ts), and ages are validated to that range.
  if (!band) throw new RangeError(`no age band covers age ${age}`);
  return band;
}

export interface UsageInput {
  age: number;
  sex?: HouseholdMember['sex'];
  usage: Pick<HouseholdMember['usage'], 'preset' | 'conditions' | 'counts'>;
}

/** Expected counts for one member for a whole year: the shared preset arithmetic, then the typed counts. */
export function expectedCounts(member: UsageInput, table: UsageTable): ExpectedCounts {
  ageBandFor(table, member.age); // refuse an age the table does not cover instead of pricing no care
  const counts: ExpectedCounts = presetCounts(member, table);
  for (const [code, n] of Object.entries(member.usage.counts) as [ServiceCode, number][]) {
    if (n > 0) counts[code] = n;
    else delete counts[code];
  }
  return counts;
}

/** One plain sentence on where a member's expected use comes from, for the result's assumptions. */
export function describeUsage(who: string, member: UsageInput, table: UsageTable): string {
  const band = ageBandFor(table, member.age);
  const preset: UsagePresetId = member.usage.preset;
  const parts = [`${who}: ${table.presets[preset].label.toLowerCase()} use for age ${band.label.toLowerCase()}`];
  if (member.usage.conditions.length > 0) {
    parts.push(`plus care for ${member.usage.conditions.map((c) => table.conditions[c].label.toLowerCase()).join(', ')}`);
  }
  const typed = Object.keys(member.usage.counts);
  if (typed.length > 0) parts.push(`with the counselor's own counts for ${typed.length} service${typed.length === 1 ? '' : 's'}`);
  return `${parts.join(' ')}.`;
}
