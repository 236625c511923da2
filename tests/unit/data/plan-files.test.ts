import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingForPricing } from '../../../src-shared/plan-completeness';
import { PlanFile } from '../../../src-shared/plan-schema';
import { DATA_DIR, excerptFor, loadPlans, normalise, planFileNames, readPlanFileJson } from './plan-data';

// Every shipped plan catalog parses, names its plans uniquely, and is honest about what it lacks.

const files = planFileNames();

describe('data/plans', () => {
  it('holds the FEHB and district catalogs', () => {
    expect(files).toEqual(expect.arrayContaining(['district-kpco-2021.json', 'fehb-kpco-2022.json']));
  });

  it.each(files)('%s parses with PlanFile', (name) => {
    const result = PlanFile.safeParse(readPlanFileJson(name));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
  });

  it('gives every plan an id used once across all files', () => {
    const ids = files.flatMap((name) => loadPlans(name).map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  const plans = files.flatMap((name) => loadPlans(name).map((p) => [`${name} · ${p.id}`, p] as const));

  it.each(plans)('%s: complete means nothing is missing; incomplete lists exactly what is', (_n, plan) => {
    if (plan.status.complete) expect(missingForPricing(plan)).toEqual([]);
    else expect(plan.status.missing).toEqual(missingForPricing(plan));
  });

  it.each(plans)('%s: every rule cites one of the plan’s sources, and every excerpt file exists', (_n, plan) => {
    const ids = plan.sources.map((s) => s.id);
    for (const rule of Object.values(plan.benefits)) expect(ids).toContain(rule.source.document);
    for (const channel of Object.values(plan.pharmacy)) expect(ids).toContain(channel.source.document);
    for (const source of plan.sources) {
      expect(source.excerpt, `${source.id} has an excerpt`).toBeDefined();
      expect(existsSync(`${DATA_DIR}${source.excerpt}`), `${source.excerpt} exists`).toBe(true);
    }
  });

  it('refuses a catalog whose rule has an unknown field (the check above can fail)', () => {
    const json = readPlanFileJson('fehb-kpco-2022.json') as { plans: { benefits: Record<string, object> }[] };
    const first = json.plans[0];
    if (!first) throw new Error('no plan');
    first.benefits.pcp_visit = { ...first.benefits.pcp_visit, copayDollars: 20 };
    expect(PlanFile.safeParse(json).success).toBe(false);
  });
});

describe('quotations in the plans’ notes', () => {
  const plans = files.flatMap((name) => loadPlans(name));
  const quoted = plans.flatMap((plan) => {
    const texts = [...(plan.notes ?? []), ...Object.values(plan.benefits).map((r) => r.note ?? ''), ...plan.enrollment.map((e) => e.note ?? '')];
    return texts.flatMap((t) => [...t.matchAll(/"([^"]+)"/g)].map((m) => [plan.id, m[1] ?? ''] as const));
  });

  it('finds some quotations to check', () => {
    expect(quoted.length).toBeGreaterThan(20);
  });

  it.each(quoted)('%s quotes its source verbatim: "%s"', (id, quote) => {
    const plan = plans.find((p) => p.id === id);
    if (!plan) throw new Error(id);
    const sourceText = plan.sources.map((s) => normalise(excerptFor(plan, s.id))).join(' ');
    expect(sourceText).toContain(normalise(quote));
  });
});
