import { describe, expect, it } from 'vitest';
import type { LedgerLine } from '../../../src-shared/pricing-schema';
import type { EngineMember } from '../../../src-shared/claims-schema';
import { priceClaims } from '../../../src-main/engine';
import { runCases } from './case-runner';
import { repeat, toClaims } from './fixtures';
import { compileKpPlans } from './real-plans';

// 2022 FEHB Kaiser Permanente Colorado (RI 73-019): the brochure lines the engine could not follow before
// issue 17, priced with the plans in data/plans/. Each case names the option, the section and the printed
// line; the figures are worked out by hand, in cents.
//   - age rules apply on the date of service (a member with a birth date);
//   - 5(a) therapy: 20 rehabilitative and 20 habilitative visits a year per therapy, no limit with autism
//     spectrum disorder (speech therapy: also cleft lip or palate), 20 pulmonary rehabilitation visits;
//   - 5(d): the copay of a scan done in the emergency room is waived when the member is admitted;
//   - 5(a)/5(e): procedures in a primary care or mental health office cost nothing after the office copay;
//   - 5(c): skilled nursing up to 100 days a year, a rehabilitation facility up to 60 days per condition.

const plans = compileKpPlans();
const high = () => plans.high;
const standard = () => plans.standard;
const prosper = () => plans.prosper;
const NEXT_YEAR = '2023 priced with the 2022 rules; the 2023 plan is not in the catalog';
const kid = (birthDate: string, extra: Partial<EngineMember> = {}): EngineMember[] => [{ id: 'kid', birthDate, ...extra }];
const PCP = { service: 'pcp_visit', allowedCents: 15000 } as const;
const PT = { service: 'pt_visit', allowedCents: 10000 } as const;
const SPEECH = { service: 'speech_therapy_visit', allowedCents: 10000 } as const;

