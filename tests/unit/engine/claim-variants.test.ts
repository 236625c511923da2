import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import type { CompareRequestInput } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import type { ServiceCode } from '../../../src-shared/services';
import { parseCompareRequest } from '../../../src-main/compare';
import { preparePlans } from '../../../src-main/compare/prepare-plans';
import { changeFor, sensitivityCandidates } from '../../../src-main/compare/sensitivity';
import { claimVariant, compilePlan, FAST_CLAIM_FIELDS, prepareClaims, type FastClaims } from '../../../src-main/engine';
import { prepareInput } from '../../../src-main/engine/validate-input';
import { exampleHouseholds, tables } from '../compare/fixtures';

// "What would change the answer" prices a hundred variants of each plan's typical year: a few claims
// more or fewer. claimVariant makes each from the list prepared once; prepareInput of the whole changed
// list is the reference it must equal, row for row and field for field (the order decides who pays what).

const data = join(__dirname, '..', '..', '..', 'data');
const fehb = (JSON.parse(readFileSync(join(data, 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const example = JSON.parse(readFileSync(join(data, 'examples', 'household-family-of-four.json'), 'utf8')) as CompareRequestInput;

function rows(fc: FastClaims): Record<string, number>[] {
  return Array.from({ length: fc.count }, (_, k) => Object.fromEntries(FAST_CLAIM_FIELDS.map((f) => [f, fc[f][k] as number])));
}

describe('a typical year with one change equals the whole changed list prepared anew', () => {
  for (const [name, request] of Object.entries(exampleHouseholds(example))) {
    it(`${name}: every candidate of every FEHB plan`, () => {
      const { contexts } = preparePlans(fehb, parseCompareRequest({ ...request, simulations: 400 }), tables);
      const priceOf = (s: ServiceCode): number => tables.prices.services[s].cents;
      let compared = 0;
      for (const ctx of contexts) {
        const base = prepareClaims(ctx.compiled, ctx.care.members, ctx.typicalClaims);
        for (const c of sensitivityCandidates(contexts[0]!, priceOf)) {
          const change = changeFor(ctx, c, priceOf);
          const list = [...ctx.typicalClaims.filter((_, i) => !change.dropped.has(i)), ...change.added];
          expect(rows(claimVariant(base, change.added, change.dropped)), `${ctx.plan.id}: ${c.phrase}`).toEqual(
            rows(prepareInput(ctx.compiled, ctx.care.members, list).claims),
          );
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(100);
    });
  }

  // Claims that tie on the day, the member and the service go by the same-day order: the smaller amount
  // first, then the other fields (the away-from-home household above has claims that differ in the
  // network only); on a full tie the earlier claim in the list first.
  const plan = compilePlan(fehb[0] as Plan);
  const members: EngineMember[] = [
    { id: 'zoe', age: 40 },
    { id: 'ann', age: 38 },
  ];
  const visit = (member: string, date: string, allowedCents: number, label?: string): Claim => ({
    member,
    date,
    service: 'specialist_visit',
    allowedCents,
    ...(label ? { label } : {}),
  });
  const list: Claim[] = [
    visit('zoe', '2022-03-01', 30_000),
    visit('ann', '2022-03-01', 10_000, 'b'),
    visit('zoe', '2022-03-01', 10_000),
    { member: 'ann', date: '2022-03-01', service: 'rx_brand_requested', allowedCents: 40_000, genericAllowedCents: 5_000, supplyDays: 30 },
    visit('ann', '2022-06-01', 20_000),
  ];
  const cases: [string, Claim[], number[]][] = [
    ['an added visit between two of the same day, by amount', [visit('zoe', '2022-03-01', 20_000)], []],
    ['an added visit equal in everything goes after the list’s', [visit('ann', '2022-03-01', 10_000, 'b')], []],
    ['an added visit before every claim of the list', [visit('ann', '2022-01-03', 10_000)], []],
    ['claims left out: the first, and a brand asked for (both its rows)', [], [0, 3]],
    ['claims left out and added at once', [visit('zoe', '2022-06-01', 1)], [1, 4]],
  ];
  for (const [what, added, dropped] of cases) {
    it(what, () => {
      const base = prepareClaims(plan, members, list);
      const whole = [...list.filter((_, i) => !dropped.includes(i)), ...added];
      expect(rows(claimVariant(base, added, new Set(dropped)))).toEqual(rows(prepareInput(plan, members, whole).claims));
    });
  }

  it('refuses to add a brand asked for over a generic (its price difference row is not merged)', () => {
    const base = prepareClaims(plan, members, list);
    const brand: Claim = { member: 'zoe', date: '2022-03-01', service: 'rx_brand_requested', allowedCents: 40_000, genericAllowedCents: 5_000, supplyDays: 30 };
    expect(() => claimVariant(base, [brand], new Set())).toThrow(/brand asked for over a generic/);
  });
});
