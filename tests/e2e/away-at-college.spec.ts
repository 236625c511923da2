import type { Page } from '@playwright/test';
import { CompareRequest } from '../../src-shared/household-schema';
import { type CompareResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { expect, test } from './fixtures';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady } from './support-session';

// A family with a student away at college (issue 13): the Care step's "Care away from home" questions put
// the student's care on each plan's dependent out-of-area benefit; the figures on Compare are
// engine:compare's for the same request, and each plan says how it treats that care.

const dollars = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true) : 'Not known');

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Next: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

const members = [
  { id: 'employee', relationship: 'employee', age: 50 },
  { id: 'spouse', relationship: 'spouse', age: 48 },
  { id: 'child', relationship: 'child', age: 19 },
];

test("a student away at college: the figures on screen are the comparison's, each plan's out-of-area treatment shown", async ({ page, running }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  const saved = await dispatchOk(running, 'sessions:save', {
    state: {
      label: 'College',
      planSet: { planYear: '2022', programs: ['fehb'] },
      request: { household: { members }, priority: 'lowest_expected' },
      notes: '',
      step: 'care',
    },
  });
  await page.goto(running.host.url);
  await page.locator(`tr[data-session-id="${saved.id}"]`).getByRole('button', { name: /^Open/ }).click();
  await pricesReady(page);

  // The third person's questions (the child): studies elsewhere in the US, 9 months (the default).
  await page.getByRole('tab', { name: 'Child' }).click();
  await page.getByRole('combobox', { name: 'Lives or studies away from home part of the year' }).selectOption('elsewhere_us');
  await expect(page.getByRole('spinbutton', { name: 'Months of the year away' })).toHaveValue('9');
  await pricesReady(page);
  await expectNoSeriousA11yViolations(page, 'care (away from home)');

  // Saved: the request carries the answers as the household schema takes them.
  const plans = await dispatchOk(running, 'plans:list', {});
  const household = { members: members.map((m) => (m.id === 'child' ? { ...m, away: { livesAway: 'elsewhere_us', monthsAway: 9 } } : m)) };
  await expect
    .poll(async () => (await dispatchOk(running, 'sessions:get', { id: saved.id })).state.request.household)
    .toEqual(CompareRequest.parse({ household, priority: 'lowest_expected' }).household);

  const request = {
    household,
    planIds: plans.filter((p) => p.program === 'fehb').map((p) => p.id),
    priority: 'lowest_expected',
    seed: 20220101,
    planYearStart: '2022-01-01',
  };
  const result: CompareResult = await dispatchOk(running, 'engine:compare', request);
  const athome: CompareResult = await dispatchOk(running, 'engine:compare', { ...request, household: { members } });
  // The answer moves the figures: the out-of-area benefit prices the student's care differently.
  expect(result.plans.map((p) => p.expected.totalCents)).not.toEqual(athome.plans.map((p) => p.expected.totalCents));

  await next(page, 'Compare');
  await pricesReady(page);
  const table = page.getByRole('table', { name: 'The numbers in the chart' });
  await expect(table.locator('tbody tr')).toHaveCount(result.plans.length);
  for (const plan of result.plans) {
    const row = table.locator(`tr[data-plan-id="${plan.planId}"]`);
    await expect(row.locator('[data-field="premium"]')).toHaveText(dollars(plan.expected.premiumCents));
    await expect(row.locator('[data-field="oop"]')).toHaveText(dollars(plan.expected.careCents));
    await expect(row.locator('[data-field="total"]')).toHaveText(dollars(plan.expected.totalCents));
  }
  // Side by side: each plan's treatment of the care away from home, as the result says it.
  for (const plan of result.plans) {
    const first = plan.assumptions[0] ?? '';
    expect(first).toMatch(/^Dependent out-of-area benefit: office visits: \$\d+ copay per visit, 5 a year, then not covered/);
    await expect(page.getByText(first, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByText('Dependent out-of-area benefit: office visits: $10 copay per visit, 5 a year, then not covered').first()).toBeVisible();
  expect(errors).toEqual([]);
});
