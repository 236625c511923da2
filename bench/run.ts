import { runArrangementsBench } from './arrangements-bench';
import { runCompareBench } from './compare-bench';
import { runEngineBench } from './engine-bench';
import { runSessionBench } from './session-bench';

// `npm run bench`: prints figures, asserts nothing. Speed is measured here, never in timed unit tests.
// Run on an otherwise idle machine: the figures are wall-clock and move with the load.

console.log(`Benefits Counselor benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);
await runEngineBench();
console.log('');
await runCompareBench();
console.log('');
await runArrangementsBench();
console.log('');
await runSessionBench();
