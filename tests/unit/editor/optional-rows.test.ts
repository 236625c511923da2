import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineError, compilePlan, priceClaims } from '../../../src-main/engine';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import { formFromPlan } from '../../../src-shared/sbc-form';
import { planFromForm } from '../../../src-shared/sbc-form-to-plan';
import { SBC_ROWS } from '../../../src-shared/sbc-layout';
import { OPTIONAL_SERVICES } from '../../../src-shared/services';

// The plan editor's optional rows: the HR user may leave them empty, and an empty optional row is not
// "missing" (the plan stays complete); an empty required row still is.

const fehb = parsePlanFile(readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8'));
const standard = fehb.find((p) => p.id === 'fehb-kpco-2022-standard');
if (!standard) throw new Error('no Standard Option');

describe('optional rows of the SBC layout', () => {
  it('are exactly the optional services', () => {
    expect(
      SBC_ROWS.filter((r) => r.optional)
        .map((r) => r.service)
        .sort(),
    ).toEqual([...OPTIONAL_SERVICES].sort());
  });

  it('may be left empty: the plan saves complete, without rules for them', () => {
    const form = formFromPlan(standard);
    for (const code of OPTIONAL_SERVICES) form.cells[code].inNetwork = '';
    const result = planFromForm(form, standard);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.plan?.status).toEqual({ complete: true });
    expect(OPTIONAL_SERVICES.filter((code) => result.plan?.benefits[code])).toEqual([]);
  });

  it('left empty, make the engine refuse a claim for that care instead of pricing it', () => {
    const form = formFromPlan(standard);
    form.cells.hospice_inpatient.inNetwork = '';
    const plan = planFromForm(form, standard).plan;
    if (!plan) throw new Error('the plan did not save');
    const claim = { member: 'a', date: '2022-05-01', service: 'hospice_inpatient' as const, allowedCents: 100000, days: 3 };
    expect(() => priceClaims(compilePlan(plan), [{ id: 'a', age: 70 }], [claim])).toThrow(EngineError);
  });

  it('unlike a required row: an empty one makes the plan incomplete', () => {
    const form = formFromPlan(standard);
    form.cells.pcp_visit.inNetwork = '';
    const result = planFromForm(form, standard);
    expect(result.missing).toEqual(['cost sharing for primary care visit (pcp_visit)']);
    expect(result.plan?.status.complete).toBe(false);
  });

  it('typed from an SBC, price like any other row', () => {
    const form = formFromPlan(standard);
    form.cells.hospice_inpatient.inNetwork = '20% coinsurance after deductible';
    const plan = planFromForm(form, standard).plan;
    expect(plan?.benefits.hospice_inpatient).toMatchObject({ costShare: { kind: 'coinsurance', percent: 20 }, afterDeductible: true });
  });
});
