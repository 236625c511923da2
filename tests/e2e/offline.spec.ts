import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/csp';
import { expect, test } from './fixtures';
import { collectPageErrors, pricesReady } from './support-session';

// Offline (issue 7): at a school site with no network the app must never need, nor even try, a connection.
// Every request that is not to the app's own origin is blocked and recorded while a full session runs,
// export included; none may be attempted.

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Next: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

test('a full session with every export attempts no request outside the app', async ({ page, running }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const own = new URL(running.host.origin);
  const outside: string[] = [];
  const inside: string[] = [];
  const isOwn = (url: string): boolean => {
    const u = new URL(url);
    // data: and blob: URLs are made by the page itself (the chart image, the downloads), not the network.
    return u.protocol === 'data:' || u.protocol === 'blob:' || u.origin === own.origin;
  };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (isOwn(url)) {
      inside.push(url);
      await route.continue();
    } else {
      outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
  // Also what page.route cannot see: web sockets, and any request the page makes by other means.
  page.on('websocket', (ws) => outside.push(ws.url()));
  page.on('request', (request: Request) => {
    if (!isOwn(request.url()) && !outside.includes(request.url())) outside.push(request.url());
  });

  const response = await page.goto(running.host.url);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.getByLabel('Name for this session').fill('Offline school site');
  await page.locator('#m0-age').fill('52');
  await page.getByRole('button', { name: '+ Add a spouse' }).click();
  await page.locator('#m1-age').fill('50');
  await next(page, 'Care');
  await page.getByRole('button', { name: 'More: Primary care visit' }).click();
  await pricesReady(page);
  await next(page, 'Compare');
  await pricesReady(page);
  await expect(page.locator('canvas[data-chart="cost"]')).toBeVisible();
  await next(page, 'Explain');
  await next(page, 'Recommend');
  await next(page, 'Take home');

  // Export: the printout (as PDF), the CSV and the session file.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the comparison (CSV)' }).click();
  expect(readFileSync(await (await csvDownload).path(), 'utf8')).toContain('Offline school site');
  const fileDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the session to a file' }).click();
  expect(readFileSync(await (await fileDownload).path(), 'utf8')).toContain('benefits-counselor/session');

  // The plan library too (it shows the brochure excerpts).
  await page.getByRole('button', { name: 'Plan library' }).click();
  await expect(page.getByRole('heading', { name: 'Plan library' })).toBeVisible();

  expect(outside).toEqual([]);
  // The check above watched real traffic: the page did load its own files and call its own API.
  expect(inside.some((u) => u.includes('/assets/'))).toBe(true);
  expect(inside.some((u) => u.includes('/api/engine%3Acompare') || u.includes('/api/engine:compare'))).toBe(true);
  expect(errors).toEqual([]);
});
