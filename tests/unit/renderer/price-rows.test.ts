import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../src-main/app-root';
import { buildCarePlan } from '../../../src-main/compare/care-items';
import { loadCompareTables } from '../../../src-main/compare/load-tables';
import { planWindow } from '../../../src-main/compare/plan-window';
import { Household, type HouseholdMemberInput } from '../../../src-shared/household-schema';
import { SERVICE_CODES } from '../../../src-shared/services';
import { accountMoneyLine, assumptionsWithSession, changedPricesLine, priceRows, priceText, servicesInUse } from '../../../src-renderer/src/lib/price-rows';
import { fromMember } from '../../../src-renderer/src/state/member-draft';

// The care step's "Prices used for this estimate": the defaults it shows must be the ones the engine
// prices with, in the table's unit, and the services it lists first must be the ones the estimate uses.

const tables = loadCompareTables(join(findAppRoot(), 'data'));
const rows = priceRows(tables.prices);
const row = (code: string) => rows.find((r) => r.code === code);

describe('the default prices shown', () => {
  it('lists every service once, in the vocabulary order', () => {
    expect(rows.map((r) => r.code)).toEqual([...SERVICE_CODES]);
  });

  it('shows the table price and unit: an MRI per test, a hospital stay per day, a generic drug per 30-day fill', () => {
    expect(row('advanced_imaging')).toMatchObject({ defaultCents: 83_760, defaultText: '$837.60', unit: 'per test or procedure' });
    expect(row('inpatient_admission')).toMatchObject({ defaultCents: tables.prices.services.inpatient_admission.cents, unit: 'per day' });
    expect(row('rx_generic')).toMatchObject({ defaultText: '$38.40', unit: 'per 30-day fill' });
    expect(row('pcp_visit')?.unit).toBe('per visit');
    expect(row('ambulance_trip')?.unit).toBe('per trip');
  });

  it('every default is the table amount the engine uses for that service', () => {
    for (const r of rows.filter((x) => x.code !== 'maternity_delivery')) expect(r.defaultCents, r.code).toBe(tables.prices.services[r.code].cents);
  });

  it('a birth shows both delivery prices, since one override replaces both', () => {
    const { vaginal, csection } = tables.prices.births;
    expect(row('maternity_delivery')).toMatchObject({
      unit: 'per birth',
      defaultText: `${priceText(vaginal.deliveryCents)} (vaginal birth) or ${priceText(csection.deliveryCents)} (C-section)`,
    });
  });

  it('names where each default comes from, short', () => {
    expect(row('advanced_imaging')?.source).toBe('CMS Actuarial Value Calculator continuance tables (2014)');
    expect(row('telehealth_visit')?.source).toBe('App assumption');
  });

  it('writes whole dollars without cents and other amounts to the cent', () => {
    expect([priceText(90_000), priceText(83_760), priceText(5)]).toEqual(['$900', '$837.60', '$0.05']);
  });
});

describe('the services this estimate uses', () => {
  const members: HouseholdMemberInput[] = [
    {
      id: 'e',
      relationship: 'employee',
      age: 52,
      usage: { preset: 'low', conditions: ['asthma'], counts: { chiropractic_visit: 4, pcp_visit: 0 } },
      prescriptions: [{ tier: 'rx_nonpreferred', fillsPerYear: 4, supplyDays: 90, channel: 'mail' }],
      events: [
        { type: 'mri', month: 3 },
        { type: 'outpatient_surgery', setting: 'surgery_center' },
      ],
    },
    {
      id: 's',
      relationship: 'spouse',
      age: 33,
      sex: 'female',
      usage: { preset: 'none', conditions: [], counts: {} },
      events: [
        { type: 'baby', delivery: 'csection', dueDate: '2022-06-15' },
        { type: 'er_visit_admitted', days: 2 },
      ],
    },
    {
      id: 'c',
      relationship: 'child',
      age: 9,
      usage: { preset: 'typical', conditions: [], counts: {} },
      events: [{ type: 'new_specialty_drug', startMonth: 5, channel: 'plan_pharmacy' }],
    },
  ];
  const household = Household.parse({ members });
  const plan = { planYear: { start: '2022-01-01', end: '2022-12-31', label: '2022' } };

  it('are exactly the services the engine prices for the household (counts, drugs, events, the baby)', () => {
    const engine = new Set(buildCarePlan(household, planWindow(plan), tables).items.map((i) => i.service));
    const screen = servicesInUse(household.members.map(fromMember), tables.usage);
    expect([...screen].sort()).toEqual([...engine].sort());
  });

  it('a count the counselor set to 0 takes the service out, as it does in the engine', () => {
    const screen = servicesInUse(household.members.map(fromMember), tables.usage);
    const employeeOnly = servicesInUse([fromMember(household.members[0] as (typeof household.members)[number])], tables.usage);
    expect(employeeOnly.has('pcp_visit')).toBe(false);
    expect(screen.has('pcp_visit')).toBe(true); // the child's typical year has primary care visits
  });

  it('a person whose age is not entered yet still counts what was typed and added', () => {
    const draft = { ...fromMember(household.members[0] as (typeof household.members)[number]), age: null };
    expect([...servicesInUse([draft], tables.usage)].sort()).toEqual(
      ['advanced_imaging', 'ambulatory_surgery_center', 'chiropractic_visit', 'rx_nonpreferred'].sort(),
    );
  });
});

describe('what the report says was assumed', () => {
  it('names each changed price with its unit and default', () => {
    expect(changedPricesLine({ advanced_imaging: 90_000, inpatient_admission: 300_000 }, rows)).toBe(
      'Prices changed for this session: MRI, CT or PET scan (per body part): $900 per test or procedure (default $837.60); ' +
        `Hospital stay: $3,000 per day (default ${priceText(tables.prices.services.inpatient_admission.cents)}). ` +
        'These are used as typed in every simulated year.',
    );
  });

  it('says nothing about prices when none was changed', () => {
    expect(changedPricesLine(undefined, rows)).toBeNull();
    expect(changedPricesLine({}, rows)).toBeNull();
  });

  it('names the account money of each plan that has some', () => {
    expect(
      accountMoneyLine([
        { name: 'High Option', accountCents: 0 },
        { name: 'Prosper', accountCents: 75_000 },
      ]),
    ).toBe(
      'Employer money in a health account (HSA or HRA): Prosper $750. It pays out-of-pocket costs first; money left over at the end of the year is not counted.',
    );
    expect(accountMoneyLine([{ name: 'High Option', accountCents: 0 }])).toBeNull();
  });

  it("puts the changed prices right after the engine's own prices line, and the account money last", () => {
    const result = {
      assumptions: ['Employee: typical use.', 'Prices: default allowed amounts …; the counselor entered some prices.', '10,000 simulated years.'],
      plans: [{ name: 'Prosper', accountCents: 50_000 }],
    };
    const list = assumptionsWithSession(result, { xray: 10_000 }, rows);
    expect(list).toHaveLength(5);
    expect(list[2]).toMatch(/^Prices changed for this session: X-ray or ultrasound: \$100 per test or procedure \(default \$217.20\)\. /);
    expect(list[4]).toMatch(/^Employer money in a health account \(HSA or HRA\): Prosper \$500\./);
    expect(result.assumptions).toHaveLength(3); // the result itself is left as the engine gave it
  });

  it("leaves the engine's list as it is when the session changed nothing", () => {
    const result = { assumptions: ['A.', 'Prices: default.'], plans: [{ name: 'Prosper', accountCents: 0 }] };
    expect(assumptionsWithSession(result, undefined, rows)).toEqual(['A.', 'Prices: default.']);
  });
});
