import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// vitest's global setup: the typed message functions exist before any test imports them, also for a run
// straight from `npx vitest run <file>` (unchanged catalogs cost nothing). A child process, because the
// inlang SDK keeps handles open for a while after compiling.
export default function setup(): void {
  const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '..', 'scripts', 'compile-messages.mjs')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('Compiling the message catalogs failed (see above).');
}
