import fc from 'fast-check';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import type { BenefitRule, CostShare, Plan } from '../../../src-shared/plan-schema';
import { PHARMACY_CHANNELS } from '../../../src-shared/services';
import type { ServiceCode } from '../../../src-shared/services';
import { TEST_SOURCE, nthDay, testPlan } from './fixtures';

// Random plans, households and claim lists for the property tests. Plans mix every cost-sharing form
// with deductibles, caps, visit limits, age exceptions, ER waivers and rules outside the OOP maximum.

export const USED_SERVICES = [
  'pcp_visit',
  'specialist_visit',
  'er_visit',
  'inpatient_admission',
  'pt_visit',
  'rx_generic',
  'advanced_imaging',
  'dental_preventive',
  'diabetic_supplies',
] as const satisfies readonly ServiceCode[];

const cap = fc.option(fc.integer({ min: 0, max: 200000 }), { nil: undefined });
const percent = fc.constantFrom(0, 10, 12.5, 20, 33.33, 50, 100);

function costShare(rx: boolean): fc.Arbitrary<CostShare> {
  const unit = rx ? fc.constant('prescription' as const) : fc.constantFrom('visit' as const, 'day' as const);
  return fc.oneof(
    fc.constant<CostShare>({ kind: 'nothing' }),
    fc.constant<CostShare>({ kind: 'not_covered' }),
    fc.record({ amountCents: fc.integer({ min: 0, max: 100000 }), unit, cap }).map(
      ({ amountCents, unit: u, cap: c }): CostShare =>
        c === undefined ? { kind: 'copay', amountCents, unit: u } : { kind: 'copay', amountCents, unit: u, maxPerClaimCents: c },
    ),
    fc.record({ percent, cap }).map(({ percent: p, cap: c }): CostShare =>
      c === undefined ? { kind: 'coinsurance', percent: p } : { kind: 'coinsurance', percent: p, maxPerClaimCents: c },
    ),
    fc.record({ amountCents: fc.integer({ min: 0, max: 50000 }), unit, percent, cap }).map(
      ({ amountCents, unit: u, percent: p, cap: c }): CostShare =>
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
    })
    .map(({ costShare: share, afterDeductible, countsTowardOop, waived, limit, exception }) => {
      const r: BenefitRule = { costShare: share, afterDeductible, countsTowardOop, source: TEST_SOURCE };
      if (waived && code === 'er_visit') r.waivedIfAdmitted = true;
      if (limit !== undefined) r.visitLimitPerYear = limit;
      if (exception) r.exceptions = [{ label: `under ${exception.maxAge + 1}`, ...exception }];
      return r;
    });
}

const limit = fc
  .record({ personCents: fc.integer({ min: 0, max: 300000 }), times: fc.integer({ min: 1, max: 3 }), embedded: fc.boolean() })
  .map(({ personCents, times, embedded }) => ({ personCents, familyCents: personCents * times, embedded }));

export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    deductible: limit,
    oopMax: limit,
    julyYear: fc.boolean(),
    rules: fc.record(Object.fromEntries(USED_SERVICES.map((code) => [code, benefitRule(code)])) as Record<(typeof USED_SERVICES)[number], fc.Arbitrary<BenefitRule>>),
  })
  .map(({ deductible, oopMax, julyYear, rules }) =>
    testPlan({
      deductible,
      oopMax,
      benefits: rules,
      ...(julyYear ? { planYearStart: '2021-07-01', planYearEnd: '2022-06-30' } : {}),
    }),
  );

export const membersArb: fc.Arbitrary<EngineMember[]> = fc
  .array(fc.integer({ min: 0, max: 80 }), { minLength: 1, maxLength: 5 })
  .map((ages) => ages.map((age, i) => ({ id: `m${i}`, age })));

/** One claim for a household of `size`, dated within 2022–2023. */
export function claimArb(size: number): fc.Arbitrary<Claim> {
  return fc
    .record({
      m: fc.integer({ min: 0, max: size - 1 }),
      day: fc.integer({ min: 0, max: 729 }),
      service: fc.constantFrom(...USED_SERVICES),
      allowedCents: fc.oneof(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 3000000 })),
      days: fc.integer({ min: 1, max: 10 }),
      supplyDays: fc.constantFrom(10, 30, 45, 90),
      channel: fc.constantFrom(...PHARMACY_CHANNELS.filter((c) => c !== 'retail')),
      admitted: fc.boolean(),
    })
    .map(({ m, day, service, allowedCents, days, supplyDays, channel, admitted }) => {
      const claim: Claim = { member: `m${m}`, date: day < 365 ? nthDay(day) : nthDay(day - 365, 2023), service, allowedCents };
      if (service === 'inpatient_admission') claim.days = days;
      if (service === 'rx_generic') Object.assign(claim, { supplyDays, channel });
      if (service === 'er_visit') claim.admitted = admitted;
      return claim;
    });
}

export const scenarioArb = fc.record({ plan: planArb, members: membersArb }).chain(({ plan, members }) =>
  fc.record({
    plan: fc.constant(plan),
    members: fc.constant(members),
    claims: fc.array(claimArb(members.length), { maxLength: 40 }),
    extra: claimArb(members.length),
  }),
);
