import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand, UsageError, type CliIo } from '../../src-main/cli/commands';
import { tempApp } from '../support/temp-app';

// `--lang es`: the command line prints the same summary in Spanish (compare), and its own words in the
// other commands that print words; the figures are the same ones.

let app: ReturnType<typeof tempApp>;
afterEach(() => app?.dispose());

const household = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'examples', 'household-family-of-four.json'), 'utf8');
const io = (): CliIo => ({
  app: () => app,
  readFile: (path) => {
    if (path !== 'family.json') throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT', path });
    return household;
  },
  writeFile: () => undefined,
});

describe('the command line in Spanish', () => {
  it('compare --lang es: the same table, reasons, break-even, assumptions and caveat, in Spanish, with the same figures', async () => {
    app = tempApp();
    const args = ['compare', '--household', 'family.json', '--simulations', '500'];
    const en = await runCommand(args, io());
    const es = await runCommand([...args, '--lang', 'es'], io());
    expect(es).toContain('Comparación para 4 personas');
    expect(es).toMatch(/Posición\s+Plan\s+Prima\s+Atención/);
    expect(es).toContain('Qué cambiaría la respuesta:');
    expect(es).toContain('Supuestos:');
    expect(es).toContain('Esto es un cálculo aproximado, no una cotización');
    expect(es).not.toContain('Expected cost about');
    // Every dollar figure of the English table is in the Spanish one (es-US writes money as en-US does).
    const money = (text: string): string[] => (text.split('\n\n')[1] ?? '').match(/\$[\d,]+/g) ?? [];
    expect(money(es)).toEqual(money(en));
    expect(await runCommand([...args, '--lang=en'], io())).toBe(en);
  });

  it('plans list --lang es, and a language it does not speak is a usage mistake', async () => {
    app = tempApp();
    expect(await runCommand(['plans', 'list', '--lang', 'es'], io())).toMatch(/fehb-kpco-2022-high\s+2022\s+completo/);
    await expect(runCommand(['plans', 'list', '--lang', 'fr'], io())).rejects.toBeInstanceOf(UsageError);
  });

  it('plans show --lang es: what an incomplete plan lacks, in Spanish; in English as before', async () => {
    app = tempApp();
    const es = await runCommand(['plans', 'show', 'district-kpco-2021-dhmo2000plus', '--lang', 'es'], io());
    expect(es).toContain('  falta: el deducible (por persona y por familia)');
    expect(es).not.toContain('missing:');
    const en = await runCommand(['plans', 'show', 'district-kpco-2021-dhmo2000plus'], io());
    expect(en).toContain('  missing: deductible (per person and per family)');
  });

  it('a refusal of the main process --lang es: said in Spanish, its problems by their field; in English as before', async () => {
    app = tempApp();
    await expect(runCommand(['plans', 'show', 'no-such-plan', '--lang', 'es'], io())).rejects.toThrow('No hay ningún plan con el id «no-such-plan».');
    await expect(runCommand(['plans', 'show', 'no-such-plan'], io())).rejects.toThrow('There is no plan with id "no-such-plan".');
    const exported = await app.dispatch('plans:export', { ids: ['fehb-kpco-2022-standard'] });
    if (!exported.ok) throw new Error(exported.error.message);
    const file = JSON.parse((exported.value as { text: string }).text);
    file.plans[0].planName = 42;
    const bad: CliIo = { ...io(), readFile: () => JSON.stringify(file) };
    const es = await runCommand(['plans', 'import', 'bad.json', '--lang', 'es'], bad).catch((e: Error & { issues?: string[] }) => e);
    expect(es).toMatchObject({
      message: 'El archivo de planes tiene 1 problema.',
      issues: ['plans[0].planName: Entrada inválida: se esperaba texto, recibido número'],
    });
    const en = await runCommand(['plans', 'import', 'bad.json'], bad).catch((e: Error & { issues?: string[] }) => e);
    expect(en).toMatchObject({ message: 'The plan file has 1 problem.', issues: ['plans[0].planName: Invalid input: expected string, received number'] });
  });

  it('price --lang es: the engine’s refusal of a claim, its field kept and its sentence in Spanish; in English as before', async () => {
    app = tempApp();
    const claims = JSON.stringify({
      members: [{ id: 'self', age: 40 }],
      claims: [{ member: 'self', date: '2022-03-01', service: 'pcp_visit', allowed: 120, supplyDays: 30 }],
    });
    const file: CliIo = { ...io(), readFile: () => claims };
    const args = ['price', '--plan', 'fehb-kpco-2022-standard', '--claims', 'claims.json'];
    await expect(runCommand([...args, '--lang', 'es'], file)).rejects.toThrow(
      /^claims\[0\]\.supplyDays: "supplyDays" \(los días de suministro de una receta\) no corresponde a .* \(pcp_visit\); no lo incluya$/,
    );
    await expect(runCommand(args, file)).rejects.toThrow(
      'claims[0].supplyDays: "supplyDays" (days of supply of a prescription) does not apply to primary care visit (pcp_visit); leave it out',
    );
  });
});
