import { afterEach, describe, expect, it } from 'vitest';
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

  it('follows the switch: the same issue in English once the language is back', () => {
    speak('es');
    const es = issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }]);
    speak('en');
    expect(issuesFor([{ id: 'a', relationship: 'employee', age: Number.NaN }])).not.toEqual(es);
  });
});

const backup = (over: Partial<BackupEntry> = {}): BackupEntry => ({
  id: 'a', kind: 'daily', takenAt: '2026-11-24T13:00:00.000Z', name: 'auto-a.sqlite3', sound: true, problem: null, plans: 6, sessions: 1, kept: null, repairs: 0, ...over,
});
const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  damaged: false, readOnlyReason: null, latest: null, damage: null, plans: 'readable', sessions: 'readable', damagedRows: [], backups: [], restoreEffect: null, fileName: 'benefits-counselor.sqlite3', ...over,
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
