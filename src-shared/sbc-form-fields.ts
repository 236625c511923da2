import type { z } from 'zod';
import type { EnrollmentType } from './plan-schema';
import { getLocale, m } from './i18n';
import { channelLabel, enrollmentLabel, serviceLabel } from './i18n/terms';
import { CHANNEL_LABELS } from './sbc-form';
import { sbcRow } from './sbc-layout';
import type { PharmacyChannel, ServiceCode } from './services';

// The names of the editor's fields, and the way back from a place in a Plan ("benefits.pcp_visit.note")
// to the field a person typed it in ("cell.pcp_visit.limits"), so a problem the schema finds shows up
// beside that field. Field keys double as element ids in the editor (prefixed there).

type Say = () => string;

// Each label is the message itself (called when read), so it speaks the language on screen.
const TOP: Record<string, Say> = {
  carrier: m.field_carrier,
  planName: m.field_plan_name,
  option: m.field_option,
  group: m.field_group,
  program: m.field_program,
  oopExcludes: m.field_oop_excludes,
  networkNotes: m.field_network_notes,
  referrals: m.field_referrals,
  otherDeductibles: m.field_other_deductibles,
  notes: m.field_notes,
  'source.title': m.field_source_title,
  'source.citation': m.field_source_citation,
  'deductible.person': m.field_deductible_person,
  'deductible.family': m.field_deductible_family,
  'oopMax.person': m.field_oop_person,
  'oopMax.family': m.field_oop_family,
  'oonDeductible.person': () => m.grid_limit_person({ name: m.grid_limit_oon_deductible() }),
  'oonDeductible.family': () => m.grid_limit_family({ name: m.grid_limit_oon_deductible() }),
  'oonOopMax.person': () => m.grid_limit_person({ name: m.grid_limit_oon_oop() }),
  'oonOopMax.family': () => m.grid_limit_family({ name: m.grid_limit_oon_oop() }),
  'planYear.start': m.field_year_start,
  'planYear.end': m.field_year_end,
  'planYear.label': m.field_year_label,
  pharmacy: m.field_pharmacy,
  general: m.field_general,
};

const PREMIUM_COLUMNS: Record<string, Say> = {
  code: m.field_prem_code,
  biweeklyEmployee: m.field_prem_biweekly_employee,
  biweeklyEmployer: m.field_prem_biweekly_employer,
  monthlyEmployee: m.field_prem_monthly_employee,
  monthlyEmployer: m.field_prem_monthly_employer,
};

/**
 * "Primary care visit to treat an injury or illness, in network" for "cell.pcp_visit.in", in the language
 * on screen: in English the SBC row as printed, in another language the service's own name.
 */
export function fieldLabel(field: string): string {
  const top = TOP[field];
  if (top) return top();
  const lang = getLocale();
  const [kind, a, b, c] = field.split('.');
  if (kind === 'cell' && a) {
    const part = b === 'out' ? m.field_part_out() : b === 'limits' ? m.field_part_limits() : m.field_part_in();
    const row = lang === 'en' ? sbcRow(a as ServiceCode).label : serviceLabel(a as ServiceCode, lang);
    return m.field_cell({ row, part });
  }
  if (kind === 'premium' && a)
    return m.field_premium({ type: enrollmentLabel(a as EnrollmentType, lang), column: PREMIUM_COLUMNS[b ?? 'code']?.() ?? b ?? '' });
  if (kind === 'pharmacy' && a) {
    const channel = lang === 'en' ? CHANNEL_LABELS[a as PharmacyChannel] : channelLabel(a as PharmacyChannel, lang);
    const n = Number(b ?? 0) + 1;
    return c === 'copays' ? m.field_pharmacy_copays({ channel, n }) : m.field_pharmacy_days({ channel, n });
  }
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
  if (issue.code === 'too_small' && issue.origin === 'string') what = m.field_issue_empty();
  else if (issue.code === 'too_big' && issue.origin === 'string') what = m.field_issue_too_long({ max: String(issue.maximum) });
  else if (issue.code === 'too_big' && issue.origin === 'array') what = m.field_issue_too_many({ max: String(issue.maximum) });
  return m.field_issue({ field: fieldLabel(field), what });
}

/** Whether issueMessage says this issue in the app's own words (otherwise the schema's English). */
export function issueTranslated(issue: z.core.$ZodIssue): boolean {
  return (issue.code === 'too_small' && issue.origin === 'string') || (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array'));
}
