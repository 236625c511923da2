import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import { engineText } from '../../../src-shared/i18n/engine-text';
import { channelLabel, enrollmentLabel, serviceLabel } from '../../../src-shared/i18n/terms';
import type { Plan } from '../../../src-shared/plan-schema';
import { formFromPlan, type SbcForm } from '../../../src-shared/sbc-form';
import { fieldLabel } from '../../../src-shared/sbc-form-fields';
import { planFromForm, type FormResult } from '../../../src-shared/sbc-form-to-plan';
import { overwriteGetLocale, type Language } from '../../../src-shared/i18n';
import { CompareRequest } from '../../../src-shared/household-schema';
import type { BackupEntry, BackupStatus } from '../../../src-shared/kiosk-schema';
import { holds, kindLabel, noticeText, rowLabel, unavailable, when } from '../../../src-renderer/src/features/restore/restore-text';
import { DECIDED_BY, DECIDED_BY_HINT, RULE_NOTES_TEXT } from '../../../src-renderer/src/lib/rule-notes-text';
import { describeIssues } from '../../../src-renderer/src/state/request-issues';
import { LEDGER_EXCEPTIONS } from '../../../src-shared/pricing-schema';

// The composed sentences of issue 16's second round (the Household step's issue list, the restore screen's
// words) speak the language on screen: the renderer points Paraglide's getLocale at the session's
// language, as these tests do. English stays word for word what it was (tests/unit/renderer/*).

const speak = (lang: Language): void => overwriteGetLocale(() => lang);
afterEach(() => speak('en'));

const issuesFor = (members: unknown[], household: object = {}): string[] => {
  const parsed = CompareRequest.safeParse({ household: { members, ...household }, priority: 'lowest_expected' });
  return parsed.success ? [] : describeIssues(parsed.error, ['Empleado(a)', 'Ana (Cónyuge)'], { p: 'Prosper' });
};

describe('the Household step’s issues in Spanish', () => {
  it('names the person and the field, and says what to type', () => {
    speak('es');
    expect(issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }])).toEqual(['Empleado(a) — edad: escriba un número entero de 0 a 120']);
    expect(
      issuesFor([
        { id: 'a', relationship: 'employee', age: 40 },
        { id: 'b', relationship: 'spouse', age: 35, events: [{ type: 'baby', delivery: 'vaginal', dueDate: '' }] },
      ]),
    ).toEqual(['Ana (Cónyuge) — acontecimiento de vida 1, fecha probable de parto: escriba la fecha completa (mes, día y año)']);
  });

  it('names a plan’s account money in Spanish', () => {
    speak('es');
    const issues = issuesFor([{ id: 'a', relationship: 'employee', age: 40 }], { accountCentsByPlan: { p: -5 } });
    expect(issues).toEqual(['Dinero del empleador en la HSA o HRA para Prosper: escriba una cantidad en dólares, 0 o más, o deje el campo vacío']);
  });

  it('the schema’s own words about the household, in Spanish (messages/errors)', () => {
    speak('es');
    expect(issuesFor([{ id: 'a', relationship: 'spouse', age: 40 }])).toEqual(['Hogar: se esperaba exactamente un empleado; hay 0']);
    speak('en');
    expect(issuesFor([{ id: 'a', relationship: 'spouse', age: 40 }])).toEqual(['Household: expected exactly one employee, found 0']);
  });

  it('follows the switch: the same issue in English once the language is back', () => {
    speak('es');
    const es = issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }]);
    speak('en');
    expect(issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }])).not.toEqual(es);
  });
});

const backup = (over: Partial<BackupEntry> = {}): BackupEntry => ({
  id: 'a',
  kind: 'daily',
  takenAt: '2026-11-24T13:00:00.000Z',
  name: 'auto-a.sqlite3',
  sound: true,
  problem: null,
  plans: 6,
  sessions: 1,
  kept: null,
  repairs: 0,
  ...over,
});
const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  damaged: false,
  readOnlyReason: null,
  latest: null,
  damage: null,
  plans: 'readable',
  sessions: 'readable',
  damagedRows: [],
  backups: [],
  restoreEffect: null,
  fileName: 'benefits-counselor.sqlite3',
  ...over,
});
const row = (table: 'plans' | 'sessions', id: string) => ({ table, id, label: id, reason: 'bad', updatedAt: '' });

