import { ENROLLMENT_TYPES } from './enrollment-types';
import type { Plan } from './plan-schema';
import { REQUIRED_SERVICES, SERVICE_LABELS } from './services';

/**
 * What a plan still lacks before the engine can price it, in plain words. An empty list means the plan
 * is complete. Premiums may be unknown (the engine reports them as unknown); rules and limits may not.
 */
export function missingForPricing(plan: Pick<Plan, 'deductible' | 'oopMax' | 'benefits' | 'enrollment'>): string[] {
  const missing: string[] = [];
  if (!plan.deductible) missing.push('deductible (per person and per family)');
  if (!plan.oopMax) missing.push('out-of-pocket maximum (per person and per family)');
  for (const type of ENROLLMENT_TYPES) {
    if (!plan.enrollment.some((e) => e.type === type)) missing.push(`enrollment type ${type.replaceAll('_', ' ')}`);
  }
  for (const code of REQUIRED_SERVICES) {
    if (!plan.benefits[code]) missing.push(`cost sharing for ${SERVICE_LABELS[code].toLowerCase()} (${code})`);
  }
  return missing;
}
