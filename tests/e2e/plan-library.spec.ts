import { expect, test } from './fixtures';

test('the app opens in a browser and lists the stored plans with their completeness', async ({ page, running }, testInfo) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(running.host.url);

  await page.getByRole('button', { name: 'Plan library' }).click();
  await expect(page.getByRole('heading', { name: 'Plan library' })).toBeVisible();
  const fehb = page.getByRole('list', { name: 'Federal (FEHB) plans' });
  await expect(fehb.getByRole('listitem')).toHaveCount(3);
  await expect(page.locator('[data-plan-id="fehb-kpco-2022-high"]')).toContainText('Ready to compare');
  const district = page.locator('[data-plan-id="district-kpco-2021-dhmo2000plus"]');
  await expect(district).toContainText('Numbers missing');

  // The token left the address bar once read.
  expect(page.url()).not.toContain('token=');

  await page.locator('[data-plan-id="fehb-kpco-2022-standard"]').getByRole('button', { name: /Show details/ }).click();
  const pcpRow = page.locator('[data-plan-id="fehb-kpco-2022-standard"] tr[data-service="pcp_visit"]');
  await expect(pcpRow).toContainText('nothing for children through age 17');
  await expect(pcpRow).toContainText('5(a)');

  await page.screenshot({ path: testInfo.outputPath('plan-library.png'), fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test.describe('on a shared kiosk', () => {
  test.use({ kiosk: true });

  test('plans can be read and exported but not imported, edited or created', async ({ page, running }) => {
    await page.goto(running.host.url);
    await page.getByRole('button', { name: 'Plan library' }).click();
    await expect(page.locator('[data-plan-id="fehb-kpco-2022-high"]')).toContainText('Ready to compare');
    await expect(page.getByText('Plans cannot be changed here')).toBeVisible();
    await expect(page.getByRole('button', { name: /New plan|Edit plan|Copy as new plan|Import a plan file/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export all plans' })).toBeVisible();
  });
});
