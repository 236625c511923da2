import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { collectPageErrors, expectNoSeriousA11yViolations, saveSessionDirect } from './support-session';
import type { RunningApp } from './fixtures';

// Issue 12 item 5: "Delete sessions not changed in the last N days" used to delete at once (0 days wiped
// every session). Now every bulk delete asks first, naming how many and the oldest and newest, and 0 days
// is spelled out as all sessions.

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const count = (running: RunningApp) => (running.app.ctx.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;

async function seed(running: RunningApp): Promise<void> {
  await saveSessionDirect(running, 'Abernathy household', daysAgo(200));
  await saveSessionDirect(running, 'Bramwell household', daysAgo(100));
  await saveSessionDirect(running, 'Castellanos household', daysAgo(40));
  await saveSessionDirect(running, 'Dunmore household', daysAgo(2));
}

async function openStart(page: Page, running: RunningApp): Promise<void> {
  await page.goto(running.host.url);
  await expect(page.getByRole('heading', { name: 'Saved sessions' })).toBeVisible();
  await expect(page.locator('tr[data-session-id]')).toHaveCount(4);
}

test('deleting old sessions asks first, with the count and the oldest and newest, and "Keep them" keeps them', async ({ page, running }, testInfo) => {
  await seed(running);
  const errors = collectPageErrors(page);
  await openStart(page, running);

  await page.getByLabel('Delete sessions not changed in the last').fill('30');
  await page.getByRole('button', { name: 'Delete old sessions…' }).click();
  const confirm = page.getByRole('group', { name: /^Delete 3 sessions not changed in the last 30 days/ });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('the oldest “Abernathy household”');
  await expect(confirm).toContainText('the newest “Castellanos household”');
  await expect(confirm).not.toContainText('Dunmore');
  await expect(confirm).toContainText('This cannot be undone.');
  await expect(page.locator('#bulk-question')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('bulk-delete-confirm.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, 'bulk delete confirmation');
  // Asking deleted nothing.
  expect(count(running)).toBe(4);

  await confirm.getByRole('button', { name: 'Keep them' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.locator('tr[data-session-id]')).toHaveCount(4);
  expect(count(running)).toBe(4);

  // Asked again and confirmed: exactly those three go.
  await page.getByRole('button', { name: 'Delete old sessions…' }).click();
  await page.getByRole('button', { name: 'Yes, delete 3 sessions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 3 sessions not changed in the last 30 days.' })).toBeVisible();
  await expect(page.locator('tr[data-session-id]')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Dunmore household/ })).toBeVisible();
  expect(count(running)).toBe(1);
  expect(errors).toEqual([]);
});

test('0 days is spelled out as all sessions, and confirmed with the keyboard alone', async ({ page, running }) => {
  await seed(running);
  await openStart(page, running);
  const days = page.getByLabel('Delete sessions not changed in the last');
  await days.fill('0');
  await expect(page.getByText('0 days means every saved session.')).toBeVisible();
  const button = page.getByRole('button', { name: 'Delete all sessions…' });
  await button.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('group', { name: /^Delete all 4 saved sessions/ });
  await expect(confirm).toContainText('the oldest “Abernathy household”');
  await expect(confirm).toContainText('the newest “Dunmore household”');
  expect(count(running)).toBe(4);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete all 4 sessions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Deleted all 4 saved sessions.' })).toBeVisible();
  await expect(page.getByText('No sessions are saved on this computer.')).toBeVisible();
  expect(count(running)).toBe(0);

  // Nothing left: asking again says so, and offers no delete.
  await page.getByRole('button', { name: 'Delete all sessions…' }).click();
  await expect(page.getByText('No sessions are saved: nothing to delete.')).toBeVisible();
  await expect(page.locator('[data-bulk-confirm]')).toHaveCount(0);
});

test('one old session is named; a change after the question stops the delete; nothing old says so', async ({ page, running }) => {
  await saveSessionDirect(running, 'Ellsworth household', daysAgo(90));
  const recent = await saveSessionDirect(running, 'Farquhar household', daysAgo(1));
  await page.goto(running.host.url);
  await expect(page.locator('tr[data-session-id]')).toHaveCount(2);

  await page.getByLabel('Delete sessions not changed in the last').fill('5');
  await page.getByRole('button', { name: 'Delete old sessions…' }).click();
  await expect(page.getByRole('group', { name: /^Delete 1 session not changed in the last 5 days .*: “Ellsworth household” \(last changed / })).toBeVisible();
  // Typing another number withdraws the question.
  await page.getByLabel('Delete sessions not changed in the last').fill('0');
  await expect(page.locator('[data-bulk-confirm]')).toHaveCount(0);

  // The set changes between the question and the yes (the recent one is backdated, as another window's
  // restore could): nothing is deleted, and the counselor is told.
  await page.getByRole('button', { name: 'Delete all sessions…' }).click();
  await expect(page.getByRole('group', { name: /^Delete all 2 saved sessions/ })).toBeVisible();
  running.app.ctx.db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(daysAgo(3), recent);
  await page.getByRole('button', { name: 'Yes, delete all 2 sessions' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'changed after you confirmed, so nothing was deleted' })).toBeVisible();
  expect(count(running)).toBe(2);

  await page.getByLabel('Delete sessions not changed in the last').fill('365');
  await page.getByRole('button', { name: 'Delete old sessions…' }).click();
  await expect(page.getByText('No session is older than 365 days: nothing to delete.')).toBeVisible();
  await expect(page.locator('[data-bulk-confirm]')).toHaveCount(0);
  expect(count(running)).toBe(2);
});

test('the first-name field says what happens to a name, and that is what happens: it is saved with the session', async ({ page, running }) => {
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Start a new session' }).click();
  const name = page.locator('#m0-name');
  await expect(page.getByText('(optional, only on screen)')).toHaveCount(0);
  await expect(name).toHaveAccessibleDescription(/^Saved with this session on this computer; shown on the take-home report and in files you save\.$/);
  await name.fill('Ottoline');
  await page.locator('#m0-age').fill('52');
  // As the hint says: in the database with the session.
  await expect
    .poll(() => (running.app.ctx.db.prepare('SELECT json FROM sessions').all() as { json: string }[]).some((r) => r.json.includes('Ottoline')))
    .toBe(true);
});
