import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CompareRequest } from '../../src-shared/household-schema';
import { type CompareResult, type ExplainResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { expect, test } from './fixtures';
import { pdfText } from './support-pdf-text';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady, screenshotStep } from './support-session';

/** The enrollment type as the CSV writes it. */
const ENROLLMENT = { self_only: 'Self Only', self_plus_one: 'Self Plus One', self_and_family: 'Self and Family' } as const;

// A counselor's session for a family of four expecting a baby, through every step, against the real
// handlers and a real SQLite file. Every figure on screen must be the one engine:compare returns for the
// same inputs, and the saved session must reopen as it was.

const dollars = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true) : 'Not known');
const squash = (s: string): string => s.replace(/\s+/g, '');

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Next: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

test('a family of four expecting a baby: figures equal engine:compare, exports carry them, the session reopens', async ({ page, running }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);

  // Start: plan year 2022, federal and district plans (the district plans have no numbers yet).
  await expect(page.getByRole('heading', { name: 'Start a counseling session' })).toBeVisible();
  await expect(page.getByLabel('Plan year')).toHaveValue('2022');
  await page.getByRole('radio', { name: 'Both' }).check();
  await expect(page.getByRole('list', { name: 'Plans in this comparison' }).getByRole('listitem')).toHaveCount(6);
  await screenshotStep(page, testInfo, 'step-1-start');
  await expectNoSeriousA11yViolations(page, 'start');
  await page.getByRole('button', { name: 'Start a new session' }).click();

  // Household: the enrollment type follows the people as they are added.
  await expect(page.locator('#step-heading')).toHaveText('Who is in the household?');
  await page.getByLabel('Name for this session').fill('Rivera family');
  const enrollment = page.getByTestId('enrollment-type');
  await page.locator('#m0-age').fill('38');
  await expect(enrollment).toContainText('Self Only');
  await page.getByRole('button', { name: '+ Add a spouse' }).click();
  await page.locator('#m1-age').fill('35');
  await page.locator('#m1-sex').selectOption('female');
  await page.locator('#m1-name').fill('Ana');
  await expect(enrollment).toContainText('Self Plus One');
  await page.getByRole('button', { name: '+ Add a child' }).click();
  await page.locator('#m2-age').fill('8');
  await page.getByRole('button', { name: '+ Add a child' }).click();
  await page.locator('#m3-age').fill('5');
  await expect(enrollment).toContainText('Self and Family (4 people)');
  await screenshotStep(page, testInfo, 'step-2-household');
  await expectNoSeriousA11yViolations(page, 'household');

  // Care: the employee sees the doctor 3 times; Ana expects a baby by C-section in May.
  await next(page, 'Care');
  const pcp = page.locator('#c0-pcp_visit');
  await page.getByRole('button', { name: 'More: Primary care visit' }).click();
  await page.getByRole('button', { name: 'More: Primary care visit' }).click();
  await expect(pcp).toHaveValue('3');
  await page.getByRole('tab', { name: 'Ana (Spouse)' }).click();
  await page.getByLabel('Add an event').selectOption('baby');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByLabel('Due date').fill('2022-05-20');
  await page.getByLabel('Delivery').selectOption('csection');
  await pricesReady(page);
  const estimate = page.getByRole('complementary', { name: 'Running estimate' });
  await expect(estimate.locator('li')).toHaveCount(3);
  await screenshotStep(page, testInfo, 'step-3-care');
  await expectNoSeriousA11yViolations(page, 'care');

  // The same inputs, written by hand, priced by the same handler the page uses.
  const plans = await dispatchOk(running, 'plans:list', {});
  const request = {
    household: {
      members: [
        { id: 'person-1', relationship: 'employee', age: 38, usage: { preset: 'typical', conditions: [], counts: { pcp_visit: 3 } } },
        {
          id: 'person-2',
          name: 'Ana',
          relationship: 'spouse',
          age: 35,
          sex: 'female',
          events: [{ type: 'baby', delivery: 'csection', dueDate: '2022-05-20' }],
        },
        { id: 'person-3', relationship: 'child', age: 8 },
        { id: 'person-4', relationship: 'child', age: 5 },
      ],
    },
    planIds: plans.filter((p) => p.program === 'fehb' || p.program === 'district').map((p) => p.id),
    priority: 'lowest_expected',
    seed: 20220101,
    planYearStart: '2022-01-01',
  };
  const result: CompareResult = await dispatchOk(running, 'engine:compare', request);
  expect(result.plans).toHaveLength(3);
  expect(result.skipped).toHaveLength(3);

  // One figure per plan, in one order: the running estimate lists the plans as planOrder does.
  await expect(estimate.locator('li').first()).toHaveAttribute('data-plan-id', result.planOrder[0]!);
  expect(await estimate.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-plan-id')))).toEqual(result.planOrder);
  for (const plan of result.plans) {
    await expect(estimate.locator(`[data-plan-id="${plan.planId}"] .total`)).toHaveText(dollars(plan.expected.totalCents));
    await expect(estimate.locator(`[data-plan-id="${plan.planId}"] .detail`)).toHaveText(
      `${dollars(plan.expected.premiumCents)} premium + ${dollars(plan.expected.careCents)} care`,
    );
  }

  // Compare: every figure in the table is the engine's; the chart has one bar per complete plan.
  await next(page, 'Compare');
  await pricesReady(page);
  const costTable = page.getByRole('table', { name: 'The numbers in the chart' });
  await expect(costTable.locator('tbody tr')).toHaveCount(result.plans.length);
  for (const plan of result.plans) {
    const row = costTable.locator(`tr[data-plan-id="${plan.planId}"]`);
    const total = plan.simulated.total;
    if (!total) throw new Error(`${plan.name} has no total`);
    await expect(row.locator('[data-field="premium"]')).toHaveText(dollars(plan.expected.premiumCents));
    await expect(row.locator('[data-field="oop"]')).toHaveText(dollars(plan.expected.careCents));
    await expect(row.locator('[data-field="total"]')).toHaveText(dollars(plan.expected.totalCents));
    await expect(row.locator('[data-field="range"]')).toHaveText(`${dollars(total.p10Cents)} to ${dollars(total.p90Cents)}`);
    await expect(row.locator('[data-field="worst"]')).toHaveText(dollars(plan.worstCase.totalCents));
    const p = plan.simulated.probabilityCheapest ?? 0;
    const pct = Math.round(p * 100);
    await expect(row.locator('[data-field="cheapest"]')).toHaveText(
      `${pct === 0 && p > 0 ? 'less than 1%' : pct === 100 && p < 1 ? 'more than 99%' : `${pct}%`} of years`,
    );
  }
  const bars = JSON.parse((await page.locator('canvas[data-chart="cost"]').getAttribute('data-labels')) ?? '[]') as string[];
  expect(bars).toEqual(result.planOrder.map((id) => result.plans.find((p) => p.planId === id)?.name));
  for (const point of result.breakEven.points) {
    await expect(page.locator('[data-field="crossover"]').first()).toBeVisible();
    await expect(page.locator('#be-summary')).toContainText(`With less than ${dollars(point.allowedCents)} of care`);
  }
  for (const plan of result.plans) {
    const t = plan.simulated.total;
    if (t) await expect(page.locator('#dist-summary')).toContainText(`${plan.name}: most years cost between ${dollars(t.p10Cents)} and ${dollars(t.p90Cents)}`);
  }
  // The histogram: its bands are the engine's shared edges, and each plan's share of years in a band is
  // the engine's count over the number of simulated years (shown to 0.1%).
  const edges = result.plans[0]?.simulated.histogram?.binEdgesCents ?? [];
  const bandNames = edges.slice(1).map((hi, k) => `${dollars(edges[k])}–${dollars(hi)}`);
  expect(bandNames.length).toBeGreaterThanOrEqual(15);
  expect(JSON.parse((await page.locator('canvas[data-chart="distribution"]').getAttribute('data-labels')) ?? '[]')).toEqual(bandNames);
  await page.getByText('Show the share of years in each cost band').click();
  const histTable = page.getByRole('table', { name: /Share of the .* tried years in each cost band/ });
  await expect(histTable.locator('tbody th')).toHaveText(bandNames);
  for (const plan of result.plans) {
    const counts = plan.simulated.histogram?.counts ?? [];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(result.simulations);
    const cells = await histTable.locator(`tbody td[data-plan-id="${plan.planId}"]`).allInnerTexts();
    expect(cells).toHaveLength(counts.length);
    cells.forEach((cell, k) => {
      const share = (counts[k] ?? -1) / result.simulations;
      if (cell === '0%') expect(share, `${plan.name}, ${bandNames[k]}`).toBe(0);
      else if (cell === 'less than 0.1%') expect(share > 0 && share < 0.0005, `${plan.name}, ${bandNames[k]}: ${share}`).toBe(true);
      else expect(Math.abs(Number(cell.replace(/%$/, '')) - share * 100), `${plan.name}, ${bandNames[k]}: ${cell}`).toBeLessThanOrEqual(0.05 + 1e-9);
    });
  }
  for (const skipped of result.skipped) await expect(page.locator(`.skipped [data-plan-id="${skipped.planId}"]`)).toContainText(skipped.reason);
  const compareText = await costTable.innerText();
  await screenshotStep(page, testInfo, 'step-4-compare');
  await expectNoSeriousA11yViolations(page, 'compare');

  // Explain: the suggested plan's typical year, member by member, down to the brochure line, and how it
  // relates to the headline; then the worst simulated year, whose total is the range's costliest year.
  await next(page, 'Explain');
  const best = result.plans.find((p) => p.planId === result.recommendation.ranking[0]?.planId);
  if (!best) throw new Error('no suggested plan');
  const typical: ExplainResult = await dispatchOk(running, 'engine:explain', { request, planId: best.planId, year: 'typical' });
  const totals = typical.priced.totals;
  const summary = page.locator(`section[data-plan-id="${best.planId}"]`);
  await expect(summary.locator('[data-field="allowed"]')).toHaveText(dollars(totals.allowedCents));
  await expect(summary.locator('[data-field="member-pays"]')).toHaveText(dollars(best.typicalYear.figures.careBeforeAccountCents));
  await expect(summary.locator('[data-field="plan-pays"]')).toHaveText(dollars(totals.planPaysCents));
  await expect(summary.locator('[data-field="year-total"]')).toHaveText(dollars(best.typicalYear.figures.totalCents));
  await expect(summary.locator('[data-field="expected-total"]')).toHaveText(dollars(best.expected.totalCents));
  const spouse = page.locator('section[data-member="person-2"]');
  const byMember = typical.priced.byMember['person-2'];
  await expect(spouse).toContainText(`You pay ${formatCents(byMember?.memberPaysCents ?? -1)}`);
  await spouse.getByText(/Show the \d+ claims for Ana/).click();
  const delivery = typical.priced.lines.find((l) => l.member === 'person-2' && l.service === 'maternity_delivery');
  if (!delivery) throw new Error('no delivery line');
  const deliveryRow = spouse.locator(`tr[data-line="${delivery.index}"]`);
  await expect(deliveryRow).toContainText(delivery.rule.text);
  await expect(deliveryRow).toContainText(`Section ${delivery.rule.source.section}, “${delivery.rule.source.row}”: “${delivery.rule.source.youPay}”`);
  await expect(deliveryRow.locator('.pays')).toHaveText(formatCents(delivery.memberPaysCents));
  await expect(page.locator('section[data-member="person-2-newborn"] h3')).toHaveText('Baby (expected)');
  await page.getByRole('radio', { name: 'The worst simulated year' }).check();
  const worstSection = page.locator(`section[data-plan-id="${best.planId}"][data-year="worst"]`);
  await expect(worstSection.locator('[data-field="year-total"]')).toHaveText(dollars(best.simulated.total?.maxCents));
  await page.getByRole('radio', { name: 'A typical year' }).check();
  await expect(page.locator(`section[data-plan-id="${best.planId}"][data-year="typical"] [data-field="year-total"]`)).toHaveText(
    dollars(best.typicalYear.figures.totalCents),
  );
  await screenshotStep(page, testInfo, 'step-5-explain');
  await expectNoSeriousA11yViolations(page, 'explain');

  // Recommend: the engine's ranking and reasons, what would change them, notes and the caveat.
  await next(page, 'Recommend');
  const ranked = page.getByRole('list', { name: 'Plans, best first' }).locator(':scope > li');
  await expect(ranked).toHaveCount(result.recommendation.ranking.length);
  for (const [i, item] of result.recommendation.ranking.entries()) {
    await expect(ranked.nth(i)).toHaveAttribute('data-plan-id', item.planId);
    for (const reason of item.reasons) await expect(ranked.nth(i)).toContainText(reason);
  }
  await expect(page.locator('[data-field="sensitivity"]')).toHaveText(result.sensitivity.summary);
  await expect(page.locator('[data-field="caveat"]')).toContainText(result.recommendation.caveat);
  await page.getByRole('textbox', { name: 'Counselor notes' }).fill('Ana prefers her current Kaiser doctors.');
  await screenshotStep(page, testInfo, 'step-6-recommend');
  await expectNoSeriousA11yViolations(page, 'recommend');

  // Export: the print trigger, the printed PDF, the CSV and the session file.
  await next(page, 'Take home');
  await expect(page.getByText('Saved at')).toBeVisible({ timeout: 10_000 });
  await screenshotStep(page, testInfo, 'step-7-export');
  await expectNoSeriousA11yViolations(page, 'export');

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const printed = squash(pdfText(pdf));
  for (const text of [
    'Rivera family',
    'Ana (Spouse)',
    'Child 2',
    'Having a baby, due May 20, 2022',
    'Plan year 2022',
    'Self and Family',
    'Ana prefers her current Kaiser doctors.',
    result.recommendation.caveat,
    'Federal Employees Health Benefits Program brochure for 2022',
  ]) {
    expect(printed, `the PDF should say "${text}"`).toContain(squash(text));
  }
  for (const plan of result.plans) {
    expect(printed).toContain(squash(plan.name));
    expect(printed).toContain(squash(dollars(plan.expected.totalCents)));
    expect(printed).toContain(squash(dollars(plan.worstCase.totalCents)));
  }
  expect(printed).not.toContain(squash('Plan library')); // the app's chrome does not print
  await testInfo.attach('recommendation.pdf', { body: pdf, contentType: 'application/pdf' });

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the comparison (CSV)' }).click();
  const csvBytes = readFileSync((await (await csvDownload).path()) as string);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = csvBytes.toString('utf8');
  expect(csv).toContain('Session,Rivera family');
  expect(csv).toContain('Ana (Spouse),35,About average,None,"Having a baby, due 2022-05-20",None');
  expect(csv).toContain('Child 2,5,');
  for (const [i, plan] of result.plans.entries()) {
    const rank = result.recommendation.ranking.find((r) => r.planId === plan.planId)?.rank;
    const e = plan.expected;
    expect(csv, `CSV row ${i}`).toContain(
      `${plan.name},2022,${ENROLLMENT[plan.enrollment.type]},${((e.premiumCents ?? 0) / 100).toFixed(2)},${(e.careBeforeAccountCents / 100).toFixed(2)},${(e.accountCents / 100).toFixed(2)},` +
        `${(e.careCents / 100).toFixed(2)},${((e.totalCents ?? 0) / 100).toFixed(2)},`,
    );
    expect(csv).toContain(`,${((plan.worstCase.totalCents ?? 0) / 100).toFixed(2)},${Math.round((plan.simulated.probabilityCheapest ?? 0) * 100)}%,${rank}`);
  }
  for (const skipped of result.skipped) expect(csv).toContain(skipped.name);

  const fileDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the session to a file' }).click();
  const sessionFilePath = (await (await fileDownload).path()) as string;
  const sessionFile = JSON.parse(readFileSync(sessionFilePath, 'utf8')) as { type: string; data: { request: unknown } };
  expect(sessionFile.type).toBe('benefits-counselor/session');
  expect(sessionFile.data.request).toEqual(CompareRequest.parse(request));

  // The autosaved session holds exactly the request that was priced.
  const saved = await dispatchOk(running, 'sessions:list', {});
  expect(saved.map((s) => s.label)).toEqual(['Rivera family']);
  const stored = await dispatchOk(running, 'sessions:get', { id: saved[0]?.id ?? '' });
  expect(stored.state.request).toEqual(CompareRequest.parse(request));
  expect(stored.state.notes).toBe('Ana prefers her current Kaiser doctors.');

  // Reopen: a fresh page, the saved list, and the same session on the same step with the same figures.
  await page.goto('about:blank');
  await page.goto(`${running.host.origin}/`); // the launch code is spent: this browser's cookie lets it in
  const row = page.locator(`tr[data-session-id="${saved[0]?.id}"]`);
  await expect(row).toContainText('Rivera family');
  await row.getByRole('button', { name: /^Open/ }).click();
  await expect(page.locator('#step-heading')).toHaveText('Take it home');
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
  await expect(page.locator('#m1-name')).toHaveValue('Ana');
  await expect(page.locator('#m3-age')).toHaveValue('5');
  await page.getByRole('button', { name: /Care/ }).first().click();
  await expect(page.locator('#c0-pcp_visit')).toHaveValue('3');
  await page
    .getByRole('button', { name: /Recommend/ })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: 'Counselor notes' })).toHaveValue('Ana prefers her current Kaiser doctors.');

  // Delete it from the saved list; then bring it back from the session file, as on another computer.
  await page.getByRole('button', { name: /Start/ }).first().click();
  const savedRow = page.locator(`tr[data-session-id="${saved[0]?.id}"]`);
  await savedRow.getByRole('button', { name: /^Delete/ }).click();
  await savedRow.getByRole('button', { name: /^Yes, delete/ }).click();
  await expect(page.getByText('Deleted “Rivera family”.')).toBeVisible();
  expect(await dispatchOk(running, 'sessions:list', {})).toEqual([]);

  await page.locator('#session-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"something else"}') });
  await expect(page.getByRole('alert')).toContainText('bad.json could not be opened. Nothing was changed.');
  await page.locator('#session-file').setInputFiles(sessionFilePath);
  await expect(page.locator('#step-heading')).toHaveText('Take it home');
  await pricesReady(page);
  await page
    .getByRole('button', { name: /Compare/ })
    .first()
    .click();
  await expect.poll(() => page.getByRole('table', { name: 'The numbers in the chart' }).innerText()).toBe(compareText);
  // Opened from a file, it is saved here as a new session; "older than 0 days" then clears it out.
  await expect.poll(async () => (await dispatchOk(running, 'sessions:list', {})).map((s) => s.label)).toEqual(['Rivera family']);
  await page.getByRole('button', { name: /Start/ }).first().click();
  await page.getByLabel('Delete sessions not changed in the last').fill('0');
  await page.getByRole('button', { name: 'Delete all sessions…' }).click();
  await expect(page.getByRole('group', { name: /^Delete the only saved session: “Rivera family”/ })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete 1 session' }).click();
  await expect(page.getByText('Deleted the only saved session.')).toBeVisible();
  expect(await dispatchOk(running, 'sessions:list', {})).toEqual([]);

  expect(errors).toEqual([]);
});
