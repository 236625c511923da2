import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { IPC_CHANNELS } from '../../src-shared/ipc-channels';
import { electronBinaryPath } from '../../scripts/electron-binary.mjs';

// The Electron window itself. Runs where the Electron binary is installed; elsewhere it reports itself
// as skipped with the reason (the web-host tests cover the same renderer and handlers).
const binary = electronBinaryPath();

test('the Electron window opens and lists the plans over IPC', async () => {
  if (!binary) console.log('skipped: no Electron binary on this machine; run "npx install-electron" where there is internet');
  test.skip(!binary, 'Electron binary not installed on this machine (it cannot be downloaded here); run "npx install-electron" where there is internet');
  execSync('npx electron-vite build', { stdio: 'inherit' });
  const app = await electron.launch({
    executablePath: binary as string,
    args: ['.', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'bc-electron-'))}`, '--no-sandbox'],
  });
  const window = await app.firstWindow();
  await window.getByRole('button', { name: 'Plan library' }).click();
  await expect(window.getByRole('heading', { name: 'Plan library' })).toBeVisible();
  await expect(window.locator('[data-plan-id="fehb-kpco-2022-high"]')).toBeVisible();
  // No Node in the page, and the bridge holds one function per channel and nothing else.
  const exposed = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys((globalThis as { api?: object }).api ?? {}).sort(),
  }));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: [...IPC_CHANNELS].sort() });
  await app.close();
});