describe('age on the date of service (a member with a birth date)', () => {
  runCases(standard, [
    {
      name: 'Standard Option · 5(a) "$30 per primary care office visit (nothing for children through age 17)": born 2004-06-15, nothing on 2022-06-14, $30 from the 18th birthday',
      members: kid('2004-06-15'),
      claims: [
        { ...PCP, date: '2022-06-14' },
        { ...PCP, date: '2022-06-15' },
      ],
      pays: 3000,
      lines: [
        { pays: 0, decidedBy: ['age_exception'], text: 'Nothing for children through age 17' },
        {
          pays: 3000,
          decidedBy: ['birthday'],
          text: '$30 copay per primary care visit; age 18 on the date of service (turned 18 on 2022-06-15), so "nothing for children through age 17" no longer applies',
        },
      ],
    },
    {
      name: 'Standard Option · 5(a) the same child given only an age (17): the age on the first day of the plan year, stated as an assumption',
      members: [{ id: 'kid', age: 17 }],
      claims: [
        { ...PCP, date: '2022-06-14' },
        { ...PCP, date: '2022-06-15' },
      ],
      pays: 0,
      assumptions: ['No birth date for kid: age rules use the age on the first day of the plan year (2022)'],
    },
    {
      name: 'Standard Option · 5(e) "$30 per individual therapy office visit (nothing for children through age 17)": the adult copay from the birthday on',
      members: kid('2004-03-02'),
      claims: [
        { service: 'mental_health_visit', allowedCents: 16000, date: '2022-03-01' },
        { service: 'mental_health_visit', allowedCents: 16000, date: '2022-03-02' },
      ],
      pays: 3000,
      lines: [{ pays: 0 }, { pays: 3000, decidedBy: ['birthday'] }],
    },
    {
      name: 'Standard Option · 5(a) hearing aids "for all persons age 18 and over": All charges — covered the day before the 18th birthday, not on it',
      members: kid('2004-09-01'),
      claims: [
        { service: 'hearing_aid', allowedCents: 200000, date: '2022-08-31' },
        { service: 'hearing_aid', allowedCents: 200000, date: '2022-09-01' },
      ],
      // "10% of our allowance after the deductible": $150 + 10% of $1,850; then all charges.
      pays: 15000 + 18500 + 200000,
      lines: [
        { deductible: 15000, coinsurance: 18500, decidedBy: [] },
        {
          notCovered: 200000,
          decidedBy: ['age_exception', 'birthday'],
          text: 'Not covered: the member pays all charges (hearing aids for persons age 18 and over); age 18 on the date of service (turned 18 on 2022-09-01)',
        },
      ],
    },
    {
      name: 'Standard Option · a February 29 birthday counts from March 1 in a common year',
      members: kid('2004-02-29'),
      claims: [
        { ...PCP, date: '2022-02-28' },
        { ...PCP, date: '2022-03-01' },
      ],
      pays: 3000,
      lines: [{ pays: 0 }, { pays: 3000, text: expect.stringContaining('turned 18 on 2022-03-01') as unknown as string }],
    },
    {
      name: 'Standard Option · a baby born during the plan year is 0 from its birth date: nothing at the primary care visit',
      members: kid('2022-03-10'),
      claims: [{ ...PCP, date: '2022-03-20' }],
      pays: 0,
    },
    {
      name: 'Standard Option · two plan years with a birth date: 17 until the birthday in August 2023, not all of 2023',
      members: kid('2005-08-01'),
      claims: [
        { ...PCP, date: '2022-12-01' },
        { ...PCP, date: '2023-07-31' },
        { ...PCP, date: '2023-08-01' },
      ],
      pays: 3000,
      lines: [{ pays: 0 }, { pays: 0, planYear: '2023' }, { pays: 3000, decidedBy: ['birthday'] }],
      warnings: [NEXT_YEAR],
    },
  ]);

  runCases(high, [
    {
      name: 'High Option · 5(a) infertility: "Infertility services are covered for individuals over the age of 18" — all charges at 18, 50% of our allowance from the 19th birthday',
      members: [{ id: 'ana', birthDate: '2003-05-01' }],
      claims: [
        { service: 'infertility_service', allowedCents: 50000, date: '2022-04-30' },
        { service: 'infertility_service', allowedCents: 50000, date: '2022-05-01' },
      ],
      pays: 50000 + 25000,
      lines: [
        { notCovered: 50000, decidedBy: ['age_exception'] },
        { coinsurance: 25000, decidedBy: ['birthday'] },
      ],
    },
  ]);

  it('states no age assumption for a member with a birth date, and one for each member known by age only', () => {
    const members: EngineMember[] = [
      { id: 'leo', age: 40 },
      { id: 'kid', birthDate: '2010-01-01' },
      { id: 'ana', age: 38 },
    ];
    const r = priceClaims(plans.standard, members, toClaims(members, [PCP]));
    expect(r.assumptions.filter((a) => a.startsWith('No birth date'))).toEqual([
      'No birth date for ana and leo: age rules use the age on the first day of the plan year (2022), so a birthday during a plan year counts only from the next one.',
    ]);
    expect(priceClaims(plans.standard, kid('2010-01-01'), toClaims(kid('2010-01-01'), [PCP])).assumptions).toEqual([]);
  });
});

