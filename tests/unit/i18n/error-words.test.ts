import { afterEach, describe, expect, it } from 'vitest';
import { Cancelled, errorShape } from '../../../src-main/compute/run-task';
import { EngineError } from '../../../src-main/engine';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import { chooseBackup } from '../../../src-main/store/restore';
import { openApp, type OpenedApp } from '../../../src-main/app-context';
import { findAppRoot } from '../../../src-main/app-root';
import { AppError, type AppErrorShape } from '../../../src-shared/result';
import { SESSION_FILE_TYPE, SessionFile } from '../../../src-shared/session-schema';
import { zodProblems } from '../../../src-shared/zod-issues';
import { errorWords, problemWords } from '../../../src-renderer/src/lib/error-words';
import { session } from '../../support/session-state';
import { ok, tempApp } from '../../support/temp-app';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What a person reads when the main process refuses: each error comes from the real code path (the IPC
// pipeline, the plan file reader, the session file schema, the restore, the compute worker's envelope), is
// said in Spanish by the renderer's one module, and its English stays exactly what it was.

let app: (OpenedApp & { dispose?: () => void }) | undefined;
let dir = '';
afterEach(() => {
  if (app?.dispose) app.dispose();
  else app?.close();
  app = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

async function refused(channel: string, args: unknown): Promise<AppErrorShape> {
  const result = await app!.dispatch(channel as never, args);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
}

function thrown(fn: () => unknown): AppErrorShape {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.shape;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('an IPC argument error', () => {
  it('names the field and says the problem in Spanish (zod’s own Spanish), the English unchanged', async () => {
    app = tempApp();
    const error = await refused('plans:get', { id: 42 });
    expect(error.message).toBe('Invalid request for plans:get: args.id: Invalid input: expected string, received number');
    expect(errorWords(error, 'en')).toEqual({
      text: error.message,
      english: false,
      issues: [{ text: 'args.id: Invalid input: expected string, received number', english: false }],
    });
    const es = errorWords(error, 'es');
    expect(es.text).toBe('Solicitud no válida para plans:get: args.id: Entrada inválida: se esperaba texto, recibido número');
    expect(es.english).toBe(false);
    expect(es.issues).toEqual([{ text: 'args.id: Entrada inválida: se esperaba texto, recibido número', english: false }]);
  });

  it('an unknown key and a channel that does not exist', async () => {
    app = tempApp();
    const extra = await refused('plans:list', { extra: true });
    expect(errorWords(extra, 'es').issues).toEqual([{ text: 'args: Llave desconocida: "extra"', english: false }]);
    const none = await refused('plans:nope', {});
    expect(none.message).toBe('There is no channel named "plans:nope".');
    expect(errorWords(none, 'es').text).toBe('No existe ningún canal llamado «plans:nope».');
  });

  it('never sends the value typed back: only the name of its type', async () => {
    app = tempApp();
    const secret = 'Zebulon Quixotefairweather 1961-04-12';
    const error = await refused('plans:get', { id: { name: secret } });
    expect(JSON.stringify(error)).not.toContain('Zebulon');
    expect(error.problems?.[0]).toMatchObject({ path: 'args.id', code: 'invalid_type', params: { expected: 'string', received: 'object' } });
  });
});

describe('a plan file import', () => {
  it('a malformed plan file: the count and each problem by its field, in Spanish', async () => {
    app = tempApp();
    const text = (await ok(app, 'plans:export', { ids: ['fehb-kpco-2022-standard'] })).text;
    const file = JSON.parse(text);
    file.plans[0].planName = 42;
    file.plans[0].planYear.end = file.plans[0].planYear.start;
    const error = await refused('plans:import', { text: JSON.stringify(file) });
    expect(error.code).toBe('INVALID_PLAN_FILE');
    expect(error.message).toBe('The plan file has 2 problems.');
    expect(error.issues).toEqual([
      'plans[0].planName: Invalid input: expected string, received number',
      'plans[0].planYear.end: the plan year must end after it starts',
    ]);
    const es = errorWords(error, 'es');
    expect(es.text).toBe('El archivo de planes tiene 2 problemas.');
    expect(es.issues).toEqual([
      { text: 'plans[0].planName: Entrada inválida: se esperaba texto, recibido número', english: false },
      { text: 'plans[0].planYear.end: el año del plan debe terminar después de empezar', english: false },
    ]);
  });

  it('an empty file, JSON that does not parse (its parser’s detail stays English, and says so), a duplicate id', () => {
    expect(
      errorWords(
        thrown(() => parsePlanFile('  ')),
        'es',
      ).text,
    ).toBe('El archivo de planes está vacío.');
    const broken = thrown(() => parsePlanFile('{"plans": ['));
    expect(broken.message).toMatch(/^The plan file is not valid JSON: /);
    expect(errorWords(broken, 'es').text).toMatch(/^El archivo de planes no es JSON válido \(detalle en inglés\): /);
  });
});

describe('a session file', () => {
  it('an impossible age is said in Spanish naming the field', () => {
    const state = session('Familia');
    state.request.household.members[0] = { id: 'e', relationship: 'employee', age: 430 };
    const parsed = SessionFile.safeParse({ type: SESSION_FILE_TYPE, version: 1, createdAt: '2026-11-23T12:00:00.000Z', data: state });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const said = zodProblems(parsed.error).map((p) => problemWords(p, 'es'));
    expect(said).toContainEqual({ text: 'data.request.household.members[0].age: Demasiado grande: se esperaba que número fuera <=120', english: false });
    expect(zodProblems(parsed.error).map((p) => problemWords(p, 'en').text)).toContain(
      'data.request.household.members[0].age: Too big: expected number to be <=120',
    );
  });

  it('a schema’s own words with a value in them (two employees)', () => {
    const state = session('Familia');
    state.request.household.members.push({ id: 'e2', relationship: 'employee', age: 40 });
    const parsed = SessionFile.safeParse({ type: SESSION_FILE_TYPE, version: 1, createdAt: '2026-11-23T12:00:00.000Z', data: state });
    if (parsed.success) throw new Error('two employees were accepted');
    const said = zodProblems(parsed.error).map((p) => problemWords(p, 'es').text);
    expect(said).toContain('data.request.household.members: se esperaba exactamente un empleado; hay 2');
  });
});

describe('refusals of a kiosk, a damaged file and the restore', () => {
  it('a kiosk refuses to save a session', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bc-words-'));
    app = openApp({ appRoot: findAppRoot(), dataDir: dir, transport: 'test', kiosk: true, kioskConfigFiles: [] });
    const error = await refused('sessions:save', { state: session('Familia') });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Sessions are not saved on a shared kiosk: nothing of a client is written to disk.');
    expect(errorWords(error, 'es')).toMatchObject({
      text: 'En un quiosco compartido no se guardan las sesiones: no se escribe en el disco nada de ningún cliente.',
      english: false,
    });
  });

  it('a plan that does not exist, and a restore with nothing to restore', async () => {
    app = tempApp();
    const missing = await refused('plans:get', { id: 'no-such-plan' });
    expect(missing.message).toBe('There is no plan with id "no-such-plan".');
    expect(errorWords(missing, 'es').text).toBe('No hay ningún plan con el id «no-such-plan».');
    const none = thrown(() => chooseBackup([], 'newest', null));
    expect(none.message).toBe('There is no sound automatic backup to restore.');
    expect(errorWords(none, 'es').text).toBe('No hay ninguna copia de seguridad automática en buen estado para restaurar.');
  });
});

describe('a plan that cannot be priced yet', () => {
  it('says so in Spanish, with what it lacks read back by engine-text', async () => {
    app = tempApp();
    const error = await refused('engine:price', {
      planId: 'district-kpco-2021-dhmo2000plus',
      members: [{ id: 'e', age: 40 }],
      claims: [{ member: 'e', date: '2021-08-01', service: 'pcp_visit', allowedCents: 10_000 }],
    });
    expect(error.code).toBe('PLAN_INCOMPLETE');
    expect(error.message).toMatch(/cannot be priced yet: its numbers are missing\.$/);
    expect(error.issues).toContain('deductible (per person and per family)');
    const es = errorWords(error, 'es');
    expect(es.text).toMatch(/^Todavía no se puede calcular el costo de .+: le faltan cifras\.$/);
    expect(es.issues).toContainEqual({ text: 'el deducible (por persona y por familia)', english: false });
  });
});

describe('what a compute worker answers', () => {
  it('a cancelled request is said by its words (the worker sends no key)', () => {
    const error = errorShape(new Cancelled());
    expect(error).toEqual({ code: 'CANCELLED', message: 'This request was replaced by a newer one or the session ended.' });
    expect(errorWords(error, 'es').text).toBe('Esta solicitud se reemplazó por una más reciente o la sesión terminó.');
  });

  it('an engine error other than a plan’s missing items stays English, marked as English', () => {
    const error = errorShape(new EngineError('INVALID_AMOUNT', 'expected whole cents from 0 to 10,000,000,000', 'claims[0].allowedCents'));
    expect(error.code).toBe('PRICING_ERROR');
    expect(errorWords(error, 'es')).toEqual({ text: error.message, english: true, issues: [] });
    expect(errorWords(error, 'en')).toEqual({ text: error.message, english: false, issues: [] });
  });
});
