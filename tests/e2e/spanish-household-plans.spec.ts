import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { session } from '../support/session-state';
import { collectPageErrors, expectNoSeriousA11yViolations } from './support-session';

// The screens of issue 16's second round in Spanish: the Household step (its fields, hints, field messages
// and the request's issues), the plan library, a plan's detail and its one-claim calculator. The switch
// changes the words at once and keeps what was typed; <html lang> follows; axe stays clean in both languages.

test('the Household step in Spanish: every field, hint and message, and the switch keeps what was typed', async ({ page, running }) => {
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Comenzar una sesión nueva' }).click();

  await expect(page.locator('#step-heading')).toHaveText('¿Quiénes forman el hogar?');
  await page.getByLabel('Nombre de esta sesión').fill('Familia Rivera');
  await page.getByRole('button', { name: '+ Agregar cónyuge' }).click();
  await page.getByRole('button', { name: '+ Agregar un hijo o hija' }).click();
  const members = page.getByRole('list', { name: 'Miembros del hogar' });
  await expect(members.getByRole('listitem')).toHaveCount(3);

  // The employee has no age yet: the field says so, and so does the list of what to fix.
  await expect(page.locator('#m0-age + .field-error')).toHaveText('Escriba una edad de 0 a 120.');
  await expect(page.getByRole('alert').filter({ hasText: 'Empleado(a) — edad: escriba un número entero de 0 a 120' })).toBeVisible();
  await page.locator('#m0-age').fill('38');
  await page.locator('#m1-age').fill('35');
  await page.locator('#m1-name').fill('Ana');
  await page.locator('#m1-sex').selectOption('female');
  await expect(page.locator('#m1-sex option:checked')).toHaveText('Femenino');
  await expect(page.locator('#m1-rel option:checked')).toHaveText('Cónyuge');
  await expect(page.locator('#m1-name-hint')).toContainText('Se guarda con esta sesión en esta computadora');

  // A birth date gives the age on the plan year's first day, written out in Spanish.
  await page.locator('#m2-birth').fill('2004-06-15');
  await expect(page.locator('#m2-age')).toHaveValue('17');
  await expect(page.locator('[data-age-from="birth-date"]')).toHaveText('17 años el 1 de enero de 2022, según la fecha de nacimiento');
  await expect(page.locator('#m0-age-hint')).toContainText('Edad el 1 de enero de 2022, el primer día del año del plan');
  await expect(page.getByText('Afecciones que eliminan el límite de consultas de terapia')).toHaveCount(3);
  await expect(page.getByTestId('enrollment-type')).toContainText('Tipo de inscripción: Self and Family (el empleado y su familia) (3 personas).');

  // More options: a tax rate out of range and HSA money over the IRS limit, marked on their fields in Spanish.
  await page.getByText('Más opciones').click();
  await page.getByLabel('Tasa de impuestos, en porcentaje').fill('75');
  await expect(page.locator('[data-field-error="tax-rate"]')).toHaveText(/^75% está fuera del rango de 0 a 60\./);
  const account = page.locator('.accounts li').first();
  await account.getByRole('spinbutton').fill('8000');
  await account.getByRole('spinbutton').blur();
  await expect(account.locator('[data-field-error="account"]')).toContainText('$8,000 es más de lo que el IRS permite en una HSA en 2022');
  await expect(account.getByRole('combobox')).toContainText('HSA (cuenta de ahorros para la salud');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoSeriousA11yViolations(page, 'household (es)');

  // The switch: every word at once, nothing typed lost; and back.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#step-heading')).toHaveText('Who is in the household?');
  await expect(page.locator('[data-age-from="birth-date"]')).toHaveText('17 on 2022-01-01, from the birth date');
  await expect(page.locator('[data-field-error="tax-rate"]')).toHaveText(/^75% is outside 0 to 60\./);
  await expect(account.locator('[data-field-error="account"]')).toContainText('$8,000 is more than the IRS allows in an HSA for 2022');
  await expect(page.locator('#session-label')).toHaveValue('Familia Rivera');
  await expect(page.locator('#m1-name')).toHaveValue('Ana');
  await expect(page.locator('#m2-birth')).toHaveValue('2004-06-15');
  await expect(page.getByLabel('Tax rate, in percent')).toHaveValue('75');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoSeriousA11yViolations(page, 'household (en)');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('#m1-name')).toHaveValue('Ana');
  await expect(page.getByLabel('Tasa de impuestos, en porcentaje')).toHaveValue('75');
  expect(errors).toEqual([]);
});

