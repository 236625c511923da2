import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type CompareResult } from '../../src-shared/compare-result-schema';
import { formatCents } from '../../src-shared/money';
import { openApp } from '../../src-main/app-context';
import { findAppRoot } from '../../src-main/app-root';
import { startWebHost } from '../../src-main/web-host/server';
import { expect, test, type RunningApp } from './fixtures';
import { pdfText } from './support-pdf-text';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady, screenshotStep } from './support-session';

// A whole session in Spanish, household to take home: the switch changes every screen at once and keeps
// what was typed, <html lang> follows, axe stays clean in both languages, the figures are engine:compare's,
// and the PDF and the CSV speak the handout's language (Spanish, or English while the screen is Spanish).
// The Household step, the plan library and a plan's detail have their own spec (spanish-household-plans).

const squash = (s: string): string => s.replace(/\s+/g, '');
const usd = (cents: number | null | undefined): string => (typeof cents === 'number' ? formatCents(cents, true, 'es') : 'No se sabe');

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Siguiente: ${title}`) }).click();
  await expect(page.locator('#step-heading')).toBeFocused();
}

/** The PDF the print stylesheet makes of the page, also written under test-results/ for a look at it. */
async function printed(page: Page, path: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(path, pdf);
  return pdf;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

test('a whole session in Spanish, with a PDF and a CSV in Spanish and in English', async ({ page, running }, testInfo) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoSeriousA11yViolations(page, 'start (en)');

  // The switch is in the header on every screen.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Comience una sesión de asesoría' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousA11yViolations(page, 'start (es)');
  await page.getByRole('button', { name: 'Comenzar una sesión nueva' }).click();

  // Household: a couple, she is called Ana and expects a baby.
  await page.locator('#session-label').fill('Familia Rivera');
  await page.locator('#m0-age').fill('38');
  await page.getByRole('button', { name: '+ Agregar cónyuge' }).click();
  await page.locator('#m1-age').fill('35');
  await page.locator('#m1-sex').selectOption('female');
  await page.locator('#m1-name').fill('Ana');

  await next(page, 'Atención');
  await expect(page.locator('#step-heading')).toHaveText('¿Qué atención espera este año?');
  await page.getByRole('button', { name: 'Más: Consulta de atención primaria' }).click();
  await page.getByRole('tab', { name: 'Ana (Cónyuge)' }).click();
  await page.getByLabel('Agregar un evento').selectOption('baby');
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await page.getByLabel('Fecha prevista del parto').fill('2022-05-20');
  await pricesReady(page);
  const estimate = page.getByRole('complementary', { name: 'Cálculo al momento' });
  await expect(estimate.locator('li')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, 'care (es)');

  // Switching back and forth changes the words at once and keeps every input.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#step-heading')).toHaveText('What care do you expect this year?');
  await expect(page.getByLabel('Due date')).toHaveValue('2022-05-20');
  await expect(page.getByRole('tab', { name: 'Ana (Spouse)' })).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousA11yViolations(page, 'care (en)');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByLabel('Fecha prevista del parto')).toHaveValue('2022-05-20');
  await page.getByRole('tab', { name: 'Empleado(a)' }).click();
  await expect(page.locator('#c0-pcp_visit')).not.toHaveValue('0');
  const pcp = await page.locator('#c0-pcp_visit').inputValue();

  // The same inputs priced by the same handler the page uses.
  const plans = await dispatchOk(running, 'plans:list', {});
  const result: CompareResult = await dispatchOk(running, 'engine:compare', {
    household: {
      members: [
        { id: 'person-1', relationship: 'employee', age: 38, usage: { preset: 'typical', conditions: [], counts: { pcp_visit: Number(pcp) } } },
        { id: 'person-2', name: 'Ana', relationship: 'spouse', age: 35, sex: 'female', events: [{ type: 'baby', delivery: 'vaginal', dueDate: '2022-05-20' }] },
      ],
    },
    planIds: plans.filter((p) => p.program === 'fehb').map((p) => p.id),
    priority: 'lowest_expected',
    seed: 20220101,
    planYearStart: '2022-01-01',
  });
  for (const plan of result.plans) await expect(estimate.locator(`[data-plan-id="${plan.planId}"] .total`)).toHaveText(usd(plan.expected.totalCents));

  // Compare: Spanish titles, tables and summaries; the engine's figures.
  await next(page, 'Comparar');
  await pricesReady(page);
  await expect(page.getByRole('heading', { name: 'Costo del año, plan por plan' })).toBeVisible();
  const costTable = page.getByRole('table', { name: 'Los números de la gráfica' });
  await expect(costTable.getByRole('columnheader', { name: 'Total esperado' })).toBeVisible();
  for (const plan of result.plans)
    await expect(costTable.locator(`[data-plan-id="${plan.planId}"] [data-field="total"]`)).toHaveText(usd(plan.expected.totalCents));
  await expect(page.locator('#cost-summary')).toContainText('tiene el menor costo esperado');
  await expect(page.getByRole('heading', { name: /¿Cuánto podría costar un año\?/ })).toBeVisible();
  await screenshotStep(page, testInfo, 'es-compare');
  await expectNoSeriousA11yViolations(page, 'compare (es)');

  // Explain: the ledger in Spanish, the brochure's own words as printed (English, marked as such).
  await next(page, 'Explicar');
  await expect(page.locator('[data-field="relation"]')).toContainText('es el promedio de');
  const ledger = page.locator('section.ledger').first();
  await ledger.locator('summary').click();
  await expect(ledger.locator('td.rule > span[lang="es"]').first()).toBeVisible();
  await expect(ledger.locator('td.rule .source[lang="en"]').first()).toContainText('Section');
  await expect(ledger).toContainText('Las palabras del folleto');
  await expectNoSeriousA11yViolations(page, 'explain (es)');

  // Recommend: reasons, what would change the answer and the caveat in Spanish.
  await next(page, 'Sugerencia');
  await expect(page.locator('#step-heading')).toHaveText('Nuestra sugerencia');
  const first = page.locator('ol.ranking > li').first();
  await expect(first).toHaveAttribute('data-plan-id', result.recommendation.ranking[0]!.planId);
  await expect(first).toContainText('Costo esperado de unos');
  await expect(page.locator('[data-field="caveat"]')).toContainText('no una cotización');
  await expect(page.getByRole('heading', { name: 'Lo que supusimos' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Notas del asesor' }).fill('Ana prefiere a sus médicos de Kaiser.');
  await expectNoSeriousA11yViolations(page, 'recommend (es)');

  // Take home: the counselor's line; the report and the CSV in Spanish.
  await next(page, 'Para llevar');
  await page.getByLabel(/Nombre del asesor/).fill('María López, Oficina de Beneficios, 303-555-0100');
  await expectNoSeriousA11yViolations(page, 'export (es)');
  const report = page.locator('article.print-report');
  await expect(report).toHaveAttribute('lang', 'es');
  const dir = testInfo.outputPath('pdf');
  mkdirSync(dir, { recursive: true });
  const es = squash(pdfText(await printed(page, join(dir, 'report-es.pdf'))));
  for (const text of [
    'Sugerencia de plan de salud: Familia Rivera',
    'Su asesor(a): María López, Oficina de Beneficios, 303-555-0100',
    'Ana (Cónyuge)',
    'Tener un bebé, fecha prevista: 20 de mayo de 2022',
    'Nuestra sugerencia',
    'Lo que supusimos',
    'Los precios son precios típicos de 2022 tomados de datos públicos nacionales; lo que su plan permita puede ser distinto.',
    'Palabras que se usan aquí',
    'Copago',
    'Red de proveedores',
    'Ana prefiere a sus médicos de Kaiser.',
  ]) {
    expect(es, `the Spanish PDF should say "${text}"`).toContain(squash(text));
  }
  for (const plan of result.plans) expect(es).toContain(squash(usd(plan.expected.totalCents)));
  expect(es, 'page numbers').toMatch(/1\/(\d)/);
  for (const internal of ['seeds/', '.txt', 'seed', 'semilla', '2014 unit costs', 'Copied from']) expect(es).not.toContain(squash(internal));

  const csvEs = await download(page, 'Guardar la comparación (CSV)');
  expect(csvEs.name).toMatch(/^comparacion-de-planes-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csvEs.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = csvEs.bytes.toString('utf8');
  expect(csv).toContain('Sesión,Familia Rivera');
  expect(csv).toContain('Persona,Edad,Atención habitual,Problemas de salud,Eventos importantes,Medicamentos que se toman todo el año');
  expect(csv).toContain('Ana (Cónyuge),35,Más o menos el promedio,Ninguno,"Tener un bebé, fecha prevista: 2022-05-20",Ninguno');
  expect(csv).toContain('Plan,Año del plan,Tipo de inscripción,Prima del año ($)');
  for (const plan of result.plans) expect(csv).toContain(`${plan.name},2022,`);
  expect(csv).toContain('Copago,"Una cantidad fija en dólares');

  // The screen stays in Spanish; the employee's copy in English.
  await page.getByLabel('Idioma de la copia impresa y del CSV').selectOption('en');
  await expect(report).toHaveAttribute('lang', 'en');
  await expect(page.locator('#step-heading')).toHaveText('Para llevar a casa');
  const en = squash(pdfText(await printed(page, join(dir, 'report-en.pdf'))));
  for (const text of [
    'Health plan suggestion: Familia Rivera',
    'Your counselor: María López',
    'Ana (Spouse)',
    'Having a baby, due May 20, 2022',
    'Words used here',
    'Copay',
    result.recommendation.caveat,
  ]) {
    expect(en, `the English PDF should say "${text}"`).toContain(squash(text));
  }
  const csvEn = (await download(page, 'Guardar la comparación (CSV)')).bytes.toString('utf8');
  expect(csvEn).toContain('Session,Familia Rivera');

  // The session file carries the language of the session and of the handout.
  const file = JSON.parse((await download(page, 'Guardar la sesión en un archivo')).bytes.toString('utf8')) as {
    data: { language: string; handoutLanguage: string };
  };
  expect(file.data).toMatchObject({ language: 'es', handoutLanguage: 'en' });
  expect(errors).toEqual([]);
});

test('the report says why when no plan could be priced, instead of an empty chart or $0 table', async ({ page, running }, testInfo) => {
  await page.goto(running.host.url);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('radio', { name: 'Planes del distrito escolar' }).check();
  await page.getByRole('button', { name: 'Comenzar una sesión nueva' }).click();
  await page.locator('#m0-age').fill('40');
  for (const step of ['Atención', 'Comparar', 'Explicar', 'Sugerencia', 'Para llevar']) await next(page, step);
  await pricesReady(page);
  const report = page.locator('article.print-report');
  await expect(report.locator('[data-field="nothing-priced"]')).toContainText('No se pudo calcular el costo de ningún plan');
  await expect(report.locator('canvas')).toHaveCount(0);
  await expect(report.locator('table.costs')).toHaveCount(0);
  const dir = testInfo.outputPath('pdf');
  mkdirSync(dir, { recursive: true });
  const text = squash(pdfText(await printed(page, join(dir, 'report-none-es.pdf'))));
  expect(text).toContain(squash('faltan sus datos'));
  expect(text).not.toContain('$0$0$0');
});

// A kiosk whose administrator chose Spanish: each session starts in Spanish and End session returns to it.
const kioskTest = test.extend<{ spanishKiosk: RunningApp }>({
  spanishKiosk: async ({}, use) => {
    const appRoot = findAppRoot();
    const dataDir = mkdtempSync(join(tmpdir(), 'bc-e2e-kiosk-es-'));
    const config = join(dataDir, 'kiosk.json');
    writeFileSync(config, JSON.stringify({ kiosk: true, language: 'es' }));
    const app = openApp({ appRoot, dataDir, transport: 'web', kioskConfigFiles: [config] });
    const host = await startWebHost({ dispatch: app.dispatch, staticDir: join(appRoot, 'out', 'renderer') });
    await use({ app, host, dataDir });
    await host.close();
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

kioskTest('on a kiosk, End session returns to the kiosk’s language', async ({ page, spanishKiosk }) => {
  await page.goto(spanishKiosk.host.url);
  await expect(page.getByRole('heading', { name: 'Comience una sesión de asesoría' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByText('Computadora compartida: todo lo que usted escriba se borra al terminar la sesión.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await page.locator('#m0-age').fill('51');
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Erase and end' }).click();
  await expect(page.getByRole('heading', { name: 'Comience una sesión de asesoría' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // The fresh page is whole (the kiosk bar is back, in Spanish) before axe looks at it.
  await expect(page.getByRole('button', { name: 'Terminar la sesión' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'kiosk start (es)');
});
