import { missingForPricing } from './plan-completeness';
import type { Plan } from './plan-schema';
import { getLocale, m } from './i18n';
import { enrollmentLabel, serviceLabel } from './i18n/terms';
import { PRESCRIPTION_SERVICES, SERVICE_LABELS, type ServiceCode } from './services';

// What a saved plan must satisfy beyond the zod schema, shared by the plan editor (to show each problem
// beside its field and disable Save) and the plans:save handler (which refuses the plan). Each check
// guards a way the engine would refuse or misread a plan that the schema alone lets through. The messages
// speak the language on screen (messages/grid); the main process, without one, speaks English.

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

/** A service's name in the language on screen (in English, the app's own label). */
const said = (code: ServiceCode): string => (getLocale() === 'en' ? SERVICE_LABELS[code] : serviceLabel(code, getLocale()));

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
        error(`${path}.percent`, m.prob_percent_decimals({ percent: String(share.percent) }));
      }
    }
  }

  const seen = new Set<string>();
  plan.enrollment.forEach((e, i) => {
    if (seen.has(e.type))
      error(
        `enrollment[${i}].type`,
        m.prob_enrollment_twice({ type: getLocale() === 'en' ? e.type.replaceAll('_', ' ') : enrollmentLabel(e.type, getLocale()) }),
      );
    seen.add(e.type);
    if (e.biweekly.employeeCents === null && e.monthly.employeeCents !== null) {
      warning(`enrollment[${i}].biweekly.employeeCents`, m.prob_monthly_only());
    }
  });

  const offered = Object.values(plan.pharmacy).some((d) => d !== undefined);
  const coveredDrugs = PRESCRIPTION_SERVICES.filter((code) => {
    const rule = plan.benefits[code];
    return rule !== undefined && rule.costShare.kind !== 'not_covered';
  });
  if (!offered && coveredDrugs.length > 0) {
    error('pharmacy', m.prob_no_pharmacy({ drugs: coveredDrugs.map((c) => said(c).toLowerCase()).join(', ') }));
  }

  if (plan.deductible && plan.oopMax && plan.deductible.personCents > plan.oopMax.personCents) {
    warning('deductible.personCents', m.prob_deductible_over_oop());
  }
  if (plan.status.complete && missingForPricing(plan).length > 0) {
    error('status', m.prob_complete_lacks());
  }
  return problems;
}
