import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';
import type { RunningApp } from './fixtures';
import type { ChannelResult } from '../../src-shared/ipc-contract';
import type { IpcChannel } from '../../src-shared/ipc-channels';

// Helpers shared by the counseling-session end-to-end tests.

/** Waits until the figures on screen answer the inputs on screen (no re-price pending). */
export async function pricesReady(page: Page): Promise<void> {
  await expect(page.locator('[data-pricing="ready"]')).toBeVisible({ timeout: 20_000 });
}

/** Runs axe on the page as it is and fails on any serious or critical violation, naming it. */
export async function expectNoSeriousA11yViolations(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = bad.map(
    (v) =>
      `${step}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(described).toEqual([]);
}

/** A full-page screenshot of a step, kept as a test artifact. */
export async function screenshotStep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Calls a channel on the same app the page talks to. */
export async function dispatchOk<C extends IpcChannel>(running: RunningApp, channel: C, args: unknown): Promise<ChannelResult<C>> {
  const result = await running.app.dispatch(channel, args);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message} ${(result.error.issues ?? []).join('; ')}`);
  return result.value as ChannelResult<C>;
}

/** Console errors and failed requests, collected so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Saves a one-person session straight into the app's database, as if counseled earlier, and (with
 * `updatedAt`) backdates its last change. Returns its id.
 */
export async function saveSessionDirect(running: RunningApp, label: string, updatedAt?: string): Promise<string> {
  const saved = await dispatchOk(running, 'sessions:save', {
    state: {
      label,
      planSet: { planYear: '2022', programs: ['fehb'] },
      request: { household: { members: [{ id: 'employee', relationship: 'employee', age: 40 }] }, priority: 'balanced' },
      notes: '',
      step: 'household',
    },
  });
  if (updatedAt) running.app.ctx.db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?').run(updatedAt, saved.id);
  return saved.id;
}
