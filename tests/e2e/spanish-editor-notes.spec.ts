import type { Page } from '@playwright/test';
import type { RunningApp } from './fixtures';
import { expect, test } from './fixtures';
import { collectPageErrors, dispatchOk, expectNoSeriousA11yViolations, pricesReady } from './support-session';

// Issue 16's last round in Spanish: the plan editor's SBC grid (Important Questions, Common Medical Events,
// the field messages, the readings under each cell and the parser's refusals, the rest of a rule under "More",
// what the plan still lacks), with the SBC's printed words kept
// as printed, marked lang="en", and the meaning beside them; and a plan's assumption on Compare said in
// Spanish from the engine's sentence; and "What changed" in Spanish, the SBC's notation kept as printed. Axe
// stays clean in both languages.

/** The app in Spanish, the plan library, plan `planId` open in the editor under an HR name. */
async function openEditorInSpanish(page: Page, running: RunningApp, planId: string): Promise<void> {
  await page.goto(running.host.url);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Biblioteca de planes' }).click();
  await page
    .locator(`[data-plan-id="${planId}"]`)
    .getByRole('button', { name: /^Modificar el plan/ })
    .click();
  await page.getByLabel('Su nombre, para el registro de cambios').fill('Dana (RR. HH.)');
  await page.keyboard.press('Enter');
}

async function openSaved(page: Page, running: RunningApp, state: object): Promise<void> {
  const saved = await dispatchOk(running, 'sessions:save', { state });
  await page.goto(running.host.url);
  await page
    .locator(`tr[data-session-id="${saved.id}"]`)
    .getByRole('button', { name: /^(Open|Abrir)/ })
    .click();
}

