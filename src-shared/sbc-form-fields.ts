import type { z } from 'zod';
import type { EnrollmentType } from './plan-schema';
import { ENROLLMENT_LABELS } from './enrollment-types';
import { CHANNEL_LABELS } from './sbc-form';
import { sbcRow } from './sbc-layout';
import type { PharmacyChannel, ServiceCode } from './services';

// The names of the editor's fields, and the way back from a place in a Plan ("benefits.pcp_visit.note")
// to the field a person typed it in ("cell.pcp_visit.limits"), so a problem the schema finds shows up
// beside that field. Field keys double as element ids in the editor (prefixed there).

const TOP: Record<string, string> = {
  carrier: 'Carrier',
  planName: 'Plan name',
  option: 'Option',
  group: 'Group number',
  program: 'Program',
  oopExcludes: 'What is not included in the out-of-pocket limit',
  networkNotes: 'Network',
  referrals: 'Referral to see a specialist',
  otherDeductibles: 'Other deductibles',
  notes: 'Other notes',
  'source.title': 'SBC title',
  'source.citation': 'Where the SBC comes from',
  'deductible.person': 'Deductible per person',
  'deductible.family': 'Deductible per family',
  'oopMax.person': 'Out-of-pocket limit per person',
  'oopMax.family': 'Out-of-pocket limit per family',
  'planYear.start': 'Plan year start',
  'planYear.end': 'Plan year end',
  'planYear.label': 'Plan year label',
  pharmacy: 'Prescription supply',
  general: 'Plan',
};

const PREMIUM_COLUMNS: Record<string, string> = {
  code: 'enrollment code',
  biweeklyEmployee: 'every two weeks, employee share',
  biweeklyEmployer: 'every two weeks, employer share',
  monthlyEmployee: 'monthly, employee share',
  monthlyEmployer: 'monthly, employer share',
};

/** "Primary care visit to treat an injury or illness, in network" for "cell.pcp_visit.in". */
export function fieldLabel(field: string): string {
  const top = TOP[field];
  if (top) return top;
  const [kind, a, b, c] = field.split('.');
  if (kind === 'cell' && a) {
    const part = b === 'out' ? 'out of network' : b === 'limits' ? 'limitations' : 'in network';
    return `${sbcRow(a as ServiceCode).label}, ${part}`;
  }
  if (kind === 'premium' && a) return `${ENROLLMENT_LABELS[a as EnrollmentType]}, ${PREMIUM_COLUMNS[b ?? 'code'] ?? b}`;
  if (kind === 'pharmacy' && a) return `${CHANNEL_LABELS[a as PharmacyChannel]}, supply ${Number(b ?? 0) + 1}${c === 'copays' ? ', copays' : ', days'}`;
  return field;
}

const LIMIT_PART: Record<string, string> = { personCents: 'person', familyCents: 'family' };
const PREMIUM_PART: Record<string, string> = { biweekly: 'biweekly', monthly: 'monthly' };

/** The form field a plan path belongs to; "general" when no field holds it. */
export function fieldForPath(path: readonly PropertyKey[], enrollmentTypes: readonly EnrollmentType[]): string {
  const [head, second, third, fourth] = path.map(String);
  switch (head) {
    case 'carrier':
    case 'planName':
    case 'option':
    case 'group':
    case 'program':
    case 'oopExcludes':
    case 'notes':
      return head;
    case 'planYear':
      return second === 'start' || second === 'label' ? `planYear.${second}` : 'planYear.end';
    case 'deductible':
    case 'oopMax':
      return `${head}.${LIMIT_PART[second ?? ''] ?? 'person'}`;
    case 'network':
      return 'networkNotes';
    case 'networkTiers':
      if (third === 'deductible' || third === 'oopMax') return `oon${third === 'deductible' ? 'Deductible' : 'OopMax'}.${LIMIT_PART[fourth ?? ''] ?? 'person'}`;
      if (third === 'benefits' && fourth) return `cell.${fourth}.out`;
      return 'general';
    case 'benefits':
      if (!second) return 'general';
      return `cell.${second}.${third === 'outOfNetworkYouPay' ? 'out' : third === 'note' ? 'limits' : 'in'}`;
    case 'enrollment': {
      const type = enrollmentTypes[Number(second)];
      if (!type) return 'general';
      const period = PREMIUM_PART[third ?? ''];
      if (!period) return `premium.${type}.code`;
      return `premium.${type}.${period}${fourth === 'employerCents' ? 'Employer' : 'Employee'}`;
    }
    case 'pharmacy':
      return second ? `pharmacy.${second}.0.days` : 'pharmacy';
    case 'sources':
      return 'source.title';
    default:
      return 'general';
  }
}

/** A schema problem in plain words, named by its field: "Plan name: cannot be empty." */
export function issueMessage(issue: z.core.$ZodIssue, field: string): string {
  let what = issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string') what = 'cannot be empty';
  else if (issue.code === 'too_big' && issue.origin === 'string') what = `is too long (at most ${String(issue.maximum)} characters)`;
  else if (issue.code === 'too_big' && issue.origin === 'array') what = `has too many lines (at most ${String(issue.maximum)})`;
  return `${fieldLabel(field)}: ${what}.`;
}
