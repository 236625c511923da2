import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../../src-main/cli/commands';
import { tempApp } from '../support/temp-app';

let app: ReturnType<typeof tempApp>;
beforeAll(() => {
  app = tempApp();
});
afterAll(() => app.dispose());

function io(files: Record<string, unknown>): CliIo {
  return {
    app: () => app,
    readFile: (path) => (typeof files[path] === 'string' ? (files[path] as string) : JSON.stringify(files[path])),
    writeFile: () => undefined,
  };
}

const claims = {
  members: [
    { id: 'ana', age: 34 },
    { id: 'leo', age: 6 },
  ],
  claims: [
    { member: 'ana', date: '2022-03-10', service: 'pcp_visit', allowed: 150 },
    { member: 'ana', date: '2022-05-02', service: 'er_visit', allowed: 2200, admitted: true },
    { member: 'ana', date: '2022-05-02', service: 'inpatient_admission', allowed: 21000, days: 3 },
    { member: 'leo', date: '2022-06-01', service: 'rx_generic', allowed: 40, supplyDays: 90, channel: 'mail' },
  ],
};

describe('npm run cli -- price', () => {
  it('prices the README example under the Standard Option, in dollars, line by line', async () => {
    const out = JSON.parse(await runCommand(['price', '--plan', 'fehb-kpco-2022-standard', '--claims', 'c.json'], io({ 'c.json': claims })));
    expect(out.plan).toBe('fehb-kpco-2022-standard');
    // $30 primary care copay; ER copay waived on admission; $150 deductible then the $750 admission copay;
    // a 90-day generic by mail is 2 × $15.
    expect(out.lines.map((l: { memberPays: number }) => l.memberPays)).toEqual([30, 0, 900, 30]);
    expect(out.lines[2]).toMatchObject({ deductible: 150, copay: 750, planPays: 20100, rule: { source: { section: '5(c)' } } });
    expect(out.byMember).toEqual({
      ana: { memberPays: 930, deductible: 150, copay: 780, coinsurance: 0, notCovered: 0 },
      leo: { memberPays: 30, deductible: 0, copay: 30, coinsurance: 0, notCovered: 0 },
    });
    expect(out.totals).toEqual({ allowed: 23390, deductible: 150, copay: 810, coinsurance: 0, notCovered: 0, memberPays: 960, planPays: 22430 });
    // Self Plus One, code 656: $171.89 biweekly × 26.
    expect(out.premium).toEqual({ known: true, enrollmentType: 'self_plus_one', code: '656', annualEmployeeShare: 4469.14 });
  });

  it.each([
    ['a negative amount', { claims: [{ ...claims.claims[0], allowed: -5 }] }, /claims\[0\]\.allowed/],
    ['an amount with fractions of a cent', { claims: [{ ...claims.claims[0], allowed: 10.005 }] }, /claims\[0\]\.allowed/],
    ['an amount as text', { claims: [{ ...claims.claims[0], allowed: '150' }] }, /claims\[0\]\.allowed/],
    ['an unknown service', { claims: [{ ...claims.claims[0], service: 'acupuncture' }] }, /claims\[0\]\.service/],
    ['an impossible date', { claims: [{ ...claims.claims[0], date: '2022-02-30' }] }, /claims\[0\]\.date/],
    ['an impossible age', { members: [{ id: 'ana', age: 150 }] }, /members\[0\]\.age/],
    ['a claim for someone not in the household', { claims: [{ ...claims.claims[0], member: 'zoe' }] }, /zoe/],
  ])('refuses %s with one line naming the field', async (_name, change, message) => {
    const file = { ...claims, ...change };
    await expect(runCommand(['price', '--plan', 'fehb-kpco-2022-high', '--claims', 'c.json'], io({ 'c.json': file }))).rejects.toThrow(message);
  });

  it('refuses an incomplete district plan with what is missing', async () => {
    const run = runCommand(['price', '--plan', 'district-kpco-2021-dhmo2000plus', '--claims', 'c.json'], io({ 'c.json': claims }));
    await expect(run).rejects.toThrow(/cannot be priced yet/);
    await run.catch((e: { issues?: string[] }) => expect(e.issues).toContain('deductible (per person and per family)'));
  });
});

describe('npm run cli -- compare', () => {
  const example = JSON.parse(readFileSync('data/examples/household-family-of-four.json', 'utf8'));

  it('ranks the complete plans and lists the incomplete ones as skipped with the reason', async () => {
    const table = await runCommand(['compare', '--household', 'h.json', '--simulations', '500'], io({ 'h.json': example }));
    expect(table).toMatch(/Standard Option/);
    expect(table).toMatch(/Not priced: DHMO 2000 20% Plus cannot be priced yet/);
    expect(table).toMatch(/estimate, not a quote/);
  });

  it('prints JSON equal to what engine:compare returns for the same request', async () => {
    const json = JSON.parse(
      await runCommand(
        ['compare', '--household', 'h.json', '--simulations', '500', '--seed', '7', '--plans', 'fehb-kpco-2022-high,fehb-kpco-2022-prosper', '--json'],
        io({ 'h.json': example }),
      ),
    );
    const direct = await app.dispatch('engine:compare', { ...example, simulations: 500, seed: 7, planIds: ['fehb-kpco-2022-high', 'fehb-kpco-2022-prosper'] });
    expect(direct.ok && direct.value).toEqual(json);
    expect(json.plans.map((p: { planId: string }) => p.planId).sort()).toEqual(['fehb-kpco-2022-high', 'fehb-kpco-2022-prosper']);
  });

  it('refuses bad flags as usage errors', async () => {
    await expect(runCommand(['compare'], io({}))).rejects.toThrow(/needs --household/);
    await expect(runCommand(['compare', '--household', 'h.json', '--seed', 'abc'], io({ 'h.json': example }))).rejects.toThrow(/--seed must be a whole number/);
  });
});
