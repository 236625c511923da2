import type { CompareResult } from '../../src-shared/compare-result-schema';
import { expect, test } from './fixtures';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady } from './support-session';

// Issue 17 on the Household step and what follows: a birth date instead of an age (the age shown follows
// from it; the ledger says "birthday" where it changed the rule), the conditions that lift therapy visit
// limits, HSA or HRA money checked against the IRS limit, a tax rate out of range — each marked on its
// field in plain words — and, on Compare and Explain, each plan's assumptions and what decided each line.

async function openSaved(page: import('@playwright/test').Page, running: import('./fixtures').RunningApp, state: object): Promise<void> {
  const saved = await dispatchOk(running, 'sessions:save', { state });
  await page.goto(running.host.url);
  await page.locator(`tr[data-session-id="${saved.id}"]`).getByRole('button', { name: /^Open/ }).click();
}

const twoPeople = {
  label: 'Birth dates',
  planSet: { planYear: '2022', programs: ['fehb'] },
  request: {
    household: {
      members: [
        { id: 'employee', relationship: 'employee', age: 45, usage: { preset: 'none' } },
        { id: 'teen', relationship: 'child', age: 17, usage: { preset: 'none', counts: { pcp_visit: 12, routine_eye_exam: 1 } } },
      ],
    },
    priority: 'lowest_expected',
    planYearStart: '2022-01-01',
  },
  notes: '',
  step: 'household',
};

