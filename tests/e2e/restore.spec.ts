import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE, openApp, type OpenedApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { takeDailyBackup } from '../../src-main/store/backup';
import { startWebHost, type WebHost } from '../../src-main/web-host/server';
import { expect, test } from './fixtures';
import { session } from '../support/session-state';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations } from './support-session';

// Issue 12, item 4: the restore screen. A damaged data file (here: emptied to 0 bytes) and a damaged plan
// row are each found, shown, and restored from the screen, with nothing else lost.

const appRoot = findAppRoot();

async function save(app: OpenedApp, label: string): Promise<string> {
  const r = await app.dispatch('sessions:save', { state: session(label) });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

test('an emptied data file: the notice, the restore screen with every backup, and a working restore', async ({ page }, testInfo) => {
  const errors = collectPageErrors(page);
  const dataDir = mkdtempSync(join(tmpdir(), 'bc-e2e-restore-'));
  let app: OpenedApp | undefined;
  let host: WebHost | undefined;
  try {
    // A counselor's folder: two saved sessions, then the day's backup; then the file loses every byte.
    const before = openApp({ appRoot, dataDir, transport: 'test' });
    await before.dailyBackup; // the first start's backup: the shipped plans, no sessions yet
    await save(before, 'Rivera family');
    await save(before, 'Chen household');
    await takeDailyBackup(before.ctx.db, join(dataDir, 'backups'), new Date(Date.now() + 1000));
    before.close();
    writeFileSync(join(dataDir, DATABASE_FILE), '');

    app = openApp({ appRoot, dataDir, transport: 'web' });
    host = await startWebHost({ dispatch: app.dispatch, staticDir: join(appRoot, 'out', 'renderer') });
    await page.goto(host.url);

    const notice = page.locator('[data-restore-notice]');
    await expect(notice).toContainText('The app’s data file is damaged, so nothing is saved.');
    await expect(notice).toContainText('Only the plans that come with the app are shown');
    // Not a false "no sessions are saved": the saved sessions cannot be read, and the list says so.
    await expect(page.getByText(/Could not list the saved sessions: The saved sessions cannot be read/)).toBeVisible();

    // The plan library says why it shows only the shipped plans, and offers the restore.
    await page.getByRole('button', { name: 'Plan library' }).click();
    await expect(page.locator('[data-plans-shipped-only]')).toContainText('only the plans that come with the app are shown');

    await notice.getByRole('button', { name: 'Restore from a backup…' }).click();
    await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeFocused();
    await expect(page.getByText(/it is empty \(0 bytes\)/)).toBeVisible();
    await expect(page.locator('[data-restore-effect]')).toContainText('renamed to benefits-counselor.damaged-<date>.sqlite3');

    // Every backup, with its date and what it holds; the newest is chosen.
    const group = page.getByRole('group', { name: 'Choose a backup' });
    const radios = group.getByRole('radio');
    await expect(radios).toHaveCount(2);
    const newest = group.getByRole('radio', { name: /Daily backup of .*holds 6 plans and 2 saved sessions/ });
    await expect(newest).toBeChecked();
    await expect(group.getByRole('radio', { name: /holds 6 plans and 0 saved sessions/ })).toBeVisible(); // the one taken at the first start
    await expect(group).toContainText('kept: the last backup before the data file was found damaged (empty)');
    await expectNoSeriousA11yViolations(page, 'restore screen');

    await page.getByRole('button', { name: 'Restore this backup…' }).click();
    await page.getByRole('group', { name: 'Confirm the restore' }).getByRole('button', { name: 'Yes, restore it' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Restored.' });
    await expect(done).toContainText('holds 6 plans and 2 saved sessions');
    await expect(done).toContainText(/kept, unchanged,\s+as benefits-counselor\.damaged-.*\.sqlite3/);
    await page.screenshot({ path: testInfo.outputPath('restore-done.png'), fullPage: true });

    // The damaged file is kept as it was (0 bytes); the restored one is in use and saves again.
    const kept = readdirSync(dataDir).filter((n) => n.startsWith('benefits-counselor.damaged-'));
    expect(kept).toHaveLength(1);
    expect(statSync(join(dataDir, kept[0] ?? '')).size).toBe(0);
    await page.getByRole('button', { name: 'Back to the app' }).click();
    await expect(page.locator('[data-restore-notice]')).toHaveCount(0);
    const running = { app, host, dataDir };
    expect(await dispatchOk(running, 'app:info', {})).toMatchObject({ readOnly: false, readOnlyReason: null });
    expect((await dispatchOk(running, 'sessions:list', {})).map((s) => s.label).sort()).toEqual(['Chen household', 'Rivera family']);
    await page.getByRole('button', { name: 'Counseling session' }).click();
    await expect(page.getByRole('button', { name: 'Open Rivera family' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open Chen household' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await host?.close();
    app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('one damaged plan row: listed with its reason, every other plan works, and only that row is restored', async ({ page, running }) => {
  const errors = collectPageErrors(page);
  const { app } = running;
  await running.app.dailyBackup; // the first start's backup: the shipped plans only
  // An HR copy of a plan, saved into the day's backup; a session saved after the backup.
  const file = JSON.parse((await dispatchOk(running, 'plans:export', { ids: ['fehb-kpco-2022-high'] })).text) as { plans: { id: string; planName: string }[] };
  file.plans = file.plans.map((p) => ({ ...p, id: 'hr-copy-2022-high', planName: 'High Option (HR copy)' }));
  await dispatchOk(running, 'plans:import', { text: JSON.stringify(file) });
  await takeDailyBackup(app.ctx.db, join(running.dataDir, 'backups'), new Date(Date.now() + 1000));
  await save(app, 'Saved after the backup');
  // One damaged byte inside the stored plan's JSON.
  app.ctx.db.prepare("UPDATE plans SET json = substr(json, 1, 99) || char(1) || substr(json, 101) WHERE id = 'hr-copy-2022-high'").run();

  await page.goto(running.host.url);
  await expect(page.locator('[data-restore-notice]')).toContainText('1 stored plan is damaged and left out; everything else works.');
  await page.getByRole('button', { name: 'Plan library' }).click();
  const damaged = page.getByRole('list', { name: 'Damaged plans' }).locator('[data-plan-id="hr-copy-2022-high"]');
  await expect(damaged).toContainText('its stored text is not valid JSON');
  await expect(page.getByRole('list', { name: 'Federal (FEHB) plans' }).getByRole('listitem')).toHaveCount(3);

  await damaged.getByRole('button', { name: /Restore from a backup/ }).click();
  await expect(page.locator('[data-damaged-row="hr-copy-2022-high"]')).toContainText('Plan “hr-copy-2022-high”: its stored text is not valid JSON');
  await expect(page.locator('[data-restore-effect]')).toContainText('every other plan and saved session stays as it is now');
  // The backup taken before the import has no copy of the plan and cannot be chosen.
  const group = page.getByRole('group', { name: 'Choose a backup' });
  await expect(group.getByRole('radio', { name: /no usable copy of the damaged rows/ })).toBeDisabled();
  await expect(group.getByRole('radio', { name: /holds 7 plans and 0 saved sessions \(a usable copy of 1 of the 1 damaged row\)/ })).toBeChecked();

  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  await page.getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored.' })).toContainText('Plan “hr-copy-2022-high”. Nothing else was changed.');
  await page.getByRole('button', { name: 'Back to the app' }).click();

  await expect(page.locator('[data-restore-notice]')).toHaveCount(0);
  await expect(page.locator('[data-plan-id="hr-copy-2022-high"]')).toContainText('Ready to compare');
  await expect(page.getByRole('list', { name: 'Damaged plans' })).toHaveCount(0);
  // Nothing else lost: the session saved after the backup is still there.
  expect((await dispatchOk(running, 'sessions:list', {})).map((s) => s.label)).toEqual(['Saved after the backup']);
  expect(existsSync(running.dataDir)).toBe(true);
  expect(errors).toEqual([]);
});
