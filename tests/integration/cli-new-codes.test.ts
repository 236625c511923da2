import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../../src-main/cli/commands';
import { SERVICE_CODES } from '../../src-shared/services';
import { tempApp } from '../support/temp-app';

// `cli price` with the service codes added for issue 17 (each accepted and priced as the 2022 brochure
// prints it), a brand asked for over the generic ("genericAllowed"), and one same-day order: the same claims
// in any order give the same output.

let app: ReturnType<typeof tempApp>;
beforeAll(() => {
  app = tempApp();
});
afterAll(() => app.dispose());

const io = (files: Record<string, unknown>): CliIo => ({ app: () => app, readFile: (path) => JSON.stringify(files[path]), writeFile: () => undefined });
const run = (plan: string, file: unknown) => runCommand(['price', '--plan', plan, '--claims', 'c.json'], io({ 'c.json': file }));
const price = async (plan: string, file: unknown) => JSON.parse(await run(plan, file));
const NEW_CODES = SERVICE_CODES.slice(SERVICE_CODES.indexOf('rx_contraceptive'));

describe('npm run cli -- price with the new service codes', () => {
  it('accepts every new code under the High Option and prices each as printed', async () => {
    const claims = NEW_CODES.filter((c) => c !== 'rx_brand_requested').map((service, i) => ({
      member: 'me',
      date: `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
      service,
      allowed: 100,
    }));
    const out = await price('fehb-kpco-2022-high', { members: [{ id: 'me', age: 40 }], claims });
    const pays = Object.fromEntries(out.lines.map((l: { service: string; memberPays: number }) => [l.service, l.memberPays]));
    expect(pays).toEqual({
      rx_contraceptive: 0,
      rx_preventive_medication: 0,
      rx_tobacco_cessation: 0,
      tobacco_cessation_counseling: 0,
      family_planning_service: 0,
      sterilization_female: 0,
      vasectomy: 0,
      allergy_serum: 0,
      internal_prosthetic_device: 0,
      uv_light_therapy: 0,
      breastfeeding_support: 0,
      breast_pump: 0,
      breast_pump_hospital_grade: 10, // "10% of our allowance for hospital-grade pump"
      hospice_home_day: 0,
      group_therapy_visit: 10, // "$10 per group therapy office visit"
      urgent_care_video: 30, // "$30 per visit"
      routine_eye_exam: 30, // "$30 per specialty care office visit"
      acupuncture_visit: 100, // "Not covered, including acupuncture": All charges
      observation_care: 100, // "$250 in an outpatient hospital", the allowance when less
      early_intervention_visit: 100, // "Through age two (2)": an adult's claim is not covered
      rx_brand_price_difference: 100, // the difference alone: the member pays it all
    });
  });

  it("a brand asked for over the generic (Standard Option): the $50 brand copay on the generic's price plus the difference, one line", async () => {
    const out = await price('fehb-kpco-2022-standard', {
      members: [{ id: 'me', age: 40 }],
      claims: [{ member: 'me', date: '2022-03-01', service: 'rx_brand_requested', allowed: 250, genericAllowed: 60 }],
    });
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatchObject({ allowed: 250, copay: 50, notCovered: 190, memberPays: 240, planPays: 10, rule: { decidedBy: ['brand_requested'] } });
    expect(out.totals).toMatchObject({ allowed: 250, memberPays: 240, planPays: 10 });
    expect(out.assumptions.some((a: string) => a.startsWith('A brand drug asked for over the prescribed generic'))).toBe(true);
  });

  it("refuses a brand asked for without the generic's price, naming the field", async () => {
    await expect(
      run('fehb-kpco-2022-standard', {
        members: [{ id: 'me', age: 40 }],
        claims: [{ member: 'me', date: '2022-03-01', service: 'rx_brand_requested', allowed: 250 }],
      }),
    ).rejects.toThrow(/claims\[0\]\.genericAllowedCents: .*\("genericAllowed" in dollars in a claims file\)/);
  });

  it('refuses a new code under a district plan that has no rule for it (the plan stays incomplete, never guessed)', async () => {
    await expect(
      run('district-kpco-2021-dhmo2000plus', {
        members: [{ id: 'me', age: 40 }],
        claims: [{ member: 'me', date: '2021-09-01', service: 'group_therapy_visit', allowed: 50 }],
      }),
    ).rejects.toThrow(/cannot be priced yet/);
  });
});

describe('same-day claims: the same claims in any order give the same output (README "Same-day claims")', () => {
  const claims = [
    { member: 'ana', date: '2022-04-01', service: 'office_procedure', allowed: 1000, setting: 'specialist_office' },
    { member: 'ana', date: '2022-04-01', service: 'advanced_imaging', allowed: 1000 },
    { member: 'ben', date: '2022-04-01', service: 'lab_test', allowed: 80 },
    { member: 'ana', date: '2022-04-01', service: 'specialist_visit', allowed: 250 },
    { member: 'ben', date: '2022-04-01', service: 'lab_test', allowed: 40 },
    { member: 'ana', date: '2022-03-31', service: 'pcp_visit', allowed: 150 },
  ];
  const members = [
    { id: 'ana', age: 40 },
    { id: 'ben', age: 12 },
  ];

  it('Prosper: listed in six different orders, the output (ledger, totals, assumptions) is identical', async () => {
    const reference = await run('fehb-kpco-2022-prosper', { members, claims });
    const lines = JSON.parse(reference).lines.map(
      (l: { date: string; member: string; service: string; allowed: number }) => `${l.date} ${l.member} ${l.service} ${l.allowed}`,
    );
    expect(lines).toEqual([
      '2022-03-31 ana pcp_visit 150',
      '2022-04-01 ana specialist_visit 250',
      '2022-04-01 ana advanced_imaging 1000',
      '2022-04-01 ana office_procedure 1000',
      '2022-04-01 ben lab_test 40',
      '2022-04-01 ben lab_test 80',
    ]);
    for (let k = 1; k < claims.length; k++) {
      const rotated = [...claims.slice(k), ...claims.slice(0, k)];
      expect(await run('fehb-kpco-2022-prosper', { members, claims: rotated })).toBe(reference);
    }
  });
});