test('a birth date instead of an age: the age follows from it, the comparison uses it, and Explain marks the birthday', async ({ page, running }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openSaved(page, running, twoPeople);
  await page.locator('#m1-birth').fill('2004-07-01');
  await expect(page.locator('#m1-age')).toHaveValue('17');
  await expect(page.locator('#m1-age')).toHaveAttribute('readonly', '');
  await expect(page.locator('[data-age-from="birth-date"]')).toHaveText('17 on 2022-01-01, from the birth date');
  await page.locator('fieldset[data-member="teen"] input[data-condition="autism_spectrum_disorder"]').check();
  await pricesReady(page);
  await expectNoSeriousA11yViolations(page, 'household with a birth date');

  // The session saves the birth date (and no age) and the condition.
  const stored = async () => {
    const [first] = await dispatchOk(running, 'sessions:list', {});
    return (await dispatchOk(running, 'sessions:get', { id: first?.id })).state;
  };
  await expect.poll(async () => (await stored()).request.household.members[1]?.birthDate, { timeout: 10_000 }).toBe('2004-07-01');
  const state = await stored();
  expect(state.request.household.members[1]).toMatchObject({ birthDate: '2004-07-01', conditions: ['autism_spectrum_disorder'] });
  expect(state.request.household.members[1]?.age).toBeUndefined();

  await page.getByRole('button', { name: /^Next: Care/ }).click();
  await pricesReady(page);
  await page.getByRole('button', { name: /^Next: Compare/ }).click();
  await pricesReady(page);
  // Each plan says how it reads the eye exam the teen expects (no setting: billed as specialty care).
  const notes = page.getByTestId('plan-rule-notes');
  await expect(notes).toContainText('Routine eye exam (for glasses) without a "setting" is priced as a specialty care office visit, the costlier reading');
  await expect(notes.locator('[data-plan-id="fehb-kpco-2022-standard"]')).toContainText('"$40 per specialty care office visit"');
  // The employee is known by age only: said once for every plan.
  await expect(notes.locator('[data-field="age-assumption"]')).toHaveText(
    /^Employee: no birth date, so age rules .* use the age on the first day of the plan year \(2022-01-01\)/,
  );
  await page.screenshot({ path: testInfo.outputPath('compare-plan-notes.png'), fullPage: true });

  await page.getByRole('button', { name: /^Next: Explain/ }).click();
  await page.getByRole('radio', { name: 'Standard Option' }).check();
  const ledger = page.locator('section.ledger[data-member="teen"]');
  await ledger.locator('summary').click();
  // 5(a) "$30 per primary care office visit (nothing for children through age 17)": from July 1 the adult copay.
  await expect(ledger.locator('[data-decided-by="birthday"]').first()).toHaveText('Birthday this plan year');
  await expect(ledger.locator('[data-decided-by="age_exception"]').first()).toHaveText('Age rule');
  const result = (await dispatchOk(running, 'engine:compare', { ...state.request, simulations: 200 })) as CompareResult;
  expect(result.plans.find((p) => p.planId === 'fehb-kpco-2022-standard')?.assumptions.join(' ')).toContain('Routine eye exam');
  await expect(page.getByTestId('plan-rule-notes')).toContainText('Routine eye exam');
  await page.screenshot({ path: testInfo.outputPath('explain-decided-by.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a birth date after the plan year starts is marked on its field', async ({ page, running }) => {
  await openSaved(page, running, twoPeople);
  await page.locator('#m1-birth').fill('2022-03-01');
  await expect(page.locator('#m1-birth')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-field-error="birth-date"]')).toHaveText(
    'This birth date is after the plan year starts (2022-01-01). A baby born during the plan year is entered as "Having a baby" on the parent who gives birth (Care step).',
  );
});

test('HSA money above the IRS limit and a tax rate out of range are marked on their fields in plain words; HRA money has no limit', async ({
  page,
  running,
}) => {
  await openSaved(page, running, { ...twoPeople, label: 'Money' });
  await page.getByText('More options').click();
  await page.locator('#tax-rate').fill('75');
  await expect(page.locator('#tax-rate')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-field-error="tax-rate"]')).toHaveText(
    '75% is outside 0 to 60. Enter the marginal rate (federal, state and payroll tax on the next dollar earned) as a percent from 0 to 60, or leave it empty.',
  );
  await expect(page.getByRole('alert')).toContainText('Tax rate: a tax rate of 75% is above 60%');
  await page.locator('#tax-rate').fill('22');
  await expect(page.locator('#tax-rate')).not.toHaveAttribute('aria-invalid', 'true');

  const row = page.locator('li[data-plan-id="fehb-kpco-2022-high"]');
  const amount = row.locator('input[type="number"]');
  await amount.fill('8000');
  await amount.press('Tab');
  // Two people: family coverage, $7,300 in 2022.
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(row.locator('[data-field-error="account"]')).toContainText(
    '$8,000 is more than the IRS allows in an HSA for 2022 ($7,300 for family coverage, IRS Rev. Proc. 2021-25)',
  );
  await row.locator('select').selectOption('hra');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  await expect(row.locator('[data-field-error="account"]')).toHaveCount(0);
  await amount.fill('-50');
  await amount.press('Tab');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(row.locator('[data-field-error="account"]')).toHaveText('An amount of money cannot be below zero: enter 0 or more, or leave it empty.');
  await amount.fill('500');
  await amount.press('Tab');
  await pricesReady(page);
});

test('the Care step offers the new services (group therapy, urgent care by video, acupuncture …) and prices them as printed', async ({ page, running }) => {
  await openSaved(page, running, {
    label: 'New services',
    planSet: { planYear: '2022', programs: ['fehb'] },
    request: { household: { members: [{ id: 'employee', relationship: 'employee', age: 40, usage: { preset: 'none' } }] }, priority: 'lowest_expected' },
    notes: '',
    step: 'care',
  });
  await pricesReady(page);
  await page.getByRole('button', { name: 'Show more services' }).first().click();
  for (const label of ['Mental health or substance use group therapy visit', 'Urgent care by video', 'Acupuncture visit', 'Routine eye exam (for glasses)']) {
    await expect(page.getByRole('spinbutton', { name: label, exact: true })).toBeVisible();
  }
  const acupuncture = page.getByRole('spinbutton', { name: 'Acupuncture visit', exact: true });
  await acupuncture.fill('4');
  await acupuncture.press('Tab');
  await pricesReady(page);
  // 5(a) "Not covered, including acupuncture": every simulated year has care the plans do not cover.
  const [first] = await dispatchOk(running, 'sessions:list', {});
  await expect
    .poll(async () => (await dispatchOk(running, 'sessions:get', { id: first?.id })).state.request.household.members[0]?.usage.counts.acupuncture_visit, {
      timeout: 10_000,
    })
    .toBe(4);
  const { state } = await dispatchOk(running, 'sessions:get', { id: first?.id });
  const result = (await dispatchOk(running, 'engine:compare', { ...state.request, simulations: 200 })) as CompareResult;
  for (const plan of result.plans) expect(plan.simulated.shareWithNotCovered).toBeGreaterThan(0.9);
});

test("the plan library's one-claim calculator prices a brand asked for over the generic and an eye exam by the office it is billed as", async ({
  page,
  running,
}) => {
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Plan library' }).click();
  const standard = page.locator('[data-plan-id="fehb-kpco-2022-standard"]');
  await standard.getByRole('button', { name: /Show details/ }).click();
  const calc = standard.getByRole('region', { name: 'What would one claim cost?' });
  // 5(f): "your brand-name drug copayment plus the difference in price" — $50 + ($250 − $60).
  await calc.getByLabel('Service').selectOption('rx_brand_requested');
  await calc.getByLabel('Allowed amount ($)').fill('250');
  await calc.getByLabel('Price of the prescribed generic ($)').fill('60');
  await expect(calc.getByTestId('calc-answer')).toContainText('You pay $240.00; the plan pays $10.00');
  await expect(calc.getByTestId('calc-assumed')).toContainText('A brand drug asked for over the prescribed generic');
  // 5(a) routine eye exam: "$40 per specialty care office visit", or "$30 per primary care office visit", no child exemption.
  await calc.getByLabel('Service').selectOption('routine_eye_exam');
  await calc.getByLabel('Allowed amount ($)').fill('160');
  await calc.getByLabel('Age').fill('10');
  await expect(calc.getByTestId('calc-answer')).toContainText('You pay $40.00');
  await calc.getByLabel('Billed as').selectOption('primary_care_office');
  await expect(calc.getByTestId('calc-answer')).toContainText('You pay $30.00');
});
