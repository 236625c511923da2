import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CompareRequest } from '../../src-shared/household-schema';
import { type CompareResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { expect, test } from './fixtures';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady, screenshotStep } from './support-session';

// Employer HSA money for one plan (Household step) and the session's own price for one service (Care
// step): the figures on screen must be engine:compare's for a request that carries both, the saved
// session and the session file must keep them, "Reset to default" and a new session must drop them.

const dollars = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true) : 'Not known');
const PROSPER = 'fehb-kpco-2022-prosper';

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Next: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

async function expectCompareFigures(page: Page, result: CompareResult): Promise<void> {
  const table = page.getByRole('table', { name: 'The numbers in the chart' });
  await expect(table.locator('tbody tr')).toHaveCount(result.plans.length);
  for (const plan of result.plans) {
    const row = table.locator(`tr[data-plan-id="${plan.planId}"]`);
    // The shown parts: premium + care after the employer account = the expected total, as the result says.
    await expect(row.locator('[data-field="premium"]')).toHaveText(dollars(plan.expected.premiumCents));
    await expect(row.locator('[data-field="oop"]')).toHaveText(dollars(plan.expected.careCents));
    await expect(row.locator('[data-field="total"]')).toHaveText(dollars(plan.expected.totalCents));
    await expect(row.locator('[data-field="worst"]')).toHaveText(dollars(plan.worstCase.totalCents));
    if (result.plans.some((p) => p.expected.accountCents > 0)) {
      await expect(row.locator('[data-field="oop-before-account"]')).toHaveText(dollars(plan.expected.careBeforeAccountCents));
      await expect(row.locator('[data-field="account"]')).toHaveText(dollars(plan.expected.accountCents));
    }
  }
}

