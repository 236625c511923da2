import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tempApp } from '../support/temp-app';

// Import is all or nothing: a bad file is refused with every problem located by its path, and the
// database is unchanged, checked by content (every column of every row), not by row count.

let app: ReturnType<typeof tempApp>;
let validText: string;
let valid: { plans: Record<string, unknown>[] } & Record<string, unknown>;

function snapshot(): string {
  const plans = app.ctx.db.prepare('SELECT * FROM plans ORDER BY id').all();
  const revisions = app.ctx.db.prepare('SELECT * FROM plan_revisions ORDER BY id').all();
  return JSON.stringify({ plans, revisions });
}

/** A copy of the valid file with one change made by `mutate`, as text. */
function variant(mutate: (file: typeof valid) => void): string {
  const file = structuredClone(valid);
  mutate(file);
  return JSON.stringify(file);
}

const plan0 = (f: typeof valid) => f.plans[0] as Record<string, any>;

beforeAll(async () => {
  app = tempApp();
  validText = (await ok(app, 'plans:export', { ids: ['fehb-kpco-2022-standard'] })).text;
  valid = JSON.parse(validText);
  // Make the valid file a *change* so an accepted import would be visible in the snapshot.
  plan0(valid).planName = 'Standard Option (edited by HR)';
});
afterAll(() => app.dispose());

const malformed: [name: string, text: () => string, expected: RegExp][] = [
  ['empty file', () => '', /empty/],
  ['truncated JSON', () => validText.slice(0, validText.length / 2), /not valid JSON/],
  ['not an object', () => '[1,2,3]', /expected object/i],
  [
    'wrong type tag',
    () =>
      variant((f) => {
        f.type = 'something-else';
      }),
    /type/,
  ],
  [
    'unsupported version',
    () =>
      variant((f) => {
        f.version = 99;
      }),
    /version/,
  ],
  [
    'createdAt not a date-time',
    () =>
      variant((f) => {
        f.createdAt = 'yesterday';
      }),
    /createdAt/,
  ],
  [
    'no plans',
    () =>
      variant((f) => {
        f.plans = [];
      }),
    /plans/,
  ],
  [
    'plan id with spaces',
    () =>
      variant((f) => {
        plan0(f).id = 'My Plan';
      }),
    /plans\[0\]\.id/,
  ],
  [
    'plan id a number',
    () =>
      variant((f) => {
        plan0(f).id = 7;
      }),
    /plans\[0\]\.id/,
  ],
  [
    'negative copay',
    () =>
      variant((f) => {
        plan0(f).benefits.pcp_visit.costShare.amountCents = -3000;
      }),
    /plans\[0\]\.benefits\.pcp_visit\.costShare\.amountCents/,
  ],
  [
    'copay in fractional cents',
    () =>
      variant((f) => {
        plan0(f).benefits.pcp_visit.costShare.amountCents = 30.5;
      }),
    /plans\[0\]\.benefits\.pcp_visit\.costShare\.amountCents/,
  ],
  [
    'copay as text',
    () =>
      variant((f) => {
        plan0(f).benefits.pcp_visit.costShare.amountCents = '$30';
      }),
    /plans\[0\]\.benefits\.pcp_visit\.costShare\.amountCents/,
  ],
  [
    'coinsurance above 100%',
    () =>
      variant((f) => {
        plan0(f).benefits.inpatient_admission.costShare = { kind: 'coinsurance', percent: 120 };
      }),
    /plans\[0\]\.benefits\.inpatient_admission\.costShare\.percent/,
  ],
  [
    'unknown cost-share kind',
    () =>
      variant((f) => {
        plan0(f).benefits.pcp_visit.costShare = { kind: 'free_lunch' };
      }),
    /plans\[0\]\.benefits\.pcp_visit\.costShare/,
  ],
  [
    'unknown service code',
    () =>
      variant((f) => {
        plan0(f).benefits.aromatherapy_visit = plan0(f).benefits.pcp_visit;
      }),
    /aromatherapy_visit/,
  ],
  [
    'rule without its source',
    () =>
      variant((f) => {
        delete plan0(f).benefits.pcp_visit.source;
      }),
    /plans\[0\]\.benefits\.pcp_visit\.source/,
  ],
  [
    'family deductible below the person deductible',
    () =>
      variant((f) => {
        plan0(f).deductible.familyCents = 100;
      }),
    /plans\[0\]\.deductible\.familyCents/,
  ],
  [
    'plan year ending before it starts',
    () =>
      variant((f) => {
        plan0(f).planYear.end = '2021-01-01';
      }),
    /plans\[0\]\.planYear\.end/,
  ],
  [
    'impossible date',
    () =>
      variant((f) => {
        plan0(f).planYear.start = '2022-02-30';
      }),
    /plans\[0\]\.planYear\.start/,
  ],
  [
    'negative premium',
    () =>
      variant((f) => {
        plan0(f).enrollment[0].biweekly.employeeCents = -1;
      }),
    /plans\[0\]\.enrollment\[0\]\.biweekly\.employeeCents/,
  ],
  [
    'unknown enrollment type',
    () =>
      variant((f) => {
        plan0(f).enrollment[0].type = 'self_and_pets';
      }),
    /plans\[0\]\.enrollment\[0\]\.type/,
  ],
  [
    'marked complete but missing a rule',
    () =>
      variant((f) => {
        delete plan0(f).benefits.er_visit;
      }),
    /plans\[0\]\.status\.complete.*er_visit/,
  ],
  [
    'duplicate plan ids in one file',
    () =>
      variant((f) => {
        f.plans.push(structuredClone(f.plans[0]!));
      }),
    /plans\[1\]\.id: duplicate/,
  ],
  [
    'an extra unknown field',
    () =>
      variant((f) => {
        plan0(f).discountCode = 'X';
      }),
    /discountCode/,
  ],
  ['prototype-pollution key at the top', () => validText.replace('{', '{"__proto__": {"polluted": true},'), /__proto__/],
  [
    'prototype-pollution key in a rule',
    () =>
      variant((f) => {
        plan0(f).benefits.pcp_visit.constructor = { prototype: { polluted: true } };
      }),
    /constructor/,
  ],
  ['deep nesting', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /nested more than/],
  ['a 50 MB file', () => `{"type":"benefits-counselor/plans","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`, /50\.0 MB; the limit is 10 MB/],
  [
    'a second plan broken while the first is fine',
    () =>
      variant((f) => {
        const second = structuredClone(f.plans[0]!) as Record<string, any>;
        second.id = 'fehb-kpco-2022-copy';
        second.oopMax = { personCents: -1, familyCents: 0, embedded: true };
        f.plans.push(second);
      }),
    /plans\[1\]\.oopMax\.personCents/,
  ],
];

