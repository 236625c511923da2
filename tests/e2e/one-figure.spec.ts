import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runCommand } from '../../src-main/cli/commands';
import type { CompareRequestInput } from '../../src-shared/household-schema';
import type { CompareResult, PlanComparison } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { expect, test, type RunningApp } from './fixtures';
import { pdfText } from './support-pdf-text';
import { dispatchOk, pricesReady } from './support-session';

/** The enrollment type as the CSV writes it. */
const ENROLLMENT = { self_only: 'Self Only', self_plus_one: 'Self Plus One', self_and_family: 'Self and Family' } as const;

// One figure, one definition: three households (one with employer HSA money and a tax rate) walked
// through every surface — the Care step's running estimate, Compare, Explain, Recommend, the printed
// report, the CSV and the command line — each figure checked against the comparison result's own fields,
// and the plans listed in the result's order everywhere.

const dollars = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true) : 'Not known');
const csvDollars = (cents: number | null): string => (cents === null ? 'not known' : (cents / 100).toFixed(2));
const example = (name: string): CompareRequestInput =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'examples', `${name}.json`), 'utf8')) as CompareRequestInput;

const family = example('household-family-of-four');
const HOUSEHOLDS: [string, CompareRequestInput][] = [
  ['family of four with a baby', family],
  ['one person with a specialty drug', example('household-single-specialty-drug')],
  [
    'a couple with employer HSA money and a tax rate',
    {
      household: {
        members: [
          { id: 'employee', relationship: 'employee', age: 44, usage: { preset: 'high' } },
          { id: 'spouse', relationship: 'spouse', age: 41, events: [{ type: 'er_visit_admitted', days: 3 }] },
        ],
        taxRatePercent: 22,
        accountCentsByPlan: { 'fehb-kpco-2022-standard': 60_000, 'fehb-kpco-2022-prosper': 120_000 },
      },
      priority: 'balanced',
    },
  ],
];

async function openSaved(page: Page, running: RunningApp, request: CompareRequestInput): Promise<{ result: CompareResult; sent: unknown }> {
  const saved = await dispatchOk(running, 'sessions:save', {
    state: { label: 'One figure', planSet: { planYear: '2022', programs: ['fehb'] }, request, notes: '', step: 'care' },
  });
  // The comparison the page itself asked for and received: every surface must show its figures.
  const answer = page.waitForResponse((r) => decodeURIComponent(r.url()).endsWith('/api/engine:compare'));
  await page.goto(running.host.url);
  await page.locator(`tr[data-session-id="${saved.id}"]`).getByRole('button', { name: /^Open/ }).click();
  const response = await answer;
  const body = (await response.json()) as { ok: boolean; value: CompareResult };
  expect(body.ok).toBe(true);
  await pricesReady(page);
  return { result: body.value, sent: response.request().postDataJSON() as unknown };
}

function inOrder(result: CompareResult): PlanComparison[] {
  return result.planOrder.map((id) => result.plans.find((p) => p.planId === id) as PlanComparison);
}

