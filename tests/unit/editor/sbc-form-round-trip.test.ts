import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../../src-main/engine';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import { formFromPlan } from '../../../src-shared/sbc-form';
import { planFromForm } from '../../../src-shared/sbc-form-to-plan';
import { fillForm, loadSbcFixture, planFromPlanFile } from './sbc-fixture';

const plansDir = join(import.meta.dirname, '..', '..', '..', 'data', 'plans');
const shipped = readdirSync(plansDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => parsePlanFile(readFileSync(join(plansDir, f), 'utf8')));

describe('the SBC form round trip', () => {
  it.each(shipped.map((p) => [p.id, p] as const))('opens and saves %s untouched without changing a thing', (_id, plan) => {
    const result = planFromForm(formFromPlan(plan), plan);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('shows a stored rule as its printed text when that reads back to the same rule', () => {
    const high = shipped.find((p) => p.id === 'fehb-kpco-2022-high');
    if (!high) throw new Error('no High Option');
    const form = formFromPlan(high);
    // 5(c): "$500 per day up to $1,000 maximum per admission" is read exactly as stored.
    expect(form.cells.inpatient_admission.inNetwork).toBe('$500 per day up to $1,000 maximum per admission');
    // 5(a) therapy: the 20-visit limit lives on the rule, so the cell spells it out to round-trip.
    expect(form.cells.pt_visit.inNetwork).toBe('$20 copay per visit; limited to 20 visits per year');
  });
});

describe('completing district-kpco-2021-dhmo2000plus from the fixture SBC', () => {
  const district = shipped.find((p) => p.id === 'district-kpco-2021-dhmo2000plus');
  if (!district) throw new Error('the district plan is not shipped');
  const result = planFromForm(fillForm(formFromPlan(district), loadSbcFixture()), district);

  it('gives exactly the plan of the fixture plan file', () => {
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(planFromPlanFile());
  });

  it('is complete, and the engine compiles it', () => {
    expect(result.missing).toEqual([]);
    expect(result.plan?.status).toEqual({ complete: true });
    expect(() => compilePlan(result.plan!)).not.toThrow();
  });

  it('starts incomplete, listing what the SBC must supply', () => {
    const untouched = planFromForm(formFromPlan(district), district);
    expect(untouched.missing).toContain('deductible (per person and per family)');
    expect(untouched.missing).toContain('cost sharing for primary care visit (pcp_visit)');
  });
});
