import type { LifeEvent, LifeEventType } from '../../../src-shared/household-schema';
import type { ServiceCode } from '../../../src-shared/services';

// Words and defaults for the care screen.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const EVENT_LABELS: Record<LifeEventType, string> = {
  baby: 'Having a baby',
  er_visit: 'Emergency room visit',
  er_visit_admitted: 'Emergency room visit, then a hospital stay',
  outpatient_surgery: 'Surgery without an overnight stay',
  inpatient_stay: 'Planned hospital stay',
  mri: 'MRI or CT scan',
  new_specialty_drug: 'Starting a specialty drug',
};

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

export const RX_TIER_LABELS = {
  rx_preventive_maintenance: 'Preventive maintenance drug',
  rx_generic: 'Generic drug',
  rx_preferred_brand: 'Preferred brand drug',
  rx_nonpreferred: 'Non-preferred brand drug',
  rx_specialty: 'Specialty drug',
} as const;

export const CHANNEL_LABELS = { retail: 'Other pharmacy', plan_pharmacy: 'Plan pharmacy', mail: 'Mail order' } as const;

/** "about 1.6", "2": expected counts may be fractions (one ER visit every few years). */
export function countText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n < 1 ? `about ${n.toFixed(2)}` : `about ${n.toFixed(1)}`;
}
