import { missingForPricing } from './plan-completeness';
import type { Plan } from './plan-schema';
import { PRESCRIPTION_SERVICES, SERVICE_LABELS } from './services';

// What a saved plan must satisfy beyond the zod schema, shared by the plan editor (to show each problem
// beside its field and disable Save) and the plans:save handler (which refuses the plan). Each check
// guards a way the engine would refuse or misread a plan that the schema alone lets through.

export interface PlanProblem {
  /** Where in the plan, as a path ("pharmacy", "enrollment[1].type", "benefits.pcp_visit.costShare.percent"). */
  path: string;
  message: string;
  /** Errors stop a save; warnings are shown and saved with the plan. */
  severity: 'error' | 'warning';
}

/** The status the plan's content earns: complete only when nothing the engine needs is missing. */
export function recomputeStatus<P extends Plan>(plan: P): P {
  const missing = missingForPricing(plan);
  return { ...plan, status: missing.length === 0 ? { complete: true } : { complete: false, missing } };
}

/** The engine works to a hundredth of a percent (compile-plan.ts toBasisPoints). */
function hasMoreThanTwoDecimals(percent: number): boolean {
  return Math.abs(percent * 100 - Math.round(percent * 100)) > 1e-6;
}

export function planProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const error = (path: string, message: string): void => void problems.push({ path, message, severity: 'error' });
  const warning = (path: string, message: string): void => void problems.push({ path, message, severity: 'warning' });

  for (const [code, rule] of Object.entries(plan.benefits)) {
    const shares = [
      { path: `benefits.${code}.costShare`, share: rule.costShare },
      ...(rule.exceptions ?? []).map((e, i) => ({ path: `benefits.${code}.exceptions[${i}].costShare`, share: e.costShare })),
    ];
    for (const { path, share } of shares) {
      if ('percent' in share && hasMoreThanTwoDecimals(share.percent)) {
        error(`${path}.percent`, `${share.percent}% has more than two decimals; the engine works to a hundredth of a percent.`);
      }
    }
  }

  const seen = new Set<string>();
  plan.enrollment.forEach((e, i) => {
    if (seen.has(e.type)) error(`enrollment[${i}].type`, `The enrollment type ${e.type.replaceAll('_', ' ')} is listed twice.`);
    seen.add(e.type);
    if (e.biweekly.employeeCents === null && e.monthly.employeeCents !== null) {
      warning(
        `enrollment[${i}].biweekly.employeeCents`,
        'The yearly premium is figured from the employee share every two weeks (× 26). With only a monthly amount, the premium is shown as unknown.',
      );
    }
  });

  const offered = Object.values(plan.pharmacy).some((d) => d !== undefined);
  const coveredDrugs = PRESCRIPTION_SERVICES.filter((code) => {
    const rule = plan.benefits[code];
    return rule !== undefined && rule.costShare.kind !== 'not_covered';
  });
  if (!offered && coveredDrugs.length > 0) {
    error(
      'pharmacy',
      `No way to fill a prescription is given, so ${coveredDrugs.map((c) => SERVICE_LABELS[c].toLowerCase()).join(', ')} cannot be priced. Give the supply for at least one of: retail pharmacy, Plan pharmacy, mail order.`,
    );
  }

  if (plan.deductible && plan.oopMax && plan.deductible.personCents > plan.oopMax.personCents) {
    warning('deductible.personCents', 'The deductible is more than the out-of-pocket limit. Check both against the SBC.');
  }
  if (plan.status.complete && missingForPricing(plan).length > 0) {
    error('status', 'The plan is marked complete but still lacks rules.');
  }
  return problems;
}