describe('the restore screen’s words in Spanish', () => {
  it('says what a backup holds and what is damaged, with Spanish plurals', () => {
    speak('es');
    expect(kindLabel('daily')).toBe('Copia de seguridad diaria');
    expect(holds(backup())).toBe('6 planes y 1 sesión guardada');
    expect(holds({ plans: null, sessions: null })).toBe('no se puede leer lo que contiene');
    expect(rowLabel(row('plans', 'hr-copy'))).toBe('Plan guardado “hr-copy”');
    expect(noticeText(status({ damagedRows: [row('plans', 'p'), row('sessions', 's'), row('sessions', 't')] }))).toBe(
      'Hay 1 plan guardado y 2 sesiones guardadas con daños, que se dejaron fuera; todo lo demás funciona.',
    );
    expect(noticeText(status({ damagedRows: [row('sessions', 's')] }))).toBe('Hay 1 sesión guardada con daños, que se dejó fuera; todo lo demás funciona.');
    expect(noticeText(status({ damaged: true, plans: 'unreadable' }))).toBe(
      'El archivo de datos de la aplicación está dañado, así que no se guarda nada. No se pueden leer los planes guardados.',
    );
    expect(unavailable(backup({ sound: false, problem: 'malformed' }), status({ damaged: true }))).toBe('la copia misma está dañada (malformed)');
  });

  it('writes the date in Spanish', () => {
    speak('es');
    expect(when('2026-11-24T13:00:00.000Z')).toMatch(/^24 nov 2026/);
    speak('en');
    expect(when('2026-11-24T13:00:00.000Z')).toMatch(/^Nov 24, 2026/);
  });
});

describe('the plans’ rule notes and what decided a ledger line, in Spanish', () => {
  it('says every heading, badge and hint in the language on screen, English word for word', () => {
    speak('es');
    expect(RULE_NOTES_TEXT.heading).toBe('Lo que las reglas de los planes suponen para este hogar');
    expect(RULE_NOTES_TEXT.ageAssumed(RULE_NOTES_TEXT.and(['Empleado(a)', 'Ana (Cónyuge)']), '2022-01-01')).toMatch(
      /^Empleado\(a\) y Ana \(Cónyuge\): sin fecha de nacimiento, .* \(1 de enero de 2022\);/,
    );
    const es = LEDGER_EXCEPTIONS.map((d) => [DECIDED_BY[d], DECIDED_BY_HINT[d]]);
    speak('en');
    expect(RULE_NOTES_TEXT.ageAssumed('Employee', '2022-01-01')).toMatch(/use the age on the first day of the plan year \(2022-01-01\)/);
    expect(DECIDED_BY.birthday).toBe('Birthday this plan year');
    LEDGER_EXCEPTIONS.forEach((d, i) => {
      expect(es[i]?.[0], d).not.toBe(DECIDED_BY[d]);
      expect(es[i]?.[1], d).not.toBe(DECIDED_BY_HINT[d]);
    });
  });
});

// ---- the plan editor's SBC grid (issue 16's last round) --------------------------------------------------

const planFiles = ['fehb-kpco-2022.json', 'district-kpco-2021.json'].flatMap((f) =>
  parsePlanFile(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'plans', f), 'utf8')),
);
const standardPlan = planFiles.find((p) => p.id === 'fehb-kpco-2022-standard') as Plan;
const editedForm = (edit: (f: SbcForm) => void): FormResult => {
  const form = formFromPlan(standardPlan);
  edit(form);
  return planFromForm(form, standardPlan);
};
const messagesAt = (r: FormResult, field: string): string[] => r.problems.filter((p) => p.field === field).map((p) => p.message);

