import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { priceClaims } from '../../../src-main/engine';
import { runCases } from './case-runner';
import type { BrochureCase } from './case-runner';
import { repeat, toClaims } from './fixtures';
import type { ClaimSpec } from './fixtures';
import { compileKpPlans, loadKpPlans } from './real-plans';

// Care away from home under the 2022 FEHB Kaiser Permanente Colorado options (issue 13), priced with the
// plans in data/plans/ against the printed lines of brochure Section 5(h) (data/sources/
// fehb-kpco-2022-brochure.txt, seed lines 2842–2888), Section 1 (seed lines 461–463) and the Cigna PPO
// travel page (data/sources/kp-cigna-ppo-travel-2022.txt).

const plans = compileKpPlans();
/** An excerpt with its no-break spaces read as spaces (the brochure prints "Up to 5 office visits" with them). */
const excerpt = (name: string) => readFileSync(fileURLToPath(new URL(`../../../data/sources/${name}`, import.meta.url)), 'utf8').replaceAll('\u00a0', ' ');
const BROCHURE = excerpt('fehb-kpco-2022-brochure.txt');
const CIGNA = excerpt('kp-cigna-ppo-travel-2022.txt');

/** A student of 19 away at college; the family's other members are not needed for these lines. */
const STUDENT = [{ id: 'student', age: 19 }];
const ooa = (spec: Omit<ClaimSpec, 'network'>): ClaimSpec => ({ ...spec, network: 'out_of_area' });
const travel = (spec: Omit<ClaimSpec, 'network'>): ClaimSpec => ({ ...spec, network: 'travel' });

// 5(h): "Up to 5 office visits per year (combined visit limit between primary care, specialty care,
// outpatient mental health …). You pay $20 (High Option) or $30 (Standard Option) or $10 (Prosper) per visit."
const OFFICE =
  'Up to 5 office visits per year (combined visit limit between primary care, specialty care, outpatient mental health and substance use disorder care, gynecology care, preventive care and immunizations, hearing exams, and allergy injections). You pay $20 (High Option) or $30 (Standard Option) or $10 (Prosper) per visit.';
const XRAY =
  'Up to 5 diagnostic X-rays per year. You pay 20% of our allowance (High Option) or 20% of our allowance after you have met the calendar year deductible (Standard Option and Prosper).';
const RX = 'Up to 5 prescription drug fills. You pay cost-sharing of 50% of our allowance.';
const THERAPY =
  'Up to 5 therapy visits per year (combined visit limit between physical, occupational, and speech therapy). You pay $20 (High Option) or $30 (Standard Option) or $10 (Prosper) per visit.';
const TRAVEL =
  'You pay $25 for each follow-up or continuing care office visit. This amount will be deducted from the reimbursement we make to you. We limit our payment for this travel benefit to no more than $1,200 each calendar year.';

describe('the lines these cases cite are printed in the excerpts', () => {
  it.each([
    OFFICE,
    XRAY,
    RX,
    THERAPY,
    TRAVEL,
    'We provide a limited benefit to dependents under the age of 26',
    'Any and all services not listed in "Coverage" section of this benefit',
    'Visiting member services are subject to the terms, conditions and cost-sharing described in this FEHB brochure.',
    'We will not pay for any other healthcare services out of our service area unless the services have prior Plan approval.',
  ])('%s', (line) => {
    expect(BROCHURE).toContain(line);
  });
  it('the Cigna PPO page: emergency and urgent care outside Kaiser Permanente states', () => {
    expect(CIGNA).toContain('access to emergency and urgent care services at Cigna negotiated rates via Cigna’s PPO');
  });
  it('every tier rule of the three options cites a line printed in its source', () => {
    for (const plan of Object.values(loadKpPlans())) {
      for (const tier of Object.values(plan.networkTiers ?? {})) {
        if (tier.status !== 'offered') continue;
        const cited = [tier.notCoveredSource, tier.samePlanSource, tier.planPaysMaxSource, ...Object.values(tier.benefits).map((r) => r?.source)];
        for (const src of cited) {
          if (!src) continue;
          expect(src.document === 'kp-cigna-ppo-travel-2022' ? CIGNA : BROCHURE, `${plan.id}: ${src.row}`).toContain(src.youPay);
        }
      }
    }
  });
});

