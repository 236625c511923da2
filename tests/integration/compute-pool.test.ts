import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compareHousehold, loadCompareTables, parseCompareRequest } from '../../src-main/compare';
import { ComputePool } from '../../src-main/compute/pool';
import { chunkYears, claimChunks } from '../../src-main/compute/protocol';
import { warmUpPool } from '../../src-main/compute/warm-up';
import { errorShape } from '../../src-main/compute/run-task';
import { refusal } from '../../src-shared/refusal';
import { z } from 'zod';
import { EngineError } from '../../src-main/engine';
import { findAppRoot } from '../../src-main/app-root';
import type { CompareRequestInput } from '../../src-shared/household-schema';
import type { CompareResult } from '../../src-shared/compare-result-schema';
import type { Plan } from '../../src-shared/plan-schema';
import type { Sender } from '../../src-main/security/sender-policy';
import { ok, tempApp } from '../support/temp-app';

// The comparison runs on worker threads, never on the main event loop: the same answer as the
// single-thread reference however many workers share the years, a newer request in the same lane
// replaces the older one, End session stops the work, and a trivial call is answered while it runs.

const root = findAppRoot();
const plans = (JSON.parse(readFileSync(join(root, 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const family = JSON.parse(readFileSync(join(root, 'data', 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;
const tables = loadCompareTables(join(root, 'data'));
const tab = (client: string): Sender => ({ kind: 'renderer', url: 'http://127.0.0.1:1/', trustedOrigins: ['http://127.0.0.1:1'], client });

describe('the compute pool', () => {
  const pools: ComputePool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('hands out every year exactly once, in chunks, however the workers take turns', () => {
    const chunks = new SharedArrayBuffer(4);
    // Three workers of one job, each with its own view of the shared counter.
    const workers = [claimChunks(chunks, 1_234), claimChunks(chunks, 1_234), claimChunks(chunks, 1_234)];
    const taken: (readonly [number, number])[] = [];
    for (let turn = 0; ; turn = (turn * 7 + 1) % 3) {
      const chunk = workers[turn]!();
      if (chunk === null) break;
      taken.push(chunk);
    }
    expect(taken[0]).toEqual([0, 50]);
    expect(taken.at(-1)).toEqual([1_200, 1_234]);
    taken.forEach(([from, to], i) => expect([from, to]).toEqual([i * 50, Math.min(1_234, (i + 1) * 50)]));
    expect(workers.map((next) => next())).toEqual([null, null, null]);
    expect(chunkYears(10_000)).toBe(250);
  });

  it.each([1, 2, 3])('gives exactly the single-thread result with %i worker(s)', async (size) => {
    const pool = new ComputePool({ appRoot: root, size });
    pools.push(pool);
    const request = parseCompareRequest({ ...family, simulations: 1_500, seed: 11 });
    const viaPool = await pool.compare({ plans, request }, null);
    expect(viaPool).toEqual(compareHousehold(plans, request, tables));
  });

  it.each([2, 3])('gives exactly the single-thread result for who enrolls where with %i workers', async (size) => {
    const district = (JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'district-arrangement-plans.json'), 'utf8')) as { plans: Plan[] }).plans;
    const twoEmployers = JSON.parse(readFileSync(join(root, 'data', 'examples', 'household-two-employers.json'), 'utf8')) as CompareRequestInput;
    const pool = new ComputePool({ appRoot: root, size });
    pools.push(pool);
    const request = parseCompareRequest({ ...twoEmployers, simulations: 1_200, seed: 5, planIds: undefined });
    const viaPool = (await pool.compare({ plans: [...plans, ...district], request }, null)) as CompareResult;
    expect(viaPool.arrangements?.arrangements.some((a) => a.status.priced)).toBe(true);
    expect(viaPool).toEqual(compareHousehold([...plans, ...district], request, tables));
  });

  it('warms up on the example household to the end when nothing else asks, and gives way to the first real comparison', async () => {
    const pool = new ComputePool({ appRoot: root, size: 2 });
    pools.push(pool);
    expect(await warmUpPool(pool, plans, root)).toBe('done');
    expect(pool.load).toEqual({ queued: 0, running: 0 });
    // A warm-up still running when a real request comes is cancelled; the request is answered in full.
    const warm = pool.warmUp({ plans, request: parseCompareRequest({ ...family, simulations: 10_000 }) });
    const request = parseCompareRequest({ ...family, simulations: 1_000, seed: 3 });
    const real = pool.compare({ plans, request }, 'tab-a:engine:compare');
    expect(await warm).toBe(false);
    expect(await real).toEqual(compareHousehold(plans, request, tables));
    expect(pool.load).toEqual({ queued: 0, running: 0 });
  });

  it('skips the warm-up when the library has no complete plan, and a warm-up left alone runs to the end', async () => {
    const pool = new ComputePool({ appRoot: root, size: 1 });
    pools.push(pool);
    const incomplete: Plan[] = plans.map((p) => ({ ...p, status: { complete: false, missing: ['premiums'] } }));
    expect(await warmUpPool(pool, incomplete, root)).toBe('skipped');
    expect(await warmUpPool(pool, [], root)).toBe('skipped');
    expect(await pool.warmUp({ plans, request: parseCompareRequest({ ...family, simulations: 100 }) })).toBe(true);
  });

  it('cancels the older of two comparisons in one lane, and keeps other lanes running', async () => {
    const pool = new ComputePool({ appRoot: root, size: 2 });
    pools.push(pool);
    const request = parseCompareRequest({ ...family, simulations: 5_000 });
    const first = pool.compare({ plans, request }, 'tab-a:engine:compare');
    const other = pool.compare({ plans, request }, 'tab-b:engine:compare');
    const second = pool.compare({ plans, request }, 'tab-a:engine:compare');
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED' });
    const [a, b] = (await Promise.all([second, other])) as CompareResult[];
    expect(a).toEqual(b);
    expect(pool.load).toEqual({ queued: 0, running: 0 });
  });

  it('stops a window’s work on cancelLane and everything on cancelAll, then carries on', async () => {
    const pool = new ComputePool({ appRoot: root, size: 2 });
    pools.push(pool);
    const request = parseCompareRequest({ ...family, simulations: 20_000 });
    const running = pool.compare({ plans, request }, 'wc-7:engine:compare');
    const queued = pool.run({ type: 'explain', plans, request: { request, planId: plans[0]!.id, year: 'typical' } }, 'wc-7:engine:explain');
    expect(pool.cancelLane('wc-7:')).toBe(2);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' });
    const again = pool.compare({ plans, request }, null);
    expect(pool.cancelAll()).toBe(1);
    await expect(again).rejects.toMatchObject({ code: 'CANCELLED' });
    const small = parseCompareRequest({ ...family, simulations: 200 });
    await expect(pool.compare({ plans, request: small }, null)).resolves.toMatchObject({ simulations: 200 });
  });
});

describe('comparisons through the dispatcher', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app?.dispose());

  it('answers app:info while a long comparison is still running on the workers', async () => {
    app = tempApp();
    await ok(app, 'engine:compare', { ...family, simulations: 200 }); // the workers are up
    let settled = false;
    const long = app.dispatch('engine:compare', { ...family, simulations: 60_000 }, tab('t1')).finally(() => (settled = true));
    const info = await app.dispatch('app:info', {});
    expect(info.ok).toBe(true);
    expect(settled).toBe(false);
    await app.dispatch('app:end-session', {}, tab('t1'));
    expect(await long).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('supersedes by tab: the newer comparison from one tab wins, another tab is untouched', async () => {
    app = tempApp();
    const args = { ...family, simulations: 2_000 };
    const older = app.dispatch('engine:compare', args, tab('t1'));
    const otherTab = app.dispatch('engine:compare', args, tab('t2'));
    const newer = app.dispatch('engine:compare', { ...args, priority: 'lowest_premium' }, tab('t1'));
    expect(await older).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const [n, o] = await Promise.all([newer, otherTab]);
    expect(n.ok && o.ok).toBe(true);
    // Only the priority differed: the figures are the same, the ranking follows the priority asked for.
    const nv = (n as { value: CompareResult }).value;
    const ov = (o as { value: CompareResult }).value;
    expect(nv.plans).toEqual(ov.plans);
    expect(nv.recommendation).toEqual(ov.rankings.lowest_premium);
  });

  it('explains a simulated year through engine:explain with the total the comparison showed', async () => {
    app = tempApp();
    const request = { ...family, simulations: 1_000 };
    const result = await ok(app, 'engine:compare', request);
    const plan = result.plans[0]!;
    const worst = await ok(app, 'engine:explain', { request, planId: plan.planId, year: { simulated: plan.simulated.years.worst } });
    expect(worst.figures.totalCents).toBe(Math.round(plan.simulated.total!.maxCents / 100) * 100);
    const bad = await app.dispatch('engine:explain', { request, planId: plan.planId, year: { simulated: -1 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('prices a claim list on the workers with the engine’s located errors', async () => {
    app = tempApp();
    const priced = await ok(app, 'engine:price', {
      planId: 'fehb-kpco-2022-high',
      members: [{ id: 'e', age: 40 }],
      claims: [{ member: 'e', date: '2022-03-01', service: 'pcp_visit', allowedCents: 15_000 }],
    });
    expect(priced.totals.memberPaysCents).toBeGreaterThan(0);
    const refused = await app.dispatch('engine:price', {
      planId: 'fehb-kpco-2022-high',
      members: [{ id: 'e', age: 40 }],
      claims: [{ member: 'x', date: '2022-03-01', service: 'pcp_visit', allowedCents: 15_000 }],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PRICING_ERROR' } });
    expect(!refused.ok && refused.error.message).toMatch(/claims\[0\]\.member|member/);
  });
});

describe('an engine refusal from a worker', () => {
  it('names its field once, as the engine wrote it', () => {
    const shape = errorShape(new EngineError('DATE_OUTSIDE_PLAN_YEARS', '2030-03-01 falls in the 2030 plan year', 'claims[0].date'));
    expect(shape).toEqual({ code: 'PRICING_ERROR', message: 'claims[0].date: 2030-03-01 falls in the 2030 plan year' });
  });
});

describe('a refusal from a worker keeps its parts, so the screen says it in its language', () => {
  it('a catalog refusal keeps its key and parameters', () => {
    expect(errorShape(refusal('NOT_FOUND', 'err_no_plan', { id: 'nope' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'There is no plan with id "nope".',
      said: { key: 'err_no_plan', params: { id: 'nope' } },
    });
  });

  it('a schema failure keeps each problem in parts beside its English line', () => {
    const failed = z.object({ age: z.number().int().max(120) }).safeParse({ age: 430 });
    const shape = errorShape(failed.error);
    expect(shape.code).toBe('INVALID_ARGUMENT');
    expect(shape.issues).toEqual([expect.stringMatching(/^age: /)]);
    expect(shape.problems).toEqual([expect.objectContaining({ path: 'age', code: 'too_big' })]);
    expect(JSON.stringify(shape)).not.toContain('430');
  });
});
