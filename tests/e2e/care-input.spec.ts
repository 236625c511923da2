import { expect, test } from './fixtures';
import { dispatchOk, pricesReady } from './support-session';

// Input the Care step used to change without a word (issue 17): a visit count typed past its bounds is
// kept within them, and the field says what it did.

test('a count typed past its limit is changed to fit, and the field says so', async ({ page, running }) => {
  const saved = await dispatchOk(running, 'sessions:save', {
    state: {
      label: 'Counts',
      planSet: { planYear: '2022', programs: ['fehb'] },
      request: { household: { members: [{ id: 'employee', relationship: 'employee', age: 40 }] }, priority: 'balanced' },
      notes: '',
      step: 'care',
    },
  });
  await page.goto(running.host.url);
  await page.locator(`tr[data-session-id="${saved.id}"]`).getByRole('button', { name: /^Open/ }).click();
  await pricesReady(page);
  const field = page.getByRole('spinbutton', { name: 'Specialist visit', exact: true });
  await field.fill('500');
  await field.press('Tab');
  await expect(field).toHaveValue('366');
  await expect(page.getByRole('status').filter({ hasText: '500 was changed to 366: the count goes from 0 to 366 a year.' })).toBeVisible();
  await field.fill('-3');
  await field.press('Tab');
  await expect(field).toHaveValue('0');
  await expect(page.getByRole('status').filter({ hasText: '-3 was changed to 0' })).toBeVisible();
  // A click on + is a deliberate count: the note goes.
  await page.getByRole('button', { name: 'More: Specialist visit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was changed to' })).toHaveCount(0);
});

test('a baby due after the plan year: the Household step says the birth falls in the next plan year', async ({ page, running }) => {
  const saved = await dispatchOk(running, 'sessions:save', {
    state: {
      label: 'Due next year',
      planSet: { planYear: '2022', programs: ['fehb'] },
      request: {
        household: {
          members: [
            { id: 'employee', relationship: 'employee', age: 30, sex: 'female', events: [{ type: 'baby', delivery: 'vaginal', dueDate: '2023-03-01' }] },
          ],
        },
        priority: 'balanced',
      },
      notes: '',
      step: 'household',
    },
  });
  await page.goto(running.host.url);
  await page.locator(`tr[data-session-id="${saved.id}"]`).getByRole('button', { name: /^Open/ }).click();
  await expect(page.locator('[data-field="birth-next-year"]')).toHaveText(
    'The baby is due after this plan year ends (2022-12-31): the prenatal care inside this year is priced; the birth and the baby’s care fall in the next plan year.',
  );
});
