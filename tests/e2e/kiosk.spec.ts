import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { filesUnder } from './support-files';
import { collectPageErrors, expectNoSeriousA11yViolations, pricesReady } from './support-session';

// Kiosk mode in the web host (issue 7): a client is entered with a distinctive name and ages, priced and
// exported; the session is ended. Then nothing of that client is found: not in the database (its bytes,
// with -wal and -shm), not anywhere in the data folder, not in the browser's storage or its profile folder
// on disk, not on the next session's screen. And the idle timeout ends a session by itself, after a
// countdown any key cancels.
//
// Issue 12: the next client also starts with an empty browser history (history.length 1 in a tab the
// kiosk browser opened on the app), no launch credential is left in the page's storage, and a clipboard
// that could not be cleared is said to the counselor.

test.use({ kiosk: true });

const SURNAME = 'Quixotefairweather';
const EMPLOYEE = `Zebulon ${SURNAME}`;
const CHILD = `Xanthippe ${SURNAME}`;
/** The child's birth date (issue 17): personal data the wipe must cover too (ISO, and as a US date field may show it). */
const BIRTH_DATE = '2009-03-17';
const BIRTH_DATE_US = '03/17/2009';

/** The files under `dir` holding the text, as UTF-8 or UTF-16 (Chromium keeps some strings in UTF-16). */
function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir).filter((file) => {
    try {
      const bytes = readFileSync(file);
      return needles.some((n) => bytes.includes(n));
    } catch {
      return false;
    }
  });
}

/** Whether the page still is the one marked with `previousClient` (false once it has been replaced). */
async function stillThePreviousPage(page: Page): Promise<boolean> {
  try {
    return await page.evaluate(() => (window as unknown as { previousClient?: boolean }).previousClient ?? false);
  } catch {
    return true; // mid-navigation: ask again
  }
}

/**
 * Opens `url` in a new tab whose first history entry it is, as a kiosk browser started on the app's
 * address would (a Playwright page starts with an about:blank entry of its own).
 */
async function openAsFirstEntry(context: BrowserContext, url: string): Promise<Page> {
  const opener = context.pages()[0] ?? (await context.newPage());
  const [page] = await Promise.all([context.waitForEvent('page'), opener.evaluate((u) => void window.open(u, '_blank'), url)]);
  await page.waitForLoadState();
  return page;
}

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Next: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

/** Start → household with the distinctive client → every step → the three exports. */
async function counselClient(page: Page): Promise<{ csv: string; sessionFile: string }> {
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.getByLabel('Name for this session').fill(`${SURNAME} household`);
  await page.locator('#m0-name').fill(EMPLOYEE);
  await page.locator('#m0-age').fill('47');
  await page.getByRole('button', { name: '+ Add a child' }).click();
  await page.locator('#m1-name').fill(CHILD);
  await page.locator('#m1-birth').fill(BIRTH_DATE);
  await expect(page.locator('#m1-age')).toHaveValue('12');
  await next(page, 'Care');
  await pricesReady(page);
  await next(page, 'Compare');
  await pricesReady(page);
  await next(page, 'Explain');
  await next(page, 'Recommend');
  await page.getByRole('textbox', { name: 'Counselor notes' }).fill(`${EMPLOYEE} asked about braces for ${CHILD}.`);
  await next(page, 'Take home');

  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the comparison (CSV)' }).click();
  const csvPath = await (await csvDownload).path();
  const csv = readFileSync(csvPath, 'utf8');
  const fileDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the session to a file' }).click();
  const sessionFile = readFileSync(await (await fileDownload).path(), 'utf8');
  return { csv, sessionFile };
}

