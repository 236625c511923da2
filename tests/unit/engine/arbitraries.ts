import fc from 'fast-check';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import type { BenefitRule, CostShare, NetworkTierPlan, Plan, TierRule } from '../../../src-shared/plan-schema';
import { MEMBER_CONDITIONS, NETWORK_TIERS, OFFICE_SETTINGS, PHARMACY_CHANNELS, THERAPY_PURPOSES } from '../../../src-shared/services';
import type { ServiceCode } from '../../../src-shared/services';
import { TEST_SOURCE, testPlan } from './fixtures';

// Random plans, households and claim lists for the property tests. Plans mix every cost-sharing form
// with deductibles, caps, visit limits (rehabilitative, habilitative and pulmonary, lifted by a
// condition), day limits, office-setting rules, age exceptions, admission waivers (ER visits and scans)
// and rules outside the OOP maximum; members are known by age or by birth date, some with conditions;
// claims carry purposes, settings and admissions where they apply. Network tiers (issue 13): out of network
// with limits of its own and a pre-certification penalty, out of area with an age limit and combined visit
// limits, travel with a yearly limit on what the plan pays and rules outside the OOP maximum, services
// priced with the plan's own rule on a tier, tiers not offered or not listed; claims on every tier.

export const USED_SERVICES = [
  'pcp_visit',
  'specialist_visit',
  'er_visit',
  'inpatient_admission',
  'pt_visit',
  'speech_therapy_visit',
  'rx_generic',
  'advanced_imaging',
  'office_procedure',
  'skilled_nursing_day',
  'dental_preventive',
  'diabetic_supplies',
] as const satisfies readonly ServiceCode[];

const THERAPY: readonly ServiceCode[] = ['pt_visit', 'speech_therapy_visit'];
const STAYS: readonly ServiceCode[] = ['inpatient_admission', 'skilled_nursing_day'];
const ADMITTED: readonly ServiceCode[] = ['er_visit', 'advanced_imaging'];

const cap = fc.option(fc.integer({ min: 0, max: 200000 }), { nil: undefined });
const percent = fc.constantFrom(0, 10, 12.5, 20, 33.33, 50, 100);

function costShare(rx: boolean): fc.Arbitrary<CostShare> {
  const unit = rx ? fc.constant('prescription' as const) : fc.constantFrom('visit' as const, 'day' as const);
  return fc.oneof(
    fc.constant<CostShare>({ kind: 'nothing' }),
    fc.constant<CostShare>({ kind: 'not_covered' }),
    fc
      .record({ amountCents: fc.integer({ min: 0, max: 100000 }), unit, cap })
      .map(({ amountCents, unit: u, cap: c }): CostShare =>
        c === undefined ? { kind: 'copay', amountCents, unit: u } : { kind: 'copay', amountCents, unit: u, maxPerClaimCents: c },
      ),
    fc
      .record({ percent, cap })
      .map(({ percent: p, cap: c }): CostShare =>
        c === undefined ? { kind: 'coinsurance', percent: p } : { kind: 'coinsurance', percent: p, maxPerClaimCents: c },
      ),
    fc
      .record({ amountCents: fc.integer({ min: 0, max: 50000 }), unit, percent, cap })
      .map(({ amountCents, unit: u, percent: p, cap: c }): CostShare =>
        c === undefined
          ? { kind: 'copay_plus_coinsurance', amountCents, unit: u, percent: p }
          : { kind: 'copay_plus_coinsurance', amountCents, unit: u, percent: p, maxPerClaimCents: c },
      ),
  );
}

