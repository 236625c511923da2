import type { EnrollmentType, Plan } from '../../src-shared/plan-schema';
import type { Premium } from '../../src-shared/pricing-schema';
import type { CompiledPlan } from './compile-plan';
import { EngineError } from './engine-error';

// Premiums: FEHB pays biweekly, so the employee's annual premium is the biweekly employee share × 26
// (engine/README.md, "Premiums"). A share the source document does not give is unknown, never zero.

export const PAY_PERIODS_PER_YEAR = 26;
export const UNKNOWN_PREMIUM_MESSAGE = 'premium not in the source document — enter it';

/** 1 person → Self Only, 2 → Self Plus One, 3 or more → Self and Family. */
export function enrollmentTypeFor(memberCount: number): EnrollmentType {
  if (!Number.isInteger(memberCount) || memberCount < 1) {
    throw new EngineError('INVALID_HOUSEHOLD', `expected at least one member, got ${memberCount}`, 'members');
  }
  if (memberCount === 1) return 'self_only';
  return memberCount === 2 ? 'self_plus_one' : 'self_and_family';
}

export function annualPremium(plan: Plan | CompiledPlan, enrollmentType: EnrollmentType): Premium {
  const p = 'compiled' in plan ? plan.plan : plan;
  const enrollment = p.enrollment.find((e) => e.type === enrollmentType);
  const biweekly = enrollment?.biweekly.employeeCents;
  if (!enrollment || biweekly === null || biweekly === undefined) {
    return { known: false, enrollmentType, code: enrollment?.code ?? null, message: UNKNOWN_PREMIUM_MESSAGE };
  }
  return {
    known: true,
    enrollmentType,
    code: enrollment.code,
    biweeklyEmployeeCents: biweekly,
    annualEmployeeCents: biweekly * PAY_PERIODS_PER_YEAR,
  };
}
