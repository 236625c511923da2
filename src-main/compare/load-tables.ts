import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../src-shared/result';
import { PriceTable, UsageTable, type CompareTables } from '../../src-shared/tables-schema';
import { formatZodIssues } from '../../src-shared/zod-issues';

// The default tables shipped in data/ (the app root's data folder), checked against their schemas.

export const DEFAULT_TABLE_FILES = {
  prices: join('prices', 'default-prices-2022.json'),
  usage: join('usage', 'usage-defaults.json'),
} as const;

function readTable<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error, file);
    throw new AppError('INTERNAL', `The table ${file} is not valid: ${issues[0]}`, issues);
  }
  return parsed.data;
}

/** `dataDir` is the repository's (or packaged app's) data/ folder. */
export function loadCompareTables(dataDir: string): CompareTables {
  return {
    prices: readTable(join(dataDir, DEFAULT_TABLE_FILES.prices), PriceTable),
    usage: readTable(join(dataDir, DEFAULT_TABLE_FILES.usage), UsageTable),
  };
}
