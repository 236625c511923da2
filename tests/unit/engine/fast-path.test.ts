import { describe, expect, it } from 'vitest';
import {
  channelIndex,
  createFastClaims,
  createFastHousehold,
  createFastTotals,
  parseDayKey,
  planYearOfDate,
  priceClaims,
  priceTotalsFast,
  purposeIndex,
  serviceIndex,
  settingIndex,
  toFastInput,
} from '../../../src-main/engine';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import { family, repeat, toClaims, type ClaimSpec } from './fixtures';
import { compileKpPlans } from './real-plans';

// The Monte Carlo path filled by hand, the way a simulation loop would, under the contract in
// src-main/engine/fast-input.ts.

const { standard, high } = compileKpPlans();

describe('priceTotalsFast filled by hand', () => {
  it('prices a Standard Option year like priceClaims: MRI for the parent, 90-day mail generic, a child visit', () => {
    const claims = createFastClaims(8);
    const rows: [number, string, number][] = [
      [0, 'advanced_imaging', 100000],
      [0, 'rx_generic', 9000],
      [1, 'pcp_visit', 15000],
    ];
    rows.forEach(([m, service, allowed], i) => {
      claims.member[i] = m;
      claims.service[i] = serviceIndex(service);
      claims.allowedCents[i] = allowed;
    });
    claims.supplyDays[1] = 90;
    claims.channel[1] = channelIndex('mail');
    claims.count = rows.length;
    const household = createFastHousehold([40, 10]);
    const out = priceTotalsFast(standard, household, claims, createFastTotals());
    // MRI: $150 deductible + $150 copay; generic: 2 copays of $15; the 10-year-old: nothing.
    expect(out.memberPaysCents).toBe(30000 + 3000);
    expect(out.deductibleCents).toBe(15000);
    expect(Array.from(out.memberPaysByMember.subarray(0, 2))).toEqual([33000, 0]);
  });

  it('year[i] restarts the accumulators; the age rises with it', () => {
    const claims = createFastClaims(2);
    for (let i = 0; i < 2; i++) {
      claims.service[i] = serviceIndex('pcp_visit');
      claims.allowedCents[i] = 15000;
      claims.year[i] = i;
    }
    claims.count = 2;
    // 17 in the first plan year (nothing), 18 in the next ($30).
    expect(priceTotalsFast(standard, createFastHousehold([17]), claims).memberPaysCents).toBe(3000);
    expect(planYearOfDate(standard, '2023-03-01') - planYearOfDate(standard, '2022-12-31')).toBe(1);
  });

  it('birth dates, conditions, purposes, settings and scans in the ER, filled by hand, price like priceClaims', () => {
    // A child who turns 18 on 2022-06-15 (birth date: age on the date of service), a parent with autism
    // spectrum disorder; habilitative therapy past 20 visits, an office procedure in a primary care
    // office, an MRI done in the ER before an admission.
    const members: EngineMember[] = [
      { id: 'parent', age: 45, conditions: ['autism_spectrum_disorder'] },
      { id: 'kid', birthDate: '2004-06-15' },
    ];
    const claims: Claim[] = [
      { member: 'kid', date: '2022-06-14', service: 'pcp_visit', allowedCents: 15000 },
      { member: 'kid', date: '2022-06-15', service: 'pcp_visit', allowedCents: 15000 },
      { member: 'kid', date: '2022-06-15', service: 'office_procedure', allowedCents: 40000, setting: 'primary_care_office' },
      ...Array.from({ length: 22 }, (_, d): Claim => ({
        member: 'parent',
        date: `2022-07-${String(d + 1).padStart(2, '0')}`,
        service: 'pt_visit',
        allowedCents: 12000,
        purpose: 'habilitative',
      })),
      { member: 'parent', date: '2022-08-01', service: 'advanced_imaging', allowedCents: 150000, admitted: true },
    ];
    const fc = createFastClaims(claims.length);
    claims.forEach((c, i) => {
      fc.member[i] = c.member === 'parent' ? 0 : 1;
      fc.service[i] = serviceIndex(c.service);
      fc.allowedCents[i] = c.allowedCents;
      fc.dayKey[i] = parseDayKey(c.date);
      fc.admitted[i] = c.admitted ? 1 : 0;
      if (c.purpose) fc.purpose[i] = purposeIndex(c.purpose);
      if (c.setting) fc.setting[i] = settingIndex(c.setting);
    });
    fc.count = claims.length;
    const household = createFastHousehold([45, undefined], {
      birthDates: [undefined, '2004-06-15'],
      conditions: [['autism_spectrum_disorder'], undefined],
    });
    const out = priceTotalsFast(standard, household, fc, createFastTotals());
    const want = priceClaims(standard, members, claims, { ledger: false });
    // $0 at 17, $30 at 18, nothing for the procedure; 22 × $30 therapy (no limit with autism); the scan waived.
    expect(want.totals.memberPaysCents).toBe(3000 + 22 * 3000);
    expect(out.memberPaysCents).toBe(want.totals.memberPaysCents);
    expect(Array.from(out.memberPaysByMember.subarray(0, 2))).toEqual([want.byMember.parent?.memberPaysCents, want.byMember.kid?.memberPaysCents]);
    // toFastInput fills the same arrays.
    const built = toFastInput(standard, members, claims);
    expect(Array.from(built.household.birthKeys)).toEqual([0, 20040615]);
    expect(priceTotalsFast(standard, built.household, built.claims).memberPaysCents).toBe(want.totals.memberPaysCents);
  });

  it('claims [from, to) of a list price exactly as a list of only those claims (a plan year starting mid-window)', () => {
    // The family's January–December claims; a July plan year prices its first half and its second apart.
    const members = family(3);
    const services = ['advanced_imaging', 'specialist_visit', 'inpatient_admission', 'pcp_visit', 'rx_generic', 'er_visit'] as const;
    const specs: ClaimSpec[] = Array.from({ length: 24 }, (_, i) => ({
      member: members[i % 3]!.id,
      date: `2022-${String(Math.floor(i / 2) + 1).padStart(2, '0')}-1${i % 2}`,
      service: services[i % services.length]!,
      allowedCents: 20000 + 37000 * (i % 5),
      ...(services[i % services.length] === 'inpatient_admission' ? { days: 2 } : {}),
    }));
    const all = toFastInput(standard, members, toClaims(members, specs));
    const out = createFastTotals();
    for (const [from, to] of [
      [0, 12],
      [12, 24],
      [5, 19],
      [7, 7],
    ] as const) {
      const alone = toFastInput(standard, members, toClaims(members, specs.slice(from, to)));
      const want = priceTotalsFast(standard, alone.household, alone.claims, createFastTotals());
      const got = priceTotalsFast(standard, all.household, all.claims, out, null, from, to);
      expect(got.memberPaysCents, `claims ${from}–${to}`).toBe(want.memberPaysCents);
      expect(got.deductibleCents, `claims ${from}–${to}`).toBe(want.deductibleCents);
      expect(Array.from(got.memberPaysByMember.subarray(0, 3))).toEqual(Array.from(want.memberPaysByMember.subarray(0, 3)));
    }
    // Not vacuous: the second half alone pays a deductible again, which the whole year had already met.
    const whole = priceTotalsFast(standard, all.household, all.claims, createFastTotals()).deductibleCents;
    const halves = priceTotalsFast(standard, all.household, all.claims, out, null, 0, 12).deductibleCents;
    expect(halves + priceTotalsFast(standard, all.household, all.claims, out, null, 12, 24).deductibleCents).toBeGreaterThan(whole);
  });

  it('a household needs an age or a birth date for every member', () => {
    expect(() => createFastHousehold([undefined])).toThrow(/members\[0\]\.age/);
    expect(() => createFastHousehold([3], { birthDates: ['2022-02-30'] })).toThrow(/members\[0\]\.birthDate/);
  });

  it('day limits on the fast path: days past 100 of skilled nursing are not covered', () => {
    const fc = createFastClaims(2);
    fc.service[0] = fc.service[1] = serviceIndex('skilled_nursing_day');
    fc.allowedCents[0] = 900000;
    fc.days[0] = 90;
    fc.allowedCents[1] = 200000;
    fc.days[1] = 20;
    fc.count = 2;
    // High Option: nothing for 100 days; 10 of the 20 days of the second stay are all charges.
    expect(priceTotalsFast(high, createFastHousehold([70]), fc).notCoveredCents).toBe(100000);
  });

  it('reusing the plan and the result object between households leaves nothing behind', () => {
    const out = createFastTotals();
    const big = family(5);
    const bigClaims = toClaims(
      big,
      big.map((m) => ({ service: 'inpatient_admission' as const, allowedCents: 1000000, days: 1, member: m.id })),
    );
    const want = priceClaims(standard, big, bigClaims, { ledger: false }).totals.memberPaysCents;
    const one = createFastClaims(1);
    one.service[0] = serviceIndex('specialist_visit');
    one.allowedCents[0] = 20000;
    one.count = 1;
    const fastBig = () => {
      const c = createFastClaims(5);
      big.forEach((_, i) => {
        c.member[i] = i;
        c.service[i] = serviceIndex('inpatient_admission');
        c.allowedCents[i] = 1000000;
      });
      c.count = 5;
      return priceTotalsFast(standard, createFastHousehold(big.map((m) => m.age)), c, out).memberPaysCents;
    };
    expect(fastBig()).toBe(want);
    expect(priceTotalsFast(standard, createFastHousehold([30]), one, out).memberPaysCents).toBe(4000);
    expect(fastBig()).toBe(want);
  });
});