describe('5(h) dependent out-of-area benefit', () => {
  const office = (option: 'high' | 'standard' | 'prosper', copay: number): BrochureCase[] => [
    {
      name: `${option} · "Up to 5 office visits per year": ${copay / 100} each for primary care, specialty care and mental health, combined`,
      members: STUDENT,
      claims: [
        ooa({ service: 'pcp_visit', allowedCents: 15000 }),
        ooa({ service: 'specialist_visit', allowedCents: 25000 }),
        ooa({ service: 'mental_health_visit', allowedCents: 18000 }),
        ooa({ service: 'preventive_visit', allowedCents: 20000 }),
        ooa({ service: 'allergy_injection_visit', allowedCents: 9000 }),
        // the sixth office visit of the year: past the combined limit, not covered
        ooa({ service: 'pcp_visit', allowedCents: 15000 }),
      ],
      pays: 5 * copay + 15000,
      lines: [
        {
          copay,
          decidedBy: ['network'],
          source: { section: '5(h)', youPay: OFFICE },
          text: `Dependent out-of-area benefit: $${copay / 100} copay per primary care visit (office visits: 1 of 5 a year)`,
        },
        { copay },
        { copay },
        { copay },
        { copay },
        {
          notCovered: 15000,
          copay: 0,
          decidedBy: ['network', 'visit_limit'],
          text: 'Not covered: past the 5 office visits a year of the dependent out-of-area benefit (the member pays it all; it counts toward nothing)',
        },
      ],
      assumptions: ['Dependent out-of-area benefit: priced for a dependent (a child) under 26'],
    },
  ];
  runCases(() => plans.high, office('high', 2000));
  runCases(() => plans.standard, office('standard', 3000));
  runCases(() => plans.prosper, office('prosper', 1000));

  runCases(
    () => plans.high,
    [
      {
        name: 'High · "Up to 5 diagnostic X-rays per year. You pay 20% of our allowance (High Option)": no deductible, the sixth not covered',
        members: STUDENT,
        claims: [...repeat(5, ooa({ service: 'xray', allowedCents: 20000 })), ooa({ service: 'xray', allowedCents: 20000 })],
        pays: 5 * 4000 + 20000,
        lines: [{ coinsurance: 4000, deductible: 0, source: { youPay: XRAY } }, undefined, undefined, undefined, { coinsurance: 4000 }, { notCovered: 20000 }],
      },
      {
        name: 'High · "Up to 5 prescription drug fills. You pay cost-sharing of 50% of our allowance", the sixth fill not covered',
        members: STUDENT,
        claims: [...repeat(5, ooa({ service: 'rx_generic', allowedCents: 4001 })), ooa({ service: 'rx_preferred_brand', allowedCents: 30000 })],
        // 50% of $40.01 = $20.005, half up → $20.01
        pays: 5 * 2001 + 30000,
        lines: [
          { coinsurance: 2001, source: { youPay: RX } },
          undefined,
          undefined,
          undefined,
          undefined,
          { notCovered: 30000, decidedBy: ['network', 'visit_limit'] },
        ],
      },
      {
        name: 'High · "Up to 5 therapy visits per year (combined … physical, occupational, and speech therapy)": $20, the sixth not covered',
        members: STUDENT,
        claims: [
          ooa({ service: 'pt_visit', allowedCents: 12000 }),
          ooa({ service: 'pt_visit', allowedCents: 12000 }),
          ooa({ service: 'ot_visit', allowedCents: 12000 }),
          ooa({ service: 'ot_visit', allowedCents: 12000 }),
          ooa({ service: 'speech_therapy_visit', allowedCents: 12000 }),
          ooa({ service: 'speech_therapy_visit', allowedCents: 12000 }),
        ],
        pays: 5 * 2000 + 12000,
        lines: [{ copay: 2000, source: { youPay: THERAPY } }, undefined, undefined, undefined, { copay: 2000 }, { notCovered: 12000 }],
      },
      {
        name: 'High · the limits are per calendar year: a sixth office visit in the next year is visit 1 again',
        members: STUDENT,
        claims: [...repeat(5, ooa({ service: 'pcp_visit', allowedCents: 15000 })), ooa({ service: 'pcp_visit', allowedCents: 15000, date: '2023-01-05' })],
        pays: 6 * 2000,
        warnings: ['2023 priced with the 2022 rules; the 2023 plan is not in the catalog'],
      },
      {
        name: 'High · not included: "Laboratory, office procedures …", "Special diagnostic procedures such as CT, MRI, or PET scans", dental',
        members: STUDENT,
        claims: [
          ooa({ service: 'lab_test', allowedCents: 6000 }),
          ooa({ service: 'advanced_imaging', allowedCents: 150000 }),
          ooa({ service: 'dental_preventive', allowedCents: 20000 }),
          ooa({ service: 'inpatient_admission', allowedCents: 1000000, days: 2 }),
        ],
        pays: 6000 + 150000 + 20000 + 1000000,
        lines: [
          {
            notCovered: 6000,
            decidedBy: ['network'],
            source: { section: '5(h)', youPay: 'Any and all services not listed in "Coverage" section of this benefit' },
          },
          { notCovered: 150000 },
          { notCovered: 20000 },
          { notCovered: 1000000 },
        ],
      },
      {
        name: 'High · "dependents under the age of 26": a member of 26 is not covered by the benefit',
        members: [{ id: 'adult-child', age: 26 }],
        claims: [ooa({ service: 'pcp_visit', allowedCents: 15000 })],
        pays: 15000,
        lines: [{ notCovered: 15000, text: 'Not covered: the dependent out-of-area benefit covers members up to age 25, and this member is 26' }],
      },
      {
        name: 'High · a birth date: the benefit ends on the 26th birthday',
        members: [{ id: 'kid', birthDate: '1996-06-01' }],
        claims: [
          ooa({ service: 'pcp_visit', allowedCents: 15000, date: '2022-05-31' }),
          ooa({ service: 'pcp_visit', allowedCents: 15000, date: '2022-06-01' }),
        ],
        pays: 2000 + 15000,
      },
      {
        name: 'High · "in addition to your emergency benefits": an ER visit away at college is the plan\'s $300 ER copay, counted toward the OOP maximum',
        members: STUDENT,
        claims: [ooa({ service: 'er_visit', allowedCents: 250000 }), ooa({ service: 'urgent_care_visit', allowedCents: 20000 })],
        pays: 30000 + 3000,
        lines: [{ copay: 30000, decidedBy: ['network'], source: { section: '5(d)' } }, { copay: 3000 }],
      },
    ],
  );

  runCases(
    () => plans.standard,
    [
      {
        name: 'Standard · "20% of our allowance after you have met the calendar year deductible (Standard Option …)": $150 deductible first',
        members: STUDENT,
        claims: [ooa({ service: 'xray', allowedCents: 20000 }), ooa({ service: 'xray', allowedCents: 20000 })],
        // $150 deductible + 20% of $50; then 20% of $200
        pays: 15000 + 1000 + 4000,
        lines: [
          { deductible: 15000, coinsurance: 1000, events: ['person_deductible_met'] },
          { deductible: 0, coinsurance: 4000 },
        ],
      },
      {
        name: "Standard · the out-of-area deductible is the plan's: met in network, an out-of-area X-ray pays 20% only",
        members: STUDENT,
        claims: [{ service: 'inpatient_admission', allowedCents: 100000, days: 1 }, ooa({ service: 'xray', allowedCents: 20000 })],
        pays:
          15000 +
          4000 +
          (priceClaims(plans.standard, STUDENT, toClaims(STUDENT, [{ service: 'inpatient_admission', allowedCents: 100000, days: 1 }])).totals.memberPaysCents -
            15000),
        lines: [{ deductible: 15000 }, { deductible: 0, coinsurance: 4000 }],
      },
    ],
  );
  runCases(
    () => plans.prosper,
    [
      {
        name: 'Prosper · X-rays after the $300 deductible; an Rx fill at 50% does not wait for it',
        members: STUDENT,
        claims: [ooa({ service: 'rx_generic', allowedCents: 3000 }), ooa({ service: 'xray', allowedCents: 50000 })],
        pays: 1500 + 30000 + 4000,
        lines: [
          { coinsurance: 1500, deductible: 0 },
          { deductible: 30000, coinsurance: 4000 },
        ],
      },
    ],
  );
});