test('the plan editor’s SBC grid in Spanish; the switch keeps what was typed', async ({ page, running }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openEditorInSpanish(page, running, 'district-kpco-2021-dhmo2000plus');

  const iq = page.getByRole('region', { name: 'Preguntas importantes' });
  await expect(iq.locator('legend', { hasText: '¿Cuál es el deducible general?' })).toBeVisible();
  await expect(iq.locator('legend', { hasText: '¿Cuál es el desembolso máximo (límite de gastos de bolsillo) de este plan?' })).toBeVisible();
  await expect(iq.getByLabel('Deducible por persona')).toBeVisible();
  await expect(iq.getByText('Integrado: cada persona tiene su propio deducible dentro de la cantidad familiar')).toBeVisible();
  await expect(iq.getByRole('radio', { name: 'No se sabe' })).toBeVisible();

  // A field message in Spanish, naming the field and an example that works.
  await page.locator('#ed-deductible-person').fill('-5');
  await expect(page.locator('#ed-deductible-person-problems')).toHaveText(
    'Problema: Deducible por persona: "-5" no es una cantidad en dólares. Una cantidad no puede ser negativa. Escríbala así: $2,000 o $39.23.',
  );

  // Common Medical Events: the SBC's own event and row as printed (English, marked), the meaning beside them.
  const events = page.getByRole('region', { name: /^Acontecimientos médicos comunes/ });
  await expect(events.getByTestId('grid-english-note')).toBeVisible();
  const office = events.locator('table.events').first();
  await expect(office.locator('caption span[lang="en"]')).toHaveText("If you visit a health care provider's office or clinic");
  await expect(office.locator('caption')).toContainText('Si usted va al consultorio o la clínica de un proveedor de salud');
  await expect(office.getByRole('columnheader', { name: 'Lo que usted paga: proveedor de la red' })).toBeVisible();
  const pcp = events.locator('tr[data-service="pcp_visit"]');
  await expect(pcp.locator('th span[lang="en"]')).toHaveText('Primary care visit to treat an injury or illness');
  await expect(pcp.getByRole('rowheader')).toContainText('Consulta de atención primaria');
  const cell = page.getByLabel('Consulta de atención primaria: lo que usted paga, proveedor de la red');
  // A cell the parser cannot read: its refusal in Spanish, the cell quoted back as typed, the examples as an
  // SBC prints them (only English is read); in English after the switch, and in Spanish again.
  await cell.fill('$30 or');
  const pcpReading = page.locator('#ed-cell-pcp_visit-in-reading');
  await expect(pcpReading).toHaveText(
    'No se puede leer esto: No se pudo leer "or" en "$30 or". Escriba el costo tal como lo imprime el SBC, en inglés; por ejemplo, "$30 copay/visit", "20% coinsurance after deductible" o "No charge".',
  );
  await expect(pcpReading.locator('[lang="en"]')).toHaveCount(0);
  await cell.fill('Not applicable');
  await expect(pcpReading).toHaveText(
    'No se puede leer esto: "not applicable" no dice lo que usted paga. Si el plan no cubre este servicio, escriba "Not covered"; si no cuesta nada, escriba "No charge".',
  );
  await page.getByRole('button', { name: 'English' }).click();
  await expect(pcpReading).toHaveText(
    'Cannot read this: "not applicable" does not say what you pay. If the plan does not cover this service, type "Not covered"; if it costs nothing, type "No charge".',
  );
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(pcpReading).toContainText('No se puede leer esto: "not applicable" no dice lo que usted paga.');
  await cell.fill('$30 copay/visit');
  // The engine's reading of the cell is said in Spanish (no longer marked English).
  await expect(page.locator('#ed-cell-pcp_visit-in-reading')).toHaveText('El cálculo lo lee así: Usted paga $30 por cada consulta.');
  await expect(page.locator('#ed-cell-pcp_visit-in-reading span[lang="en"]')).toHaveCount(0);
  await pcp.locator('summary').click();
  await expect(pcp.getByText('Lo que usted paga cuenta para el desembolso máximo')).toBeVisible();

  // What the plan still lacks, said in Spanish though the plan keeps it in English.
  const bar = page.getByRole('region', { name: 'Guardar el plan' });
  await bar.locator('summary', { hasText: /^Incompleto: faltan/ }).click();
  await expect(bar.getByText('el tipo de inscripción Self Only (solo el empleado)', { exact: false }).first()).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Guardar el plan' })).toBeDisabled();
  await expect(page.locator('#ed-save-reason')).toContainText('Corrija primero este problema: Deducible por persona:');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoSeriousA11yViolations(page, 'plan editor grid (es)');

  // The switch changes the words at once and keeps what was typed.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Deductible per person', { exact: true })).toHaveValue('-5');
  await expect(page.getByLabel('Primary care visit to treat an injury or illness: what you pay, network provider')).toHaveValue('$30 copay/visit');
  await expect(page.locator('#ed-cell-pcp_visit-in-reading')).toHaveText('Engine reads: You pay $30 for each visit.');
  await expect(page.getByRole('region', { name: 'Important Questions' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'plan editor grid (en)');
  // And back: the reading under the cell changes language at once, with the cell as typed.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('#ed-cell-pcp_visit-in-reading')).toHaveText('El cálculo lo lee así: Usted paga $30 por cada consulta.');
  expect(errors).toEqual([]);
});

test('the rest of a stored rule under “More” in Spanish, and in English after the switch', async ({ page, running }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openEditorInSpanish(page, running, 'fehb-kpco-2022-standard');

  const nursing = page.locator('tr[data-service="skilled_nursing_day"]');
  await nursing.locator('summary').click();
  const details = nursing.locator('label', { has: page.locator('[data-keep-details]') });
  await expect(details).toHaveText('Conservar el resto de la regla (la tabla no tiene lugar para eso): hasta 100 días por año del plan');
  await expect(details.locator('[lang="en"]')).toHaveCount(0);
  const office = page.locator('tr[data-service="office_procedure"]');
  await office.locator('summary').click();
  await expect(office.locator('label', { has: page.locator('[data-keep-details]') })).toContainText(
    'en un consultorio de atención primaria: usted no paga nada; en un consultorio de salud mental: usted no paga nada',
  );
  await expectNoSeriousA11yViolations(page, 'plan editor, More (es)');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(details).toHaveText('Keep the rest of the rule (the grid has no place for it): up to 100 days per plan year');
  await expect(office.locator('label', { has: page.locator('[data-keep-details]') })).toContainText(
    'in a primary care office: No charge; in a mental health office: No charge',
  );
  expect(errors).toEqual([]);
});

test('a plan’s assumption on Compare said in Spanish from the engine’s sentence, the brochure’s words quoted as printed', async ({ page, running }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openSaved(page, running, {
    label: 'Examen de la vista',
    language: 'es',
    planSet: { planYear: '2022', programs: ['fehb'] },
    request: {
      household: {
        members: [
          { id: 'employee', relationship: 'employee', age: 45, usage: { preset: 'none' } },
          { id: 'teen', relationship: 'child', age: 15, usage: { preset: 'none', counts: { routine_eye_exam: 1 } } },
        ],
      },
      priority: 'lowest_expected',
      planYearStart: '2022-01-01',
    },
    notes: '',
    step: 'compare',
  });
  await pricesReady(page);
  const notes = page.getByTestId('plan-rule-notes');
  const standard = notes.locator('[data-plan-id="fehb-kpco-2022-standard"] [data-kind="assumptions"] li').first();
  await expect(standard).toContainText(
    'Examen de la vista de rutina (para anteojos) sin un lugar indicado se calcula como una consulta en el consultorio de un especialista, la lectura más costosa: "$40 per specialty care office visit"',
  );
  await expect(standard).not.toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoSeriousA11yViolations(page, 'compare plan notes (es)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(notes.locator('[data-plan-id="fehb-kpco-2022-standard"] [data-kind="assumptions"] li').first()).toContainText(
    'Routine eye exam (for glasses) without a "setting" is priced as a specialty care office visit, the costlier reading: "$40 per specialty care office visit"',
  );
  await expectNoSeriousA11yViolations(page, 'compare plan notes (en)');
  expect(errors).toEqual([]);
});

test('“What changed” in Spanish, the cost as the SBC prints it; in English after the switch', async ({ page, running }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await openEditorInSpanish(page, running, 'fehb-kpco-2022-standard');

  // An unsaved change, compared with the saved version.
  const cell = page.locator('#ed-cell-pcp_visit-in');
  await cell.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('$35 copay/visit');
  await page.getByRole('button', { name: 'Ver los cambios' }).click();
  await page.getByRole('button', { name: 'Ver los cambios' }).last().click();
  const changes = page.getByRole('list', { name: 'Cambios' });
  await expect(changes).toContainText('Consulta de atención primaria: $30 copay per visit → $35 copay per visit');
  await expect(changes).not.toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('diff-printed-english')).toBeVisible();
  await expect(page.locator('table.impact tr[data-enrollment="self_only"] th')).toHaveText('Un adulto de 45 años (Self Only: solo el empleado)');
  await expect(page.locator('table.impact tr[data-enrollment="self_only"]')).toContainText('+$10');
  await expect(page.getByText(/, sus cambios sin guardar$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'plan editor, What changed (es)');

  // The same comparison follows the language at once.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('list', { name: 'Changes' })).toContainText('Primary care visit: $30 copay per visit → $35 copay per visit');
  await expect(page.locator('table.impact tr[data-enrollment="self_only"] th')).toHaveText('One adult, 45 (self only)');
  await expect(page.getByTestId('diff-printed-english')).toHaveCount(0);
  expect(errors).toEqual([]);
});
