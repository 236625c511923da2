import { enrollmentTypeFor as fittingType } from '../../src-shared/enrollment-types';
import type { EnrollmentType, Plan } from '../../src-shared/plan-schema';
import type { Premium } from '../../src-shared/pricing-schema';
import type { CompiledPlan } from './compile-plan';
import { EngineError } from './engine-error';

// Premiums: FEHB pays biweekly, so the employee's annual premium is the biweekly employee share × 26
// (engine/README.md, "Premiums"). A share the source document does not give is unknown, never zero.

export const PAY_PERIODS_PER_YEAR = 26;
export const UNKNOWN_PREMIUM_MESSAGE = 'premium not in the source document — enter it';

/** The type that fits the household exactly (src-shared/enrollment-types.ts); refused for nobody. */
export function enrollmentTypeFor(memberCount: number): EnrollmentType {
  const type = fittingType(memberCount);
  if (type === null) throw new EngineError('INVALID_HOUSEHOLD', `expected at least one member, got ${memberCount}`, 'members');
  return type;
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
