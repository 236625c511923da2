import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type OpenedApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { formatPlanFile } from '../../src-main/store/plan-file';
import { getPlan } from '../../src-main/store/plans.repo';
import { ok } from '../support/temp-app';

// Kiosk mode through the real handlers and a real SQLite file: nothing of a client reaches the disk.

const appRoot = findAppRoot();
const NAME = 'Zebulon Quixotefairweather';
let app: OpenedApp | undefined;
let dataDir = '';

afterEach(() => {
  app?.close();
  app = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function openKiosk(options: { kiosk?: boolean; config?: object } = {}): OpenedApp {
  dataDir = mkdtempSync(join(tmpdir(), 'bc-kiosk-'));
  const configFile = join(dataDir, 'kiosk.json');
  if (options.config) writeFileSync(configFile, JSON.stringify(options.config));
  app = openApp({ appRoot, dataDir, transport: 'test', kiosk: options.kiosk ?? true, kioskConfigFiles: [configFile] });
  return app;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file of the data folder (database, -wal, -shm, backups …) that contains the text, as UTF-8 or UTF-16. */
function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((n) => bytes.includes(n));
  });
}

const household = {
  members: [
    { id: 'e', name: NAME, relationship: 'employee', age: 47 },
    { id: 's', name: `${NAME} Jr`, relationship: 'child', age: 13 },
  ],
};

describe('kiosk mode', () => {
  it('tells the renderer its idle timeout: 10 minutes by default, or the administrator’s', async () => {
    expect(await ok(openKiosk(), 'app:kiosk-settings', {})).toEqual({ kiosk: true, idleMinutes: 10, warningSeconds: 60, defaultLanguage: 'en' });
    app?.close();
    app = undefined;
    rmSync(dataDir, { recursive: true, force: true });
    const fixed = openKiosk({ kiosk: false, config: { kiosk: true, idleMinutes: 5, language: 'es' } });
    expect(await ok(fixed, 'app:kiosk-settings', {})).toEqual({ kiosk: true, idleMinutes: 5, warningSeconds: 60, defaultLanguage: 'es' });
    expect(await ok(fixed, 'app:info', {})).toMatchObject({ kiosk: true, readOnly: false });
  });

  it('prices a named household and leaves no trace of the name anywhere in the data folder', async () => {
    const kiosk = openKiosk();
    await kiosk.dailyBackup;
    const result = await ok(kiosk, 'engine:compare', { household, priority: 'balanced', simulations: 200 });
    expect(result).toBeTruthy();
    expect(
      await kiosk.dispatch('sessions:save', {
        state: { label: NAME, planSet: { planYear: '2022', programs: ['fehb'] }, request: { household, priority: 'balanced' }, notes: NAME, step: 'compare' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ok(kiosk, 'sessions:list', {})).toEqual([]);
    // Before close (live -wal and -shm) and after.
    expect(filesContaining(dataDir, NAME)).toEqual([]);
    kiosk.close();
    app = undefined;
    expect(filesContaining(dataDir, NAME)).toEqual([]);
  });

  it('has SQLite itself refuse every write after seeding, with a plain reason', async () => {
    const kiosk = openKiosk();
    const plan = getPlan(kiosk.ctx.db, 'fehb-kpco-2022-high')?.plan;
    const text = formatPlanFile(plan ? [{ ...plan, planName: NAME }] : [], '2026-11-23T12:00:00.000Z');
    const refused = await kiosk.dispatch('plans:import', { text });
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: expect.stringMatching(/shared kiosk: nothing is saved/) } });
    expect(kiosk.ctx.db.pragma('query_only', { simple: true })).toBe(1);
    expect(kiosk.ctx.db.pragma('temp_store', { simple: true })).toBe(2);
    expect(filesContaining(dataDir, NAME)).toEqual([]);
  });

  it('ends a session through the main process hook when there is one (Electron), and harmlessly without', async () => {
    const kiosk = openKiosk();
    expect(await ok(kiosk, 'app:end-session', {})).toEqual({ clipboardCleared: false, windowReplaced: false });
    let calls = 0;
    kiosk.ctx.endSessionHook = () => {
      calls++;
      return { clipboardCleared: true, windowReplaced: true };
    };
    expect(await ok(kiosk, 'app:end-session', {})).toEqual({ clipboardCleared: true, windowReplaced: true });
    expect(calls).toBe(1);
  });

  it('is off in counselor mode, where a saved session is on disk (so the search above can find a name)', async () => {
    const counselor = openKiosk({ kiosk: false });
    expect(await ok(counselor, 'app:kiosk-settings', {})).toMatchObject({ kiosk: false });
    expect(counselor.ctx.db.pragma('query_only', { simple: true })).toBe(0);
    await ok(counselor, 'sessions:save', {
      state: {
        label: 'Follow-up',
        planSet: { planYear: '2022', programs: ['fehb'] },
        request: { household, priority: 'balanced' },
        notes: '',
        step: 'compare',
      },
    });
    expect(filesContaining(dataDir, NAME).length).toBeGreaterThan(0);
  });
});