describe('priceTotalsFast for some members of a longer claim list (memberOf)', () => {
  // The arrangements price each enrollment on its stretch's claims of the whole household, skipping the
  // claims of members not on it: the totals must be those of the enrollment's own claims priced alone.
  const members = family(4);
  const specs: ClaimSpec[] = [
    { member: 'a', service: 'advanced_imaging', allowedCents: 120000 },
    { member: 'c', service: 'specialist_visit', allowedCents: 25000 },
    { member: 'b', service: 'er_visit', allowedCents: 310000 },
    { member: 'd', service: 'pcp_visit', allowedCents: 16000 },
    { member: 'c', service: 'urgent_care_visit', allowedCents: 30000, network: 'travel' },
    { member: 'a', service: 'outpatient_hospital', allowedCents: 900000 },
    // The dependent out-of-area benefit covers 5 office visits a year (brochure 5(h)): the sixth is not.
    ...repeat(6, { member: 'd', service: 'specialist_visit', allowedCents: 28000, network: 'out_of_area' }),
    { member: 'c', service: 'advanced_imaging', allowedCents: 140000 },
  ];
  const claims = toClaims(members, specs);
  for (const [plan, cp] of Object.entries({ standard, high })) {
    for (const ids of [['a'], ['c', 'd'], ['a', 'c', 'd']]) {
      it(`${plan}: members ${ids.join(' + ')} of four, claims of the others skipped`, () => {
        const whole = toFastInput(cp, members, claims);
        const own = members.filter((m) => ids.includes(m.id));
        const memberOf = Int32Array.from(members, (m) => own.findIndex((o) => o.id === m.id));
        const household = createFastHousehold(own.map((m) => m.age ?? 0));
        const alone = priceClaims(
          cp,
          own,
          claims.filter((c) => ids.includes(c.member)),
        ).totals;
        // The whole household first: the plan's scratch then holds four members' counts, which the set's
        // pricing must not read (each member's counts are the set member's, not the list's).
        priceTotalsFast(cp, whole.household, whole.claims, createFastTotals());
        const out = priceTotalsFast(cp, household, whole.claims, createFastTotals(), memberOf);
        expect({ pays: out.memberPaysCents, deductible: out.deductibleCents, notCovered: out.notCoveredCents, allowed: out.allowedCents }).toEqual({
          pays: alone.memberPaysCents,
          deductible: alone.deductibleCents,
          notCovered: alone.notCoveredCents,
          allowed: alone.allowedCents,
        });
        expect(out.memberPaysCents).toBeGreaterThan(0);
      });
    }
  }
});
