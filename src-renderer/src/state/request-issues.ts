import type { z } from 'zod';
import { SERVICE_LABELS, type ServiceCode } from '../../../src-shared/services';

// The schema's complaints about the household, said the way a counselor reads the screen:
// "Spouse — age: enter a whole number from 0 to 120" instead of "household.members[1].age: …".

const FIELD_NAMES: Record<string, string> = {
  age: 'age',
  birthDate: 'birth date',
  conditions: 'conditions that lift visit limits',
  events: 'life events',
  prescriptions: 'prescriptions',
  dueDate: 'due date',
  month: 'month',
  startMonth: 'first month',
  days: 'days in the hospital',
  fillsPerYear: 'fills a year',
  supplyDays: 'days of supply',
  allowedCentsPerFill: 'price per fill',
  counts: 'visit counts',
  taxRatePercent: 'Tax rate',
  planIds: 'plans',
  name: 'name',
};

function plainMessage(field: string, issue: z.core.$ZodIssue): string {
  if (field === 'age') return 'enter a whole number from 0 to 120';
  if (field === 'due date' || field === 'birth date') return 'enter the full date (month, day and year)';
  if (issue.code === 'invalid_type') return 'this is empty or not a number';
  return issue.message;
}

/** A money field keyed by plan or service ("Employer money for Prosper"), or null for any other path. */
function moneyField(path: readonly PropertyKey[], planNames: Readonly<Record<string, string>>): string | null {
  if (path[0] !== 'household' || typeof path[2] !== 'string') return null;
  if (path[1] === 'accountCentsByPlan') return `Employer HSA or HRA money for ${planNames[path[2]] ?? path[2]}`;
  if (path[1] === 'priceOverrides') return `Price of ${SERVICE_LABELS[path[2] as ServiceCode] ?? path[2]}`;
  return null;
}

export function describeIssues(error: z.ZodError, memberTitles: readonly string[], planNames: Readonly<Record<string, string>> = {}): string[] {
  const out = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path;
    const money = moneyField(path, planNames);
    if (money) {
      out.add(`${money}: ${issue.code === 'too_big' ? 'enter a smaller amount' : 'enter an amount in dollars, 0 or more, or leave it empty'}`);
      continue;
    }
    let who = '';
    // A field of the household itself ("Tax rate") is named alone, not as "household, tax rate".
    let rest = path[0] === 'household' && path[1] !== 'members' ? path.slice(1) : path;
    if (path[0] === 'household' && path[1] === 'members') {
      if (typeof path[2] === 'number') {
        who = memberTitles[path[2]] ?? `Person ${path[2] + 1}`;
        rest = path.slice(3);
      } else {
        who = 'Household';
        rest = [];
      }
    }
    const parts: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const key = rest[i];
      if (typeof key === 'number') continue;
      const next = rest[i + 1];
      const name = FIELD_NAMES[String(key)] ?? String(key);
      parts.push(typeof next === 'number' && (key === 'events' || key === 'prescriptions') ? `${name.replace(/s$/, '')} ${next + 1}` : name);
    }
    const field = parts.at(-1) ?? '';
    const where = [who, parts.join(', ')].filter(Boolean).join(' — ');
    out.add(`${where ? `${where}: ` : ''}${plainMessage(field, issue)}`);
  }
  return [...out];
}
