import { OFFICE_PROCEDURE_SERVICE, SERVICE_CODES, SERVICE_LABELS } from '../../src-shared/services';
import type { ServiceCode } from '../../src-shared/services';
import type { CompiledPlan } from './compile-plan';
import { describeRule } from './describe-rule';
import { planYearLabel } from './plan-year';
// The sentences priceClaims reports beside its figures: the warning for a plan year priced with the rules
// of the year before, and the readings the engine chose where the claims left a choice.

function listNames(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/** The warning for claims in the plan year after the plan's own: "2023 priced with the 2022 rules; …". */
export function nextYearWarning(cp: CompiledPlan): string {
  const own = planYearLabel(cp.anchor, 0);
  const next = planYearLabel(cp.anchor, 1);
  return `${next} priced with the ${own} rules; the ${next} plan is not in the catalog`;
}

/** How the engine's age assumption begins ("No birth date for …"): a household can say it in its own words. */
export const AGE_ASSUMPTION_PREFIX = 'No birth date for ';

/**
 * The readings a plan's rules make for claims of these services (by index into SERVICE_CODES), in plain
 * sentences: a claim without a setting, a limit counted per year for want of the condition, a brand's
 * price difference, and each rule's own `assumptionWhenUsed`. priceClaims lists them for its claims; the
 * comparison for the services a household's care can use.
 */
export function claimAssumptions(
  cp: CompiledPlan,
  what: { used: Iterable<number>; withoutSetting: Iterable<number>; perCondition: Iterable<number>; brandRequested: boolean; tiers?: Iterable<number> },
): string[] {
  const out: string[] = [];
  for (const t of [...(what.tiers ?? [])].sort((a, b) => a - b)) {
    const tp = cp.tiers.plan[t];
    if (tp?.status === 'offered' && tp.assumptionWhenUsed) out.push(`${tp.label}: ${tp.assumptionWhenUsed}`);
  }
  for (const s of what.withoutSetting) {
    const text = settingAssumption(cp, s);
    if (text) out.push(text);
  }
  for (const s of what.perCondition) {
    const rule = cp.rules[s];
    const service = SERVICE_CODES[s] as ServiceCode;
    out.push(
      `${SERVICE_LABELS[service]}: "Up to ${rule?.dayLimit?.days ?? cp.dayLimit[s]} days per condition" is counted per member per plan year, ` +
        'because a claim list does not say which condition a stay is for.',
    );
  }
  if (what.brandRequested) {
    out.push(
      "A brand drug asked for over the prescribed generic: the brand copayment is priced on the generic's price and counts like any copay; " +
        "the difference in price is the member's own choice, so it counts toward neither the deductible nor the out-of-pocket maximum (the costlier reading: the brochure does not say).",
    );
  }
  for (const s of [...what.used].sort((a, b) => a - b)) {
    const note = cp.rules[s]?.assumptionWhenUsed;
    if (note) out.push(`${SERVICE_LABELS[SERVICE_CODES[s] as ServiceCode]}: ${note}`);
  }
  return out;
}

/** What a claim without a `setting` is priced as, for a service a plan prices by the office it is billed as. */
function settingAssumption(cp: CompiledPlan, s: number): string | null {
  const rule = cp.rules[s];
  if (!rule) return null;
  const service = SERVICE_CODES[s] as ServiceCode;
  if (service === OFFICE_PROCEDURE_SERVICE) {
    return (
      `Office procedures without a "setting" are priced as done in a specialist's office, the costlier reading: "${rule.source.youPay}" ` +
      `(${describeRule(OFFICE_PROCEDURE_SERVICE, rule.costShare, rule.afterDeductible)} on the procedure; the office copayment is on the visit's own claim).`
    );
  }
  const primary = rule.settings?.primary_care_office;
  return (
    `${SERVICE_LABELS[service]} without a "setting" is priced as a specialty care office visit, the costlier reading: "${rule.source.youPay}"` +
    (primary ? ` (as a primary care office visit: "${primary.source.youPay}").` : '.')
  );
}

/** The last household's age assumption per compiled plan: the Monte Carlo asks for the same one again and again. */
const lastAgeAssumption = new WeakMap<CompiledPlan, { key: string; text: string }>();

export function ageAssumption(cp: CompiledPlan, ids: readonly string[], birthKeys: readonly number[], baseYear: number, nextYear: boolean): string {
  const byAge: string[] = [];
  for (let m = 0; m < ids.length; m++) if (birthKeys[m] === 0) byAge.push(ids[m] as string);
  // Sorted, so that the text does not depend on the order the members are listed in.
  byAge.sort();
  const key = `${baseYear}|${nextYear}|${byAge.join('|')}`;
  const last = lastAgeAssumption.get(cp);
  if (last?.key === key) return last.text;
  const first = planYearLabel(cp.anchor, baseYear);
  const text = `${AGE_ASSUMPTION_PREFIX}${listNames(byAge)}: age rules use the age on the first day of the plan year (${first}${
    nextYear ? ', one year more in the next' : ''
  }), so a birthday during a plan year counts only from the next one.`;
  lastAgeAssumption.set(cp, { key, text });
  return text;
}
