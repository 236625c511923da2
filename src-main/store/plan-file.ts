import { z } from 'zod';
import { missingForPricing } from '../../src-shared/plan-completeness';
import { PLAN_FILE_TYPE, PLAN_FILE_VERSION, PlanFile, type Plan } from '../../src-shared/plan-schema';
import { appProblem, refusal, type ErrorKey } from '../../src-shared/refusal';
import type { ProblemShape } from '../../src-shared/result';
import { zodIssueParts } from '../../src-shared/zod-issues';
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

function reject<K extends ErrorKey>(key: K, params: Parameters<typeof refusal<K>>[2], more?: { issues: string[]; problems: ProblemShape[] }): never {
  throw refusal('INVALID_PLAN_FILE', key, params, more);
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
    reject('err_file_not_utf8', { offset: replaced });
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PLAN_FILE_BYTES) {
    reject('err_file_too_big', { size: (bytes / 1024 / 1024).toFixed(1), limit: MAX_PLAN_FILE_BYTES / 1024 / 1024 });
  }
  if (text.trim() === '') reject('err_file_empty', {});
  if (nestingDepth(text) > MAX_NESTING) reject('err_file_nested', { levels: MAX_NESTING });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    reject('err_file_not_json', { detail: (error as Error).message });
  }
  const parsed = PlanFile.safeParse(json);
  if (!parsed.success) {
    const parts = zodIssueParts(parsed.error);
    reject('err_file_problems', { count: parts.issues.length }, parts);
  }
  const found: ReturnType<typeof appProblem>[] = [];
  const seen = new Set<string>();
  parsed.data.plans.forEach((plan, i) => {
    if (seen.has(plan.id)) found.push(appProblem(`plans[${i}].id`, 'err_file_duplicate_id', { id: plan.id }));
    seen.add(plan.id);
    const missing = missingForPricing(plan);
    if (plan.status.complete && missing.length > 0) {
      found.push(appProblem(`plans[${i}].status.complete`, 'err_file_not_complete', { missing: missing.join('; ') }));
    }
  });
  if (found.length > 0) reject('err_file_problems', { count: found.length }, { issues: found.map((f) => f.line), problems: found.map((f) => f.problem) });
  return parsed.data.plans;
}

export function formatPlanFile(plans: Plan[], createdAt: string): string {
  const file: z.input<typeof PlanFile> = { type: PLAN_FILE_TYPE, version: PLAN_FILE_VERSION, createdAt, plans };
  return `${JSON.stringify(file, null, 2)}\n`;
}
