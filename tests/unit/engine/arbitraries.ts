import fc from 'fast-check';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import type { BenefitRule, CostShare, Plan } from '../../../src-shared/plan-schema';
import { MEMBER_CONDITIONS, OFFICE_SETTINGS, PHARMACY_CHANNELS, THERAPY_PURPOSES } from '../../../src-shared/services';
import type { ServiceCode } from '../../../src-shared/services';
import { TEST_SOURCE, testPlan } from './fixtures';

// Random plans, households and claim lists for the property tests. Plans mix every cost-sharing form
// with deductibles, caps, visit limits (rehabilitative, habilitative and pulmonary, lifted by a
// condition), day limits, office-setting rules, age exceptions, admission waivers (ER visits and scans)
// and rules outside the OOP maximum; members are known by age or by birth date, some with conditions;
// claims carry purposes, settings and admissions where they apply.

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
      // Therapy: habilitative and pulmonary visits counted apart; a condition that lifts the limits.
      habilitative: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      pulmonary: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      lift: fc.subarray([...MEMBER_CONDITIONS]),
      // Stays: a day limit per plan year or per condition.
      dayLimit: fc.option(fc.record({ days: fc.integer({ min: 1, max: 12 }), per: fc.constantFrom('plan_year' as const, 'condition' as const) }), {
        nil: undefined,
      }),
      // Office procedures: a cost share of their own in some settings.
      settings: fc.record(
        { primary_care_office: costShare(false), mental_health_office: costShare(false) },
        { requiredKeys: [] },
      ),
      // Prescriptions: mail order without its discount for this tier (one copay per 30 days, up to 90).
      noMailDiscount: fc.boolean(),
    })
    .map(({ costShare: share, afterDeductible, countsTowardOop, waived, limit, exception, habilitative, pulmonary, lift, dayLimit, settings, noMailDiscount }) => {
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
    })
    .map(({ m, day, service, allowedCents, days, supplyDays, channel, admitted, purpose, setting }) => {
      const date = new Date(first + day * 86_400_000).toISOString().slice(0, 10);
      const claim: Claim = { member: `m${m}`, date, service, allowedCents };
      if (STAYS.includes(service)) claim.days = days;
      if (service === 'rx_generic') Object.assign(claim, { supplyDays, channel });
      if (ADMITTED.includes(service)) claim.admitted = admitted;
      if (THERAPY.includes(service) && purpose !== undefined && (purpose !== 'pulmonary_rehabilitation' || service === 'pt_visit')) claim.purpose = purpose;
      if (service === 'office_procedure' && setting !== undefined) claim.setting = setting;
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
