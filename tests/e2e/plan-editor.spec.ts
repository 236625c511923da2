import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { PricedClaims } from '../../src-shared/pricing-schema';
import type { RunningApp } from './fixtures';
import { expect, test } from './fixtures';
import { loadSbcFixture } from '../unit/editor/sbc-fixture';

// Completing district-kpco-2021-dhmo2000plus from the (made-up) fixture SBC through the editor, with the
// keyboard and the mouse, then pricing a household with it, gives the same result as importing the same
// plan as a file.

const PLAN = 'district-kpco-2021-dhmo2000plus';
const sbc = loadSbcFixture();

const household: { members: EngineMember[]; claims: Claim[] } = {
  members: [
    { id: 'ana', age: 41 },
    { id: 'ben', age: 6 },
    { id: 'cy', age: 38 },
  ],
  claims: [
    { member: 'ana', date: '2021-07-12', service: 'pcp_visit', allowedCents: 15_000 },
    { member: 'ana', date: '2021-08-02', service: 'specialist_visit', allowedCents: 25_000 },
    { member: 'ana', date: '2021-09-14', service: 'advanced_imaging', allowedCents: 140_000 },
    { member: 'ben', date: '2021-11-20', service: 'er_visit', allowedCents: 260_000, admitted: true },
    { member: 'ben', date: '2021-11-20', service: 'inpatient_admission', allowedCents: 1_800_000, days: 2 },
    { member: 'ben', date: '2022-02-03', service: 'rx_generic', allowedCents: 2_000, channel: 'mail', supplyDays: 90 },
    { member: 'cy', date: '2022-03-09', service: 'rx_specialty', allowedCents: 300_000, channel: 'plan_pharmacy', supplyDays: 30 },
    { member: 'cy', date: '2022-04-01', service: 'urgent_care_visit', allowedCents: 20_000 },
  ],
};

async function price(running: RunningApp): Promise<PricedClaims> {
  const r = await running.app.dispatch('engine:price', { planId: PLAN, ...household });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as PricedClaims;
}

