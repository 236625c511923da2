import { m, type Language } from '../../../src-shared/i18n';
import { channelLabel, conditionLabel, eventLabel, longDate, monthName, presetLabel, rxTierLabel } from '../../../src-shared/i18n/terms';
import type { MemberDraft } from '../state/member-draft';

// The household in plain words, for the printed report and the CSV, in the handout's language.

export interface HouseholdSummaryRow {
  who: string;
  age: string;
  level: string;
  conditions: string;
  events: string;
  prescriptions: string;
}

/** `dates`: 'long' for the printed report ("May 20, 2022"), 'iso' for the CSV ("2022-05-20", what a spreadsheet reads). */
export function householdSummary(
  members: readonly MemberDraft[],
  titles: readonly string[],
  lang: Language = 'en',
  dates: 'long' | 'iso' = 'long',
): HouseholdSummaryRow[] {
  const o = { locale: lang };
  const none = m.none_word({}, o);
  return members.map((p, i) => {
    const own = Object.keys(p.usage.counts).length;
    return {
      who: titles[i] ?? p.relationship,
      age: p.age === null ? '' : String(p.age),
      level: presetLabel(p.usage.preset, lang) + (own ? m.household_changed_by_hand({ count: own }, o) : ''),
      conditions: p.usage.conditions.map((c) => conditionLabel(c, lang)).join('; ') || none,
      events:
        p.events
          .map((e) => {
            if (e.type === 'baby')
              return m.household_event_due({ event: eventLabel('baby', lang), date: dates === 'iso' ? e.dueDate : longDate(e.dueDate, lang) }, o);
            if (e.type === 'new_specialty_drug') return m.household_event_in({ event: eventLabel(e.type, lang), month: monthName(e.startMonth, lang) }, o);
            return e.month ? m.household_event_in({ event: eventLabel(e.type, lang), month: monthName(e.month, lang) }, o) : eventLabel(e.type, lang);
          })
          .join('; ') || none,
      prescriptions:
        p.prescriptions
          .map((rx) =>
            m.household_rx(
              {
                drug: rx.label || rxTierLabel(rx.tier, lang),
                fills: rx.fillsPerYear,
                days: rx.supplyDays,
                channel: channelLabel(rx.channel, lang).toLowerCase(),
              },
              o,
            ),
          )
          .join('; ') || none,
    };
  });
}