describe('5(h) travel benefit and the Cigna PPO network', () => {
  runCases(
    () => plans.high,
    [
      {
        name: 'High · "You pay $25 for each follow-up or continuing care office visit", outside the out-of-pocket maximum',
        members: STUDENT,
        claims: [travel({ service: 'pcp_visit', allowedCents: 15000 }), travel({ service: 'specialist_visit', allowedCents: 30000 })],
        pays: 2500 + 2500,
        lines: [
          {
            copay: 2500,
            after: { personOopCents: 0 },
            decidedBy: ['network'],
            source: { section: '5(h)', youPay: TRAVEL },
            text: 'Travel benefit: $25 copay per primary care visit; outside the out-of-pocket maximum',
          },
          { copay: 2500, after: { personOopCents: 0 } },
        ],
        assumptions: ['Travel benefit: office visits away from home are priced as the travel benefit'],
      },
      {
        name: 'High · "We limit our payment for this travel benefit to no more than $1,200 each calendar year": past it the member pays all',
        members: STUDENT,
        // each visit: plan pays $500 − $25 = $475; two visits $950, the third only $250 of its $475, the fourth nothing
        claims: repeat(4, travel({ service: 'specialist_visit', allowedCents: 50000 })),
        pays: 2500 + 2500 + (2500 + 22500) + 50000,
        lines: [
          { copay: 2500, notCovered: 0 },
          { copay: 2500, notCovered: 0 },
          { copay: 2500, notCovered: 22500, decidedBy: ['network', 'plan_pays_limit'], source: { youPay: TRAVEL } },
          { copay: 2500, notCovered: 47500 },
        ],
      },
      {
        name: 'High · the $1,200 is counted for the household (the costlier reading) and starts again next calendar year',
        members: [
          { id: 'a', age: 45 },
          { id: 'b', age: 19 },
        ],
        claims: [
          travel({ member: 'a', service: 'specialist_visit', allowedCents: 102500 }),
          travel({ member: 'b', service: 'specialist_visit', allowedCents: 50000 }),
          travel({ member: 'b', service: 'specialist_visit', allowedCents: 50000, date: '2023-02-01' }),
        ],
        // a: plan pays $1,000; b: $200 of $475 → member $25 + $275; next year: $25
        pays: 2500 + 2500 + 27500 + 2500,
        warnings: ['2023 priced with the 2022 rules; the 2023 plan is not in the catalog'],
      },
      {
        name: 'High · not included in the travel benefit: "Prescription drugs", "Non-emergency hospitalization", DME',
        members: STUDENT,
        claims: [
          travel({ service: 'rx_generic', allowedCents: 3000 }),
          travel({ service: 'inpatient_admission', allowedCents: 500000, days: 1 }),
          travel({ service: 'durable_medical_equipment', allowedCents: 40000 }),
        ],
        pays: 3000 + 500000 + 40000,
        lines: [{ notCovered: 3000, source: { section: '5(h)', row: 'Travel benefit — examples of services not included', youPay: 'Prescription drugs' } }],
      },
      {
        name: "High · Cigna PPO: an ER visit while traveling outside Kaiser Permanente states is the plan's $300 ER copay, counted toward the OOP maximum",
        members: STUDENT,
        claims: [
          travel({ service: 'er_visit', allowedCents: 300000, date: '2022-09-10' }),
          travel({ service: 'urgent_care_visit', allowedCents: 25000, date: '2022-09-12' }),
        ],
        pays: 30000 + 3000,
        lines: [
          { copay: 30000, after: { personOopCents: 30000 }, decidedBy: ['network'], source: { section: '5(d)' } },
          { copay: 3000, after: { personOopCents: 33000 } },
        ],
      },
    ],
  );
  runCases(
    () => plans.standard,
    [
      {
        name: 'Standard · Cigna PPO emergency while traveling: $350 after the $150 deductible, as in network',
        members: STUDENT,
        claims: [travel({ service: 'er_visit', allowedCents: 300000 })],
        pays: 15000 + 35000,
      },
    ],
  );
  runCases(
    () => plans.prosper,
    [
      {
        name: 'Prosper · Cigna PPO emergency while traveling, admitted: $375 after the $300 deductible (not waived)',
        members: STUDENT,
        claims: [travel({ service: 'er_visit', allowedCents: 300000, admitted: true })],
        pays: 30000 + 37500,
      },
    ],
  );
});

describe('Section 1 and 5(h): care from non-Plan providers and visiting member services', () => {
  runCases(
    () => plans.high,
    [
      {
        name: 'High · an HMO: a non-Plan doctor is not covered ("We will not pay for any other healthcare services …")',
        claims: [{ service: 'specialist_visit', allowedCents: 30000, network: 'out_of_network' }],
        pays: 30000,
        lines: [
          {
            notCovered: 30000,
            decidedBy: ['network'],
            source: {
              section: '1',
              youPay: 'We will not pay for any other healthcare services out of our service area unless the services have prior Plan approval.',
            },
          },
        ],
      },
      {
        name: 'High · emergency care "obtained from any non-Plan provider" is the plan\'s ER copay',
        claims: [{ service: 'er_visit', allowedCents: 300000, network: 'out_of_network' }],
        pays: 30000,
      },
      {
        name: 'High · visiting member services in another Kaiser Permanente region: "the terms, conditions and cost-sharing described in this FEHB brochure" (network plan)',
        claims: [{ service: 'pcp_visit', allowedCents: 15000, network: 'plan' }],
        pays: 2000,
        lines: [{ copay: 2000, decidedBy: [] }],
      },
    ],
  );
});
