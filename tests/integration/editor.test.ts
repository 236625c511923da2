import { afterEach, describe, expect, it } from 'vitest';
import { seedPlans, loadSeedPlans } from '../../src-main/store/seed';
import { join } from 'node:path';
import { findAppRoot } from '../../src-main/app-root';
import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { Plan } from '../../src-shared/plan-schema';
import { formFromPlan } from '../../src-shared/sbc-form';
import { planFromForm } from '../../src-shared/sbc-form-to-plan';
import { ok, tempApp } from '../support/temp-app';
import { fillForm, loadSbcFixture, planFileText } from '../unit/editor/sbc-fixture';

// The plan editor's channels on a real SQLite file: save (checked, with its revision), the change
// record, the readable diff with the sample household, and new plans.

let apps: ReturnType<typeof tempApp>[] = [];
afterEach(() => {
  for (const a of apps) a.dispose();
  apps = [];
});
function open(now?: Date): ReturnType<typeof tempApp> {
  const app = tempApp(now);
  apps.push(app);
  return app;
}

const DISTRICT = 'district-kpco-2021-dhmo2000plus';

async function latestRevisionId(app: ReturnType<typeof tempApp>, id: string): Promise<number> {
  const revisions = await ok(app, 'plans:revisions', { id });
  return revisions[0]!.id;
}

/** What the editor sends after an HR administrator typed the fixture SBC into the district plan. */
async function completedDistrict(app: ReturnType<typeof tempApp>): Promise<Plan> {
  const { plan } = await ok(app, 'plans:get', { id: DISTRICT });
  const result = planFromForm(fillForm(formFromPlan(plan), loadSbcFixture()), plan);
  if (!result.plan) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.plan;
}

const household: { members: EngineMember[]; claims: Claim[] } = {
  members: [
    { id: 'ana', age: 41 },
    { id: 'ben', age: 6 },
  ],
  claims: [
    { member: 'ana', date: '2021-08-02', service: 'specialist_visit', allowedCents: 25_000 },
    { member: 'ana', date: '2021-09-14', service: 'advanced_imaging', allowedCents: 140_000 },
    { member: 'ben', date: '2021-11-20', service: 'er_visit', allowedCents: 260_000, admitted: true },
    { member: 'ben', date: '2021-11-20', service: 'inpatient_admission', allowedCents: 1_800_000, days: 2 },
    { member: 'ben', date: '2022-02-03', service: 'rx_generic', allowedCents: 2_000, channel: 'mail', supplyDays: 90 },
    ...Array.from({ length: 22 }, (_, i): Claim => ({
      member: 'ana',
      date: `2022-0${1 + Math.floor(i / 6)}-${String(1 + (i % 6) * 4).padStart(2, '0')}`,
      service: 'pt_visit',
      allowedCents: 12_000,
    })),
  ],
};