describe('the plan editor’s grid in Spanish', () => {
  it('names the fields: the app’s own words, the service’s Spanish name for an SBC row', () => {
    speak('es');
    expect(fieldLabel('oopMax.family')).toBe('Desembolso máximo por familia');
    expect(fieldLabel('cell.pcp_visit.out')).toBe(`${serviceLabel('pcp_visit', 'es')}, fuera de la red`);
    expect(fieldLabel('premium.self_only.monthlyEmployer')).toBe(`${enrollmentLabel('self_only', 'es')}, mensual, parte del empleador`);
    expect(fieldLabel('pharmacy.mail.1.copays')).toBe(`${channelLabel('mail', 'es')}, suministro 2, copagos`);
    speak('en');
    expect(fieldLabel('cell.pcp_visit.out')).toBe('Primary care visit to treat an injury or illness, out of network');
  });

  it('says a typing problem in Spanish, naming the field and an example that works', () => {
    speak('es');
    const r = editedForm((f) => (f.deductible.person = '-5'));
    expect(messagesAt(r, 'deductible.person')).toEqual([
      'Deducible por persona: "-5" no es una cantidad en dólares. Una cantidad no puede ser negativa. Escríbala así: $2,000 o $39.23.',
    ]);
    const code = editedForm((f) => {
      const row = f.premiums.find((p) => p.type === 'self_only');
      if (row) row.code = '';
    });
    expect(messagesAt(code, 'premium.self_only.code')[0]).toMatch(
      /: escriba el código de inscripción \(o un nombre corto, como "EE"\) para que esta fila se ofrezca\.$/,
    );
  });

  it('says the cost parser’s refusal in Spanish too, quoting the cell as typed, and marks nothing English', () => {
    speak('es');
    const r = editedForm((f) => (f.cells.pcp_visit.inNetwork = 'whatever the doctor says'));
    const problem = r.problems.find((p) => p.field === 'cell.pcp_visit.in');
    expect(problem?.english).toBeUndefined();
    expect(problem?.message).toMatch(/^No se pudo leer "whatever the doctor says"\. Escriba el costo tal como lo imprime el SBC, en inglés;/);
    expect(r.readings.pcp_visit.inNetwork).toEqual({ state: 'error', message: problem?.message });
    const oon = editedForm((f) => {
      f.outOfNetworkBenefit = 'yes';
      f.cells.pcp_visit.outOfNetwork = 'N/A';
    }).problems.find((p) => p.field === 'cell.pcp_visit.out');
    expect(oon).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/^"n\/a" no dice lo que usted paga\..* Se conserva tal como está impreso;/),
    });
    expect(oon?.english).toBeUndefined();
    speak('en');
    const english = editedForm((f) => (f.cells.pcp_visit.inNetwork = 'whatever the doctor says')).problems.find((p) => p.field === 'cell.pcp_visit.in');
    expect(english?.message).toMatch(/^Could not read "whatever the doctor says"\. Type the cost the way an SBC prints it/);
    speak('es');
    const typed = editedForm((f) => (f.oopMax.family = 'lots')).problems.find((p) => p.field === 'oopMax.family');
    expect(typed?.english).toBeUndefined();
    expect(typed?.message).toMatch(/^Desembolso máximo por familia: "lots" no es una cantidad/);
  });

  it('follows the switch: the same form read again speaks English', () => {
    speak('es');
    const es = messagesAt(
      editedForm((f) => (f.otherDeductibles = '$250 for drugs')),
      'otherDeductibles',
    );
    speak('en');
    const en = messagesAt(
      editedForm((f) => (f.otherDeductibles = '$250 for drugs')),
      'otherDeductibles',
    );
    expect(es[0]).toMatch(/^El cálculo aplica un solo deducible, el general\./);
    expect(en[0]).toMatch(/^The engine applies one deductible, the overall one\./);
  });

  it('what the plan still lacks is said in Spanish, though the plan keeps it in English', () => {
    speak('es');
    const r = editedForm((f) => (f.cells.pcp_visit.inNetwork = ''));
    expect(r.missing).toContain('cost sharing for primary care visit (pcp_visit)');
    expect(engineText('cost sharing for primary care visit (pcp_visit)', 'es')).toEqual({
      text: `los costos compartidos de ${serviceLabel('pcp_visit', 'es').replace(/^./, (c) => c.toLowerCase())} (pcp_visit)`,
      english: false,
    });
  });
});
