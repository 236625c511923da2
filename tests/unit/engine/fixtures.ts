import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import type { BenefitRule, CostShare, Plan } from '../../../src-shared/plan-schema';
import { SERVICE_CODES } from '../../../src-shared/services';
import type { ServiceCode } from '../../../src-shared/services';

// Small made-up plans for the engine's own rules (forms the real brochure does not use: copay plus
// coinsurance, an aggregate deductible, a July plan year, an unknown premium …). The brochure tests use
// the real plans in data/plans/ instead (real-plans.ts).

export const TEST_SOURCE = { document: 'test-plan', section: 'test', row: 'test row', youPay: 'as the test says' };

export function rule(costShare: CostShare, extra: Partial<BenefitRule> = {}): BenefitRule {
  return { costShare, afterDeductible: false, countsTowardOop: true, source: TEST_SOURCE, ...extra };
}

export const NOTHING: CostShare = { kind: 'nothing' };
export const copay = (amountCents: number, unit: 'visit' | 'day' | 'prescription' = 'visit', maxPerClaimCents?: number): CostShare =>
  maxPerClaimCents === undefined ? { kind: 'copay', amountCents, unit } : { kind: 'copay', amountCents, unit, maxPerClaimCents };
export const coins = (percent: number, maxPerClaimCents?: number): CostShare =>
  maxPerClaimCents === undefined ? { kind: 'coinsurance', percent } : { kind: 'coinsurance', percent, maxPerClaimCents };

export interface TestPlanOptions {
  id?: string;
  deductible?: Plan['deductible'];
  oopMax?: Plan['oopMax'];
  planYearStart?: string;
  planYearEnd?: string;
  benefits?: Partial<Record<ServiceCode, BenefitRule>>;
  pharmacy?: Plan['pharmacy'];
  enrollment?: Plan['enrollment'];
}

const KP_PHARMACY: Plan['pharmacy'] = {
  retail: { tiers: [{ upToDays: 30, copays: 1 }], source: TEST_SOURCE },
  plan_pharmacy: {
    tiers: [
      { upToDays: 30, copays: 1 },
      { upToDays: 60, copays: 2 },
      { upToDays: 90, copays: 3 },
    ],
    source: TEST_SOURCE,
  },
  mail: {
    tiers: [
      { upToDays: 30, copays: 1 },
      { upToDays: 90, copays: 2 },
    ],
    source: TEST_SOURCE,
  },
};

const shares = (employeeCents: number | null) => ({ employeeCents, employerCents: employeeCents === null ? null : 1000 });

/** A complete plan where every service costs nothing unless `benefits` says otherwise. */
export function testPlan(o: TestPlanOptions = {}): Plan {
  const benefits: Partial<Record<ServiceCode, BenefitRule>> = {};
  for (const code of SERVICE_CODES) benefits[code] = o.benefits?.[code] ?? rule(NOTHING);
  return {
    id: o.id ?? 'test-plan',
    carrier: 'Test Carrier',
    planName: 'Test Plan',
    option: 'Test Option',
    program: 'other',
    planYear: { start: o.planYearStart ?? '2022-01-01', end: o.planYearEnd ?? '2022-12-31', label: 'test year' },
    network: { outOfNetworkBenefit: null, notes: [] },
    status: { complete: true },
    deductible: o.deductible === undefined ? { personCents: 15000, familyCents: 30000, embedded: true } : o.deductible,
    oopMax: o.oopMax === undefined ? { personCents: 100000, familyCents: 200000, embedded: true } : o.oopMax,
    oopExcludes: [],
    enrollment: o.enrollment ?? [
      { type: 'self_only', code: 'T1', biweekly: shares(1000), monthly: shares(2167) },
      { type: 'self_plus_one', code: 'T2', biweekly: shares(2000), monthly: shares(4333) },
      { type: 'self_and_family', code: 'T3', biweekly: shares(null), monthly: shares(null) },
    ],
    pharmacy: o.pharmacy ?? KP_PHARMACY,
    benefits,
    sources: [{ id: 'test-plan', title: 'Test', citation: 'made up for the engine tests' }],
  };
}

/** Dates in listed order: the 1st claim on 2022-01-01, the 2nd on 2022-01-02 … (up to 365 claims). */
export function nthDay(n: number, year = 2022): string {
  const month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let day = n;
  let m = 0;
  while (day >= (month[m] as number)) day -= month[m++] as number;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
}

export type ClaimSpec = Omit<Claim, 'member' | 'date'> & { member?: string; date?: string };

/** Fills in member (the first member) and date (one day per claim, in listed order). */
export function toClaims(members: EngineMember[], specs: ClaimSpec[]): Claim[] {
  const first = members[0]?.id ?? 'self';
  return specs.map((spec, i) => ({ ...spec, member: spec.member ?? first, date: spec.date ?? nthDay(i) }));
}

export function repeat(n: number, spec: ClaimSpec): ClaimSpec[] {
  return Array.from({ length: n }, () => ({ ...spec }));
}

export const ADULT: EngineMember[] = [{ id: 'self', age: 40 }];

/** A household of n: two adults, then children aged 15, 10, 5 … */
export function family(n: number): EngineMember[] {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  return Array.from({ length: n }, (_, i) => ({ id: ids[i] ?? `m${i}`, age: i < 2 ? 40 : 20 - 5 * (i - 1) }));
}
