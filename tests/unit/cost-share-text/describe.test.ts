import { describe, expect, it } from 'vitest';
import { describeCostShare, describeRule } from '../../../src-shared/cost-share-text';
import type { BenefitRule, CostShare } from '../../../src-shared/plan-schema';

// The sentences the editor preview, the ledger and the results screen show. Short words, "you" for the
// member, one idea per sentence.

describe('describeCostShare', () => {
  it.each<[CostShare, boolean, string]>([
    [{ kind: 'copay', amountCents: 3000, unit: 'visit' }, false, 'You pay $30 for each visit.'],
    [{ kind: 'coinsurance', percent: 20 }, true, 'You pay 20% of the allowed amount after you meet the deductible.'],
    [{ kind: 'copay', amountCents: 50000, unit: 'day', maxPerClaimCents: 100000 }, false, 'You pay $500 a day, at most $1,000 for each stay.'],
    [{ kind: 'nothing' }, false, 'You pay nothing.'],
    [{ kind: 'not_covered' }, false, 'Not covered: you pay the full cost.'],
    [
      { kind: 'copay_plus_coinsurance', amountCents: 10000, unit: 'visit', percent: 10 },
      true,
      'You pay $100 for each visit, plus 10% of the rest of the allowed amount, after you meet the deductible.',
    ],
    [{ kind: 'copay', amountCents: 75000, unit: 'admission' }, true, 'You pay $750 for each stay after you meet the deductible.'],
    [{ kind: 'copay', amountCents: 1250, unit: 'prescription' }, false, 'You pay $12.50 for each prescription.'],
    [{ kind: 'copay', amountCents: 15000, unit: 'trip' }, false, 'You pay $150 for each trip.'],
    [{ kind: 'copay', amountCents: 25000, unit: 'procedure' }, true, 'You pay $250 for each procedure after you meet the deductible.'],
    [{ kind: 'copay', amountCents: 300, unit: 'item' }, false, 'You pay $3 for each item.'],
    [{ kind: 'copay', amountCents: 100000, unit: 'visit' }, true, 'You pay $1,000 for each visit after you meet the deductible.'],
    [{ kind: 'coinsurance', percent: 20, maxPerClaimCents: 5000 }, false, 'You pay 20% of the allowed amount, at most $50 each time.'],
    [
      { kind: 'coinsurance', percent: 12.5, maxPerClaimCents: 5000 },
      true,
      'You pay 12.5% of the allowed amount, at most $50 each time, after you meet the deductible.',
    ],
    [
      { kind: 'copay_plus_coinsurance', amountCents: 10000, unit: 'day', percent: 10, maxPerClaimCents: 150000 },
      false,
      'You pay $100 a day, plus 10% of the rest of the allowed amount. In all, you pay at most $1,500 for each stay.',
    ],
    [{ kind: 'nothing' }, true, 'You pay nothing after you meet the deductible.'],
    [{ kind: 'not_covered' }, true, 'Not covered: you pay the full cost.'],
  ])('%j (after deductible: %s)', (share, afterDeductible, sentence) => {
    expect(describeCostShare(share, afterDeductible)).toBe(sentence);
  });

  it('adds a sentence for a waived deductible and for a visit limit', () => {
    expect(describeCostShare({ kind: 'copay', amountCents: 4000, unit: 'visit' }, false, { deductibleWaived: true })).toBe(
      'You pay $40 for each visit. You do not have to meet the deductible first.',
    );
    expect(describeCostShare({ kind: 'copay', amountCents: 1500, unit: 'visit' }, false, { visitLimitPerYear: 20 })).toBe(
      'You pay $15 for each visit. The plan covers up to 20 visits a year. After that, you pay the full cost.',
    );
    expect(describeCostShare({ kind: 'nothing' }, false, { visitLimitPerYear: 1 })).toBe(
      'You pay nothing. The plan covers up to 1 visit a year. After that, you pay the full cost.',
    );
  });

  it('says nothing about a waived deductible when the rule is after the deductible or not covered', () => {
    expect(describeCostShare({ kind: 'coinsurance', percent: 20 }, true, { deductibleWaived: true })).not.toMatch(/do not have to/);
    expect(describeCostShare({ kind: 'not_covered' }, false, { deductibleWaived: true })).toBe('Not covered: you pay the full cost.');
  });

  it('keeps sentences short: no sentence over 20 words', () => {
    const sentences = [
      describeCostShare({ kind: 'copay_plus_coinsurance', amountCents: 10000, unit: 'day', percent: 10, maxPerClaimCents: 150000 }, true, {
        visitLimitPerYear: 20,
      }),
      describeRule(standardPrimaryCare()),
      describeRule(erVisit()),
    ].flatMap((text) => text.split(/(?<=\.)\s+/));
    for (const s of sentences) expect(s.split(/\s+/).length, s).toBeLessThanOrEqual(20);
  });
});

