import type { ImpactRow, ImpactSide, SampleImpact } from '../../src-shared/editor-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { EngineError, annualPremium, compilePlan, priceClaims, type CompiledPlan } from '../engine';
import { SAMPLE_DESCRIPTION, SAMPLE_HOUSEHOLDS, claimsFor, type SampleHousehold } from './sample-household';

// What a change to a plan does to the sample household's year: each version priced by the engine on
// the same household, per enrollment type. A version that cannot be priced says why instead of a number.

function compiled(plan: Plan): CompiledPlan | string {
  if (!plan.status.complete) {
    const n = plan.status.missing.length;
    return `${plan.planName} is incomplete (${n} ${n === 1 ? 'item' : 'items'} missing), so it cannot be priced.`;
  }
  try {
    return compilePlan(plan);
  } catch (error) {
    if (error instanceof EngineError) return `The engine cannot price this version: ${error.message}.`;
    throw error;
  }
}

function priceSide(cp: CompiledPlan | string, household: SampleHousehold, notes: Set<string>): ImpactSide {
  if (typeof cp === 'string') return { priced: false, reason: cp };
  const { claims, droppedPrescriptions } = claimsFor(household, cp.plan);
  if (droppedPrescriptions) notes.add(`${cp.plan.planName}: the plan gives no pharmacy, so the sample prescriptions were left out of its figures.`);
  try {
    const priced = priceClaims(cp, household.members, claims, { ledger: false });
    const premium = annualPremium(cp, household.enrollmentType);
    const premiumCents = premium.known ? premium.annualEmployeeCents : null;
    const outOfPocketCents = priced.totals.memberPaysCents;
    return { priced: true, outOfPocketCents, premiumCents, totalCents: premiumCents === null ? null : premiumCents + outOfPocketCents };
  } catch (error) {
    if (error instanceof EngineError) return { priced: false, reason: `The engine refused the sample claims: ${error.message}.` };
    throw error;
  }
}

export function sampleImpact(before: Plan, after: Plan): SampleImpact {
  const a = compiled(before);
  const b = compiled(after);
  const notes = new Set<string>();
  const rows = SAMPLE_HOUSEHOLDS.map((household): ImpactRow => {
    const sideA = priceSide(a, household, notes);
    const sideB = priceSide(b, household, notes);
    const both = sideA.priced && sideB.priced;
    return {
      enrollmentType: household.enrollmentType,
      household: household.label,
      before: sideA,
      after: sideB,
      outOfPocketChangeCents: both ? sideB.outOfPocketCents - sideA.outOfPocketCents : null,
      totalChangeCents: both && sideA.totalCents !== null && sideB.totalCents !== null ? sideB.totalCents - sideA.totalCents : null,
    };
  });
  if (before.planYear.start !== after.planYear.start) {
    notes.add('The two versions have different plan years; each is priced on the same care, dated inside its own plan year.');
  }
  return { description: SAMPLE_DESCRIPTION, rows, notes: [...notes] };
}
