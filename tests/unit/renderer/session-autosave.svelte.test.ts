import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, ChannelArgs } from '../../../src-shared/ipc-contract';
import { SAVE_DELAY_MS } from '../../../src-renderer/src/state/autosave.svelte';
import { arrangementExplain } from '../../../src-renderer/src/state/arrangement-explain.svelte';
import { PlanCatalog } from '../../../src-renderer/src/state/catalog.svelte';
import { CounselingSession } from '../../../src-renderer/src/state/session.svelte';
import { FakeApi, planSummary } from './fake-api';

// What the counseling session saves, and when (src-renderer/src/state/session.svelte.ts with
// autosave.svelte.ts): nothing half-typed, one save a moment after a burst of edits with the inputs as
// they are then, the id of the first save reused by the next — and, on a kiosk, nothing at all, before or
// after End session. The fake main process answers at once; the test moves the clock.

beforeEach(() => {
  vi.useFakeTimers();
  // The session records its steps in the browser history; the tests only need it to be there.
  vi.stubGlobal('history', { pushState: () => undefined, replaceState: () => undefined, state: null });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function openSession(mode: { kiosk: boolean }): Promise<{ session: CounselingSession; api: FakeApi }> {
  let saves = 0;
  const info: AppInfo = { version: '0', transport: 'test', dataDir: '/tmp', kiosk: mode.kiosk, readOnly: false, readOnlyReason: null };
  const api = new FakeApi({
    'app:info': () => info,
    'app:kiosk-settings': () => ({ kiosk: mode.kiosk, idleMinutes: 10, warningSeconds: 60, defaultLanguage: 'en' }),
    'plans:list': () => [planSummary('fehb-kpco-2022-high')],
    'sessions:save': (args) => ({ id: args.id ?? `session-${++saves}`, label: args.state.label, updatedAt: '2022-01-01T00:00:00.000Z' }) as never,
  });
  const session = new CounselingSession(api);
  session.connect(new PlanCatalog(api));
  await session.load();
  return { session, api };
}

type Saved = ChannelArgs<'sessions:save'>['state'];
const saved = (api: FakeApi): Saved[] => api.calls('sessions:save').map((c) => c.args.state);
const ageOf = (state: Saved | undefined) => state?.request.household.members[0]?.age;

describe('the session autosave', () => {
  it('saves nothing while the household is unfinished, then the session a moment after the edit that completes it', async () => {
    const { session, api } = await openSession({ kiosk: false });
    session.startNew(); // one employee, age not yet typed
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(saved(api)).toEqual([]);
    session.edit(() => (session.members[0]!.age = 40));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(saved(api)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved(api).map(ageOf)).toEqual([40]);
    expect(saved(api)[0]?.planSet).toEqual({ planYear: '2022', programs: ['fehb'] });
  });

  it('saves a burst of edits once, with the last inputs, and the next save under the id the first one got', async () => {
    const { session, api } = await openSession({ kiosk: false });
    session.startNew();
    for (const age of [40, 41, 42]) {
      session.edit(() => (session.members[0]!.age = age));
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    }
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved(api).map(ageOf)).toEqual([42]);
    expect(api.calls('sessions:save')[0]?.args.id).toBeUndefined();
    session.goTo('care');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    const second = api.calls('sessions:save')[1];
    expect(second?.args.id).toBe('session-1');
    expect(second?.args.state.step).toBe('care');
    expect(session.saver.sessionId).toBe('session-1');
  });

  it('on a kiosk saves nothing: not while the client types, not after End session', async () => {
    const { session, api } = await openSession({ kiosk: true });
    session.startNew();
    session.edit(() => (session.members[0]!.age = 40));
    session.goTo('care');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    session.resetSession({ language: true }); // End session
    session.startNew();
    session.edit(() => (session.members[0]!.age = 35));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(api.calls('sessions:save')).toEqual([]);
  });

  it('outside a kiosk, an edit still waiting to be saved when the session ends is never saved', async () => {
    const { session, api } = await openSession({ kiosk: false });
    session.startNew();
    session.edit(() => (session.members[0]!.age = 40));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    session.resetSession();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    expect(api.calls('sessions:save')).toEqual([]);
    expect(session.saver.sessionId).toBeNull();
  });
});

describe('End session forgets what Explain had open', () => {
  it('the arrangement open claim by claim and its ledger are gone for the next client', async () => {
    const { session } = await openSession({ kiosk: true });
    session.startNew();
    arrangementExplain.chosen = 'arrangement-1';
    arrangementExplain.result = { arrangementId: 'arrangement-1' } as unknown as NonNullable<typeof arrangementExplain.result>;
    arrangementExplain.failure = new Error('the previous client’s error');
    session.resetSession({ language: true }); // End session
    expect(arrangementExplain.chosen).toBeNull();
    expect(arrangementExplain.result).toBeNull();
    expect(arrangementExplain.error).toBeNull();
  });
});