function benefitRule(code: ServiceCode): fc.Arbitrary<BenefitRule> {
  const rx = code === 'rx_generic';
  return fc
    .record({
      costShare: costShare(rx),
      afterDeductible: fc.boolean(),
      countsTowardOop: fc.boolean().map((b) => b || code !== 'dental_preventive'),
      waived: fc.boolean(),
      limit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      exception: fc.option(fc.record({ maxAge: fc.integer({ min: 0, max: 30 }), costShare: costShare(rx), afterDeductible: fc.boolean() }), {
        nil: undefined,
      }),
      // Therapy: habilitative and pulmonary visits counted apart; a condition that lifts the limits.
      habilitative: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      pulmonary: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      lift: fc.subarray([...MEMBER_CONDITIONS]),
      // Stays: a day limit per plan year or per condition.
      dayLimit: fc.option(fc.record({ days: fc.integer({ min: 1, max: 12 }), per: fc.constantFrom('plan_year' as const, 'condition' as const) }), {
        nil: undefined,
      }),
      // Office procedures: a cost share of their own in some settings.
      settings: fc.record({ primary_care_office: costShare(false), mental_health_office: costShare(false) }, { requiredKeys: [] }),
      // Prescriptions: mail order without its discount for this tier (one copay per 30 days, up to 90).
      noMailDiscount: fc.boolean(),
    })
    .map(
      ({ costShare: share, afterDeductible, countsTowardOop, waived, limit, exception, habilitative, pulmonary, lift, dayLimit, settings, noMailDiscount }) => {
        const r: BenefitRule = { costShare: share, afterDeductible, countsTowardOop, source: TEST_SOURCE };
        if (waived && ADMITTED.includes(code)) r.waivedIfAdmitted = true;
        if (limit !== undefined) r.visitLimitPerYear = limit;
        if (exception) r.exceptions = [{ label: `under ${exception.maxAge + 1}`, ...exception }];
        if (THERAPY.includes(code)) {
          const own = {
            ...(habilitative !== undefined ? { habilitative: { visitsPerYear: habilitative } } : {}),
            ...(pulmonary !== undefined && code === 'pt_visit' ? { pulmonary_rehabilitation: { visitsPerYear: pulmonary, source: TEST_SOURCE } } : {}),
          };
          if (Object.keys(own).length > 0) r.purposeVisitLimits = own;
          if (lift.length > 0) r.noVisitLimitWith = lift;
        }
        if (dayLimit && STAYS.includes(code)) r.dayLimit = dayLimit;
        if (rx && noMailDiscount) {
          r.dispensing = { mail: { tiers: [30, 60, 90].map((upToDays, k) => ({ upToDays, copays: k + 1 })), source: TEST_SOURCE } };
        }
        if (code === 'office_procedure' && Object.keys(settings).length > 0) {
          r.settings = Object.fromEntries(
            Object.entries(settings).map(([k, cs]) => [k, { label: `in a ${k}`, costShare: cs, afterDeductible, source: TEST_SOURCE }]),
          );
        }
        return r;
      },
    );
}

const limit = fc
  .record({ personCents: fc.integer({ min: 0, max: 300000 }), times: fc.integer({ min: 1, max: 3 }), embedded: fc.boolean() })
  .map(({ personCents, times, embedded }) => ({ personCents, familyCents: personCents * times, embedded }));

/** Services the tier arbitraries give rules of their own (the rest are the plan's own, or not covered). */
const TIER_SERVICES = ['pcp_visit', 'specialist_visit', 'pt_visit', 'rx_generic', 'advanced_imaging', 'inpatient_admission', 'dental_preventive'] as const;

function tierRule(code: ServiceCode, outsideOop: boolean): fc.Arbitrary<TierRule> {
  return fc
    .record({
      costShare: costShare(code === 'rx_generic').filter((c) => !('unit' in c) || c.unit !== 'day'),
      afterDeductible: fc.boolean(),
      group: fc.boolean(),
      counts: fc.boolean(),
    })
    .map(({ costShare: share, afterDeductible, group, counts }) => {
      const r: TierRule = { costShare: share, afterDeductible, countsTowardOop: outsideOop ? counts : true, source: TEST_SOURCE };
      if (group) r.visitGroup = code === 'pt_visit' ? 'therapy' : 'office';
      return r;
    });
}

