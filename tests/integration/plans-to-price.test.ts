import { afterEach, describe, expect, it } from 'vitest';
import { listPlans, listPlansToPrice } from '../../src-main/store/plans.repo';
import { ok, tempApp } from '../support/temp-app';

// Every comparison reads the plan library. The plans it hands to the compute pool are parsed once per
// stored text and shared (frozen); a plan whose stored text changes is read anew, and every other reader
// still gets a plan of its own to change.

let app: ReturnType<typeof tempApp>;
afterEach(() => app?.dispose());

describe('the plans a comparison prices', () => {
  it('are the stored plans, parsed once while their text is unchanged, and cannot be changed in place', () => {
    app = tempApp();
    const first = listPlansToPrice(app.ctx.db);
    expect(first.map((p) => p.id)).toEqual(listPlans(app.ctx.db).map((s) => s.plan.id));
    const again = listPlansToPrice(app.ctx.db);
    again.forEach((plan, i) => expect(plan).toBe(first[i]));
    const high = first.find((p) => p.id === 'fehb-kpco-2022-high')!;
    expect(() => {
      (high as { planName: string }).planName = 'changed in place';
    }).toThrow(TypeError);
    expect(() => (high.notes as string[]).push('a note')).toThrow(TypeError);
  });

  it('are read anew when a plan is changed, and other readers get plans of their own', async () => {
    app = tempApp();
    const before = listPlansToPrice(app.ctx.db).find((p) => p.id === 'fehb-kpco-2022-high')!;
    const file = JSON.parse((await ok(app, 'plans:export', { ids: ['fehb-kpco-2022-high'] })).text);
    file.plans[0].planName = 'High Option (HR copy)';
    await ok(app, 'plans:import', { text: JSON.stringify(file) });
    const after = listPlansToPrice(app.ctx.db).find((p) => p.id === 'fehb-kpco-2022-high')!;
    expect(after).not.toBe(before);
    expect(after.planName).toBe('High Option (HR copy)');
    const own = listPlans(app.ctx.db).find((s) => s.plan.id === 'fehb-kpco-2022-high')!.plan;
    own.planName = 'a draft';
    expect(listPlansToPrice(app.ctx.db).find((p) => p.id === 'fehb-kpco-2022-high')!.planName).toBe('High Option (HR copy)');
  });
});