describe('5(a) therapy visit limits', () => {
  runCases(high, [
    {
      name: 'High Option · 5(a) "up to 20 outpatient rehabilitative and up to 20 outpatient habilitative visits per year of each therapy": 20 of each are covered, the 21st habilitative is not',
      claims: [...repeat(20, PT), ...repeat(21, { ...PT, purpose: 'habilitative' })],
      pays: 40 * 2000 + 10000,
      line: {
        39: { pays: 2000 },
        40: {
          notCovered: 10000,
          decidedBy: ['visit_limit'],
          text: 'Not covered: the limit of 20 habilitative visits per plan year for physical therapy visit is used up; the member pays all charges',
        },
      },
    },
    {
      name: 'High Option · 5(a) "of each therapy": 20 habilitative physical therapy visits leave the 20 habilitative occupational therapy visits',
      claims: [...repeat(20, { ...PT, purpose: 'habilitative' }), ...repeat(20, { service: 'ot_visit', allowedCents: 10000, purpose: 'habilitative' })],
      pays: 40 * 2000,
    },
    {
      name: 'High Option · 5(a) "with no visit limits with a diagnosis of autism spectrum disorders (ASD)": 25 physical therapy visits, all $20',
      members: [{ id: 'sam', age: 9, conditions: ['autism_spectrum_disorder'] }],
      claims: [...repeat(22, PT), ...repeat(22, { ...PT, purpose: 'habilitative' })],
      pays: 44 * 2000,
      line: {
        19: { decidedBy: [] },
        20: {
          pays: 2000,
          decidedBy: ['autism_spectrum_disorder'],
          text: '$20 copay per physical therapy visit; visit 21 this plan year, past the limit of 20: no visit limit with a diagnosis of autism spectrum disorder',
        },
        43: { pays: 2000, decidedBy: ['autism_spectrum_disorder'] },
      },
    },
    {
      name: 'High Option · 5(a) "We cover up to 20 pulmonary rehabilitation visits per year": counted apart from the 20 rehabilitative visits, citing its own line',
      claims: [...repeat(20, { ...PT, purpose: 'pulmonary_rehabilitation' }), ...repeat(20, PT)],
      pays: 40 * 2000,
      line: {
        0: { source: { section: '5(a)', row: 'Physical and occupational therapies — We cover up to 20 pulmonary rehabilitation visits per year.' } },
        20: { source: { row: 'Physical and occupational therapies — Physical therapy by qualified physical therapists' } },
      },
    },
    {
      name: 'High Option · 5(a) the autism exception does not lift the 20 pulmonary rehabilitation visits',
      members: [{ id: 'sam', age: 50, conditions: ['autism_spectrum_disorder'] }],
      claims: repeat(21, { ...PT, purpose: 'pulmonary_rehabilitation' }),
      pays: 20 * 2000 + 10000,
      line: {
        20: {
          notCovered: 10000,
          text: 'Not covered: the limit of 20 pulmonary rehabilitation visits per plan year for physical therapy visit is used up; the member pays all charges',
        },
      },
    },
  ]);

  runCases(standard, [
    {
      name: 'Standard Option · 5(a) speech therapy "up to 20 outpatient habilitative and up to 20 outpatient rehabilitative visits per year": the 21st rehabilitative visit is all charges',
      claims: repeat(21, SPEECH),
      pays: 20 * 3000 + 10000,
      line: {
        20: { text: 'Not covered: the limit of 20 rehabilitative visits per plan year for speech therapy visit is used up; the member pays all charges' },
      },
    },
    {
      name: 'Standard Option · 5(a) speech therapy "or treatment of cleft lip or cleft palate": no limit on speech therapy, while physical therapy keeps its 20 visits',
      members: [{ id: 'mia', age: 4, conditions: ['cleft_lip_palate'] }],
      claims: [...repeat(22, { ...SPEECH, purpose: 'habilitative' }), ...repeat(21, PT)],
      pays: 22 * 3000 + 20 * 3000 + 10000,
      line: {
        21: {
          pays: 3000,
          decidedBy: ['cleft_lip_palate'],
          text: expect.stringContaining('no visit limit with treatment of cleft lip or cleft palate') as unknown as string,
        },
        42: { notCovered: 10000, decidedBy: ['visit_limit'] },
      },
    },
  ]);
});