function tierArb(kind: 'out_of_network' | 'out_of_area' | 'travel'): fc.Arbitrary<NetworkTierPlan | undefined> {
  const offered = fc
    .record({
      rules: fc.record(
        Object.fromEntries(TIER_SERVICES.map((code) => [code, tierRule(code, kind === 'travel')])) as Record<
          (typeof TIER_SERVICES)[number],
          fc.Arbitrary<TierRule>
        >,
        { requiredKeys: [] },
      ),
      same: fc.subarray(['er_visit', 'specialist_visit', 'rx_generic'] as const),
      maxAge: fc.option(fc.integer({ min: 10, max: 30 }), { nil: undefined }),
      ownDeductible: fc.option(limit, { nil: undefined }),
      ownOop: fc.option(limit, { nil: undefined }),
      planPaysMax: fc.option(fc.integer({ min: 0, max: 300000 }), { nil: undefined }),
      office: fc.integer({ min: 1, max: 4 }),
      therapy: fc.integer({ min: 1, max: 4 }),
      penalty: fc.option(
        fc.record({ percent: fc.option(percent, { nil: undefined }), amountCents: fc.option(fc.integer({ min: 0, max: 60000 }), { nil: undefined }) }),
        { nil: undefined },
      ),
    })
    .map(({ rules, same, maxAge, ownDeductible, ownOop, planPaysMax, office, therapy, penalty }): NetworkTierPlan => {
      const benefits = Object.fromEntries(Object.entries(rules).filter(([code]) => !(same as readonly string[]).includes(code)));
      const t: NetworkTierPlan = {
        status: 'offered',
        label: `Test ${kind}`,
        visitGroups: [
          { id: 'office', label: 'office visits', visitsPerYear: office },
          { id: 'therapy', label: 'therapy visits', visitsPerYear: therapy },
        ],
        benefits,
        samePlanServices: [...same],
        notCoveredReason: 'not in the test tier',
        notCoveredSource: TEST_SOURCE,
      };
      if (kind === 'out_of_area' && maxAge !== undefined) t.maxAge = maxAge;
      if (kind === 'out_of_network' && ownDeductible) t.deductible = ownDeductible;
      if (kind === 'out_of_network' && ownOop) t.oopMax = ownOop;
      if (kind === 'travel' && planPaysMax !== undefined) t.planPaysMaxPerYearCents = planPaysMax;
      if (kind === 'out_of_network' && penalty && (penalty.percent !== undefined || penalty.amountCents !== undefined)) {
        t.precertPenalty = {
          ...(penalty.percent !== undefined ? { percent: penalty.percent } : {}),
          ...(penalty.amountCents !== undefined ? { amountCents: penalty.amountCents } : {}),
          services: ['inpatient_admission', 'advanced_imaging', 'specialist_visit'],
          source: TEST_SOURCE,
        };
      }
      return t;
    });
  return fc.oneof(
    { arbitrary: offered, weight: 4 },
    { arbitrary: fc.constant<NetworkTierPlan>({ status: 'not_offered', reason: 'no such benefit in the test plan' }), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

const tiersArb = fc.record({ out_of_network: tierArb('out_of_network'), out_of_area: tierArb('out_of_area'), travel: tierArb('travel') });

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    deductible: limit,
    oopMax: limit,
    julyYear: fc.boolean(),
    tiers: tiersArb,
    rules: fc.record(
      Object.fromEntries(USED_SERVICES.map((code) => [code, benefitRule(code)])) as Record<(typeof USED_SERVICES)[number], fc.Arbitrary<BenefitRule>>,
    ),
  })
  .map(({ deductible, oopMax, julyYear, rules, tiers }) => {
    const plan = testPlan({
      deductible,
      oopMax,
      benefits: rules,
      ...(julyYear ? { planYearStart: '2021-07-01', planYearEnd: '2022-06-30' } : {}),
    });
    const networkTiers = Object.fromEntries(Object.entries(tiers).filter(([, t]) => t !== undefined));
    if (Object.keys(networkTiers).length > 0) plan.networkTiers = networkTiers;
    return plan;
  });

/** A member known by age (on the first day of the plan year the claims start in) or by birth date, with conditions. */
const memberArb = fc.record({
  age: fc.integer({ min: 0, max: 80 }),
  // Born by the first day of any plan year priced, so no claim falls before a birth.
  birth: fc.option(fc.integer({ min: 0, max: 80 * 365 }), { nil: undefined }),
  conditions: fc.subarray([...MEMBER_CONDITIONS]),
});

export const membersArb: fc.Arbitrary<EngineMember[]> = fc.array(memberArb, { minLength: 1, maxLength: 5 }).map((list) =>
  list.map(({ age, birth, conditions }, i) => {
    const m: EngineMember = birth === undefined ? { id: `m${i}`, age } : { id: `m${i}`, birthDate: dayBefore('2021-07-01', birth) };
    if (conditions.length > 0) m.conditions = conditions;
    return m;
  }),
);

/** The date `n` days before `iso` (UTC arithmetic on whole days). */
function dayBefore(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

/** One claim for a household of `size`, dated within the plan's own plan year and the next. */
export function claimArb(size: number, planYearStart = '2022-01-01'): fc.Arbitrary<Claim> {
  const first = Date.parse(`${planYearStart}T00:00:00Z`);
  return fc
    .record({
      // The first member has most claims, so that per-person limits are reached.
      m: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 0, max: size - 1 }), weight: 1 }),
      day: fc.integer({ min: 0, max: 729 }),
      // Therapy visits are drawn more often, so that their visit limits (and what lifts them) are reached.
      service: fc.oneof({ arbitrary: fc.constantFrom(...USED_SERVICES), weight: 2 }, { arbitrary: fc.constantFrom(...THERAPY), weight: 1 }),
      allowedCents: fc.oneof(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 3000000 })),
      days: fc.integer({ min: 1, max: 10 }),
      supplyDays: fc.constantFrom(10, 30, 45, 90),
      channel: fc.constantFrom(...PHARMACY_CHANNELS.filter((c) => c !== 'retail')),
      admitted: fc.boolean(),
      purpose: fc.option(fc.constantFrom(...THERAPY_PURPOSES), { nil: undefined }),
      setting: fc.option(fc.constantFrom(...OFFICE_SETTINGS), { nil: undefined }),
      // Most claims are on the plan's own network; the others on each tier (some without their pre-certification).
      network: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constantFrom(...NETWORK_TIERS), weight: 2 }),
      precertified: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ m, day, service, allowedCents, days, supplyDays, channel, admitted, purpose, setting, network, precertified }) => {
      const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
      const claim: Claim = { member: `m${m}`, date, service, allowedCents };
      if (STAYS.includes(service)) claim.days = days;
      if (service === 'rx_generic') Object.assign(claim, { supplyDays, channel });
      if (ADMITTED.includes(service)) claim.admitted = admitted;
      if (THERAPY.includes(service) && purpose !== undefined && (purpose !== 'pulmonary_rehabilitation' || service === 'pt_visit')) claim.purpose = purpose;
      if (service === 'office_procedure' && setting !== undefined) claim.setting = setting;
      if (network !== undefined) claim.network = network;
      if (network === 'out_of_network' && precertified !== undefined) claim.precertified = precertified;
      return claim;
    });
}

export const scenarioArb = fc.record({ plan: planArb, members: membersArb }).chain(({ plan, members }) =>
  fc.record({
    plan: fc.constant(plan),
    members: fc.constant(members),
    claims: fc.array(claimArb(members.length, plan.planYear.start), { maxLength: 40 }),
    extra: claimArb(members.length, plan.planYear.start),
  }),
);
