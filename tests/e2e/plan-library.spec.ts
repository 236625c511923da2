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

  // The launch code left the address bar once read.
  expect(page.url()).toBe(`${running.host.origin}/`);

  await page
    .locator('[data-plan-id="fehb-kpco-2022-standard"]')
    .getByRole('button', { name: /Show details/ })
    .click();
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

test('a counselor prices one claim under a plan and sees the rule behind it', async ({ page, running }) => {
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Plan library' }).click();
  const standard = page.locator('[data-plan-id="fehb-kpco-2022-standard"]');
  await standard.getByRole('button', { name: /Show details/ }).click();
  const calc = standard.getByRole('region', { name: 'What would one claim cost?' });

  // "$750 per admission after the deductible": the $150 deductible first, then the copay.
  await calc.getByLabel('Service').selectOption('inpatient_admission');
  await calc.getByLabel('Allowed amount ($)').fill('21000');
  await calc.getByLabel('Days', { exact: true }).fill('3');
  await expect(calc.getByTestId('calc-answer')).toContainText('You pay $900.00; the plan pays $20,100.00');
  await expect(calc).toContainText('$750 per admission after the deductible');

  // "$30 per primary care office visit (nothing for children through age 17)".
  await calc.getByLabel('Service').selectOption('pcp_visit');
  await calc.getByLabel('Allowed amount ($)').fill('150');
  await calc.getByLabel('Age').fill('12');
  await expect(calc.getByTestId('calc-answer')).toContainText('You pay $0.00');
  await calc.getByLabel('Age').fill('18');
  await expect(calc.getByTestId('calc-answer')).toContainText('You pay $30.00');

  // The same figure the engine:price channel gives for the same claim.
  const direct = await running.app.dispatch('engine:price', {
    planId: 'fehb-kpco-2022-standard',
    members: [{ id: 'member', age: 18 }],
    claims: [{ member: 'member', date: '2022-01-01', service: 'pcp_visit', allowedCents: 15000 }],
  });
  expect(direct.ok && (direct.value as { totals: { memberPaysCents: number } }).totals.memberPaysCents).toBe(3000);
});