describe('5(d): special procedures in the emergency room', () => {
  const ER = { service: 'er_visit', allowedCents: 200000, admitted: true, date: '2022-05-02' } as const;
  const MRI = { service: 'advanced_imaging', allowedCents: 150000, date: '2022-05-02' } as const;
  const STAY = { service: 'inpatient_admission', allowedCents: 1000000, days: 3, date: '2022-05-02' } as const;
  const WAIVED = {
    pays: 0,
    decidedBy: ['admission' as const],
    source: { section: '5(d)' },
    text: 'Copay waived: the scan was done in the emergency room and the member was admitted as an inpatient, so it is paid with the hospital stay',
  };

  runCases(high, [
    {
      name: 'High Option · 5(d) "Your copayment for the special procedures performed in a hospital emergency room will be waived if you are admitted": ER visit and MRI cost nothing, the stay $1,000',
      claims: [ER, { ...MRI, admitted: true }, STAY],
      pays: 100000,
      lines: [{ pays: 0, decidedBy: ['admission'] }, WAIVED, { pays: 100000 }],
    },
    {
      name: 'High Option · 5(a) "$125 per procedure per body part" for an MRI in the ER without an admission',
      claims: [
        { ...ER, admitted: false },
        { ...MRI, admitted: false },
      ],
      pays: 30000 + 12500,
    },
  ]);

  runCases(prosper, [
    {
      name: 'Prosper · 5(d): the ER copay is not waived ("High and Standard Options"), the scan copay is ("all options": $0), the stay 20% after the deductible',
      claims: [ER, { ...MRI, admitted: true }, STAY],
      // ER: $300 deductible + $375; MRI: nothing; stay: 20% of $10,000.
      pays: 30000 + 37500 + 200000,
      lines: [{ deductible: 30000, copay: 37500 }, WAIVED, { coinsurance: 200000 }],
    },
  ]);

  runCases(standard, [
    {
      name: 'Standard Option · 5(a) "$150 per procedure per body part after the deductible" for a scan not followed by an admission',
      claims: [{ ...MRI }],
      pays: 15000 + 15000,
    },
    {
      name: 'Standard Option · 5(d) a waived scan pays no deductible: the stay pays it',
      claims: [ER, { ...MRI, admitted: true }, STAY],
      pays: 15000 + 75000,
      lines: [{ pays: 0 }, { pays: 0, deductible: 0 }, { deductible: 15000, copay: 75000 }],
    },
  ]);
});

describe('5(a) and 5(e): procedures received during an office visit', () => {
  const PROC = { service: 'office_procedure', allowedCents: 50000 } as const;

  runCases(standard, [
    {
      name: 'Standard Option · 5(a) "Nothing after you pay the primary care copayment": $30 for the visit, nothing for the procedure',
      claims: [
        { ...PCP, date: '2022-03-01' },
        { ...PROC, setting: 'primary_care_office', date: '2022-03-01' },
      ],
      pays: 3000,
      lines: [
        { pays: 3000 },
        {
          pays: 0,
          deductible: 0,
          decidedBy: ['office_setting'],
          source: { section: '5(a)', youPay: 'Nothing after you pay the primary care copayment' },
          text: 'Nothing to pay (procedure in a primary care office; the primary care copayment is charged on the visit’s own claim)',
        },
      ],
    },
    {
      name: 'Standard Option · 5(a) "Specialty care office copayment plus 10% of our allowance after the deductible": $40, then the $150 deductible and 10% of the rest',
      claims: [
        { service: 'specialist_visit', allowedCents: 25000, date: '2022-03-01' },
        { ...PROC, setting: 'specialist_office', date: '2022-03-01' },
      ],
      pays: 4000 + 15000 + 3500,
      lines: [
        { copay: 4000 },
        {
          deductible: 15000,
          coinsurance: 3500,
          decidedBy: [],
          source: { youPay: 'Specialty care office copayment plus 10% of our allowance after the deductible' },
        },
      ],
    },
    {
      name: 'Standard Option · 5(e) "Procedures received during an office visit: Nothing after you pay the office visit copayment"',
      claims: [
        { service: 'mental_health_visit', allowedCents: 16000, date: '2022-03-01' },
        { ...PROC, allowedCents: 30000, setting: 'mental_health_office', date: '2022-03-01' },
      ],
      pays: 3000,
      // Same day: office_procedure comes before mental_health_visit in the service order.
      lines: [{ pays: 0, source: { section: '5(e)', youPay: 'Nothing after you pay the office visit copayment' } }, { copay: 3000 }],
    },
    {
      name: "Standard Option · an office procedure without a setting is priced in a specialist's office (the costlier reading), and the result says so",
      claims: [PROC],
      pays: 15000 + 3500,
      assumptions: [
        'Office procedures without a "setting" are priced as done in a specialist\'s office, the costlier reading: "Specialty care office copayment plus 10% of our allowance after the deductible"',
      ],
    },
  ]);

  runCases(prosper, [
    {
      name: 'Prosper · 5(a) "Nothing after you pay the primary care copayment" ($10), and "Specialty care office copayment plus 20% of our allowance after the deductible" ($35, $300, 20%)',
      claims: [
        { ...PCP, date: '2022-03-01' },
        { ...PROC, setting: 'primary_care_office', date: '2022-03-01' },
        { service: 'specialist_visit', allowedCents: 25000, date: '2022-04-01' },
        { ...PROC, setting: 'specialist_office', date: '2022-04-01' },
      ],
      pays: 1000 + 0 + 3500 + 30000 + 4000,
    },
  ]);

  runCases(high, [
    {
      name: 'High Option · 5(a) "Nothing after you pay the office visit copayment" in every office',
      claims: [
        { ...PROC, setting: 'primary_care_office' },
        { ...PROC, setting: 'specialist_office' },
        { ...PROC, setting: 'mental_health_office' },
      ],
      pays: 0,
    },
  ]);
});

