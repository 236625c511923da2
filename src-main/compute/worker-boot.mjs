// Starts a compute worker from the TypeScript sources (the web host, the CLI and the tests run under
// tsx or vitest; a worker thread does not inherit their loader). The Electron build bundles worker.ts
// to JavaScript and starts it directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
