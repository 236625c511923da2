import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, PlanSummary } from '../../../src-shared/ipc-contract';
import { PlanCatalog } from '../../../src-renderer/src/state/catalog.svelte';
import { CounselingSession } from '../../../src-renderer/src/state/session.svelte';
import { FakeApi, planSummary } from './fake-api';

// The session takes its plans from the app's one catalog (it never asks for them itself): the plan years
// and the plan set follow the catalog, and after an import refreshed it the open session is priced again
// with the new plan in it.

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('history', { pushState: () => undefined, replaceState: () => undefined, state: null });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the session and the plan catalog', () => {
  it('offers the catalog’s plans, and re-prices with an imported plan once the catalog has it', async () => {
    let stored: PlanSummary[] = [planSummary('fehb-kpco-2022-high')];
    const info: AppInfo = { version: '0', transport: 'test', dataDir: '/tmp', kiosk: true, readOnly: false, readOnlyReason: null };
    const api = new FakeApi({
      'app:info': () => info,
      'app:kiosk-settings': () => ({ kiosk: true, idleMinutes: 10, warningSeconds: 60, defaultLanguage: 'en' }),
      'plans:list': () => stored,
    });
    const catalog = new PlanCatalog(api);
    const session = new CounselingSession(api);
    session.connect(catalog);
    await session.load();
    expect(session.planYears).toEqual([{ label: '2022', start: '2022-01-01' }]);
    session.startNew();
    session.edit(() => (session.members[0]!.age = 40));
    expect(api.calls('engine:compare').map((c) => c.args.planIds)).toEqual([['fehb-kpco-2022-high']]);

    stored = [...stored, planSummary('fehb-kpco-2022-standard')];
    await catalog.refresh(); // what the plan library does after an import
    session.repriceWithNewPlans();
    await vi.advanceTimersByTimeAsync(100);
    expect(session.planSet.map((p) => p.id)).toEqual(['fehb-kpco-2022-high', 'fehb-kpco-2022-standard']);
    expect(api.calls('engine:compare').at(-1)?.args.planIds).toEqual(['fehb-kpco-2022-high', 'fehb-kpco-2022-standard']);
    expect(api.calls('plans:list')).toHaveLength(2);
  });
});
