import { describe, expect, it } from 'vitest';
import { parseCostShareText } from '../../../src-shared/cost-share-text';
import { PHRASINGS } from './sbc-phrasings';

describe('parseCostShareText reads the cells SBCs and FEHB brochures print', () => {
  it('has at least 50 phrasings to read', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(PHRASINGS.map((row) => [row.text, row] as const))('%j', (text, row) => {
    const result = parseCostShareText(text, row.unitHint === undefined ? {} : { unitHint: row.unitHint });
    if (!result.ok) throw new Error(`refused: ${result.error}`);
    const { reading, ...structure } = result;
    const { text: _text, unitHint: _hint, ...expected } = row;
    expect(structure).toStrictEqual({ ok: true, ...expected });
    expect(reading.length).toBeGreaterThan(0);
  });
});

describe('the unit when the cell prints none', () => {
  it('is the caller hint, so "$1,000" in the hospital row is per admission', () => {
    const r = parseCostShareText('$1,000', { unitHint: 'admission' });
    expect(r.ok && r.costShare).toStrictEqual({ kind: 'copay', amountCents: 100000, unit: 'admission' });
  });

  it('is "visit" without a hint, the unit of most SBC rows', () => {
    const r = parseCostShareText('$1,000');
    expect(r.ok && r.costShare).toStrictEqual({ kind: 'copay', amountCents: 100000, unit: 'visit' });
  });

  it('a unit printed in the cell wins over the hint', () => {
    const r = parseCostShareText('$500/day', { unitHint: 'admission' });
    expect(r.ok && r.costShare).toStrictEqual({ kind: 'copay', amountCents: 50000, unit: 'day' });
  });

  it('a day hint makes a bare amount a per-day copay (the engine multiplies it by the days of the stay)', () => {
    const r = parseCostShareText('$250 after deductible', { unitHint: 'day' });
    expect(r.ok && r.costShare).toStrictEqual({ kind: 'copay', amountCents: 25000, unit: 'day' });
  });
});

describe('deductible wording', () => {
  it.each([
    ['$30 copay after deductible', true],
    ['$30 copay after the deductible', true],
    ['$30 copay, deductible applies', true],
    ['$30 copay*', true],
    ['$30 copay per visit*', true],
    ['$30 copay subject to the calendar year deductible', true],
    ['$30 copay, deductible does not apply', false],
    ['$30 copay, deductible doesn’t apply', false],
    ['$30 copay; no deductible', false],
    ['$30 copay', false],
  ] as const)('%j → afterDeductible %s', (text, afterDeductible) => {
    const r = parseCostShareText(text);
    expect(r.ok && r.afterDeductible).toBe(afterDeductible);
  });

  it('marks the deductible as waived only when the cell says so', () => {
    const said = parseCostShareText('$30 copay; no deductible');
    const silent = parseCostShareText('$30 copay');
    expect(said.ok && said.deductibleWaived).toBe(true);
    expect(silent.ok && 'deductibleWaived' in silent).toBe(false);
  });
});

describe('what it reads', () => {
  it('keeps cents exact: "$12.50" is 1250 cents and "$1,234.05" is 123405', () => {
    const a = parseCostShareText('$12.50 copay');
    const b = parseCostShareText('$1,234.05 per admission');
    expect(a.ok && a.costShare).toStrictEqual({ kind: 'copay', amountCents: 1250, unit: 'visit' });
    expect(b.ok && b.costShare).toStrictEqual({ kind: 'copay', amountCents: 123405, unit: 'admission' });
  });

  it('reads "for the first 5 days of each admission" as the same cost capped at 5 days a stay', () => {
    const r = parseCostShareText('$250 copay per day for the first 5 days per admission');
    expect(r.ok && r.costShare).toStrictEqual({ kind: 'copay', amountCents: 25000, unit: 'day', maxPerClaimCents: 125000 });
  });

  it('gives its reading in plain words', () => {
    const r = parseCostShareText('$500/day up to $1,000/admission');
    expect(r.ok && r.reading).toBe('You pay $500 a day, at most $1,000 for each stay.');
  });
});
