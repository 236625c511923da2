import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../src-main/engine';

// The ledger's rule.text: short plain sentences in the brochure's words.

describe('describeRule', () => {
  it.each([
    ['pcp_visit', { kind: 'copay', amountCents: 3000, unit: 'visit' }, false, '$30 copay per primary care visit'],
    ['specialist_visit', { kind: 'copay', amountCents: 4000, unit: 'visit' }, false, '$40 copay per specialist visit'],
    ['xray', { kind: 'copay', amountCents: 3500, unit: 'visit' }, true, '$35 copay per visit after the deductible'],
    ['diabetic_supplies', { kind: 'coinsurance', percent: 20, maxPerClaimCents: 5000 }, true, '20% of the allowed amount after the deductible, up to $50'],
    [
      'inpatient_admission',
      { kind: 'copay', amountCents: 50000, unit: 'day', maxPerClaimCents: 100000 },
      false,
      '$500 copay per day, up to $1,000 per admission',
    ],
    ['inpatient_admission', { kind: 'copay', amountCents: 75000, unit: 'admission' }, true, '$750 copay per admission after the deductible'],
    ['ambulance_trip', { kind: 'copay', amountCents: 15050, unit: 'trip' }, false, '$150.50 copay per trip'],
    [
      'office_procedure',
      { kind: 'copay_plus_coinsurance', amountCents: 4000, unit: 'visit', percent: 10 },
      true,
      '$40 copay plus 10% of the allowed amount after the deductible',
    ],
    ['preventive_visit', { kind: 'nothing' }, false, 'Nothing to pay'],
    ['skilled_nursing_day', { kind: 'nothing' }, true, 'Nothing after the deductible'],
    ['dental_preventive', { kind: 'not_covered' }, false, 'Not covered: the member pays all charges'],
  ] as const)('%s %j → "%s"', (service, share, afterDeductible, text) => {
    expect(describeRule(service, share, afterDeductible)).toBe(text);
  });
});
