import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { openApp, type OpenedApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { startWebHost, type WebHost } from '../../src-main/web-host/server';

export interface RunningApp {
  app: OpenedApp;
  host: WebHost;
  dataDir: string;
}

/**
 * A fresh app per test: its own temp data folder, the real handlers, the built renderer.
 * `test.use({ kiosk: true })` starts it as `npm run serve -- --kiosk` would.
 */
export const test = base.extend<{ running: RunningApp; kiosk: boolean }>({
  kiosk: [false, { option: true }],
  running: async ({ kiosk }, use) => {
    const appRoot = findAppRoot();
    const dataDir = mkdtempSync(join(tmpdir(), 'bc-e2e-'));
    const app = openApp({ appRoot, dataDir, transport: 'web', kiosk });
    const host = await startWebHost({ dispatch: app.dispatch, staticDir: join(appRoot, 'out', 'renderer') });
    await use({ app, host, dataDir });
    await host.close();
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
