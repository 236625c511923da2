import { getLocale, m, type Language } from '../../../src-shared/i18n';
import type { LifeEvent, LifeEventType } from '../../../src-shared/household-schema';
import type { ServiceCode } from '../../../src-shared/services';

// Defaults for the care screen. Its words (events, drug kinds, pharmacies, months) are in
// src-shared/i18n/terms.ts and src-shared/prescription-labels.ts, in every language.
export { LIFE_EVENT_TYPES, eventLabel, monthName } from '../../../src-shared/i18n/terms';
export { PHARMACY_CHANNELS as CHANNELS, RX_TIERS } from '../../../src-shared/prescriptions';
export { channelLabel, rxTierLabel } from '../../../src-shared/prescription-labels';

/** The months 1–12, for the month pickers. */
export const MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** A new event of a type, with plain defaults the counselor can change. `year` is the plan year's first year. */
export function defaultEvent(type: LifeEventType, year: number): LifeEvent {
  switch (type) {
    case 'baby':
      return { type, delivery: 'vaginal', dueDate: `${year}-06-15` };
    case 'er_visit':
      return { type };
    case 'er_visit_admitted':
      return { type, days: 3 };
    case 'outpatient_surgery':
      return { type, setting: 'hospital' };
    case 'inpatient_stay':
      return { type, days: 3 };
    case 'mri':
      return { type };
    case 'new_specialty_drug':
      return { type, startMonth: 1, channel: 'plan_pharmacy' };
  }
}

/** The services shown first on the care screen; the rest sit behind "Show more services". */
export const MAIN_SERVICES: ServiceCode[] = [
  'preventive_visit',
  'pcp_visit',
  'specialist_visit',
  'mental_health_visit',
  'urgent_care_visit',
  'er_visit',
  'lab_test',
  'xray',
  'advanced_imaging',
  'pt_visit',
  'inpatient_admission',
];

/** "about 1.6", "2": expected counts may be fractions (one ER visit every few years). */
export function countText(n: number, lang: Language = getLocale()): string {
  if (Number.isInteger(n)) return String(n);
  return m.count_about({ n: n < 1 ? n.toFixed(2) : n.toFixed(1) }, { locale: lang });
}