async function step(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Session steps' })
    .getByRole('button', { name: new RegExp(`${title}$`) })
    .click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

for (const [name, request] of HOUSEHOLDS) {
  test(`the same figures on every surface: ${name}`, async ({ page, running }) => {
    test.setTimeout(120_000);
    const { result, sent } = await openSaved(page, running, request);
    const plans = inOrder(result);
    expect(plans.length).toBe(3);
    const withAccount = plans.some((p) => p.expected.accountCents > 0);
    expect(withAccount).toBe(name.includes('HSA'));

    // Care: the running estimate, in the result's order, with the shown parts.
    const estimate = page.getByRole('complementary', { name: 'Running estimate' });
    expect(await estimate.locator('li').evaluateAll((li) => li.map((x) => x.getAttribute('data-plan-id')))).toEqual(result.planOrder);
    for (const p of plans) {
      const row = estimate.locator(`li[data-plan-id="${p.planId}"]`);
      await expect(row.locator('.total')).toHaveText(dollars(p.expected.totalCents));
      await expect(row.locator('.detail')).toContainText(`${dollars(p.expected.premiumCents)} premium + ${dollars(p.expected.careCents)} care`);
      expect((p.expected.premiumCents ?? 0) + p.expected.careCents).toBe(p.expected.totalCents);
    }

    // Compare: the table in the result's order; with an account, before / account / after.
    await step(page, 'Compare');
    const table = page.getByRole('table', { name: 'The numbers in the chart' });
    expect(await table.locator('tbody tr').evaluateAll((tr) => tr.map((x) => x.getAttribute('data-plan-id')))).toEqual(result.planOrder);
    for (const p of plans) {
      const row = table.locator(`tr[data-plan-id="${p.planId}"]`);
      await expect(row.locator('[data-field="premium"]')).toHaveText(dollars(p.expected.premiumCents));
      await expect(row.locator('[data-field="oop"]')).toHaveText(dollars(p.expected.careCents));
      await expect(row.locator('[data-field="total"]')).toHaveText(dollars(p.expected.totalCents));
      await expect(row.locator('[data-field="worst"]')).toHaveText(dollars(p.worstCase.totalCents));
      if (withAccount) {
        await expect(row.locator('[data-field="oop-before-account"]')).toHaveText(dollars(p.expected.careBeforeAccountCents));
        await expect(row.locator('[data-field="account"]')).toHaveText(dollars(p.expected.accountCents));
      }
    }
    const bars = JSON.parse((await page.locator('canvas[data-chart="cost"]').getAttribute('data-labels')) ?? '[]') as string[];
    expect(bars).toEqual(plans.map((p) => p.name));
    for (const p of plans) {
      await expect(page.locator(`table.data tr[data-plan-id="${p.planId}"] [data-field="average"]`)).toHaveText(dollars(p.expected.totalCents));
    }

    // Explain: every plan, in the result's order, relates its typical year to the same headline.
    await step(page, 'Explain');
    expect(await page.locator('input[name="explain-plan"]').evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value))).toEqual(result.planOrder);
    for (const p of plans) {
      await page.locator(`input[name="explain-plan"][value="${p.planId}"]`).check();
      const section = page.locator(`section[data-plan-id="${p.planId}"][data-year="typical"]`);
      await expect(section.locator('[data-field="expected-total"]')).toHaveText(dollars(p.expected.totalCents));
      await expect(section.locator('[data-field="year-total"]')).toHaveText(dollars(p.typicalYear.figures.totalCents));
    }

    // Recommend: the ranking for the session's priority, with the result's reasons.
    await step(page, 'Recommend');
    const priority = result.priority;
    const ranked = page.getByRole('list', { name: 'Plans, best first' }).locator(':scope > li');
    for (const [i, item] of result.rankings[priority].ranking.entries()) {
      await expect(ranked.nth(i)).toHaveAttribute('data-plan-id', item.planId);
      for (const reason of item.reasons) await expect(ranked.nth(i)).toContainText(reason);
    }

    // The printed report and the CSV.
    await step(page, 'Take home');
    await page.emulateMedia({ media: 'print' });
    // The PDF's table text comes out letter-spaced: compare without any whitespace.
    const printed = pdfText(await page.pdf({ format: 'Letter', printBackground: true })).replace(/\s+/g, '');
    await page.emulateMedia({ media: 'screen' });
    for (const p of plans) {
      for (const cents of [p.expected.premiumCents, p.expected.careCents, p.expected.totalCents, p.worstCase.totalCents]) {
        expect(printed, `${p.name} ${cents}`).toContain(dollars(cents));
      }
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the comparison (CSV)' }).click();
    const csv = readFileSync((await (await download).path()) as string, 'utf8');
    const rows = csv.split(/\r?\n/).filter((l) => plans.some((p) => l.startsWith(`${p.name},`)));
    expect(rows.map((r) => r.split(',')[0])).toEqual(plans.map((p) => p.name));
    for (const p of plans) {
      const e = p.expected;
      expect(csv).toContain(
        `${p.name},2022,${ENROLLMENT[p.enrollment.type]},${csvDollars(e.premiumCents)},${csvDollars(e.careBeforeAccountCents)},${csvDollars(e.accountCents)},${csvDollars(e.careCents)},${csvDollars(e.totalCents)},`,
      );
    }

    // The command line, on the same dispatcher: the same result for the same request, and the same table figures.
    const cliIo = { app: () => running.app, readFile: () => JSON.stringify(sent), writeFile: () => {} };
    const json = JSON.parse(await runCommand(['compare', '--household', 'h.json', '--json'], cliIo)) as CompareResult;
    for (const p of plans) {
      const same = json.plans.find((q) => q.planId === p.planId);
      expect(same?.expected).toEqual(p.expected);
      expect(same?.worstCase.totalCents).toBe(p.worstCase.totalCents);
    }
    expect(json.planOrder).toEqual(result.planOrder);
    const text = await runCommand(['compare', '--household', 'h.json'], cliIo);
    for (const p of plans) expect(text).toContain(dollars(p.expected.totalCents));
  });
}
