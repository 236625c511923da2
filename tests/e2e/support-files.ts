import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` (a browser profile, a data folder), skipping one removed while we walk. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    } catch {
      return [];
    }
  });
}
