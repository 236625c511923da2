import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCostShare, formatCostShareText, parseCostShareText, type CostShareExtras } from '../../../src-shared/cost-share-text';
import { CopayUnit, CostShare } from '../../../src-shared/plan-schema';
import { PHRASINGS } from './sbc-phrasings';

// The editor shows a stored rule as text (formatCostShareText) and reads the text back
// (parseCostShareText); the two must agree exactly, and the plain reading must not drift.

const MAX_CENTS = 100_000_000_000;
const unit = fc.constantFrom(...CopayUnit.options);
const amount = fc.integer({ min: 0, max: MAX_CENTS });
const percent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
/** A cap below the copay is refused by the parser (it would be a typo on an SBC), so caps start at the copay. */
const capFrom = (min: number) => fc.option(fc.integer({ min, max: MAX_CENTS }), { nil: undefined });
const withCap = <T extends object>(share: T, cap: number | undefined): T => (cap === undefined ? share : { ...share, maxPerClaimCents: cap });

const costShare: fc.Arbitrary<CostShare> = fc.oneof(
  fc.constant<CostShare>({ kind: 'nothing' }),
  fc.constant<CostShare>({ kind: 'not_covered' }),
  fc.tuple(amount, unit).chain(([a, u]) => capFrom(a).map((cap): CostShare => withCap({ kind: 'copay', amountCents: a, unit: u }, cap))),
  fc.tuple(percent, capFrom(0)).map(([p, cap]): CostShare => withCap({ kind: 'coinsurance', percent: p }, cap)),
  fc
    .tuple(amount, unit, percent)
    .chain(([a, u, p]) => capFrom(a).map((cap): CostShare => withCap({ kind: 'copay_plus_coinsurance', amountCents: a, unit: u, percent: p }, cap))),
);

/** A rule as the editor holds it: not-covered services skip the deductible and have no visit limit. */
const rule = fc
  .tuple(costShare, fc.boolean(), fc.boolean(), fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }))
  .map(([share, afterDeductible, waived, limit]) => {
    const covered = share.kind !== 'not_covered';
    const extras: CostShareExtras = {};
    if (covered && !afterDeductible && waived) extras.deductibleWaived = true;
    if (covered && limit !== undefined) extras.visitLimitPerYear = limit;
    return { share, afterDeductible: covered && afterDeductible, extras };
  });

describe('formatCostShareText and parseCostShareText agree', () => {
  it('parsing the canonical text of any cost share gives back the same structure and reading', () => {
    fc.assert(
      fc.property(rule, fc.option(unit, { nil: undefined }), ({ share, afterDeductible, extras }, hint) => {
        const text = formatCostShareText(share, afterDeductible, extras);
        const parsed = parseCostShareText(text, hint === undefined ? {} : { unitHint: hint });
        expect(parsed).toStrictEqual({
          ok: true,
          costShare: share,
          afterDeductible,
          ...extras,
          reading: describeCostShare(share, afterDeductible, extras),
        });
      }),
      { numRuns: 2000 },
    );
  });

  it.each(PHRASINGS.map((row) => [row.text, row] as const))('%j survives format → parse, and its reading is stable', (text, row) => {
    const first = parseCostShareText(text, row.unitHint === undefined ? {} : { unitHint: row.unitHint });
    if (!first.ok) throw new Error(first.error);
    const extras: CostShareExtras = {};
    if (first.deductibleWaived) extras.deductibleWaived = true;
    if (first.visitLimitPerYear !== undefined) extras.visitLimitPerYear = first.visitLimitPerYear;
    const again = parseCostShareText(formatCostShareText(first.costShare, first.afterDeductible, extras));
    expect(again).toStrictEqual(first);
    expect(first.reading).toBe(describeCostShare(first.costShare, first.afterDeductible, extras));
  });

  it('prints the canonical phrasing an SBC would', () => {
    expect(formatCostShareText({ kind: 'copay', amountCents: 3000, unit: 'visit' }, false)).toBe('$30 copay per visit');
    expect(formatCostShareText({ kind: 'copay', amountCents: 50000, unit: 'day', maxPerClaimCents: 100000 }, false)).toBe(
      '$500 copay per day up to $1,000 per admission',
    );
    expect(formatCostShareText({ kind: 'coinsurance', percent: 20, maxPerClaimCents: 5000 }, true)).toBe('20% coinsurance up to $50 after deductible');
    expect(formatCostShareText({ kind: 'copay_plus_coinsurance', amountCents: 10000, unit: 'visit', percent: 10 }, true)).toBe(
      '$100 copay per visit plus 10% coinsurance after deductible',
    );
    expect(formatCostShareText({ kind: 'copay', amountCents: 1250, unit: 'prescription' }, false, { deductibleWaived: true })).toBe(
      '$12.50 copay per prescription; deductible does not apply',
    );
    expect(formatCostShareText({ kind: 'nothing' }, false, { visitLimitPerYear: 1 })).toBe('No charge; limited to 1 visit per year');
    expect(formatCostShareText({ kind: 'not_covered' }, true)).toBe('Not covered');
  });
});

// Cells built from the parser's own words are the likeliest to reach its corners.
const FRAGMENTS = [
  '$30',
  '$1,000',
  '$12.50',
  '$0',
  '20%',
  '100%',
  '120%',
  'copay',
  'coinsurance',
  'of our allowance',
  'per',
  '/',
  'a',
  'visit',
  'day',
  'admission',
  'trip',
  'occurrence',
  'product',
  'up to',
  'max',
  'maximum',
  'after',
  'the',
  'deductible',
  'deductible applies',
  'does not apply',
  'no deductible',
  '*',
  ',',
  ';',
  '–',
  'and',
  'then',
  'plus',
  'no charge',
  'nothing',
  'not covered',
  'all charges',
  'limited to',
  '20 visits',
  'per year',
  'for the first 5 days',
  'of each admission',
  'retail',
  '(',
  ')',
  '-',
  '.',
  'you pay',
];

describe('parseCostShareText on any input', () => {
  const check = (text: string): void => {
    const parsed = parseCostShareText(text);
    if (parsed.ok) {
      expect(CostShare.parse(parsed.costShare)).toStrictEqual(parsed.costShare);
      expect(parsed.reading).toBe(
        describeCostShare(parsed.costShare, parsed.afterDeductible, {
          ...(parsed.deductibleWaived ? { deductibleWaived: true } : {}),
          ...(parsed.visitLimitPerYear !== undefined ? { visitLimitPerYear: parsed.visitLimitPerYear } : {}),
        }),
      );
    } else {
      expect(parsed.error.length).toBeGreaterThan(20);
    }
  };

  it('never throws, and whatever it accepts is a valid cost share', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), check), { numRuns: 1000 });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((words) => words.join(' ')),
        check,
      ),
      { numRuns: 3000 },
    );
  });
});