test('ending a kiosk session leaves nothing of the client on disk, in the browser or on screen', async ({ running }, testInfo) => {
  test.setTimeout(120_000);
  // A persistent Chromium profile, so that anything the browser would keep is on disk where we can look.
  const profile = mkdtempSync(join(tmpdir(), 'bc-kiosk-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.host.origin });
    // As a kiosk browser started on the app's address: the app is the tab's first history entry.
    const page = await openAsFirstEntry(context, running.host.url);
    const errors = collectPageErrors(page);
    await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(1);
    await expect(page.locator('[data-kiosk-guard]'), 'App.svelte must mount <KioskMount onEnd={…} /> (src-renderer/src/features/kiosk)').toBeVisible();
    await expect(page.getByRole('button', { name: 'End session' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('kiosk-start.png') });
    await expectNoSeriousA11yViolations(page, 'kiosk start');

    const { csv, sessionFile } = await counselClient(page);
    expect(sessionFile).toContain(BIRTH_DATE); // the session file carries the birth date: the searches below can find it
    // Seven steps walked, and the history still holds one entry: nothing of this client's path in it.
    expect(await page.evaluate(() => history.length)).toBe(1);
    expect(csv).toContain(EMPLOYEE); // the employee's own copy carries the name: the search below can find it
    await expect(page.locator('body')).toContainText(EMPLOYEE);
    await page.evaluate((name) => navigator.clipboard.writeText(name), EMPLOYEE);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EMPLOYEE);

    // End the session; the page is replaced (a marker set on this page must be gone).
    await page.evaluate(() => ((window as unknown as { previousClient: boolean }).previousClient = true));
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'Erase and end' }).click();
    await expect.poll(() => stillThePreviousPage(page)).toBe(false);
    await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();
    expect(page.url()).toBe(`${running.host.origin}/`);
    // The next client starts with an empty history: this one page, nothing to go back to.
    expect(await page.evaluate(() => history.length)).toBe(1);
    // The clipboard was cleared, so there is nothing to warn about.
    await expect(page.locator('[data-clipboard-warning]')).toHaveCount(0);

    // Nothing on screen, in the page's storage, in cookies or on the clipboard.
    for (const name of [SURNAME, 'Zebulon', 'Xanthippe', BIRTH_DATE, BIRTH_DATE_US]) expect(await page.content()).not.toContain(name);
    const storage = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      indexedDb: JSON.stringify(await indexedDB.databases()),
      cookies: document.cookie,
      caches: JSON.stringify(await caches.keys()),
    }));
    expect(JSON.stringify(storage)).not.toContain(SURNAME);
    expect(JSON.stringify(storage)).not.toContain(BIRTH_DATE);
    expect(storage).toMatchObject({ local: '{}', indexedDb: '[]', cookies: '', caches: '[]' });
    // No launch credential in web storage either (the launch cookie is HttpOnly, out of the page's reach).
    expect(storage.session).toBe('{}');
    const cookies = await context.cookies();
    expect(JSON.stringify(cookies)).not.toContain(SURNAME);
    expect(cookies.map((c) => [c.name, c.httpOnly])).toEqual([[`bc_launch_${running.host.port}`, true]]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');

    // Back does not bring the client back either.
    expect(await page.goBack().catch(() => null)).toBeNull();
    await page.waitForLoadState();
    expect(await page.content()).not.toContain(SURNAME);
    // The app's bare address (as the kiosk's home button would open it) still works: the cookie.
    await page.goto(`${running.host.origin}/`);

    // The next client's session starts empty.
    await page.getByRole('button', { name: 'Start a new session' }).click();
    await expect(page.locator('#m0-name')).toHaveValue('');
    // The name field says where a name goes on a kiosk: nowhere on disk.
    await expect(page.locator('#m0-name-hint')).toHaveText(/^Kept only while this session is open and erased when it ends/);
    await expect(page.locator('#m0-age')).toHaveValue('');
    await expect(page.locator('#m1-name')).toHaveCount(0);
    await expect(page.locator('#m0-birth')).toHaveValue('');
    await expect(page.getByLabel('Name for this session')).not.toHaveValue(new RegExp(SURNAME));
    expect(await page.content()).not.toContain(SURNAME);

    // The data folder, with the live database, its -wal and -shm, and the backups: nothing.
    const searched = filesUnder(running.dataDir).map((f) => f.slice(running.dataDir.length + 1));
    expect(searched).toEqual(expect.arrayContaining(['benefits-counselor.sqlite3', 'benefits-counselor.sqlite3-wal', 'benefits-counselor.sqlite3-shm']));
    expect(filesContaining(running.dataDir, SURNAME)).toEqual([]);
    expect(filesContaining(running.dataDir, BIRTH_DATE)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
  // Chromium's profile on disk, once it has flushed everything: nothing either.
  const inProfile = [SURNAME, BIRTH_DATE, BIRTH_DATE_US].flatMap((text) =>
    filesContaining(profile, text).map((f) => `${text}: ${f.slice(profile.length + 1)}`),
  );
  rmSync(profile, { recursive: true, force: true });
  expect(inProfile).toEqual([]);
});

test('an idle kiosk session counts down for a minute, any key keeps it, and then it ends by itself', async ({ page, running }, testInfo) => {
  await page.clock.install();
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.locator('#m0-name').fill(EMPLOYEE);
  await page.locator('#m0-age').fill('47');
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });

  // Default: 10 minutes. Nothing for nine of them.
  await page.clock.fastForward('08:58');
  await expect(warning).toBeHidden();
  await page.clock.fastForward('00:03');
  await expect(warning).toBeVisible();
  await expect(warning.locator('[data-countdown]')).toHaveText(/^0:5\d$/);
  await expect(warning.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('kiosk-idle-warning.png') });
  await expectNoSeriousA11yViolations(page, 'idle warning');

  // Any key cancels, and only cancels: the typed key does not reach the page.
  await page.keyboard.press('x');
  await expect(warning).toBeHidden();
  await expect(page.locator('#m0-name')).toHaveValue(EMPLOYEE);

  // A click cancels too.
  await page.clock.fastForward('09:05');
  await expect(warning).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(warning).toBeHidden();
  await expect(page.locator('#m0-name')).toHaveValue(EMPLOYEE);

  // Left alone, the session ends: a fresh start screen, the name gone.
  await page.evaluate(() => ((window as unknown as { previousClient: boolean }).previousClient = true));
  await page.clock.fastForward('09:30');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('00:31');
  await expect.poll(() => stillThePreviousPage(page)).toBe(false);
  await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();
  expect(await page.content()).not.toContain(SURNAME);
  expect(await running.app.dispatch('sessions:list', {})).toEqual({ ok: true, value: [] });
});

test('a clipboard that could not be cleared at End session is said to the counselor on the next page', async ({ page, running }) => {
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.locator('#m0-name').fill(EMPLOYEE);
  // This browser refuses the page's clipboard write (no permission, or the window is not focused).
  await page.evaluate(() => {
    const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse, readText: refuse }, configurable: true });
  });
  await page.evaluate(() => ((window as unknown as { previousClient: boolean }).previousClient = true));
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Erase and end' }).click();
  await expect.poll(() => stillThePreviousPage(page)).toBe(false);
  await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();

  const warning = page.getByRole('alert').filter({ hasText: 'The clipboard could not be cleared' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('it may still hold something the last client copied');
  expect(await page.content()).not.toContain(SURNAME);
  await expectNoSeriousA11yViolations(page, 'clipboard warning');
  // Said once: the word is gone from storage as soon as the page read it.
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).toBe('{}');
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();
  await expect(page.locator('[data-clipboard-warning]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