describe('5(c) day limits', () => {
  const SNF = { service: 'skilled_nursing_day' } as const;
  const REHAB = { service: 'inpatient_rehab_facility' } as const;

  runCases(standard, [
    {
      name: 'Standard Option · 5(c) skilled nursing "Up to 100 days per calendar year": of a 50-day stay after 60 days, 10 days are all charges',
      claims: [
        { ...SNF, allowedCents: 600000, days: 60 },
        { ...SNF, allowedCents: 500000, days: 50 },
      ],
      // "Nothing after the deductible": $150; then 10/50 of $5,000 not covered.
      pays: 15000 + 100000,
      lines: [
        { deductible: 15000, decidedBy: [] },
        {
          deductible: 0,
          notCovered: 100000,
          decidedBy: ['day_limit'],
          after: { personOopCents: 15000 },
          text: 'Nothing after the deductible; 10 of the 50 days are past the limit of 100 days per plan year and not covered ($1,000)',
        },
      ],
    },
  ]);

  runCases(prosper, [
    {
      name: 'Prosper · 5(c) skilled nursing "20% of our allowance after the deductible" for 100 days; a stay after them is all charges',
      claims: [
        { ...SNF, allowedCents: 1000000, days: 100 },
        { ...SNF, allowedCents: 50000, days: 5 },
      ],
      pays: 30000 + 194000 + 50000,
      lines: [
        { deductible: 30000, coinsurance: 194000 },
        {
          notCovered: 50000,
          text: 'Not covered: the limit of 100 days per plan year for skilled nursing facility stay is used up; the member pays all charges',
        },
      ],
    },
  ]);

  runCases(high, [
    {
      name: 'High Option · 5(c) skilled nursing: the 100 days start again in the next plan year',
      claims: [
        { ...SNF, allowedCents: 1000000, days: 100, date: '2022-01-10' },
        { ...SNF, allowedCents: 100000, days: 10, date: '2022-12-01' },
        { ...SNF, allowedCents: 100000, days: 10, date: '2023-01-05' },
      ],
      pays: 100000,
      lines: [{ pays: 0 }, { notCovered: 100000 }, { pays: 0, planYear: '2023' }],
      warnings: [NEXT_YEAR],
    },
    {
      name: 'High Option · 5(c) rehabilitation facility "Up to 60 days per condition" at "$500 per day up to $1,000 maximum per admission": 40 days, then 20 of 30',
      claims: [
        { ...REHAB, allowedCents: 800000, days: 40 },
        { ...REHAB, allowedCents: 600000, days: 30 },
      ],
      pays: 100000 + 100000 + 200000,
      lines: [
        { copay: 100000 },
        {
          copay: 100000,
          notCovered: 200000,
          decidedBy: ['day_limit'],
          text: '$500 copay per day, up to $1,000 per admission (20 days); 10 of the 30 days are past the limit of 60 days per condition (counted per plan year) and not covered ($2,000)',
        },
      ],
      assumptions: [
        'Inpatient rehabilitation facility stay: "Up to 60 days per condition" is counted per member per plan year, because a claim list does not say which condition a stay is for.',
      ],
    },
  ]);
});

