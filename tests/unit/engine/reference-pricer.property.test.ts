import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import { PlanFile } from '../../../src-shared/plan-schema';
import type { Plan, PersonFamilyLimit } from '../../../src-shared/plan-schema';
import type { PricedClaims } from '../../../src-shared/pricing-schema';
import {
  ADMISSION_SERVICES,
  BRAND_PRICE_DIFFERENCE_SERVICE,
  BRAND_REQUESTED_SERVICE,
  DAYS_SERVICES,
  MEMBER_CONDITIONS,
  NETWORK_TIERS,
  OFFICE_SETTINGS,
  PHARMACY_CHANNELS,
  PRESCRIPTION_SERVICES,
  PULMONARY_REHAB_SERVICE,
  SERVICE_CODES,
  SETTING_SERVICES,
  THERAPY_PURPOSES,
  THERAPY_SERVICES,
} from '../../../src-shared/services';
import type { ServiceCode } from '../../../src-shared/services';
import { EngineError, compilePlan, createFastTotals, priceClaims, priceTotalsFast, toFastInput } from '../../../src-main/engine';
import { referencePrice } from '../../support/reference-pricer';
import type { ReferenceResult } from '../../support/reference-pricer';
import { claimArb, membersArb, planArb } from './arbitraries';

// The engine (the typed-array loop of adjudicate.ts with its shortcut, tiers.ts, the ledger of
// price-claims.ts) against the plain reference pricer (tests/support/reference-pricer.ts), for random
// plans and claim lists: the same ledger line by line — amounts, accumulators after each claim,
// milestones, what decided the line — the same totals per member and for the household, and
// priceTotalsFast (the simulation's path, the shortcut included) the same household totals.

const RUNS = { numRuns: 150 };

function readPlans(name: string): Plan[] {
  const path = fileURLToPath(new URL(`../../../data/plans/${name}.json`, import.meta.url));
  return PlanFile.parse(JSON.parse(readFileSync(path, 'utf8'))).plans;
}
const FEHB = readPlans('fehb-kpco-2022');
const DISTRICT = readPlans('district-kpco-2021');

/** The engine's ledger in the reference's terms (everything but the sentences). */
function asReference(r: PricedClaims): ReferenceResult {
  return {
    lines: r.lines.map(({ rule, ...line }) => (rule.decidedBy ? { ...line, decidedBy: rule.decidedBy } : line)),
    byMember: r.byMember,
    totals: r.totals,
  };
}

let priced = 0;
let refused = 0;

/** Both ways, the same; a claim list the engine refuses (a supply a pharmacy does not dispense …) is skipped. */
function samePricing(plan: Plan, members: EngineMember[], claims: Claim[]): void {
  let engine: PricedClaims;
  try {
    engine = priceClaims(plan, members, claims);
  } catch (e) {
    if (!(e instanceof EngineError) || e.code === 'PLAN_INVALID' || e.code === 'PLAN_INCOMPLETE') throw e;
    refused++;
    return;
  }
  priced++;
  const reference = referencePrice(plan, members, claims);
  expect(asReference(engine)).toEqual(reference);
  const cp = compilePlan(plan);
  const input = toFastInput(cp, members, claims);
  const fast = priceTotalsFast(cp, input.household, input.claims, createFastTotals(members.length));
  const { memberPaysByMember, ...fastTotals } = fast;
  expect(fastTotals).toEqual(reference.totals);
  expect(Array.from(memberPaysByMember.slice(0, members.length))).toEqual(members.map((m) => reference.byMember[m.id]?.memberPaysCents));
}

/** A claim for any service the plan has a rule for, with the fields that service takes, on any tier it can be priced on. */
function anyClaimArb(plan: Plan, size: number, focus: readonly ServiceCode[]): fc.Arbitrary<Claim> {
  const services = SERVICE_CODES.filter((s) => plan.benefits[s] !== undefined && s !== BRAND_PRICE_DIFFERENCE_SERVICE);
  const focused = focus.filter((s) => services.includes(s));
  const networks = NETWORK_TIERS.filter((t) => t === 'plan' || plan.networkTiers?.[t]?.status !== 'incomplete');
  const first = Date.parse(`${plan.planYear.start}T00:00:00Z`);
  return fc
    .record({
      m: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: size - 1 })),
      day: fc.integer({ min: 0, max: 729 }),
      // A few services drawn more often in each list, so that visit and day limits are reached.
      service:
        focused.length > 0
          ? fc.oneof({ arbitrary: fc.constantFrom(...focused), weight: 2 }, { arbitrary: fc.constantFrom(...services), weight: 1 })
          : fc.constantFrom(...services),
      allowedCents: fc.oneof(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 3000000 })),
      generic: fc.integer({ min: 0, max: 40000 }),
      days: fc.integer({ min: 1, max: 40 }),
      supplyDays: fc.constantFrom(7, 30, 60, 84, 90),
      channel: fc.constantFrom(...PHARMACY_CHANNELS),
      admitted: fc.boolean(),
      purpose: fc.option(fc.constantFrom(...THERAPY_PURPOSES), { nil: undefined }),
      setting: fc.option(fc.constantFrom(...OFFICE_SETTINGS), { nil: undefined }),
      network: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.constantFrom(...networks), weight: 1 }),
      precertified: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const service: ServiceCode = r.service;
      const claim: Claim = { member: `m${r.m}`, date: new Date(first + r.day * 86_400_000).toISOString().slice(0, 10), service, allowedCents: r.allowedCents };
      if (DAYS_SERVICES.includes(service)) claim.days = r.days;
      if (PRESCRIPTION_SERVICES.includes(service)) {
        // Only what the plan dispenses (the engine refuses the rest).
        const pharmacy = { ...plan.pharmacy, ...(plan.benefits[service]?.dispensing ?? {}) };
        const channel = pharmacy[r.channel] ? r.channel : PHARMACY_CHANNELS.find((c) => pharmacy[c]);
        if (channel) {
          claim.channel = channel;
          claim.supplyDays = Math.min(r.supplyDays, ...(pharmacy[channel]?.tiers ?? []).map((t) => t.upToDays));
        }
      }
      if (service === BRAND_REQUESTED_SERVICE) claim.genericAllowedCents = r.generic;
      if (ADMISSION_SERVICES.includes(service)) claim.admitted = r.admitted;
      if (THERAPY_SERVICES.includes(service) && r.purpose && (r.purpose !== 'pulmonary_rehabilitation' || service === PULMONARY_REHAB_SERVICE))
        claim.purpose = r.purpose;
      if (SETTING_SERVICES.includes(service) && r.setting) claim.setting = r.setting;
      if (r.network) claim.network = r.network;
      if (r.network === 'out_of_network' && r.precertified !== undefined) claim.precertified = r.precertified;
      return claim;
    });
}