test('the plan library, a plan’s detail and its calculator in Spanish, the brochure’s words as printed', async ({ page, running }) => {
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Biblioteca de planes' }).click();
  await expect(page.getByRole('heading', { name: 'Biblioteca de planes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Planes federales (FEHB)' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.locator('[data-plan-id="fehb-kpco-2022-high"]')).toContainText('Listo para comparar');
  await expect(page.locator('[data-plan-id="district-kpco-2021-dhmo2000plus"]')).toContainText('Faltan cifras');
  // What the plan lacks, said in Spanish (the engine's words read back), not marked as English.
  const lacks = page.locator('[data-plan-id="district-kpco-2021-dhmo2000plus"] p.muted');
  await expect(lacks).toContainText('el deducible (por persona y por familia)');
  await expect(lacks.locator('span[lang="en"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exportar todos los planes' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'plan library (es)');

  const standard = page.locator('[data-plan-id="fehb-kpco-2022-standard"]');
  await standard.getByRole('button', { name: /^Ver detalles/ }).click();
  await expect(standard.getByRole('button', { name: /^Ocultar detalles/ })).toBeVisible();
  await expect(standard.locator('dt', { hasText: 'Desembolso máximo (límite de gastos de bolsillo)' })).toBeVisible();
  await expect(standard.locator('dt', { hasText: 'Deducible' })).toBeVisible();
  await expect(standard).toContainText('del 1 de enero de 2022 al 31 de diciembre de 2022');
  await expect(standard.getByRole('table', { name: 'Primas (la parte del empleado)' })).toContainText('Self Only (solo el empleado)');
  const pcpRow = standard.locator('tr[data-service="pcp_visit"]');
  await expect(pcpRow.getByRole('rowheader')).toHaveText('Consulta de atención primaria');
  // The brochure's own "You pay" stays as printed, in English, and the screen says so.
  await expect(pcpRow).toContainText('nothing for children through age 17');
  await expect(pcpRow).toContainText('sección 5(a)');
  await expect(standard.getByTestId('detail-english-note')).toBeVisible();

  const calc = standard.getByRole('region', { name: '¿Cuánto costaría una reclamación?' });
  await calc.getByLabel('Servicio').selectOption('inpatient_admission');
  await calc.getByLabel('Cantidad permitida ($)').fill('21000');
  await calc.getByLabel('Días', { exact: true }).fill('3');
  await expect(calc.getByTestId('calc-answer')).toContainText('Usted paga $900.00; el plan paga $20,100.00.');
  await expect(calc.getByTestId('calc-answer')).toContainText('(Deducible $150.00, copago $750.00, coseguro $0.00).');
  await expect(calc).toContainText('$750 per admission after the deductible');
  await expectNoSeriousA11yViolations(page, 'plan detail (es)');

  // The switch keeps what was typed into the calculator.
  await page.getByRole('button', { name: 'English' }).click();
  const calcEn = standard.getByRole('region', { name: 'What would one claim cost?' });
  await expect(calcEn.getByLabel('Allowed amount ($)')).toHaveValue('21000');
  await expect(calcEn.getByTestId('calc-answer')).toContainText('You pay $900.00; the plan pays $20,100.00.');
  await expect(standard.locator('dt', { hasText: 'Out-of-pocket maximum' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'plan detail (en)');
  expect(errors).toEqual([]);
});

test('in Spanish, a malformed plan file and a session file with an impossible age are refused naming the field', async ({ page, running }) => {
  const errors = collectPageErrors(page);
  await page.goto(running.host.url);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();

  // A session file whose employee is 430: the schema's problem by its field, said in Spanish.
  const state = session('Familia Rivera');
  state.request.household.members[0] = { id: 'e', relationship: 'employee', age: 430 };
  const sessionFile = { type: 'benefits-counselor/session', version: 1, createdAt: '2026-11-23T12:00:00.000Z', data: state };
  await page.locator('#session-file').setInputFiles({ name: 'rivera.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sessionFile)) });
  await expect(page.getByRole('alert')).toContainText('No se pudo abrir rivera.json. No se cambió nada.');
  await expect(page.getByTestId('session-file-problems')).toContainText(
    'data.request.household.members[0].age: Demasiado grande: se esperaba que número fuera <=120',
  );
  await expect(page.getByTestId('session-file-problems').locator('[lang="en"]')).toHaveCount(0);

  // A plan file with a name that is a number and a plan year that ends when it starts.
  await page.getByRole('button', { name: 'Biblioteca de planes' }).click();
  const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'dhmo2000plus-plan-file.json'), 'utf8'));
  file.plans[0].planName = 42;
  file.plans[0].planYear.end = file.plans[0].planYear.start;
  await page.locator('#plan-import').setInputFiles({ name: 'dhmo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const refused = page.getByRole('alert').filter({ hasText: 'No se importó dhmo.json' });
  await expect(refused).toContainText('No se importó dhmo.json. No se cambió nada. El archivo de planes tiene 2 problemas.');
  const problems = page.getByRole('list', { name: 'Problemas en el archivo' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'plans[0].planName: Entrada inválida: se esperaba texto, recibido número',
    'plans[0].planYear.end: el año del plan debe terminar después de empezar',
  ]);
  await expect(problems.locator('[lang="en"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'plan file refused (es)');

  // The switch says the same refusal in English at once, the app's English unchanged.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'dhmo.json was not imported' })).toContainText('The plan file has 2 problems.');
  await expect(page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem')).toHaveText([
    'plans[0].planName: Invalid input: expected string, received number',
    'plans[0].planYear.end: the plan year must end after it starts',
  ]);
  expect(errors).toEqual([]);
});
