import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ArrangementSection, CompareResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { expect, test } from './fixtures';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady } from './support-session';

// Two employers, one household (issue 14), driven as a counselor: the employee works for the federal
// government, the spouse for the school district (FIXTURE district plans with made-up numbers, imported
// for this test, never shipped). The counselor ticks who offers each adult coverage, sees every
// arrangement on Compare with the figures engine:compare gives for the same request, and opens one in
// Explain claim by claim, enrollment by enrollment.

const dollars = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true) : 'Not known');

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Next: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

const members = [
  { id: 'employee', relationship: 'employee', age: 40 },
  { id: 'spouse', relationship: 'spouse', age: 38 },
  { id: 'child-1', relationship: 'child', age: 8 },
  { id: 'child-2', relationship: 'child', age: 5 },
];

test('two adults at two employers: every arrangement on Compare, one opened claim by claim in Explain', async ({ page, running }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'district-arrangement-plans.json'), 'utf8');
  await dispatchOk(running, 'plans:import', { text: fixture, author: 'e2e' });
  const saved = await dispatchOk(running, 'sessions:save', {
    state: {
      label: 'Two employers',
      planSet: { planYear: '2022', programs: ['fehb', 'district'] },
      request: { household: { members }, priority: 'lowest_expected' },
      notes: '',
      step: 'household',
    },
  });
  await page.goto(running.host.url);
  await page.locator(`tr[data-session-id="${saved.id}"]`).getByRole('button', { name: /^Open/ }).click();

  // Household: who offers each adult coverage through work, in plain words.
  const employee = page.locator('[data-eligibility="employee"]');
  const spouse = page.locator('[data-eligibility="spouse"]');
  await expect(page.getByText('Who offers this person health coverage through work?').first()).toBeVisible();
  await employee.getByRole('checkbox', { name: 'The federal government (FEHB)' }).check();
  await spouse.getByRole('checkbox', { name: 'The school district' }).check();
  await expect(page.locator('[data-eligibility="child-1"]')).toHaveCount(0);
  await expect
    .poll(async () => (await dispatchOk(running, 'sessions:get', { id: saved.id })).state.request.household.members.map((x) => x.eligibleFor ?? []))
    .toEqual([['fehb'], ['district'], [], []]);

  await next(page, 'Care');
  await pricesReady(page);
  await next(page, 'Compare');
  await pricesReady(page);

  const session = await dispatchOk(running, 'sessions:get', { id: saved.id });
  const result: CompareResult = await dispatchOk(running, 'engine:compare', session.state.request);
  const arrangements = result.arrangements as ArrangementSection;
  const section = page.locator('[data-section="arrangements"]');
  await expect(section.getByRole('heading', { name: 'Who enrolls where' })).toBeVisible();
  await expect(section.locator('[data-note="dual-coverage"]')).toContainText('Dual coverage');
  // Every priced arrangement has a row with the engine's figures; the others are listed with the reason.
  const priced = arrangements.arrangements.filter((a) => a.status.priced);
  await expect(section.locator('tbody tr')).toHaveCount(priced.length);
  const best = arrangements.arrangements.find((a) => a.id === arrangements.order[0])!;
  const row = section.locator('tbody tr').first();
  await expect(row).toHaveAttribute('data-arrangement-id', best.id);
  await expect(row.locator('[data-field="total"]')).toHaveText(dollars(best.expected?.totalCents));
  await expect(row.locator('[data-field="premium"]')).toHaveText(dollars(best.expected?.premiumCents));
  // A split arrangement says which months each district plan year covers.
  await expect(section.getByText(/the 2021–22 plan year covers January–June 2022/).first()).toBeVisible();
  await expect(section.getByText(/the 2022–23 plan year covers July–December 2022/).first()).toBeVisible();
  // The shipped district plans are incomplete: their arrangements are listed, not priced.
  await expect(section.locator('[data-status="not-priced"]').first()).toContainText('cannot be priced yet: its numbers are missing');
  await expectNoSeriousA11yViolations(page, 'compare (arrangements)');

  // Open a split arrangement (employee on FEHB, spouse on the district) in Explain.
  const split = priced.find((a) => a.enrollments.length === 2)!;
  await section
    .locator(`tr[data-arrangement-id="${split.id}"]`)
    .getByRole('button', { name: /^Open claim by claim/ })
    .click();
  await expect(page.locator('#step-heading')).toHaveText('How each number was figured');
  const explain = page.locator('[data-section="arrangement-explain"]');
  await expect(explain).toHaveAttribute('data-arrangement-id', split.id);
  await expect(explain.locator('[data-enrollment]')).toHaveCount(2);
  await expect(explain.getByRole('heading', { name: /2022–23 plan year \(July–December 2022\)/ })).toBeVisible({ timeout: 20_000 });
  // The ledgers are per enrollment: the spouse's district enrollment holds only the district members' claims.
  const district = split.enrollments.find((e) => e.program === 'district')!;
  const districtSection = explain.locator(`[data-enrollment="${district.planId}"]`);
  for (const id of ['employee', 'child-1', 'child-2'].filter((x) => !district.members.includes(x)))
    await expect(districtSection.locator(`[data-member="${id}"]`)).toHaveCount(0);
  await expect(districtSection.locator('[data-member="spouse"]').first()).toBeVisible();
  await expect(explain.locator('[data-field="arrangement-year-total"]')).toContainText("The arrangement's year");
  expect(errors).toEqual([]);
});
