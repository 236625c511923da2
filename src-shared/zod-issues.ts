import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import type { ProblemShape } from './result';

/** "plans[0].benefits.pcp_visit.costShare.amountCents" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Every problem of a failed parse, each as "path: message", in the order zod found them. */
export function formatZodIssues(error: z.ZodError, root = ''): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path, root)}: ${issue.message}`);
}

// A zod issue in parts, for another language (src-renderer/src/lib/error-words.ts). The input itself never
// travels (zod drops it from the issue, and only the name of its type is kept: "received string").

const PARAMS = ['expected', 'origin', 'minimum', 'maximum', 'inclusive', 'values', 'format', 'pattern', 'divisor', 'keys', 'prefix', 'suffix', 'includes'];
type Param = NonNullable<ProblemShape['params']>[string];

function param(value: unknown): Param | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  return undefined;
}

/** A value of the named type, for zod's locales to name it again ("received string" → "recibido texto"). */
export function sampleOfType(type: unknown): unknown {
  const samples: Record<string, unknown> = { string: '', number: 0, nan: NaN, boolean: false, null: null, array: [], object: {}, bigint: 0n };
  return typeof type === 'string' && type in samples ? samples[type] : undefined;
}

/** The issue again, as zod's locales read it: its parameters and a stand-in of the received type. */
export function issueFromParts(problem: Pick<ProblemShape, 'code' | 'params'>): z.core.$ZodRawIssue {
  const params = problem.params ?? {};
  return { ...params, code: problem.code, input: sampleOfType(params['received']), path: [] } as unknown as z.core.$ZodRawIssue;
}

const english = en().localeError;

/** The same problems as formatZodIssues, in parts: path, code, parameters, and whether the words are the schema's own. */
export function zodProblems(error: z.ZodError, root = ''): ProblemShape[] {
  return error.issues.map((issue) => zodProblem(issue, root));
}

/** One zod issue in parts. */
export function zodProblem(issue: z.core.$ZodIssue, root = ''): ProblemShape {
  const params: Record<string, Param> = {};
  const raw = issue as unknown as Record<string, unknown>;
  for (const key of PARAMS) {
    const value = param(raw[key]);
    if (value !== undefined) params[key] = value;
  }
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)$/.exec(issue.message)?.[1];
    if (received) params['received'] = received;
  }
  const problem: ProblemShape = { path: formatPath(issue.path, root), code: issue.code, message: issue.message, params };
  const builtIn = issue.code === 'custom' ? undefined : english(issueFromParts(problem));
  const text = typeof builtIn === 'string' ? builtIn : builtIn?.message;
  return text === issue.message ? problem : { ...problem, own: true };
}

/** A zod failure as an envelope's issues and their parts. */
export function zodIssueParts(error: z.ZodError, root = ''): { issues: string[]; problems: ProblemShape[] } {
  return { issues: formatZodIssues(error, root), problems: zodProblems(error, root) };
}
