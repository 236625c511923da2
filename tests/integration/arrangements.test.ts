import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../../src-main/cli/commands';
import type { ArrangementSection, CompareResult, ExplainArrangementResult } from '../../src-shared/compare-result-schema';
import { tempApp } from '../support/temp-app';

// Who enrolls where (issue 14) through the real handlers, the compute pool and a real SQLite file: the
// FIXTURE district plans (made-up numbers, 2021–22 and 2022–23) imported as HR would, a family with one
// adult at each employer, and the command line's summary.

let app: ReturnType<typeof tempApp>;
afterEach(() => app?.dispose());

const root = join(import.meta.dirname, '..', '..');
const fixture = readFileSync(join(root, 'tests', 'fixtures', 'district-arrangement-plans.json'), 'utf8');
const household = readFileSync(join(root, 'data', 'examples', 'household-two-employers.json'), 'utf8');
const io = (): CliIo => ({
  app: () => app,
  readFile: (path) => {
    if (path === 'two.json') return household;
    if (path === 'district.json') return fixture;
    throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT', path });
  },
  writeFile: () => undefined,
});

async function ok<T>(channel: string, args: unknown): Promise<T> {
  const r = await app.dispatch(channel as never, args as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

const FEHB = ['fehb-kpco-2022-high', 'fehb-kpco-2022-standard', 'fehb-kpco-2022-prosper'];
const DISTRICT_2021 = ['district-fixture-2021-hmo20plus', 'district-fixture-2021-dhmo2000plus', 'district-fixture-2021-dhmo3000'];

describe('arrangements through the handlers', () => {
  it("engine:compare finds the next district plan year in the library even when only this year's plans are compared", async () => {
    app = tempApp();
    await ok('plans:import', { text: fixture, author: 'test' });
    const request = { ...(JSON.parse(household) as object), simulations: 300, planIds: [...FEHB, ...DISTRICT_2021] };
    const result = await ok<CompareResult>('engine:compare', request);
    const s = result.arrangements as ArrangementSection;
    expect(s.arrangements).toHaveLength(24);
    expect(s.arrangements.every((a) => a.status.priced)).toBe(true);
    const split = s.arrangements.find((a) => a.enrollments.length === 2)!;
    const x = await ok<ExplainArrangementResult>('engine:explain-arrangement', { request, arrangementId: split.id, year: 'typical' });
    expect(x.enrollments.map((e) => e.parts.length).sort()).toEqual([1, 2]);
    expect(x.figures.totalCents).toBe(x.enrollments.reduce((n, e) => n + (e.figures.totalCents ?? 0), 0));
  });

  it('engine:explain-arrangement refuses a bad request naming the field', async () => {
    app = tempApp();
    const r = await app.dispatch('engine:explain-arrangement', { request: JSON.parse(household), arrangementId: '', year: 'typical' } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/arrangementId/);
  });
});

describe('cli compare prints who enrolls where', () => {
  it('lists the arrangements needing the shipped, incomplete district plans as not priced, and the priced ones ranked (English and Spanish)', async () => {
    app = tempApp();
    const en = await runCommand(['compare', '--household', 'two.json', '--simulations', '300'], io());
    expect(en).toContain('Who enrolls where, January 1, 2022 to December 31, 2022, ranked by: lowest expected cost.');
    expect(en).toMatch(/1\. Employee \+ Spouse \+ Child 1 \+ Child 2: FEHB \S+/);
    expect(en).toContain('Not priced: District HMO 20 Plus (2021–22 plan year, for January–June 2022) cannot be priced yet: its numbers are missing.');
    expect(en).toContain('District HMO 20 Plus: the 2022–23 plan year (July–December 2022) is not in the plan library');
    expect(en).toContain('Dual coverage');
    const es = await runCommand(['compare', '--household', 'two.json', '--simulations', '300', '--lang', 'es'], io());
    expect(es).toContain('Quién se inscribe dónde, del 1 de enero de 2022 al 31 de diciembre de 2022');
    expect(es).toContain('La cobertura doble');
    expect(es).toContain('el año del plan 2022–23 (julio–diciembre de 2022) no está en la biblioteca de planes');
  });

  it('prices every arrangement once HR has imported both district plan years', async () => {
    app = tempApp();
    await runCommand(['plans', 'import', 'district.json'], io());
    const en = await runCommand(['compare', '--household', 'two.json', '--simulations', '300', '--plans', [...FEHB, ...DISTRICT_2021].join(',')], io());
    expect(en).not.toContain('Not priced:');
    expect(en).toContain('District Fixture DHMO 3000: the 2021–22 plan year covers January–June 2022');
    expect(en).toMatch(/Premiums \$[\d,]+ \+ Out of pocket \$[\d,]+ = Expected cost \$[\d,]+/);
  });
});
