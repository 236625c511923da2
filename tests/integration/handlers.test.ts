import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../src-shared/ipc-contract';
import { IPC_CHANNELS } from '../../src-shared/ipc-channels';
import { ok, tempApp } from '../support/temp-app';

let app: ReturnType<typeof tempApp>;
afterEach(() => app?.dispose());

describe('the IPC handlers on a real SQLite file', () => {
  it('has one channel list shared by the contract and the preload', () => {
    expect(Object.keys(contract).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('seeds the plans from data/ on first run and lists them', async () => {
    app = tempApp();
    const plans = await ok(app, 'plans:list', {});
    const ids = plans.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['fehb-kpco-2022-high', 'fehb-kpco-2022-standard', 'fehb-kpco-2022-prosper', 'district-kpco-2021-hmo20plus']));
    expect(plans.find((p) => p.id === 'fehb-kpco-2022-high')).toMatchObject({ complete: true, origin: 'seed', userModified: false });
    const district = plans.find((p) => p.id === 'district-kpco-2021-select-dhmo3000');
    expect(district?.complete).toBe(false);
    expect(district?.missing).toContain('deductible (per person and per family)');
    expect(app.seed.added).toHaveLength(plans.length);
  });

  it('answers app:info with the transport and data folder', async () => {
    app = tempApp();
    expect(await ok(app, 'app:info', {})).toMatchObject({ transport: 'test', dataDir: app.dataDir, kiosk: false, readOnly: false });
  });

  it('wraps every failure in an envelope with a code and a message naming the field', async () => {
    app = tempApp();
    expect(await app.dispatch('plans:nope', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const bad = await app.dispatch('plans:get', { id: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!bad.ok && bad.error.message).toMatch(/args\.id/);
    expect(await app.dispatch('plans:get', { id: 'no-such-plan' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.dispatch('plans:list', { extra: true })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('refuses calls from a frame that is not the app', async () => {
    app = tempApp();
    const r = await app.dispatch('plans:list', {}, { kind: 'renderer', url: 'https://evil.example/', trustedOrigins: ['file://'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
