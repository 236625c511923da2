import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareRequestInput } from '../src-shared/household-schema';
import type { Plan } from '../src-shared/plan-schema';
import { compareHousehold, loadCompareTables, parseCompareRequest } from '../src-main/compare';
import { ComputePool } from '../src-main/compute/pool';
import { median } from './stats';

// Speed of the comparison itself on the shipped FEHB plans (three complete options) for the example
// family of four (a baby due mid-year, one child with asthma), 10,000 simulated years:
//  - compareHousehold on one thread: the pure computation, the reference the pool must equal;
//  - the compute pool (what the engine:compare handler runs): the years split over one worker per core.
// What a screen feels, with the browser and HTTP, is in session-bench.ts. Each figure is the median of
// several timed runs after warm-up runs (the first runs include the JIT compiling the hot loops).

const data = join(import.meta.dirname, '..', 'data');
const previous = (JSON.parse(readFileSync(join(import.meta.dirname, 'baseline.json'), 'utf8')) as { previous: Record<string, number> }).previous;

interface Timing {
  median: number;
  min: number;
  max: number;
  /** Median CPU time of this process (user + system): less sensitive to other work on a shared machine. */
  cpu: number;
}

function time(runs: number, fn: (i: number) => void): Timing {
  fn(-2);
  fn(-1);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), cpu: median(cpu) };
}

export async function runCompareBench(): Promise<void> {
  const tables = loadCompareTables(data);
  const plans = (JSON.parse(readFileSync(join(data, 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
  const request = JSON.parse(readFileSync(join(data, 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;
  const full = { ...request, simulations: 10_000 };

  const simulated = time(7, () => {
    compareHousehold(plans, full, tables);
  });
  const pool = new ComputePool({ appRoot: join(data, '..') });
  const parsed = parseCompareRequest(full);
  for (let i = 0; i < 3; i++) await pool.compare({ plans, request: parsed }, null);
  const pooled: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    await pool.compare({ plans, request: { ...parsed, seed: 500 + i } }, null);
    pooled.push(performance.now() - t0);
  }
  await pool.close();

  const fmt = (t: Timing): string => `median ${t.median.toFixed(1)} ms wall (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}), ${t.cpu.toFixed(1)} ms CPU`;
  const vsPrevious = (ms: number, key: string): string =>
    previous[key] ? `; ${(ms / (previous[key] as number)).toFixed(2)}× the previous stop's ${previous[key]} ms` : '';
  console.log(
    `compare: family of four, ${plans.length} plans, 10,000 simulated years, one thread: ${fmt(simulated)}${vsPrevious(simulated.median, 'compareOneThreadMs')}`,
  );
  console.log(
    `compare: the same on the compute pool (${pool.size} workers): median ${median(pooled).toFixed(1)} ms wall (min ${Math.min(...pooled).toFixed(1)}, max ${Math.max(...pooled).toFixed(1)})${vsPrevious(median(pooled), 'comparePoolMs')}`,
  );
}
