import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src-main/store/plan-file';
import { diffPlans } from '../../src-shared/plan-diff';
import type { BenefitRule, Plan } from '../../src-shared/plan-schema';
import { RULE_DETAIL_KEYS, ruleDetails } from '../../src-shared/rule-details';
import { formFromPlan } from '../../src-shared/sbc-form';
import { planFromForm } from '../../src-shared/sbc-form-to-plan';
import type { ServiceCode } from '../../src-shared/services';
import { ok, tempApp } from '../support/temp-app';

// Issue 17: the plan editor must not lose what the engine learned (day limits, visit limits by purpose,
// no limit with autism, waivers on admission, office settings, a tier's own dispensing, what is said when
// a rule is used). Over both shipped plan files: opened in the editor and saved through plans:save, a plan
// comes back equal to the shipped one; with a cell changed, every rule keeps what the grid cannot show.

const plansDir = join(import.meta.dirname, '..', '..', 'data', 'plans');
const shipped: Plan[] = readdirSync(plansDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => parsePlanFile(readFileSync(join(plansDir, f), 'utf8')));

let apps: ReturnType<typeof tempApp>[] = [];
afterEach(() => {
  for (const a of apps) a.dispose();
  apps = [];
});

/** Rules with something the SBC grid has no place for. */
const withDetails = (plan: Plan): [ServiceCode, BenefitRule][] =>
  (Object.entries(plan.benefits) as [ServiceCode, BenefitRule][]).filter(([, r]) => Object.keys(ruleDetails(r)).length > 0);

describe('the plan editor round trip keeps every rule (both shipped plan files)', () => {
  it('the shipped files hold rules with every kind of detail the grid cannot show', () => {
    const kinds = new Set(shipped.flatMap((p) => withDetails(p).flatMap(([, r]) => Object.keys(ruleDetails(r)))));
    expect([...kinds].sort()).toEqual([...RULE_DETAIL_KEYS].sort());
  });

  it.each(shipped.map((p) => [p.id, p] as const))('%s: open in the editor, save unchanged through plans:save, read back: the same plan', async (id, plan) => {
    const app = tempApp();
    apps.push(app);
    const { plan: stored } = await ok(app, 'plans:get', { id });
    expect(stored).toEqual(plan);
    const result = planFromForm(formFromPlan(stored), stored);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!result.plan) throw new Error('the untouched form gave no plan');
    await ok(app, 'plans:save', { plan: result.plan, author: 'round trip test' });
    const { plan: after } = await ok(app, 'plans:get', { id });
    expect(after).toEqual(plan);
    expect(diffPlans(plan, after)).toEqual([]);
  });

  it.each(shipped.filter((p) => withDetails(p).length > 0).map((p) => [p.id, p] as const))(
    "%s: with each such rule's limitations text edited, every detail is kept",
    (_id, plan) => {
      const form = formFromPlan(plan);
      for (const [service] of withDetails(plan)) {
        form.cells[service].limitations = `${form.cells[service].limitations} (checked by HR)`.trim();
      }
      const result = planFromForm(form, plan);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      for (const [service, rule] of withDetails(plan)) {
        expect(ruleDetails(result.plan?.benefits[service] as BenefitRule), service).toEqual(ruleDetails(rule));
        expect(result.plan?.benefits[service]?.exceptions, service).toEqual(rule.exceptions);
      }
    },
  );

  it('a new cost typed into a rule with details keeps the details and takes the new cost (High Option physical therapy)', () => {
    const high = shipped.find((p) => p.id === 'fehb-kpco-2022-high') as Plan;
    const form = formFromPlan(high);
    form.cells.pt_visit.inNetwork = '$25 copay per visit; limited to 20 visits per year';
    const result = planFromForm(form, high);
    const pt = result.plan?.benefits.pt_visit;
    expect(pt?.costShare).toEqual({ kind: 'copay', amountCents: 2500, unit: 'visit' });
    expect(pt?.visitLimitPerYear).toBe(20);
    expect(pt?.purposeVisitLimits).toEqual(high.benefits.pt_visit?.purposeVisitLimits);
    expect(pt?.noVisitLimitWith).toEqual(['autism_spectrum_disorder']);
    expect(diffPlans(high, result.plan as Plan).map((c) => c.label)).toEqual(['Physical therapy visit', 'Source']);
  });

  it('unticking "keep the rest of the rule" drops the details, and What changed says so (High Option skilled nursing)', () => {
    const high = shipped.find((p) => p.id === 'fehb-kpco-2022-high') as Plan;
    const form = formFromPlan(high);
    form.cells.skilled_nursing_day.keepDetails = false;
    form.cells.skilled_nursing_day.limitations = 'typed again';
    const result = planFromForm(form, high);
    expect(result.plan?.benefits.skilled_nursing_day?.dayLimit).toBeUndefined();
    const change = diffPlans(high, result.plan as Plan).find((c) => c.label === 'Skilled nursing facility stay, other rules');
    expect(change).toMatchObject({ before: 'up to 100 days per plan year', after: 'none' });
  });
});
