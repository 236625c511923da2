import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './fixtures';
import { filesUnder } from './support-files';
import { collectPageErrors, saveSessionDirect } from './support-session';

// Issue 12 item 6: the address the web host prints carries a one-time launch code, which the page
// exchanges for an HttpOnly, SameSite=Strict cookie of this launch and then drops from the address and
// from history. A second tab of the same browser keeps working; another profile, or the spent code, does
// not; and the browser's profile on disk never holds the cookie.

/** The files under `dir` (relative names) holding the text as UTF-8 or UTF-16. */
function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir)
    .filter((file) => {
      try {
        const bytes = readFileSync(file);
        return needles.some((n) => bytes.includes(n));
      } catch {
        return false;
      }
    })
    .map((file) => file.slice(dir.length + 1));
}

const START = 'Start a counseling session';

/** The URLs of this tab's history entries of the page's origin (Chromium's Navigation API). */
function historyUrls(): string[] {
  const nav = (window as unknown as { navigation: { entries: () => { url: string | null }[] } }).navigation;
  return nav.entries().map((e) => e.url ?? '');
}

test('the launch code is exchanged once for a cookie: the address, storage and profile keep no credential', async ({ running }, testInfo) => {
  test.setTimeout(90_000);
  await saveSessionDirect(running, 'Fennimore household');
  const { launchCode, origin } = running.host;
  const profile = mkdtempSync(join(tmpdir(), 'bc-launch-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, viewport: { width: 1280, height: 900 } });
  let cookieValue = '';
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = collectPageErrors(page);
    const launch = page.waitForResponse((r) => r.url() === `${origin}/launch`);
    await page.goto(running.host.url);
    expect((await launch).status()).toBe(200);
    await expect(page.getByRole('heading', { name: START })).toBeVisible();
    await expect(page.getByRole('row', { name: /Fennimore household/ })).toBeVisible();

    // Out of the address bar and out of this page's history entries.
    expect(page.url()).toBe(`${origin}/`);
    const entries = await page.evaluate(historyUrls);
    expect(entries.join(' ')).not.toContain(launchCode);
    await page.getByRole('button', { name: 'Start a new session' }).click();
    await page.getByRole('button', { name: /^Next: Care/ }).click();
    expect(await page.evaluate(historyUrls)).not.toContainEqual(expect.stringContaining('launch='));

    // No credential a script could read: nothing in web storage, the cookie is HttpOnly.
    const visible = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage }, cookie: document.cookie }));
    expect(visible).toEqual({ session: {}, local: {}, cookie: '' });
    const cookies = await context.cookies(origin);
    expect(cookies).toHaveLength(1);
    const [cookie] = cookies;
    expect(cookie).toMatchObject({ name: `bc_launch_${running.host.port}`, httpOnly: true, sameSite: 'Strict', expires: -1 });
    cookieValue = cookie?.value ?? '';
    expect(cookieValue.length).toBeGreaterThanOrEqual(40);
    expect(cookieValue).not.toContain(launchCode);

    // A second tab of the same browser, opened on the bare address (a bookmark), works: the cookie.
    const second = await context.newPage();
    await second.goto(`${origin}/`);
    await expect(second.getByRole('heading', { name: START })).toBeVisible();
    await expect(second.getByRole('row', { name: /Fennimore household/ })).toBeVisible();
    await expect(second.getByText('No sessions are saved')).toHaveCount(0);

    // The spent code changes nothing for this browser either: it stays let in.
    const third = await context.newPage();
    const spent = third.waitForResponse((r) => r.url() === `${origin}/launch`);
    await third.goto(running.host.url);
    expect((await spent).status()).toBe(401);
    await expect(third.getByRole('row', { name: /Fennimore household/ })).toBeVisible();
    await third.close();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }

  // Chromium's profile on disk, flushed and closed: the cookie value is nowhere; neither is the code,
  // whose only copies could be the address first opened (and that code is dead).
  const withCookie = filesContaining(profile, cookieValue);
  const withCode = filesContaining(profile, launchCode);
  testInfo.annotations.push({ type: 'profile files holding the spent launch code', description: withCode.join(', ') || 'none' });
  rmSync(profile, { recursive: true, force: true });
  expect(cookieValue).not.toBe('');
  expect(withCookie).toEqual([]);
});

test('another browser profile cannot get in: not with the spent code, not with the bare address', async ({ page, running, browser }) => {
  // The first browser takes the code.
  await page.goto(running.host.url);
  await expect(page.getByRole('heading', { name: START })).toBeVisible();

  // Another profile (its own cookie jar) opens the same printed address: the code is dead.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    const refused = stranger.waitForResponse((r) => r.url() === `${running.host.origin}/launch`);
    await stranger.goto(running.host.url);
    expect((await refused).status()).toBe(401);
    await expect(stranger.getByRole('alert').filter({ hasText: 'Open the address the app printed' }).first()).toBeVisible();
    await expect(stranger.getByText('No sessions are saved')).toHaveCount(0);
    expect(await other.cookies()).toEqual([]);

    // The bare address, and a direct call with the code as if it were a token: refused.
    await stranger.goto(`${running.host.origin}/`);
    await expect(stranger.getByRole('alert').filter({ hasText: 'not been let in' }).first()).toBeVisible();
    const direct = await stranger.evaluate(async (code) => {
      const res = await fetch('/api/plans:list', { method: 'POST', headers: { 'content-type': 'application/json', 'x-app-token': code }, body: '{}' });
      return { status: res.status, body: (await res.json()) as unknown };
    }, running.host.launchCode);
    expect(direct).toMatchObject({ status: 401, body: { ok: false, error: { code: 'FORBIDDEN' } } });
  } finally {
    await other.close();
  }

  // The first browser is not affected.
  await page.reload();
  await expect(page.getByRole('heading', { name: START })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('every call carries the tab’s client id: one per tab, the same for every call of that tab', async ({ page, running, context }) => {
  const ids = new Map<string, Set<string>>();
  const watch = (p: typeof page, name: string) =>
    p.on('request', (r) => {
      if (!r.url().includes('/api/')) return;
      const set = ids.get(name) ?? new Set<string>();
      set.add(r.headers()['x-app-client'] ?? '(none)');
      ids.set(name, set);
    });
  watch(page, 'first');
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.locator('#m0-age').fill('33');
  await page.getByRole('button', { name: /^Next: Care/ }).click();
  await expect(page.locator('[data-pricing="ready"]')).toBeVisible({ timeout: 20_000 });
  const second = await context.newPage();
  watch(second, 'second');
  await second.goto(`${running.host.origin}/`);
  await expect(second.getByRole('heading', { name: START })).toBeVisible();

  const first = [...(ids.get('first') ?? [])];
  const other = [...(ids.get('second') ?? [])];
  expect(first).toHaveLength(1);
  expect(other).toHaveLength(1);
  expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(other[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(other[0]).not.toBe(first[0]);
  // Kept in memory only.
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  expect(stored).not.toContain(first[0] ?? 'x');
});
