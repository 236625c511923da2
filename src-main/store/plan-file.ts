import { z } from 'zod';
import { missingForPricing } from '../../src-shared/plan-completeness';
import { PLAN_FILE_TYPE, PLAN_FILE_VERSION, PlanFile, type Plan } from '../../src-shared/plan-schema';
import { AppError } from '../../src-shared/result';
import { formatZodIssues } from '../../src-shared/zod-issues';
import { replacementCharOffset, stripBom } from './text-file';

// Reading and writing plan files (the import/export envelope). Parsing is all-or-nothing: any problem
// anywhere rejects the whole file, with every problem listed by its path.

export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;
const MAX_NESTING = 64;

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) max = Math.max(max, ++depth);
    else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

function reject(message: string, issues?: string[]): never {
  throw new AppError('INVALID_PLAN_FILE', message, issues);
}

/**
 * Parses and checks a plan file's text. Throws AppError INVALID_PLAN_FILE listing every problem. A leading
 * byte-order mark is accepted; U+FFFD (what a decoder leaves where the file's bytes were not UTF-8) is refused
 * with its byte offset, so a damaged file is never imported with its text silently changed.
 */
export function parsePlanFile(input: string): Plan[] {
  const text = stripBom(input);
  const replaced = replacementCharOffset(text);
  if (replaced >= 0) {
    reject(
      `The plan file is not valid UTF-8 text: at byte ${replaced} it holds bytes that are not UTF-8 (read as U+FFFD). ` +
        'Save the file as UTF-8 and import it again.',
    );
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PLAN_FILE_BYTES) {
    reject(`The plan file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB.`);
  }
  if (text.trim() === '') reject('The plan file is empty.');
  if (nestingDepth(text) > MAX_NESTING) reject(`The plan file is nested more than ${MAX_NESTING} levels deep.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    reject(`The plan file is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = PlanFile.safeParse(json);
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error);
    reject(`The plan file has ${issues.length} problem${issues.length === 1 ? '' : 's'}.`, issues);
  }
  const issues: string[] = [];
  const seen = new Set<string>();
  parsed.data.plans.forEach((plan, i) => {
    if (seen.has(plan.id)) issues.push(`plans[${i}].id: duplicate plan id "${plan.id}" in the file`);
    seen.add(plan.id);
    const missing = missingForPricing(plan);
    if (plan.status.complete && missing.length > 0) {
      issues.push(`plans[${i}].status.complete: the plan is marked complete but lacks ${missing.join('; ')}`);
    }
  });
  if (issues.length > 0) reject(`The plan file has ${issues.length} problem${issues.length === 1 ? '' : 's'}.`, issues);
  return parsed.data.plans;
}

export function formatPlanFile(plans: Plan[], createdAt: string): string {
  const file: z.input<typeof PlanFile> = { type: PLAN_FILE_TYPE, version: PLAN_FILE_VERSION, createdAt, plans };
  return `${JSON.stringify(file, null, 2)}\n`;
}