describe('plans:save', () => {
  it('stores the completed district plan as complete, with a revision naming who and when', async () => {
    const app = open(new Date('2021-06-20T09:30:00.000Z'));
    const based = await latestRevisionId(app, DISTRICT);
    const saved = await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana (HR)', basedOnRevision: based });
    expect(saved.plan.status).toEqual({ complete: true });
    expect(saved.revision).toMatchObject({ author: 'Dana (HR)', action: 'edit', createdAt: '2021-06-20T09:30:00.000Z', complete: true });
    const summary = (await ok(app, 'plans:list', {})).find((p) => p.id === DISTRICT);
    expect(summary).toMatchObject({ complete: true, origin: 'editor', userModified: true });
    const revisions = await ok(app, 'plans:revisions', { id: DISTRICT });
    expect(revisions.map((r) => [r.action, r.author, r.complete])).toEqual([
      ['edit', 'Dana (HR)', true],
      ['seed', 'shipped data', false],
    ]);
  });

  it('prices a household the same as importing the same plan as a file', async () => {
    const edited = open();
    await ok(edited, 'plans:save', { plan: await completedDistrict(edited), author: 'Dana (HR)' });
    const viaEditor = await ok(edited, 'engine:price', { planId: DISTRICT, ...household });

    const imported = open();
    await ok(imported, 'plans:import', { text: planFileText(), author: 'Dana (HR)' });
    const viaFile = await ok(imported, 'engine:price', { planId: DISTRICT, ...household });

    expect(viaEditor).toEqual(viaFile);
    // The 21st and 22nd therapy visits are past "limited to 20 visits per year": not covered.
    expect(viaEditor.lines.filter((l) => l.service === 'pt_visit' && l.notCoveredCents > 0)).toHaveLength(2);
  });

  it('recomputes the status: a plan sent as complete but lacking a rule is stored incomplete', async () => {
    const app = open();
    const plan = await completedDistrict(app);
    delete plan.benefits.xray;
    const saved = await ok(app, 'plans:save', { plan, author: 'Dana' });
    expect(saved.plan.status).toEqual({ complete: false, missing: ['cost sharing for x-ray or ultrasound (xray)'] });
    const priced = await app.dispatch('engine:price', { planId: DISTRICT, ...household });
    expect(priced).toMatchObject({ ok: false, error: { code: 'PLAN_INCOMPLETE' } });
  });

  it('refuses a plan the engine would reject, naming the field, and writes nothing', async () => {
    const app = open();
    const plan = await completedDistrict(app);
    plan.benefits.inpatient_admission!.costShare = { kind: 'coinsurance', percent: 12.345 };
    const before = await ok(app, 'plans:revisions', { id: DISTRICT });
    const r = await app.dispatch('plans:save', { plan, author: 'Dana' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!r.ok && r.error.issues?.[0]).toMatch(/^plan\.benefits\.inpatient_admission\.costShare\.percent:/);
    expect(await ok(app, 'plans:revisions', { id: DISTRICT })).toEqual(before);
  });

  it('refuses covered drugs with no pharmacy', async () => {
    const app = open();
    const plan = await completedDistrict(app);
    plan.pharmacy = {};
    const r = await app.dispatch('plans:save', { plan, author: 'Dana' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/No way to fill a prescription/) } });
  });

  it('refuses a save based on an older revision, so nobody overwrites a colleague unseen', async () => {
    const app = open();
    const based = await latestRevisionId(app, DISTRICT);
    const plan = await completedDistrict(app);
    await ok(app, 'plans:save', { plan, author: 'Dana', basedOnRevision: based });
    const r = await app.dispatch('plans:save', { plan, author: 'Eli', basedOnRevision: based });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/edit by Dana/) } });
    expect((await ok(app, 'plans:revisions', { id: DISTRICT }))[0]?.author).toBe('Dana');
  });

  it('asks for the author and refuses unknown plans and a read-only store', async () => {
    const app = open();
    const plan = await completedDistrict(app);
    const noName = await app.dispatch('plans:save', { plan, author: '   ' });
    expect(noName).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/args\.author/) } });
    const unknown = await app.dispatch('plans:save', { plan: { ...plan, id: 'no-such-plan' }, author: 'Dana' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    app.ctx.readOnlyReason = 'The data file is damaged.';
    expect(await app.dispatch('plans:save', { plan, author: 'Dana' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });

  it('keeps an HR edit when newer shipped data arrives', async () => {
    const app = open();
    await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const shipped = loadSeedPlans(join(findAppRoot(), 'data')).map((p) =>
      p.id === DISTRICT ? { ...p, notes: [...(p.notes ?? []), 'newer shipped note'] } : p,
    );
    const report = seedPlans(app.ctx.db, shipped, '2026-12-01T00:00:00.000Z');
    expect(report.keptUserChanges).toEqual([DISTRICT]);
    expect((await ok(app, 'plans:get', { id: DISTRICT })).plan.status.complete).toBe(true);
  });

  it('exports the edited plan and imports it on another machine unchanged', async () => {
    const app = open();
    const saved = await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const file = await ok(app, 'plans:export', { ids: [DISTRICT] });
    const other = open();
    await ok(other, 'plans:import', { text: file.text, author: 'Dana' });
    expect((await ok(other, 'plans:get', { id: DISTRICT })).plan).toEqual(saved.plan);
  });
});

describe('plans:diff', () => {
  it('shows what the last save changed, and what that does to the sample household', async () => {
    const app = open();
    const first = await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const next = structuredClone(first.plan);
    next.benefits.pcp_visit!.costShare = { kind: 'copay', amountCents: 3500, unit: 'visit' };
    const second = await ok(app, 'plans:save', { plan: next, author: 'Eli', basedOnRevision: first.revision.id });

    const diff = await ok(app, 'plans:diff', { id: DISTRICT });
    expect(diff.from.revisionId).toBe(first.revision.id);
    expect(diff.to.revisionId).toBe(second.revision.id);
    expect(diff.changes.map((c) => c.text)).toEqual(['Primary care visit: $30 copay per visit → $35 copay per visit']);
    // The one adult of the sample household sees a primary care doctor twice a year.
    expect(diff.impact.rows.find((r) => r.enrollmentType === 'self_only')?.outOfPocketChangeCents).toBe(1000);
  });

  it('compares the seeded (incomplete) version with the completed one, saying why the old one has no figure', async () => {
    const app = open();
    const seed = await latestRevisionId(app, DISTRICT);
    await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const diff = await ok(app, 'plans:diff', { id: DISTRICT, fromRevision: seed });
    expect(diff.changes.map((c) => c.text)).toContain('Deductible: not entered → $2,000 per person, $4,000 per family (embedded)');
    expect(diff.impact.rows[0]?.before).toMatchObject({ priced: false, reason: expect.stringMatching(/incomplete/) });
    expect(diff.impact.rows[0]?.after).toMatchObject({ priced: true });
  });

  it('compares with another plan, or with the unsaved draft', async () => {
    const app = open();
    await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const other = await ok(app, 'plans:diff', { id: DISTRICT, otherPlanId: 'fehb-kpco-2022-standard' });
    expect(other.from.planId).toBe('fehb-kpco-2022-standard');
    expect(other.changes.map((c) => c.text)).toContain(
      'Deductible: $150 per person, $300 per family (embedded) → $2,000 per person, $4,000 per family (embedded)',
    );
    expect(other.impact.notes.join(' ')).toMatch(/different plan years/);

    const draft = (await ok(app, 'plans:get', { id: DISTRICT })).plan;
    draft.oopMax = { personCents: 500_000, familyCents: 1_000_000, embedded: true };
    const unsaved = await ok(app, 'plans:diff', { id: DISTRICT, draft });
    expect(unsaved.to.revisionId).toBeNull();
    expect(unsaved.changes.map((c) => c.text)).toEqual([
      'Out-of-pocket limit: $4,500 per person, $9,000 per family (embedded) → $5,000 per person, $10,000 per family (embedded)',
    ]);
  });

  it('words the lines, the sides and the sample household in the language asked for (lang: es)', async () => {
    const app = open();
    const first = await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const next = structuredClone(first.plan);
    next.benefits.pcp_visit!.costShare = { kind: 'copay', amountCents: 3500, unit: 'visit' };
    await ok(app, 'plans:save', { plan: next, author: 'Eli', basedOnRevision: first.revision.id });
    const diff = await ok(app, 'plans:diff', { id: DISTRICT, lang: 'es' });
    expect(diff.changes.map((c) => c.text)).toEqual(['Consulta de atención primaria: $30 copay per visit → $35 copay per visit']);
    expect(diff.from.label).toMatch(/, versión \d+ \(modificación, por Dana, .* UTC\)$/);
    expect(diff.impact.rows[0]?.household).toBe('Un adulto de 45 años (Self Only: solo el empleado)');
    expect(await app.dispatch('plans:diff', { id: DISTRICT, lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await ok(app, 'plans:diff', { id: DISTRICT, lang: 'en' })).from.label).toMatch(/, revision \d+ \(edit by Dana, .* UTC\)$/);
  });

  it('refuses a revision of another plan', async () => {
    const app = open();
    const fehb = await latestRevisionId(app, 'fehb-kpco-2022-high');
    expect(await app.dispatch('plans:diff', { id: DISTRICT, fromRevision: fehb })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('plans:new', () => {
  it('starts a plan from scratch: incomplete, citing its SBC, recorded as created', async () => {
    const app = open();
    const created = await ok(app, 'plans:new', {
      id: 'district-kpco-2022-dhmo2000plus',
      planName: 'DHMO 2000 20% Plus',
      carrier: 'Kaiser Permanente',
      program: 'district',
      planYear: { start: '2022-07-01', end: '2023-06-30', label: '2022–23' },
      author: 'Dana',
    });
    expect(created.plan.status.complete).toBe(false);
    expect(created.plan.sources[0]?.id).toBe('district-kpco-2022-dhmo2000plus-sbc');
    expect(created.revision).toMatchObject({ action: 'create', author: 'Dana' });
    const again = await app.dispatch('plans:new', {
      id: 'district-kpco-2022-dhmo2000plus',
      planName: 'x',
      carrier: 'y',
      planYear: created.plan.planYear,
      author: 'Dana',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it("copies last year's plan for the new plan year, keeping every number and saying where it came from", async () => {
    const app = open();
    await ok(app, 'plans:save', { plan: await completedDistrict(app), author: 'Dana' });
    const copy = await ok(app, 'plans:new', {
      id: 'district-kpco-2022-dhmo2000plus',
      planName: 'DHMO 2000 20% Plus',
      fromPlanId: DISTRICT,
      planYear: { start: '2022-07-01', end: '2023-06-30', label: '2022–23' },
      author: 'Dana',
    });
    expect(copy.plan.status).toEqual({ complete: true });
    expect(copy.plan.benefits).toEqual((await ok(app, 'plans:get', { id: DISTRICT })).plan.benefits);
    expect(copy.plan.notes?.at(-1)).toMatch(/^Copied from DHMO 2000 20% Plus \(district-kpco-2021-dhmo2000plus, plan year 2021–22\) by Dana/);
    const diff = await ok(app, 'plans:diff', { id: copy.plan.id, otherPlanId: DISTRICT });
    expect(diff.changes.map((c) => c.label)).toEqual(['Plan year', 'Note']);
    expect(diff.impact.rows.every((r) => r.outOfPocketChangeCents === 0)).toBe(true);
  });

  it('needs a carrier and a plan year to start from scratch', async () => {
    const app = open();
    const r = await app.dispatch('plans:new', { id: 'new-plan', planName: 'New', author: 'Dana' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/args\.carrier/) } });
  });
});
