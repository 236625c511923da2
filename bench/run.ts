import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runEngineBench } from './engine-bench';

// `npm run bench`: prints figures, asserts nothing. Speed is measured here, never in timed unit tests.
// Run on an otherwise idle machine: the figures are wall-clock and move with the load.

console.log(`Benefits Counselor benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);
await runEngineBench();
if (existsSync(join(import.meta.dirname, 'compare-bench.ts'))) {
  const { runCompareBench } = (await import('./compare-bench')) as { runCompareBench: () => Promise<void> };
  console.log('');
  await runCompareBench();
}