const SOURCE = { document: 'RI 73-019', section: '5(a)', row: 'Diagnostic and treatment services', youPay: '$30 per primary care office visit' };

/** Standard Option primary care: "$30 per primary care office visit (nothing for children through age 17)". */
function standardPrimaryCare(): BenefitRule {
  return {
    costShare: { kind: 'copay', amountCents: 3000, unit: 'visit' },
    afterDeductible: false,
    countsTowardOop: true,
    exceptions: [{ label: 'Children through age 17', maxAge: 17, costShare: { kind: 'nothing' }, afterDeductible: false }],
    source: SOURCE,
  };
}

/** Standard Option ER: "$350 per visit after the deductible", waived if admitted. */
function erVisit(): BenefitRule {
  return {
    costShare: { kind: 'copay', amountCents: 35000, unit: 'visit' },
    afterDeductible: true,
    countsTowardOop: true,
    waivedIfAdmitted: true,
    source: { ...SOURCE, section: '5(d)', row: 'Emergency room', youPay: '$350 per visit after the deductible' },
  };
}

describe('describeRule', () => {
  it('reads the Standard Option primary care rule with its children exception', () => {
    expect(describeRule(standardPrimaryCare())).toBe('You pay $30 for each visit. If the patient is 17 or younger, you pay nothing.');
  });

  it('reads the emergency room waiver when the member is admitted', () => {
    expect(describeRule(erVisit())).toBe(
      'You pay $350 for each visit after you meet the deductible. If you are admitted to the hospital from here, you pay nothing for this visit. You pay for the hospital stay instead.',
    );
  });

  it('reads the therapy visit limit (20 outpatient visits a year)', () => {
    const rule: BenefitRule = {
      costShare: { kind: 'copay', amountCents: 3000, unit: 'visit' },
      afterDeductible: false,
      countsTowardOop: true,
      visitLimitPerYear: 20,
      source: { ...SOURCE, section: '5(a)', row: 'Physical therapy', youPay: '$30 per outpatient visit' },
    };
    expect(describeRule(rule)).toBe('You pay $30 for each visit. The plan covers up to 20 visits a year. After that, you pay the full cost.');
  });

  it('reads age ranges from below, from above and between', () => {
    const base = standardPrimaryCare();
    const withException = (minAge: number | undefined, maxAge: number | undefined, costShare: CostShare): string =>
      describeRule({
        ...base,
        exceptions: [
          { label: 'age', ...(minAge === undefined ? {} : { minAge }), ...(maxAge === undefined ? {} : { maxAge }), costShare, afterDeductible: false },
        ],
      });
    expect(withException(65, undefined, { kind: 'copay', amountCents: 1000, unit: 'visit' })).toContain(
      'If the patient is 65 or older, you pay $10 for each visit.',
    );
    expect(withException(2, 17, { kind: 'nothing' })).toContain('If the patient is 2 to 17 years old, you pay nothing.');
    expect(withException(5, 5, { kind: 'nothing' })).toContain('If the patient is 5 years old, you pay nothing.');
    expect(withException(undefined, 1, { kind: 'not_covered' })).toContain('If the patient is 1 or younger, it is not covered and you pay the full cost.');
  });

  it('says when what you pay does not count toward the out-of-pocket limit', () => {
    const dental: BenefitRule = {
      costShare: { kind: 'coinsurance', percent: 10 },
      afterDeductible: true,
      countsTowardOop: false,
      source: { ...SOURCE, section: '5(g)', row: 'Dental', youPay: '10% of our allowance after the deductible' },
    };
    expect(describeRule(dental)).toBe(
      'You pay 10% of the allowed amount after you meet the deductible. What you pay here does not count toward your out-of-pocket limit.',
    );
  });
});
