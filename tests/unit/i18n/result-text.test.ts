import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareHousehold } from '../../../src-main/compare';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { ComparePriority, type CompareRequestInput } from '../../../src-shared/household-schema';
import {
  basisText,
  beyondLimitText,
  breakEvenMessage,
  caveatText,
  enrollmentReason,
  reasonsText,
  resultMemberNames,
  sensitivityText,
  skippedReason,
  worstCaseNote,
} from '../../../src-shared/i18n/result-text';
import { PlanFile, type Plan } from '../../../src-shared/plan-schema';
import { tables } from '../compare/fixtures';

// A comparison's sentences in Spanish are composed from its numbers (src-shared/i18n/result-text.ts), while
// the English ones are src-main/compare's own. Composing the English from the same numbers through the
// same messages must give the engine's sentences word for word: then the Spanish says the same thing.

const root = join(import.meta.dirname, '..', '..', '..');
const plans: Plan[] = ['fehb-kpco-2022.json', 'district-kpco-2021.json'].flatMap(
  (f) => PlanFile.parse(JSON.parse(readFileSync(join(root, 'data', 'plans', f), 'utf8'))).plans,
);
const example = (name: string): CompareRequestInput => JSON.parse(readFileSync(join(root, 'data', 'examples', name), 'utf8')) as CompareRequestInput;

const households: [string, CompareRequestInput][] = [
  ['family of four with a baby, a tax rate', example('household-family-of-four.json')],
  ['one person with a specialty drug', example('household-single-specialty-drug.json')],
  [
    'a couple with employer HSA money, the counselor’s enrollment type',
    {
      household: {
        members: [
          { id: 'e', relationship: 'employee', age: 40, usage: { preset: 'high' } },
          { id: 's', relationship: 'spouse', age: 38, usage: { preset: 'low' } },
        ],
        enrollmentType: 'self_and_family',
        accountCentsByPlan: { 'fehb-kpco-2022-standard': 50_000 },
      },
      priority: 'lowest_premium',
    },
  ],
  [
    'a couple, the cheaper type for each plan',
    {
      household: {
        members: [
          { id: 'e', relationship: 'employee', age: 30 },
          { id: 's', relationship: 'spouse', age: 29 },
        ],
      },
      priority: 'balanced',
    },
  ],
];

describe.each(households)('%s: the composed English equals the comparison’s own', (_, request) => {
  const result: CompareResult = compareHousehold(plans, { ...request, simulations: 600 }, tables);
  const chosen = (request.household as { enrollmentType?: string }).enrollmentType !== undefined;

  it('reasons under every priority, caveat and basis', () => {
    for (const priority of ComparePriority.options) {
      for (const item of result.rankings[priority].ranking) expect(reasonsText(result, priority, item, 'en', true)).toEqual(item.reasons);
    }
    expect(caveatText(result, 'en', true)).toBe(result.recommendation.caveat);
    expect(basisText(result, 'en', true)).toBe(result.basis.text);
  });

  it('break-even, worst case, enrollment and plans not priced', () => {
    expect(breakEvenMessage(result, 'en', true)).toBe(result.breakEven.message);
    for (const b of result.breakEven.beyondLimit) expect(beyondLimitText(result, b, 'en', true)).toBe(b.text);
    for (const p of result.plans) {
      expect(worstCaseNote(p, 'en', true)).toBe(p.worstCase.note);
      expect(enrollmentReason(p, result.members.length, chosen, 'en', true)).toBe(p.enrollment.reason);
    }
    for (const s of result.skipped.filter((x) => x.reason.endsWith('its numbers are missing.'))) expect(skippedReason(s, 'en', true)).toBe(s.reason);
  });

  it('what would change the answer, when nothing within reason does', () => {
    if (result.sensitivity.change === null && result.sensitivity.cheapestPlanId !== null) {
      expect(sensitivityText(result, 'en', resultMemberNames(result, 'en'), true)).toBe(result.sensitivity.summary);
    }
  });

  it('in Spanish, from the same numbers', () => {
    const item = result.recommendation.ranking[0];
    if (!item) return;
    const es = reasonsText(result, result.priority, item, 'es');
    expect(es.length).toBe(item.reasons.length);
    expect(es.join(' ')).not.toMatch(/\b(the|year|premium|out of pocket)\b/);
    expect(caveatText(result, 'es')).toContain('no una cotización');
  });
});
