import { join } from 'node:path';
import type { z } from 'zod';
import type { CompareRequestInput, HouseholdMemberInput, MemberUsage } from '../../../src-shared/household-schema';
import type { BenefitRule, CostShare, Plan } from '../../../src-shared/plan-schema';
import { SERVICE_CODES, type ServiceCode } from '../../../src-shared/services';
import { loadCompareTables } from '../../../src-main/compare';

// Small synthetic plans whose costs can be worked out by hand, and the shipped tables.

export const tables = loadCompareTables(join(__dirname, '..', '..', '..', 'data'));

const source = { document: 'Test plan', section: 'Test', row: 'Test row', youPay: 'as the test says' };

export interface PlanSpec {
  id: string;
  /** Cost share for every service not listed in `benefits`. */
  all?: CostShare;
  benefits?: Partial<Record<ServiceCode, Partial<BenefitRule> & { costShare: CostShare }>>;
  deductible?: [number, number];
  oopMax?: [number, number];
  /** Biweekly employee share per enrollment type, in cents; null = not in the source. */
  biweekly?: [number | null, number | null, number | null];
  planYearStart?: string;
  planName?: string;
}

export function makePlan(spec: PlanSpec): Plan {
  const all = spec.all ?? { kind: 'nothing' };
  const benefits: Plan['benefits'] = {};
  for (const code of SERVICE_CODES) {
    const own = spec.benefits?.[code];
    benefits[code] = { afterDeductible: false, countsTowardOop: true, source, ...own, costShare: own?.costShare ?? all };
  }
  const [d1, d2] = spec.deductible ?? [0, 0];
  const [o1, o2] = spec.oopMax ?? [1_000_000, 2_000_000];
  const [b1, b2, b3] = spec.biweekly ?? [10_000, 20_000, 30_000];
  const start = spec.planYearStart ?? '2022-01-01';
  const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
  const endDate = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const tiers = [
    { upToDays: 30, copays: 1 },
    { upToDays: 90, copays: 2 },
  ];
  return {
    id: spec.id,
    carrier: 'Test carrier',
    planName: spec.planName ?? `Test ${spec.id}`,
    option: spec.id,
    program: 'other',
    planYear: { start, end: endDate, label: start.slice(0, 4) },
    network: { outOfNetworkBenefit: null, notes: [] },
    status: { complete: true },
    deductible: { personCents: d1, familyCents: d2, embedded: true },
    oopMax: { personCents: o1, familyCents: o2, embedded: true },
    oopExcludes: [],
    enrollment: [
      { type: 'self_only', code: 'A1', biweekly: { employeeCents: b1, employerCents: 1 }, monthly: { employeeCents: null, employerCents: null } },
      { type: 'self_plus_one', code: 'A2', biweekly: { employeeCents: b2, employerCents: 1 }, monthly: { employeeCents: null, employerCents: null } },
      { type: 'self_and_family', code: 'A3', biweekly: { employeeCents: b3, employerCents: 1 }, monthly: { employeeCents: null, employerCents: null } },
    ],
    pharmacy: { plan_pharmacy: { tiers, source }, mail: { tiers, source } },
    benefits,
    sources: [{ id: 'test', title: 'Test', citation: 'Test' }],
  };
}

export const copay = (dollars: number): CostShare => ({ kind: 'copay', amountCents: dollars * 100, unit: 'visit' });
export const coinsurance = (percent: number): CostShare => ({ kind: 'coinsurance', percent });

/** One adult who expects exactly `counts` and nothing else (no preset). */
export type Counts = NonNullable<z.input<typeof MemberUsage>['counts']>;

export function adult(counts: Counts = {}, extra: Partial<HouseholdMemberInput> = {}): HouseholdMemberInput {
  return { id: 'employee', relationship: 'employee', age: 40, usage: { preset: 'none', counts }, ...extra };
}

/**
 * The example family of four and three variants that reach other paths of the simulation: limits often
 * reached (chronic care for everyone), a student away from home (other network tiers), one member.
 */
export function exampleHouseholds(example: CompareRequestInput): Record<string, CompareRequestInput> {
  const heavy = structuredClone(example);
  heavy.household.members.forEach((m) => {
    m.usage = { preset: 'high', conditions: ['type2_diabetes', 'chronic_specialty_drug'] };
  });
  const away = structuredClone(example);
  (away.household.members[2] as (typeof away.household.members)[number]).away = { livesAway: 'elsewhere_us', monthsAway: 9, travelDays: 20 };
  const single: CompareRequestInput = {
    household: {
      members: [{ id: 'employee', relationship: 'employee', age: 60, usage: { preset: 'high', conditions: ['type2_diabetes'], counts: { pt_visit: 30 } } }],
    },
    priority: 'lowest_expected',
    simulations: 400,
    seed: 3,
  };
  return {
    'the family of four with a baby': example,
    'a family whose limits are often reached': heavy,
    'a student away from home': away,
    'one member': single,
  };
}
