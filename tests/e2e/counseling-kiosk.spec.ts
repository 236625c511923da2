import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { openApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { startWebHost } from '../../src-main/web-host/server';
import { expect } from './fixtures';
import type { RunningApp } from './fixtures';
import { collectPageErrors, expectNoSeriousA11yViolations, pricesReady } from './support-session';

// On a shared kiosk nothing of a client is written to disk: no saved-sessions list, no autosave.
const test = base.extend<{ kioskApp: RunningApp }>({
  kioskApp: async ({}, use) => {
    const appRoot = findAppRoot();
    const dataDir = mkdtempSync(join(tmpdir(), 'bc-e2e-kiosk-'));
    const app = openApp({ appRoot, dataDir, transport: 'web', kiosk: true });
    const host = await startWebHost({ dispatch: app.dispatch, staticDir: join(appRoot, 'out', 'renderer') });
    await use({ app, host, dataDir });
    await host.close();
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('in kiosk mode the session is priced but never saved, and no saved list is offered', async ({ page, kioskApp: kiosk }) => {
  const errors = collectPageErrors(page);
  const saveCalls: string[] = [];
  page.on('request', (r) => decodeURIComponent(r.url()).includes('/api/sessions:save') && saveCalls.push(r.url()));
  await page.goto(kiosk.host.url);
  await expect(page.getByText('Shared kiosk: nothing is saved')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Saved sessions' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.locator('#m0-age').fill('29');
  await page.getByRole('button', { name: /^Next: Care/ }).click();
  await pricesReady(page);
  await expect(page.getByText('Shared kiosk: this session is not saved.')).toBeVisible();
  await page.waitForTimeout(1_000); // longer than the autosave delay
  expect(saveCalls).toEqual([]);
  const rows = kiosk.app.ctx.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
  expect(rows.n).toBe(0);
  await expectNoSeriousA11yViolations(page, 'care (kiosk)');
  expect(errors).toEqual([]);
});
