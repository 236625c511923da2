import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { openApp, type OpenedApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { formatPlanFile } from '../../src-main/store/plan-file';
import { getPlan } from '../../src-main/store/plans.repo';
import { contract } from '../../src-shared/ipc-contract';
import { IPC_CHANNELS, type IpcChannel } from '../../src-shared/ipc-channels';
import { AppErrorEnvelope, ERROR_CODES } from '../../src-shared/result';
import { ok, tempApp } from '../support/temp-app';

// IPC fuzzing (issue 7): random and malformed payloads to EVERY channel of the contract. Each call answers
// with an envelope (an error with a known code and a message, or a value that matches the channel's result
// schema); the dispatcher never throws and never answers INTERNAL; the stored plans and sessions are
// unchanged. Valid payloads are only sent to channels known not to write; to any other channel (including
// ones added later) a payload that happens to be valid is left out, because a valid write may write.

const READ_ONLY_CHANNELS = new Set<string>([
  'app:info',
  'plans:list',
  'plans:get',
  'plans:export',
  'engine:price',
  'engine:compare',
  'engine:explain',
  'sessions:list',
  'sessions:get',
  'app:kiosk-settings',
  'app:end-session',
  'app:backup-status',
  'app:restore-backup', // refuses on a sound file
]);

const SESSION_ID = '6f1c1f7e-3f5b-4d8e-9a53-2f0b9c3d7a10';
const household = {
  members: [
    { id: 'e', name: 'Fuzz Person', relationship: 'employee', age: 40 },
    { id: 'c', relationship: 'child', age: 6 },
  ],
};
const state = { label: 'Fuzz', planSet: { planYear: '2022', programs: ['fehb'] }, request: { household, priority: 'balanced' }, notes: 'n', step: 'care' };

/** A valid payload per known channel, the seed of the "malformed" mutations. */
function samples(app: OpenedApp): Partial<Record<IpcChannel, unknown>> {
  const plan = getPlan(app.ctx.db, 'fehb-kpco-2022-high')?.plan;
  return {
    'plans:get': { id: 'fehb-kpco-2022-high' },
    'plans:export': { ids: ['fehb-kpco-2022-high'] },
    'plans:import': { text: formatPlanFile(plan ? [plan] : [], '2026-11-23T12:00:00.000Z'), author: 'fuzz' },
    'engine:price': {
      planId: 'fehb-kpco-2022-high',
      members: [{ id: 'e', age: 40 }],
      claims: [{ member: 'e', date: '2022-03-01', service: 'pcp_visit', allowedCents: 15000 }],
    },
    'engine:compare': { household, priority: 'balanced', simulations: 100, planIds: ['fehb-kpco-2022-high'] },
    'engine:explain': {
      request: { household, priority: 'balanced', simulations: 100, planIds: ['fehb-kpco-2022-high'] },
      planId: 'fehb-kpco-2022-high',
      year: { simulated: 3 },
    },
    'sessions:get': { id: SESSION_ID },
    'sessions:save': { id: SESSION_ID, state },
    'sessions:delete': { id: SESSION_ID },
    'sessions:delete-older-than': { days: 30 },
  };
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 8 || value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k], depth + 1))];
}

type Mutation = 'replace' | 'delete' | 'extra-key' | 'wrap';

/** The sample with one place changed: a value replaced by anything, a key removed or added, a value wrapped. */
function mutate(sample: unknown, pathIndex: number, how: Mutation, junk: unknown, junkKey: string): unknown {
  const copy: unknown = structuredClone(sample);
  const paths = pathsOf(copy);
  const path = paths[pathIndex % paths.length] ?? [];
  if (path.length === 0) return how === 'wrap' ? [copy] : how === 'replace' ? junk : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (how === 'replace') parent[last] = junk;
  else if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 'extra-key') {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[junkKey] = junk;
    else parent[last] = { [junkKey]: junk };
  } else parent[last] = [parent[last]];
  return copy;
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: false, withMap: false, withSet: false, withTypedArray: false, withDate: true, withNullPrototype: true }),
  fc.constantFrom(
    -1,
    0,
    1.5,
    Number.NaN,
    Infinity,
    -Infinity,
    2 ** 53,
    '',
    ' ',
    'null',
    '__proto__',
    'x'.repeat(300),
    '2022-02-30',
    '../../etc/passwd',
    true,
    null,
    [],
    {},
  ),
);
const junkKey = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id'));

