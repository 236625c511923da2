import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../../src-main/cli/commands';
import { tempApp } from '../support/temp-app';

// `cli price` with the claims-file fields of issue 17: birth dates, conditions, therapy purposes, office
// settings, scans in the ER; the warnings and assumptions of the output; the refusals that name the field.

let app: ReturnType<typeof tempApp>;
beforeAll(() => {
  app = tempApp();
});
afterAll(() => app.dispose());

function io(files: Record<string, unknown>): CliIo {
  return { app: () => app, readFile: (path) => JSON.stringify(files[path]), writeFile: () => undefined };
}

const price = async (plan: string, file: unknown) => JSON.parse(await runCommand(['price', '--plan', plan, '--claims', 'c.json'], io({ 'c.json': file })));

describe('npm run cli -- price (issue 17 fields)', () => {
  it('prices a birthday, autism, a primary care office procedure and an ER scan as the brochure prints them (Standard Option)', async () => {
    const out = await price('fehb-kpco-2022-standard', {
      members: [
        { id: 'kid', birthDate: '2004-06-15', conditions: ['autism_spectrum_disorder'] },
        { id: 'dad', age: 45 },
      ],
      claims: [
        // 5(a) "$30 per primary care office visit (nothing for children through age 17)": 17, then 18.
        { member: 'kid', date: '2022-06-14', service: 'pcp_visit', allowed: 150 },
        { member: 'kid', date: '2022-06-15', service: 'pcp_visit', allowed: 150 },
        // 5(a) "Nothing after you pay the primary care copayment".
        { member: 'kid', date: '2022-06-15', service: 'office_procedure', allowed: 400, setting: 'primary_care_office' },
        // 5(a) speech therapy, habilitative, no visit limit with autism: 21 visits at $30.
        ...Array.from({ length: 21 }, (_, d) => ({
          member: 'kid',
          date: `2022-07-${String(d + 1).padStart(2, '0')}`,
          service: 'speech_therapy_visit',
          allowed: 120,
          purpose: 'habilitative',
        })),
        // 5(d): ER visit and a CT scan in the ER, then the admission: $150 deductible + $750.
        { member: 'dad', date: '2022-09-01', service: 'er_visit', allowed: 2000, admitted: true },
        { member: 'dad', date: '2022-09-01', service: 'advanced_imaging', allowed: 1500, admitted: true },
        { member: 'dad', date: '2022-09-01', service: 'inpatient_admission', allowed: 20000, days: 2 },
      ],
    });
    expect(out.lines.slice(0, 3).map((l: { memberPays: number }) => l.memberPays)).toEqual([0, 30, 0]);
    expect(out.lines[1].rule.decidedBy).toEqual(['birthday']);
    expect(out.lines[23].rule).toMatchObject({ decidedBy: ['autism_spectrum_disorder'] });
    expect(out.lines[25]).toMatchObject({ service: 'advanced_imaging', memberPays: 0, rule: { source: { section: '5(d)' }, decidedBy: ['admission'] } });
    expect(out.byMember).toMatchObject({ kid: { memberPays: 30 + 21 * 30 }, dad: { memberPays: 900 } });
    expect(out.warnings).toEqual([]);
    expect(out.assumptions).toEqual([
      'No birth date for dad: age rules use the age on the first day of the plan year (2022), so a birthday during a plan year counts only from the next one.',
    ]);
  });

  it('prices a claim in the next plan year with the 2022 rules and says so', async () => {
    const out = await price('fehb-kpco-2022-high', {
      members: [{ id: 'ana', age: 34 }],
      claims: [{ member: 'ana', date: '2023-02-01', service: 'pcp_visit', allowed: 150 }],
    });
    expect(out.lines[0].memberPays).toBe(20);
    expect(out.warnings).toEqual(['2023 priced with the 2022 rules; the 2023 plan is not in the catalog']);
  });

  it.each([
    ['a 2030 claim', { date: '2030-03-10' }, /claims\[0\]\.date: 2030-03-10 falls in the 2030 plan year/],
    ['a 2021 claim', { date: '2021-12-31' }, /claims\[0\]\.date: 2021-12-31 is before this plan's first plan year/],
    ['days on a primary care visit', { days: 2 }, /claims\[0\]\.days: "days" \(days of a stay\) does not apply to primary care visit/],
    ['admitted on a primary care visit', { admitted: true }, /claims\[0\]\.admitted/],
    ['a setting on a primary care visit', { setting: 'primary_care_office' }, /claims\[0\]\.setting/],
    ['a hospital stay without days', { service: 'inpatient_admission' }, /claims\[0\]\.days: a claim for hospital stay \(inpatient_admission\) needs "days"/],
    ['an unknown purpose', { service: 'pt_visit', purpose: 'fun' }, /claims\[0\]\.purpose/],
  ])('refuses %s with one line naming the field', async (_what, change, message) => {
    const file = { members: [{ id: 'ana', age: 34 }], claims: [{ member: 'ana', date: '2022-03-10', service: 'pcp_visit', allowed: 150, ...change }] };
    await expect(price('fehb-kpco-2022-high', file)).rejects.toThrow(message);
  });

  it('refuses a member with both an age and a birth date', async () => {
    const file = { members: [{ id: 'ana', age: 34, birthDate: '1988-01-01' }], claims: [] };
    await expect(price('fehb-kpco-2022-high', file)).rejects.toThrow(/members\[0\]\.age: give either age or birthDate/);
  });
});