describe('5(f) specialty drugs by mail', () => {
  runCases(high, [
    {
      name: 'High Option · 5(f) specialty drugs "may not be eligible for mailing and/or a mail order discount": a 90-day specialty supply by mail is 3 × $100',
      claims: [{ service: 'rx_specialty', allowedCents: 1500000, supplyDays: 90, channel: 'mail' }],
      pays: 30000,
      lines: [{ copay: 30000, text: '$100 copay per prescription × 3 copays for a 90-day supply by mail order' }],
    },
    {
      name: 'High Option · 5(f) "through our mail order program for two copayments" still holds for a maintenance brand drug',
      claims: [{ service: 'rx_preferred_brand', allowedCents: 60000, supplyDays: 90, channel: 'mail' }],
      pays: 8000,
    },
  ]);
});

describe('same-day claims are priced in one order, whatever order the list gives (README "Same-day claims")', () => {
  const mri = { member: 'self', date: '2022-04-01', service: 'advanced_imaging', allowedCents: 100000 } as const;
  const procedure = { member: 'self', date: '2022-04-01', service: 'office_procedure', allowedCents: 100000, setting: 'specialist_office' } as const;
  const members: EngineMember[] = [{ id: 'self', age: 40 }];
  it('Prosper · an MRI and a specialist-office procedure on one day: the MRI (earlier in the service order) takes the deductible, in either listed order', () => {
    // MRI first: "$250 per procedure per body part after the deductible" → $300 deductible + $250; then the
    // procedure "Specialty care office copayment plus 20% of our allowance after the deductible": 20% of $1,000.
    for (const claims of [
      [mri, procedure],
      [procedure, mri],
    ]) {
      const priced = priceClaims(plans.prosper, members, [...claims]);
      expect(priced.totals.memberPaysCents).toBe(30000 + 25000 + 20000);
      expect(priced.lines.map((l) => [l.service, l.deductibleCents, l.memberPaysCents])).toEqual([
        ['advanced_imaging', 30000, 55000],
        ['office_procedure', 0, 20000],
      ]);
    }
    // Dates come first: the same claims on two days are priced by date whatever the listed order.
    const later = { ...mri, date: '2022-04-02' };
    expect(priceClaims(plans.prosper, members, [later, procedure]).lines.map((l) => l.service)).toEqual(['office_procedure', 'advanced_imaging']);
  });

  it('Standard Option · a family on one day: members by id, then services, then the smaller amount first; any shuffle of the list gives the same ledger', () => {
    const family: EngineMember[] = [
      { id: 'zoe', age: 40 },
      { id: 'adam', age: 42 },
    ];
    const day = '2022-05-10';
    const claims = [
      { member: 'zoe', date: day, service: 'advanced_imaging', allowedCents: 90000 },
      { member: 'adam', date: day, service: 'lab_test', allowedCents: 5000 },
      { member: 'zoe', date: day, service: 'lab_test', allowedCents: 7000 },
      { member: 'adam', date: day, service: 'advanced_imaging', allowedCents: 120000 },
      { member: 'adam', date: day, service: 'advanced_imaging', allowedCents: 80000 },
      { member: 'zoe', date: '2022-05-09', service: 'specialist_visit', allowedCents: 20000 },
    ] as const;
    const strip = (lines: LedgerLine[]) => lines.map(({ index: _index, ...rest }) => rest);
    const reference = priceClaims(plans.standard, family, [...claims]);
    expect(reference.lines.map((l) => `${l.date} ${l.member} ${l.service} ${l.allowedCents}`)).toEqual([
      '2022-05-09 zoe specialist_visit 20000',
      '2022-05-10 adam lab_test 5000',
      '2022-05-10 adam advanced_imaging 80000',
      '2022-05-10 adam advanced_imaging 120000',
      '2022-05-10 zoe lab_test 7000',
      '2022-05-10 zoe advanced_imaging 90000',
    ]);
    // Every rotation and the reversed list, and the household listed the other way round.
    const orders = [...claims.map((_, k) => [...claims.slice(k), ...claims.slice(0, k)]), [...claims].reverse()];
    for (const order of orders) {
      expect(strip(priceClaims(plans.standard, family, [...order]).lines)).toEqual(strip(reference.lines));
      expect(strip(priceClaims(plans.standard, [...family].reverse(), [...order]).lines)).toEqual(strip(reference.lines));
    }
  });
});