describe('importing a malformed plan file', () => {
  it('has at least 25 kinds of malformed file under test', () => expect(malformed.length).toBeGreaterThanOrEqual(25));

  it.each(malformed)('refuses %s with a located message and changes nothing', async (_name, text, expected) => {
    const before = snapshot();
    const result = await app.dispatch('plans:import', { text: text() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['INVALID_PLAN_FILE', 'INVALID_ARGUMENT']).toContain(result.error.code);
    expect([result.error.message, ...(result.error.issues ?? [])].join('\n')).toMatch(expected);
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importing and exporting a good plan file', () => {
  it('imports a valid file and records who and when', async () => {
    const r = await ok(app, 'plans:import', { text: validText.replace('"Standard Option"', '"Standard Option"'), author: 'Dana (HR)' });
    expect(r.replaced).toEqual(['fehb-kpco-2022-standard']);
    const row = app.ctx.db.prepare("SELECT author, action FROM plan_revisions WHERE plan_id = 'fehb-kpco-2022-standard' ORDER BY id DESC").get();
    expect(row).toEqual({ author: 'Dana (HR)', action: 'import' });
    const summary = (await ok(app, 'plans:list', {})).find((p) => p.id === 'fehb-kpco-2022-standard');
    expect(summary).toMatchObject({ origin: 'import', userModified: true });
  });

  it('round-trips exactly: export → import → export gives the same plans', async () => {
    const first = JSON.parse((await ok(app, 'plans:export', { ids: 'all' })).text);
    await ok(app, 'plans:import', { text: JSON.stringify(first) });
    const second = JSON.parse((await ok(app, 'plans:export', { ids: 'all' })).text);
    expect(second.plans).toEqual(first.plans);
    expect(second.type).toBe('benefits-counselor/plans');
    expect(second.version).toBe(1);
  });
});
