import type { z } from 'zod';

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
