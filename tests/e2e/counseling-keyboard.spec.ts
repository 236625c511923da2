import type { CompareResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { expect, test } from './fixtures';
import { expectVisibleFocus, tabTo } from './support-keyboard';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady, screenshotStep } from './support-session';

// A single employee who takes a specialty drug, entered with the keyboard alone (Tab, Enter, Space,
// arrows): the whole flow must be reachable, visibly focused, and priced exactly as engine:compare.

const dollars = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true) : 'Not known');

test('a single employee with a chronic specialty drug, keyboard only', async ({ page, running }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();

  // Start (federal plans, 2022 by default).
  await tabTo(page, /^Start a new session$/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-heading')).toBeFocused();

  // Household: one employee, 52.
  await tabTo(page, /^Age/);
  await expectVisibleFocus(page);
  await page.keyboard.type('52');
  await expect(page.getByTestId('enrollment-type')).toContainText('Self Only');
  await tabTo(page, /^Next: Care/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-heading')).toHaveText('What care do you expect this year?');

  // Care: the specialty-drug condition (Space), one more specialist visit (arrow key), and a named drug.
  await tabTo(page, /Takes a specialty drug/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Takes a specialty drug' })).toBeChecked();
  await tabTo(page, /^Specialist visit/);
  const before = Number(await page.locator('#c0-specialist_visit').inputValue());
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab'); // leaving the field commits the number
  // The arrow steps to the next whole visit, as the + button does.
  const specialistVisits = Math.floor(before) + 1;
  await expect(page.locator('#c0-specialist_visit')).toHaveValue(String(specialistVisits));
  await tabTo(page, /^\+ Add a drug$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Drug name/);
  await page.keyboard.type('Generic statin');
  await tabTo(page, /^Kind of drug/);
  await expect(page.locator('#rx0-0-tier')).toHaveValue('rx_generic');
  await tabTo(page, /^Where filled/);
  await page.keyboard.press('ArrowDown'); // Plan pharmacy → Mail order
  await expect(page.locator('#rx0-0-channel')).toHaveValue('mail');
  await page.keyboard.press('Tab');
  await pricesReady(page);
  await screenshotStep(page, testInfo, 'keyboard-care');
  await expectNoSeriousA11yViolations(page, 'care (keyboard)');

  const plans = await dispatchOk(running, 'plans:list', {});
  const request = {
    household: {
      members: [
        {
          id: 'person-1',
          relationship: 'employee',
          age: 52,
          usage: { preset: 'typical', conditions: ['chronic_specialty_drug'], counts: { specialist_visit: specialistVisits } },
          prescriptions: [{ tier: 'rx_generic', fillsPerYear: 12, supplyDays: 30, channel: 'mail', label: 'Generic statin' }],
        },
      ],
    },
    planIds: plans.filter((p) => p.program === 'fehb').map((p) => p.id),
    priority: 'lowest_expected',
    seed: 20220101,
    planYearStart: '2022-01-01',
  };
  const result: CompareResult = await dispatchOk(running, 'engine:compare', request);
  expect(result.enrollmentType).toBe('self_only');

  // Compare: the engine's figures; a jargon word explains itself on focus and Escape hides it.
  await tabTo(page, /^Next: Compare/);
  await page.keyboard.press('Enter');
  await pricesReady(page);
  for (const plan of result.plans) {
    const row = page.locator(`table.data tr[data-plan-id="${plan.planId}"]`).first();
    await expect(row.locator('[data-field="premium"]')).toHaveText(dollars(plan.expected.premiumCents));
    await expect(row.locator('[data-field="total"]')).toHaveText(dollars(plan.expected.totalCents));
    await expect(row.locator('[data-field="worst"]')).toHaveText(dollars(plan.worstCase.totalCents));
  }
  await tabTo(page, /^premium$/);
  await expectVisibleFocus(page);
  const tip = page.getByRole('tooltip').filter({ hasText: 'What you pay for the plan from each paycheck' }).first();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await screenshotStep(page, testInfo, 'keyboard-compare');

  // Recommend: arrow keys move the priority; the ranking follows the engine's for that priority.
  await tabTo(page, /^Next: Explain/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Next: Recommend/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Lowest expected cost/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Safest in a bad year/ })).toBeChecked();
  // The ranking changes on screen without a new comparison: the result already ranks under every priority.
  await expect(page.locator('.ranking')).not.toHaveClass(/stale/);
  const safest: CompareResult = await dispatchOk(running, 'engine:compare', { ...request, priority: 'lowest_worst_case' });
  expect(safest.recommendation).toEqual(result.rankings.lowest_worst_case);
  const ranked = page.getByRole('list', { name: 'Plans, best first' }).locator(':scope > li');
  await expect(ranked).toHaveCount(safest.recommendation.ranking.length);
  for (const [i, item] of safest.recommendation.ranking.entries()) {
    await expect(ranked.nth(i)).toHaveAttribute('data-plan-id', item.planId);
    await expect(ranked.nth(i)).toContainText(item.reasons[0] ?? '');
  }
  await screenshotStep(page, testInfo, 'keyboard-recommend');

  // Back and forward keep every input: go back to Household by keyboard and find the age still there.
  await tabTo(page, /Back: Explain$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Household/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('#m0-age')).toHaveValue('52');
  // The browser's own Back button steps back through the steps too.
  await page.goBack();
  await expect(page.locator('#step-heading')).toHaveText('How each number was figured');
  await page.goForward();
  await expect(page.locator('#m0-age')).toHaveValue('52');

  expect(errors).toEqual([]);
});
