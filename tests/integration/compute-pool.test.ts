import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compareHousehold, loadCompareTables, parseCompareRequest } from '../../src-main/compare';
import { ComputePool, compareShares } from '../../src-main/compute/pool';
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

  it('splits the years so the lead, which also analyses, simulates a little less', () => {
    expect(compareShares(1)).toEqual([[0, 1]]);
    const two = compareShares(2);
    expect(two[0]![0]).toBe(0);
    expect(two[1]![1]).toBe(1);
    expect(two[0]![1]).toBeCloseTo(0.8 / 1.8);
  });

  it.each([1, 2, 3])('gives exactly the single-thread result with %i worker(s)', async (size) => {
    const pool = new ComputePool({ appRoot: root, size });
    pools.push(pool);
    const request = parseCompareRequest({ ...family, simulations: 1_500, seed: 11 });
    const viaPool = await pool.compare({ plans, request }, null);
    expect(viaPool).toEqual(compareHousehold(plans, request, tables));
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