/** A fingerprint of what is stored, by content. */
function storedData(app: OpenedApp): string {
  const hash = createHash('sha256');
  for (const table of ['plans', 'plan_revisions', 'sessions']) {
    hash.update(JSON.stringify(app.ctx.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  }
  return hash.digest('hex');
}

async function checkCall(app: OpenedApp, channel: string, payload: unknown): Promise<void> {
  const known = (IPC_CHANNELS as readonly string[]).includes(channel);
  const validArgs = known ? contract[channel as IpcChannel].args.safeParse(payload) : null;
  if (validArgs?.success && !READ_ONLY_CHANNELS.has(channel)) {
    fc.pre(false); // a valid write: not a malformed payload
  }
  if (validArgs?.success && channel === 'engine:compare' && ((validArgs.data as { simulations: number }).simulations ?? 0) > 500) fc.pre(false);
  if (validArgs?.success && channel === 'engine:explain' && ((validArgs.data as { request: { simulations: number } }).request.simulations ?? 0) > 500)
    fc.pre(false);

  const result = await app.dispatch(channel, payload);
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(validArgs?.success).toBe(true);
    expect(contract[channel as IpcChannel].result.safeParse(result.value).success).toBe(true);
  } else {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.code).not.toBe('INTERNAL');
    expect(result.error.message.length).toBeGreaterThan(0);
    // The envelope's parts (said, problems) are what the renderer accepts, and carry no typed value back.
    expect(AppErrorEnvelope.safeParse(result.error).success).toBe(true);
    for (const problem of result.error.problems ?? []) expect(problem).not.toHaveProperty('input');
    if (!known) expect(result.error.code).toBe('UNKNOWN_CHANNEL');
    else if (!validArgs?.success) {
      expect(result.error.code).toBe('INVALID_ARGUMENT');
      expect(result.error.message).toMatch(new RegExp(`^Invalid request for ${channel}: args`));
    }
  }
}

for (const mode of ['counselor', 'kiosk'] as const) {
  describe(`IPC fuzzing, ${mode} mode`, () => {
    let app: OpenedApp;
    let dispose = () => {};
    let before = '';
    const runs = mode === 'counselor' ? 150 : 40;

    beforeAll(async () => {
      const counselor = tempApp();
      await ok(counselor, 'sessions:save', { id: SESSION_ID, state });
      app = counselor;
      dispose = counselor.dispose;
      if (mode === 'kiosk') {
        // The same folder reopened as a kiosk: its stored session must survive the fuzzing untouched too.
        counselor.close();
        app = openApp({ appRoot: findAppRoot(), dataDir: counselor.dataDir, transport: 'test', kiosk: true });
        dispose = () => {
          app.close();
          rmSync(counselor.dataDir, { recursive: true, force: true });
        };
      }
      before = storedData(app);
    });
    afterAll(() => dispose());

    it.each([...IPC_CHANNELS])('%s: random payloads get an envelope and change nothing', async (channel) => {
      await fc.assert(
        fc.asyncProperty(junk, async (payload) => {
          await checkCall(app, channel, payload);
          expect(storedData(app)).toBe(before);
        }),
        { numRuns: runs, seed: 7, endOnFailure: true },
      );
    });

    it.each([...IPC_CHANNELS])('%s: a valid payload with one thing wrong gets an envelope and changes nothing', async (channel) => {
      const sample = samples(app)[channel] ?? {};
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.constantFrom<Mutation>('replace', 'delete', 'extra-key', 'wrap'), junk, junkKey, async (pathIndex, how, j, k) => {
          await checkCall(app, channel, mutate(sample, pathIndex, how, j, k));
          expect(storedData(app)).toBe(before);
        }),
        { numRuns: runs, seed: 11, endOnFailure: true },
      );
    });

    it('unknown channels and frames that are not the app are refused', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'app:info ', 'APP:INFO', 'plans:list\u0000')),
          junk,
          async (channel, payload) => {
            fc.pre(!(IPC_CHANNELS as readonly string[]).includes(channel));
            await checkCall(app, channel, payload);
          },
        ),
        { numRuns: runs, seed: 13 },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...IPC_CHANNELS), fc.webUrl(), async (channel, url) => {
          const result = await app.dispatch(channel, {}, { kind: 'renderer', url, trustedOrigins: ['file://'] });
          expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        }),
        { numRuns: runs, seed: 17 },
      );
      expect(storedData(app)).toBe(before);
    });
  });
}