const limitArb: fc.Arbitrary<PersonFamilyLimit> = fc
  .record({ personCents: fc.integer({ min: 0, max: 900000 }), times: fc.integer({ min: 1, max: 3 }), embedded: fc.boolean() })
  .map(({ personCents, times, embedded }) => ({ personCents, familyCents: personCents * times, embedded }));

/** A shipped FEHB plan as printed, or with other deductibles and OOP maximums (embedded or not). */
const fehbArb: fc.Arbitrary<Plan> = fc
  .record({ plan: fc.constantFrom(...FEHB), deductible: fc.option(limitArb, { nil: undefined }), oopMax: fc.option(limitArb, { nil: undefined }) })
  .map(({ plan, deductible, oopMax }) => ({ ...plan, ...(deductible ? { deductible } : {}), ...(oopMax ? { oopMax } : {}) }));

/**
 * A shipped district plan (July plan year, its network tiers: out of network incomplete or not offered,
 * out of area and travel priced as the plan) with the amounts HR has not entered yet filled in from a
 * random plan, since the file cannot be priced as it is.
 */
const districtArb: fc.Arbitrary<Plan> = fc.record({ plan: fc.constantFrom(...DISTRICT), filler: planArb }).map(({ plan, filler }) => ({
  ...plan,
  status: { complete: true },
  deductible: filler.deductible,
  oopMax: filler.oopMax,
  enrollment: filler.enrollment,
  pharmacy: filler.pharmacy,
  benefits: { ...filler.benefits, urgent_care_visit: filler.benefits.pcp_visit },
}));

const LIMITED: ServiceCode[] = [
  ...THERAPY_SERVICES,
  'chiropractic_visit',
  'skilled_nursing_day',
  'inpatient_admission',
  'rx_brand_requested',
  'er_visit',
  'advanced_imaging',
  'office_procedure',
  'routine_eye_exam',
];

function scenarioFor(planArbitrary: fc.Arbitrary<Plan>) {
  return fc
    .record({ plan: planArbitrary, members: membersArb, focus: fc.subarray(LIMITED, { minLength: 1, maxLength: 3 }) })
    .chain(({ plan, members, focus }) =>
      fc.record({
        plan: fc.constant(plan),
        members: fc.constant(members),
        claims: fc.array(anyClaimArb(plan, members.length, focus), { minLength: 10, maxLength: 80 }),
      }),
    );
}

/** arbitraries.ts' random plans with longer claim lists than its scenarios, so that limits are reached. */
const randomScenarioArb = fc.record({ plan: planArb, members: membersArb }).chain(({ plan, members }) =>
  fc.record({
    plan: fc.constant(plan),
    members: fc.constant(members),
    claims: fc.array(claimArb(members.length, plan.planYear.start), { minLength: 10, maxLength: 60 }),
  }),
);

const withConditions = (members: EngineMember[]) => members.map((m, i) => (i % 2 === 0 ? { ...m, conditions: [...MEMBER_CONDITIONS] } : m));

describe('the engine and the reference pricer price alike', () => {
  it('random plans (every cost-sharing form, limits, settings, age rules, waivers, network tiers) and random claim lists', () => {
    fc.assert(
      fc.property(randomScenarioArb, ({ plan, members, claims }) => samePricing(plan, members, claims)),
      RUNS,
    );
  });

  it('the shipped FEHB plans, as printed and with other deductibles and OOP maximums, for claims of every service', () => {
    fc.assert(
      fc.property(scenarioFor(fehbArb), ({ plan, members, claims }) => samePricing(plan, members, claims)),
      RUNS,
    );
  });

  it('the shipped FEHB plans for members with autism and cleft lip or palate (visit limits lifted)', () => {
    fc.assert(
      fc.property(scenarioFor(fehbArb), ({ plan, members, claims }) => samePricing(plan, withConditions(members), claims)),
      { numRuns: 100 },
    );
  });

  it('the shipped district plans (July plan year, their network tiers), amounts filled in', () => {
    fc.assert(
      fc.property(scenarioFor(districtArb), ({ plan, members, claims }) => samePricing(plan, members, claims)),
      RUNS,
    );
  });

  it('priced most of the lists it drew (the generators make claims the engine accepts)', () => {
    expect(priced).toBeGreaterThan(4 * refused);
  });
});
