import type { ComparePriority } from '../../../src-shared/household-schema';
import type { EnrollmentType } from '../../../src-shared/plan-schema';

export const ENROLLMENT_LABELS: Record<EnrollmentType, string> = {
  self_only: 'Self Only',
  self_plus_one: 'Self Plus One',
  self_and_family: 'Self and Family',
};

export const PRIORITY_LABELS: Record<ComparePriority, string> = {
  lowest_expected: 'Lowest expected cost',
  lowest_worst_case: 'Safest in a bad year',
  lowest_premium: 'Lowest premium',
  balanced: 'A balance',
};
