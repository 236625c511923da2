import type { z } from 'zod';
import { m, getLocale } from '../../../src-shared/i18n';
import { serviceLabel } from '../../../src-shared/i18n/terms';
import type { ServiceCode } from '../../../src-shared/services';
import { zodProblem } from '../../../src-shared/zod-issues';
import { issueWords } from '../lib/error-words';

// The schema's complaints about the household, said the way a counselor reads the screen:
// "Spouse — age: enter a whole number from 0 to 120" instead of "household.members[1].age: …", in the
// language on screen (messages/household). A complaint the schema words itself stays its English.

const FIELD_NAMES: Record<string, () => string> = {
  age: m.hh_field_age,
  birthDate: m.hh_field_birth_date,
  conditions: m.hh_field_conditions,
  events: m.hh_field_events,
  prescriptions: m.hh_field_prescriptions,
  dueDate: m.hh_field_due_date,
  month: m.hh_field_month,
  startMonth: m.hh_field_start_month,
  days: m.hh_field_days,
  fillsPerYear: m.hh_field_fills,
  supplyDays: m.hh_field_supply_days,
  allowedCentsPerFill: m.hh_field_price_per_fill,
  counts: m.hh_field_counts,
  taxRatePercent: m.hh_field_tax_rate,
  planIds: m.hh_field_plans,
  name: m.hh_field_name,
};

function plainMessage(field: string, issue: z.core.$ZodIssue): string {
  if (field === 'age') return m.hh_issue_age();
  if (field === 'dueDate' || field === 'birthDate') return m.hh_issue_date();
  if (issue.code === 'invalid_type') return m.hh_issue_empty();
  // Any other complaint of the schema in the language on screen (zod's locale, or our catalog for its own words).
  return issueWords(zodProblem(issue), getLocale()).text;
}

/** A money field keyed by plan or service ("Employer money for Prosper"), or null for any other path. */
function moneyField(path: readonly PropertyKey[], planNames: Readonly<Record<string, string>>): string | null {
  if (path[0] !== 'household' || typeof path[2] !== 'string') return null;
  if (path[1] === 'accountCentsByPlan') return m.hh_issue_account_field({ plan: planNames[path[2]] ?? path[2] });
  if (path[1] === 'priceOverrides') return m.hh_issue_price_field({ service: serviceLabel(path[2] as ServiceCode, getLocale()) ?? path[2] });
  return null;
}

export function describeIssues(error: z.ZodError, memberTitles: readonly string[], planNames: Readonly<Record<string, string>> = {}): string[] {
  const out = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path;
    const money = moneyField(path, planNames);
    if (money) {
      out.add(`${money}: ${issue.code === 'too_big' ? m.hh_issue_money_too_big() : m.hh_issue_money_bad()}`);
      continue;
    }
    let who = '';
    // A field of the household itself ("Tax rate") is named alone, not as "household, tax rate".
    let rest = path[0] === 'household' && path[1] !== 'members' ? path.slice(1) : path;
    if (path[0] === 'household' && path[1] === 'members') {
      if (typeof path[2] === 'number') {
        who = memberTitles[path[2]] ?? m.hh_issue_person_n({ n: path[2] + 1 });
        rest = path.slice(3);
      } else {
        who = m.hh_issue_household();
        rest = [];
      }
    }
    const parts: string[] = [];
    let field = '';
    for (let i = 0; i < rest.length; i++) {
      const key = rest[i];
      if (typeof key === 'number') continue;
      const next = rest[i + 1];
      field = String(key);
      const name = FIELD_NAMES[field]?.() ?? field;
      if (typeof next === 'number' && key === 'events') parts.push(m.hh_field_event_n({ n: next + 1 }));
      else if (typeof next === 'number' && key === 'prescriptions') parts.push(m.hh_field_prescription_n({ n: next + 1 }));
      else parts.push(name);
    }
    const where = [who, parts.join(', ')].filter(Boolean).join(' — ');
    out.add(`${where ? `${where}: ` : ''}${plainMessage(field, issue)}`);
  }
  return [...out];
}
