import type { MemberDraft } from '../state/member-draft';
import { CHANNEL_LABELS, EVENT_LABELS, MONTHS, RX_TIER_LABELS } from './care-options';
import { usageTable } from '../state/usage-table';

// The household in plain words, for the printed report and the CSV.

export interface HouseholdSummaryRow {
  who: string;
  age: string;
  level: string;
  conditions: string;
  events: string;
  prescriptions: string;
}

export function householdSummary(members: readonly MemberDraft[], titles: readonly string[]): HouseholdSummaryRow[] {
  return members.map((m, i) => {
    const own = Object.keys(m.usage.counts).length;
    return {
      who: titles[i] ?? m.relationship,
      age: m.age === null ? '' : String(m.age),
      level: usageTable.presets[m.usage.preset].label + (own ? ` (${own} number${own === 1 ? '' : 's'} changed by hand)` : ''),
      conditions: m.usage.conditions.map((c) => usageTable.conditions[c].label).join('; ') || 'None',
      events:
        m.events
          .map((e) => {
            if (e.type === 'baby') return `${EVENT_LABELS.baby}, due ${e.dueDate}`;
            if (e.type === 'new_specialty_drug') return `${EVENT_LABELS[e.type]} in ${MONTHS[e.startMonth - 1]}`;
            const month = e.month ? ` in ${MONTHS[e.month - 1]}` : '';
            return `${EVENT_LABELS[e.type]}${month}`;
          })
          .join('; ') || 'None',
      prescriptions:
        m.prescriptions
          .map((rx) => `${rx.label || RX_TIER_LABELS[rx.tier]}: ${rx.fillsPerYear} fills of ${rx.supplyDays} days, ${CHANNEL_LABELS[rx.channel].toLowerCase()}`)
          .join('; ') || 'None',
    };
  });
}
