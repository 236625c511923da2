import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineError, compilePlan, createFastTotals, priceClaims, priceTotalsFast, toFastInput } from '../../../src-main/engine';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { formFromPlan } from '../../../src-shared/sbc-form';
import { planFromForm } from '../../../src-shared/sbc-form-to-plan';
import { fillForm, loadSbcFixture } from '../editor/sbc-fixture';
import { checkLedgerAddsUp } from './case-runner';
import { copay, rule, testPlan } from './fixtures';

// The district's "Plus" out-of-network benefit (district page, data/sources/district-kpco-2021-benefits-
// page.txt: "Out-of-network services are available on the Plus benefit tied to the HMO 20 and DHMO 2000
// 20% plans"; "There are no out-of-network benefits for this plan" for KP Select DHMO 3000) and the
// pre-certification penalty (data/sources/kpco-precertification.txt: "The penalty does not apply toward
// your deductible or out-of-pocket maximum"). The amounts are NOT in the sources: the completed plan here is
// the made-up SBC of tests/fixtures/sbc-dhmo2000plus.json typed into the plan editor's form, with a
// made-up out-of-network deductible and out-of-pocket limit — test data only, never shipped.

const district = parsePlanFile(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'plans', 'district-kpco-2021.json'), 'utf8'));
const byId = (id: string): Plan => {
  const p = district.find((x) => x.id === id);
  if (!p) throw new Error(`${id} is not shipped`);
  return p;
};

/** DHMO 2000 20% Plus as HR completes it from the fixture SBC, with or without the out-of-network limits. */
function completedPlus(withOonLimits: boolean): Plan {
  const base = byId('district-kpco-2021-dhmo2000plus');
  const form = fillForm(formFromPlan(base), loadSbcFixture());
  if (withOonLimits) {
    form.oonDeductible = { person: '$4,000', family: '$8,000', embedded: true };
    form.oonOopMax = { person: '$9,000', family: '$18,000', embedded: true };
  }
  const result = planFromForm(form, base);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (!result.plan) throw new Error('the form gave no plan');
  return result.plan;
}

const ME: EngineMember[] = [{ id: 'me', age: 40 }];
const claim = (date: string, c: Omit<Claim, 'member' | 'date'>): Claim => ({ member: 'me', date, ...c });

function fastMemberPays(plan: Plan, members: EngineMember[], claims: Claim[]): number {
  const cp = compilePlan(plan);
  const f = toFastInput(cp, members, claims);
  return priceTotalsFast(cp, f.household, f.claims, createFastTotals()).memberPaysCents;
}

describe('the shipped district plans say what the sources say, and no more', () => {
  it('HMO 20 Plus and DHMO 2000 20% Plus: the out-of-network (Plus) benefit is incomplete until HR enters its amounts', () => {
    for (const id of ['district-kpco-2021-hmo20plus', 'district-kpco-2021-dhmo2000plus']) {
      const oon = byId(id).networkTiers?.out_of_network;
      expect(oon?.status).toBe('incomplete');
      expect(oon?.status === 'incomplete' && oon.missing.join(' ')).toContain('Out-of-network provider (you will pay the most)');
    }
  });
  it('KP Select DHMO 3000: no out-of-network benefit, citing the page', () => {
    const oon = byId('district-kpco-2021-select-dhmo3000').networkTiers?.out_of_network;
    expect(oon).toMatchObject({ status: 'not_offered', source: { youPay: 'There are no out-of-network benefits for this plan' } });
    const page = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'sources', 'district-kpco-2021-benefits-page.txt'), 'utf8');
    expect(page).toContain('There are no out-of-network benefits for this plan');
  });
});

