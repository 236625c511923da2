import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findAppRoot } from '../../src-main/app-root';
import { getPlan } from '../../src-main/store/plans.repo';
import { loadSeedPlans, seedPlans } from '../../src-main/store/seed';
import { ok, tempApp } from '../support/temp-app';

let app: ReturnType<typeof tempApp>;
afterEach(() => app?.dispose());
const shipped = () => loadSeedPlans(join(findAppRoot(), 'data'));
const rows = () => JSON.stringify(app.ctx.db.prepare('SELECT * FROM plans ORDER BY id').all());

describe('seeding the plan store from data/', () => {
  it('is idempotent: seeding again writes nothing', () => {
    app = tempApp();
    const before = rows();
    const revisions = app.ctx.db.prepare('SELECT COUNT(*) AS n FROM plan_revisions').get();
    expect(seedPlans(app.ctx.db, shipped(), '2030-01-01T00:00:00.000Z')).toEqual({ added: [], updated: [], keptUserChanges: [] });
    expect(rows()).toBe(before);
    expect(app.ctx.db.prepare('SELECT COUNT(*) AS n FROM plan_revisions').get()).toEqual(revisions);
  });

  it('applies newer shipped data to a plan nobody changed', () => {
    app = tempApp();
    const plans = shipped();
    const high = plans.find((p) => p.id === 'fehb-kpco-2022-high')!;
    high.notes = [...(high.notes ?? []), 'A corrected shipped note.'];
    expect(seedPlans(app.ctx.db, plans, '2030-01-01T00:00:00.000Z').updated).toEqual(['fehb-kpco-2022-high']);
    expect(getPlan(app.ctx.db, 'fehb-kpco-2022-high')?.plan.notes).toContain('A corrected shipped note.');
  });

  it('never overwrites a plan an HR user changed, and says so', async () => {
    app = tempApp();
    const file = JSON.parse((await ok(app, 'plans:export', { ids: ['fehb-kpco-2022-high'] })).text);
    file.plans[0].planName = 'High Option (HR copy)';
    await ok(app, 'plans:import', { text: JSON.stringify(file) });
    const plans = shipped();
    plans.find((p) => p.id === 'fehb-kpco-2022-high')!.notes = ['newer shipped data'];
    const report = seedPlans(app.ctx.db, plans, '2030-01-01T00:00:00.000Z');
    expect(report.keptUserChanges).toEqual(['fehb-kpco-2022-high']);
    expect(getPlan(app.ctx.db, 'fehb-kpco-2022-high')?.plan.planName).toBe('High Option (HR copy)');
  });
});