test('employer HSA money and a session price: priced as engine:compare, saved, reopened, reset', async ({ page, running }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Start a new session' }).click();

  // Household: one employee, 45; $750 of employer HSA money with Prosper, after a typo the app names.
  await expect(page.locator('#step-heading')).toHaveText('Who is in the household?');
  await page.getByLabel('Name for this session').fill('Okafor');
  await page.locator('#m0-age').fill('45');
  await page.getByText('More options').click();
  const accounts = page.getByRole('group', { name: /Employer money in an HSA or HRA/ });
  await expect(accounts).toContainText('Money the employer puts in a health account with this plan. It pays out-of-pocket costs first.');
  await expect(accounts.locator('input')).toHaveCount(3);
  const prosper = accounts.locator(`li[data-plan-id="${PROSPER}"] input`);
  await prosper.fill('-5');
  await prosper.press('Tab');
  await expect(page.getByRole('alert')).toContainText(/Employer HSA or HRA money for .*Prosper.*: enter an amount in dollars, 0 or more/);
  await expect(prosper).toHaveAttribute('aria-invalid', 'true');
  await prosper.fill('750');
  await prosper.press('Tab');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(prosper).not.toHaveAttribute('aria-invalid');
  await screenshotStep(page, testInfo, 'prices-household');
  await accounts.screenshot({ path: testInfo.outputPath('prices-household-accounts.png') });
  await expectNoSeriousA11yViolations(page, 'household (account money)');

  // Care: an MRI (mid-year), priced at $900 for this session instead of the table's $837.60.
  await next(page, 'Care');
  await page.getByLabel('Add an event').selectOption('mri');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const prices = page.getByTestId('prices-used');
  await prices.locator('summary').click();
  const mri = prices.locator('tr[data-service="advanced_imaging"]');
  await expect(mri.locator('[data-field="default"]')).toHaveText('$837.60');
  await expect(mri).toContainText('per test or procedure');
  await expect(prices).toContainText("the source of each is cited in the app's price data");
  // Care this household does not use stays out of the list until asked for.
  const hearingAid = prices.locator('tr[data-service="hearing_aid"]');
  await expect(hearingAid).toHaveCount(0);
  await prices.getByLabel('Show all services').check();
  await expect(hearingAid).toContainText('per item');
  await prices.getByLabel('Show all services').uncheck();
  await expect(hearingAid).toHaveCount(0);
  // A changed price stays listed even when the household does not use the service.
  await prices.getByLabel('Show all services').check();
  await prices.locator('#price-hearing_aid').fill('1200');
  await prices.locator('#price-hearing_aid').blur();
  await prices.getByLabel('Show all services').uncheck();
  await expect(hearingAid.locator('input')).toHaveValue('1200');
  await hearingAid.getByRole('button', { name: /^Reset to default/ }).click();
  await expect(hearingAid).toHaveCount(0);
  const mriPrice = page.getByLabel('Price for this session: MRI, CT or PET scan (per body part), per test or procedure, in dollars');
  await expect(mriPrice).toHaveValue('');
  await mriPrice.fill('900');
  // Leaving the field commits it. (Blur, not Tab: a full-page screenshot taken while a table input holds
  // focus makes Chromium scroll on the next mouse press, and the click on "Next" would miss.)
  await mriPrice.blur();
  await expect(mri.getByRole('button', { name: 'Reset to default for MRI, CT or PET scan (per body part)' })).toBeVisible();
  await expect(prices.locator('summary')).toContainText('(1 changed for this session)');
  await pricesReady(page);
  await screenshotStep(page, testInfo, 'prices-care');
  await prices.screenshot({ path: testInfo.outputPath('prices-care-section.png') });
  await expectNoSeriousA11yViolations(page, 'care (prices used)');

  // The same inputs by hand, priced by the handler the page uses. Prosper's figures move both with the
  // account and with the MRI price, so the screen matching the full request shows both reached the engine.
  const plans = await dispatchOk(running, 'plans:list', {});
  const request = {
    household: {
      members: [{ id: 'person-1', relationship: 'employee', age: 45, events: [{ type: 'mri' }] }],
      accountCentsByPlan: { [PROSPER]: 75_000 },
      // The Household step asks HSA or HRA for each plan with money (HSA shown chosen): issue 17.
      accountTypeByPlan: { [PROSPER]: 'hsa' },
      priceOverrides: { advanced_imaging: 90_000 },
    },
    planIds: plans.filter((p) => p.program === 'fehb').map((p) => p.id),
    priority: 'lowest_expected',
    seed: 20220101,
    planYearStart: '2022-01-01',
  };
  const result: CompareResult = await dispatchOk(running, 'engine:compare', request);
  const { accountCentsByPlan, accountTypeByPlan, priceOverrides, ...plain } = request.household;
  const noAccount: CompareResult = await dispatchOk(running, 'engine:compare', { ...request, household: { ...plain, priceOverrides } });
  const noPrice: CompareResult = await dispatchOk(running, 'engine:compare', { ...request, household: { ...plain, accountCentsByPlan, accountTypeByPlan } });
  const prosperOf = (r: CompareResult) => r.plans.find((p) => p.planId === PROSPER);
  expect(prosperOf(result)?.accountCents).toBe(75_000);
  expect(prosperOf(result)?.expected.totalCents).not.toBe(prosperOf(noAccount)?.expected.totalCents);
  expect(prosperOf(result)?.simulated.total?.meanCents).not.toBe(prosperOf(noPrice)?.simulated.total?.meanCents);
  // The typical year's allowed amount grows by $62.40 for each MRI in it, under every plan.
  for (const plan of result.plans) {
    const before = noPrice.plans.find((p) => p.planId === plan.planId)?.typicalYear.allowedCents ?? 0;
    const added = plan.typicalYear.allowedCents - before;
    expect(added > 0 && added % 6_240 === 0, `${plan.name}: ${added}`).toBe(true);
  }

  await next(page, 'Compare');
  await pricesReady(page);
  await expectCompareFigures(page, result);
  const compareText = await page.getByRole('table', { name: 'The numbers in the chart' }).innerText();

  // The printed report's "What we assumed" says what this session changed.
  await next(page, 'Explain');
  await next(page, 'Recommend');
  await next(page, 'Take home');
  const report = page.locator('article.print-report');
  await expect(report).toContainText('Prices changed for this session: MRI, CT or PET scan (per body part): $900 per test or procedure (default $837.60).');
  const prosperName = result.plans.find((p) => p.planId === PROSPER)?.name ?? '';
  await expect(report).toContainText(`Employer money in a health account (HSA or HRA): ${prosperName} $750. It pays out-of-pocket costs first`);
  await report.locator('h3:has-text("What we assumed") + ul').screenshot({ path: testInfo.outputPath('prices-report-assumed.png') });
  await expect(page.getByText('Saved at')).toBeVisible({ timeout: 10_000 });

  // Saved: the stored session and the session file carry exactly the request that was priced.
  const saved = await dispatchOk(running, 'sessions:list', {});
  expect(saved.map((s) => s.label)).toEqual(['Okafor']);
  const id = saved[0]?.id ?? '';
  await expect.poll(async () => (await dispatchOk(running, 'sessions:get', { id })).state.request).toEqual(CompareRequest.parse(request));
  const fileDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the session to a file' }).click();
  const sessionFile = JSON.parse(readFileSync((await (await fileDownload).path()) as string, 'utf8')) as { data: { request: unknown } };
  expect(sessionFile.data.request).toEqual(CompareRequest.parse(request));

  // Reopen in a fresh page: both values are back on their screens and the figures are the same.
  await page.goto('about:blank');
  await page.goto(`${running.host.origin}/`); // the launch code is spent: this browser's cookie lets it in
  await page.locator(`tr[data-session-id="${id}"]`).getByRole('button', { name: /^Open/ }).click();
  await pricesReady(page);
  await page
    .getByRole('button', { name: /Compare/ })
    .first()
    .click();
  await expect.poll(() => page.getByRole('table', { name: 'The numbers in the chart' }).innerText()).toBe(compareText);
  await page
    .getByRole('button', { name: /Household/ })
    .first()
    .click();
  await expect(page.locator(`li[data-plan-id="${PROSPER}"] input`)).toBeVisible(); // "More options" opens by itself
  await expect(page.locator(`li[data-plan-id="${PROSPER}"] input`)).toHaveValue('750');
  await page.getByRole('button', { name: /Care/ }).first().click();
  await expect(page.locator('#price-advanced_imaging')).toBeVisible(); // so does "Prices used"
  await expect(page.locator('#price-advanced_imaging')).toHaveValue('900');

  // Reset to default: the price goes back to the table's, in the saved session too.
  await page.getByRole('button', { name: 'Reset to default for MRI, CT or PET scan (per body part)' }).click();
  await expect(page.locator('#price-advanced_imaging')).toHaveValue('');
  await expect(page.locator('#price-advanced_imaging')).toBeFocused(); // the button is gone; focus stays in the row
  await expect.poll(async () => (await dispatchOk(running, 'sessions:get', { id })).state.request.household.priceOverrides).toBeUndefined();
  expect((await dispatchOk(running, 'sessions:get', { id })).state.request.household.accountCentsByPlan).toEqual({ [PROSPER]: 75_000 });

  // A new session starts with neither.
  await page.getByRole('button', { name: /Start/ }).first().click();
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.getByText('More options').click();
  await expect(page.locator(`li[data-plan-id="${PROSPER}"] input`)).toHaveValue('');
  await page.locator('#m0-age').fill('30');
  await next(page, 'Care');
  await page.getByTestId('prices-used').locator('summary').click();
  await expect(page.locator('#price-advanced_imaging')).toHaveValue('');
  await expect(page.getByTestId('prices-used').locator('summary')).not.toContainText('changed');

  expect(errors).toEqual([]);
});