describe('DHMO 2000 20% Plus completed from the fixture SBC with its out-of-network column', () => {
  it('without the out-of-network deductible and limit: in network priced, out of network refused and saying what is missing', () => {
    const plus = completedPlus(false);
    expect(plus.networkTiers?.out_of_network).toEqual({
      status: 'incomplete',
      missing: ['the out-of-network deductible (per person and per family)', 'the out-of-network out-of-pocket limit (per person and per family)'],
    });
    expect(priceClaims(plus, ME, [claim('2021-08-02', { service: 'pcp_visit', allowedCents: 15000 })]).totals.memberPaysCents).toBe(3000);
    const oon = () => priceClaims(plus, ME, [claim('2021-08-02', { service: 'pcp_visit', allowedCents: 15000, network: 'out_of_network' })]);
    expect(oon).toThrow(EngineError);
    try {
      oon();
    } catch (e) {
      expect((e as EngineError).code).toBe('TIER_INCOMPLETE');
      expect((e as EngineError).field).toBe('claims[0].network');
      expect((e as EngineError).message).toContain('the out-of-network deductible (per person and per family)');
    }
  });

  it('a row without an out-of-network cell leaves the tier incomplete, naming the row', () => {
    const base = byId('district-kpco-2021-dhmo2000plus');
    const form = fillForm(formFromPlan(base), loadSbcFixture());
    form.oonDeductible = { person: '$4,000', family: '$8,000', embedded: true };
    form.oonOopMax = { person: '$9,000', family: '$18,000', embedded: true };
    form.cells.xray.outOfNetwork = '';
    const tier = planFromForm(form, base).plan?.networkTiers?.out_of_network;
    expect(tier).toEqual({ status: 'incomplete', missing: [expect.stringContaining('out-of-network cost of')] });
  });

  const plus = completedPlus(true);
  it('with them: priced in and out of network, each with its own deductible', () => {
    const claims = [
      // in network: "$30 copay/visit; deductible does not apply"
      claim('2021-08-02', { service: 'pcp_visit', allowedCents: 15000 }),
      // out of network: "30% coinsurance after deductible", the $4,000 out-of-network deductible first
      claim('2021-08-03', { service: 'pcp_visit', allowedCents: 20000, network: 'out_of_network' }),
      // in network: "20% coinsurance after deductible": the $2,000 in-network deductible is untouched by the visit above
      claim('2021-09-01', { service: 'inpatient_admission', allowedCents: 1000000, days: 2 }),
      // out of network: $3,800 of the out-of-network deductible left, then 30% of $6,200
      claim('2021-10-01', { service: 'inpatient_admission', allowedCents: 1000000, days: 2, network: 'out_of_network' }),
      // "Not covered" out of network
      claim('2021-10-05', { service: 'telehealth_visit', allowedCents: 8000, network: 'out_of_network' }),
      // the SBC's out-of-network cell "Not covered": the member pays it all, never $0
      claim('2021-10-06', { service: 'chiropractic_visit', allowedCents: 9000, network: 'out_of_network' }),
    ];
    const r = priceClaims(plus, ME, claims);
    const pays = r.lines.map((l) => l.memberPaysCents);
    expect(pays).toEqual([3000, 20000, 200000 + 160000, 380000 + 186000, 8000, 9000]);
    expect(r.lines[1]).toMatchObject({
      deductibleCents: 20000,
      network: 'out_of_network',
      rule: { decidedBy: ['network'], source: { youPay: '30% coinsurance after deductible' } },
    });
    expect(r.lines[1]?.rule.text).toContain('with the out of network deductible and out-of-pocket maximum');
    expect(r.lines[2]).toMatchObject({ deductibleCents: 200000, after: { personDeductibleCents: 200000 } });
    expect(r.lines[3]).toMatchObject({ deductibleCents: 380000, coinsuranceCents: 186000, after: { personDeductibleCents: 400000, personOopCents: 586000 } });
    expect(r.lines[4]).toMatchObject({ notCoveredCents: 8000 });
    expect(r.lines[5]).toMatchObject({
      notCoveredCents: 9000,
      rule: { text: 'Not covered out of network: "Not covered" (the member pays it all; it counts toward nothing)' },
    });
    checkLedgerAddsUp(r);
    expect(fastMemberPays(plus, ME, claims)).toBe(r.totals.memberPaysCents);
  });

  it('the out-of-network out-of-pocket limit ($9,000 made up) caps out-of-network care only', () => {
    const claims = [
      claim('2021-08-01', { service: 'inpatient_admission', allowedCents: 5000000, days: 5, network: 'out_of_network' }),
      claim('2021-08-20', { service: 'inpatient_admission', allowedCents: 5000000, days: 5, network: 'out_of_network' }),
      claim('2021-09-01', { service: 'inpatient_admission', allowedCents: 1000000, days: 2 }),
    ];
    const r = priceClaims(plus, ME, claims);
    // $4,000 + 30% of $46,000 = $17,800 → cut to $9,000; then nothing; in network: $2,000 + 20% of $8,000
    expect(r.lines.map((l) => l.memberPaysCents)).toEqual([900000, 0, 360000]);
    expect(r.lines[0]?.events).toContain('person_oop_met');
    expect(fastMemberPays(plus, ME, claims)).toBe(r.totals.memberPaysCents);
  });

  describe('pre-certification: "The penalty does not apply toward your deductible or out-of-pocket maximum"', () => {
    // The source prints no amount; HR would enter the plan's. Made up here: $500.
    const withPenalty: Plan = structuredClone(plus);
    const tier = withPenalty.networkTiers?.out_of_network;
    if (tier?.status !== 'offered') throw new Error('the completed Plus tier is not offered');
    tier.precertPenalty = {
      amountCents: 50000,
      services: ['inpatient_admission', 'outpatient_hospital'],
      source: {
        document: 'kpco-precertification',
        section: 'Out-of-Network Providers',
        row: 'How do I receive pre-certification?',
        youPay: 'The penalty does not apply toward your deductible or out-of-pocket maximum.',
      },
    };
    const source = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'sources', 'kpco-precertification.txt'), 'utf8');

    it('the line cited is printed in the excerpt', () => {
      expect(source).toContain(tier.precertPenalty?.source.youPay);
    });

    it('an admission without pre-certification: $500 more, counted toward neither the deductible nor the out-of-pocket maximum', () => {
      const claims = [
        claim('2021-08-01', { service: 'inpatient_admission', allowedCents: 1000000, days: 2, network: 'out_of_network', precertified: false }),
        claim('2021-08-10', { service: 'inpatient_admission', allowedCents: 1000000, days: 2, network: 'out_of_network', precertified: true }),
      ];
      const r = priceClaims(withPenalty, ME, claims);
      // first: $4,000 deductible + 30% of $6,000 = $5,800, plus the $500 penalty
      expect(r.lines[0]).toMatchObject({ deductibleCents: 400000, coinsuranceCents: 180000, notCoveredCents: 50000, memberPaysCents: 630000 });
      expect(r.lines[0]?.after).toMatchObject({ personDeductibleCents: 400000, personOopCents: 580000 });
      expect(r.lines[0]?.rule.decidedBy).toEqual(['network', 'precertification']);
      expect(r.lines[0]?.rule.text).toContain('counts toward neither the deductible nor the out-of-pocket maximum');
      // second: pre-certified, no penalty; $3,200 of the $9,000 limit is what is left after $5,800
      expect(r.lines[1]).toMatchObject({ deductibleCents: 0, coinsuranceCents: 300000, notCoveredCents: 0 });
      expect(fastMemberPays(withPenalty, ME, claims)).toBe(r.totals.memberPaysCents);
    });

    it('the penalty never makes the member pay more than the allowed amount', () => {
      const r = priceClaims(withPenalty, ME, [
        claim('2021-08-01', { service: 'inpatient_admission', allowedCents: 30000, days: 1, network: 'out_of_network', precertified: false }),
      ]);
      expect(r.lines[0]).toMatchObject({ deductibleCents: 30000, notCoveredCents: 0, memberPaysCents: 30000 });
    });

    it('a service that needs no pre-certification carries no penalty', () => {
      const r = priceClaims(withPenalty, ME, [
        claim('2021-08-01', { service: 'pcp_visit', allowedCents: 20000, network: 'out_of_network', precertified: false }),
      ]);
      expect(r.lines[0]).toMatchObject({ notCoveredCents: 0, memberPaysCents: 20000 });
    });

    it('"precertified" on care that is not out of network is refused, naming the field', () => {
      expect(() => priceClaims(withPenalty, ME, [claim('2021-08-01', { service: 'pcp_visit', allowedCents: 20000, precertified: false })])).toThrow(
        /claims\[0\]\.precertified: "precertified" applies to out-of-network care only/,
      );
    });
  });
});

describe('a tier a plan does not list or offer', () => {
  const plain = testPlan({ benefits: { pcp_visit: rule(copay(2000)) } });
  it('is not covered, with the reason, never an error and never $0', () => {
    for (const network of ['out_of_network', 'out_of_area', 'travel'] as const) {
      const r = priceClaims(plain, ME, [{ member: 'me', date: '2022-03-01', service: 'pcp_visit', allowedCents: 15000, network }]);
      expect(r.lines[0]).toMatchObject({ notCoveredCents: 15000, memberPaysCents: 15000, network });
      expect(r.lines[0]?.rule.text).toContain(`the plan lists no ${network.replaceAll('_', ' ')} benefit`);
    }
  });
  it('an unknown network is refused, naming the field', () => {
    expect(() =>
      priceClaims(plain, ME, [{ member: 'me', date: '2022-03-01', service: 'pcp_visit', allowedCents: 15000, network: 'abroad' as 'travel' }]),
    ).toThrow(/claims\[0\]\.network: expected one of plan, out_of_network, out_of_area, travel/);
  });
});