/** Fails on any serious or critical accessibility violation inside the editor, naming it. */
async function expectAccessibleEditor(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('section.editor').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${step}: ${v.id} ${v.help}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

/** Replaces a field's text the way a person does: click into it, select all, type over it. */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

test('an HR administrator completes the DHMO 2000 20% Plus plan from its SBC; it prices like the same plan imported as a file', async ({
  page,
  running,
}, testInfo) => {
  test.setTimeout(120_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Plan library' }).click();
  await page
    .locator(`[data-plan-id="${PLAN}"]`)
    .getByRole('button', { name: /^Edit plan/ })
    .click();

  // The name typed at the start is the author of the change record.
  await page.getByLabel('Your name, for the change record').click();
  await page.keyboard.type('Dana (HR)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Edit plan: DHMO 2000 20% Plus/ })).toBeVisible();
  await expect(page.getByText(/Incomplete: \d+ missing/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save plan' })).toBeDisabled();

  await retype(page, '#ed-source-title', sbc.source.title);
  await retype(page, '#ed-source-citation', sbc.source.citation);

  // Important Questions, moving from field to field with the keyboard.
  const q = sbc.importantQuestions;
  await page.locator('#ed-deductible-person').click();
  await page.keyboard.type(q.deductible.person);
  await page.keyboard.press('Tab');
  await page.keyboard.type(q.deductible.family);
  await expect(page.locator('#ed-deductible-embedded')).toBeChecked();
  await retype(page, '#ed-otherDeductibles', q.otherDeductibles);
  await page.locator('#ed-oopMax-person').click();
  await page.keyboard.type(q.oopMax.person);
  await page.keyboard.press('Tab');
  await page.keyboard.type(q.oopMax.family);
  await page.locator('#ed-oopExcludes').click();
  await page.keyboard.type(q.oopExcludes.join('\n'));
  await page.locator('#ed-oon-yes').check();
  await page.locator('#ed-networkNotes').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(q.networkNote);
  await retype(page, '#ed-referrals', q.referrals);

  // The first cell typed key by key: the engine's reading shows at once beside it.
  const first = sbc.commonMedicalEvents[0]!;
  await page.locator(`#ed-cell-${first.service}-in`).click();
  await page.keyboard.type('$30 or');
  await expect(page.locator(`#ed-cell-${first.service}-in-reading`)).toContainText('Cannot read this');
  await expect(page.locator(`#ed-cell-${first.service}-in`)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleEditor(page, 'with a cell the engine cannot read');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(first.inNetwork);
  await expect(page.locator(`#ed-cell-${first.service}-in-reading`)).toHaveText(
    'Engine reads: You pay $30 for each visit. You do not have to meet the deductible first.',
  );

  // Every row: click into the network cell, then Tab to the out-of-network cell and the limitations.
  for (const row of sbc.commonMedicalEvents) {
    await retype(page, `#ed-cell-${row.service}-in`, row.inNetwork);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(row.outOfNetwork);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(row.limitations);
  }
  await expect(page.locator('#ed-cell-inpatient_admission-in-reading')).toHaveText(
    'Engine reads: You pay 20% of the allowed amount after you meet the deductible.',
  );
  await expect(page.locator('#ed-cell-pt_visit-in-reading')).toContainText('The plan covers up to 20 visits a year.');

  // The emergency row's waiver sits under "More": open it with the mouse, tick it with the keyboard.
  await page.locator('tr[data-service="er_visit"] summary').click();
  await page.locator('#ed-cell-er_visit-waived').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#ed-cell-er_visit-waived')).toBeChecked();

  // Covered drug rows need a way to fill a prescription: Save says so until one is given.
  await expect(page.locator('#ed-save-reason')).toContainText('No way to fill a prescription');
  for (const [channel, tiers] of Object.entries(sbc.pharmacy)) {
    await page.locator(`#ed-pharmacy-${channel}-offered`).check();
    for (const [i, tier] of (tiers ?? []).entries()) {
      await retype(page, `#ed-pharmacy-${channel}-${i}-days`, tier.upToDays);
      await page.keyboard.press('Tab');
      await page.keyboard.type(tier.copays);
    }
  }

  for (const p of sbc.premiums) {
    await page.locator(`#ed-premium-${p.type}-code`).click();
    await page.keyboard.type(p.code);
    for (const value of [p.biweeklyEmployee, p.biweeklyEmployer, p.monthlyEmployee, p.monthlyEmployer]) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
  }
  await expect(page.locator('#ed-planYear-start')).toHaveValue(sbc.planYear.start);
  await expect(page.locator('#ed-planYear-end')).toHaveValue(sbc.planYear.end);

  await expect(page.getByTestId('complete-badge')).toHaveText('Complete: every required service has a rule');
  await page.screenshot({ path: testInfo.outputPath('plan-editor.png'), fullPage: true });
  await expectAccessibleEditor(page, 'complete');
  const save = page.getByRole('button', { name: 'Save plan' });
  await expect(save).toBeEnabled();
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Saved as revision \d+ by Dana \(HR\)/)).toBeVisible();
  await expect(page.getByText('The plan is complete and can be priced', { exact: false })).toBeVisible();

  // The change record and the readable diff against the shipped (incomplete) version.
  await page.getByRole('button', { name: 'Show changes' }).click();
  const seeded = await page.locator('#ed-diff-against option', { hasText: 'seed by shipped data' }).getAttribute('value');
  await page.getByLabel('Compare this version with').selectOption(seeded ?? '');
  await page.getByRole('button', { name: 'Show changes' }).last().click();
  await expect(page.getByRole('list', { name: 'Changes' })).toContainText('Deductible: not entered → $2,000 per person, $4,000 per family (embedded)');
  await expect(page.locator('table.impact tr[data-enrollment="self_only"]')).toContainText('incomplete');
  await page.locator('#ed-diff-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('plan-editor-diff.png') });
  const viaEditor = await price(running);

  // The same plan as a file, imported through the library's own import button.
  await page.getByRole('button', { name: 'Close the editor' }).click();
  await page.locator('#plan-import').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'dhmo2000plus-plan-file.json'));
  await expect(page.getByText(/Imported 1 plan from dhmo2000plus-plan-file\.json \(replaced district-kpco-2021-dhmo2000plus\)/)).toBeVisible();
  const viaFile = await price(running);

  expect(viaEditor.totals.memberPaysCents).toBeGreaterThan(0);
  expect(viaEditor).toEqual(viaFile);
  expect(consoleErrors).toEqual([]);
});

test('a new plan starts as a copy of an FEHB option; the diff names the change and its cost to the sample household', async ({ page, running }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Plan library' }).click();
  await page
    .locator('[data-plan-id="fehb-kpco-2022-standard"]')
    .getByRole('button', { name: /^Copy as new plan/ })
    .click();
  await page.getByLabel('Your name, for the change record').fill('Eli (HR)');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByLabel('Plan to copy')).toHaveValue('fehb-kpco-2022-standard');
  await page.getByLabel('Plan year: first day').fill('2023-01-01');
  await page.getByLabel('Plan year: last day').fill('2023-12-31');
  await page.getByLabel('Plan year label').fill('2023');
  await expect(page.getByLabel(/^Plan id/)).toHaveValue('fehb-2023-standard-option');
  await page.getByRole('button', { name: 'Create the plan and edit it' }).click();

  await expect(page.getByRole('heading', { name: /Edit plan: Standard Option/ })).toBeVisible();
  await expect(page.getByTestId('complete-badge')).toBeVisible();
  // The copied Standard Option keeps "nothing for children through age 17" when the adult copay changes.
  await retype(page, '#ed-cell-pcp_visit-in', '$35 copay/visit');
  await expect(page.locator('#ed-cell-pcp_visit-in-reading')).toContainText('If the patient is 17 or younger, you pay nothing.');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText(/Saved as revision \d+ by Eli \(HR\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Show changes' }).click();
  const original = await page
    .locator('#ed-diff-against option', { hasText: 'Standard Option — Kaiser Permanente - Colorado (FEHB) (2022)' })
    .getAttribute('value');
  await page.getByLabel('Compare this version with').selectOption(original ?? '');
  await page.getByRole('button', { name: 'Show changes' }).last().click();
  await expect(page.getByRole('list', { name: 'Changes' })).toContainText('Primary care visit: $30 copay per visit → $35 copay per visit');
  // The sample adult sees a primary care doctor twice a year: $5 more each time.
  await expect(page.locator('table.impact tr[data-enrollment="self_only"]')).toContainText('+$10');

  const saved = await running.app.dispatch('plans:get', { id: 'fehb-2023-standard-option' });
  expect(saved.ok && (saved.value as { plan: { planYear: { label: string } } }).plan.planYear.label).toBe('2023');
  expect(consoleErrors).toEqual([]);
});
