import { formatCents } from '../money';
import type { CostShare } from '../plan-schema';
import type { CostShareExtras } from './describe';

// The canonical SBC phrasing of a cost share, so the plan editor can show a stored rule as the text an
// administrator would have typed. parseCostShareText reads every string made here back to the same
// structure (tests/unit/cost-share-text/round-trip.test.ts holds that over generated cost shares).

const money = (amount: number): string => formatCents(amount, amount % 100 === 0);

/**
 * "$30 copay per visit", "20% coinsurance up to $50 after deductible", "$500 copay per day up to $1,000
 * per admission", "No charge", "Not covered". A not-covered service never reaches the deductible, so
 * afterDeductible is not printed for it.
 */
export function formatCostShareText(costShare: CostShare, afterDeductible: boolean, extras: CostShareExtras = {}): string {
  let text: string;
  switch (costShare.kind) {
    case 'nothing':
      text = 'No charge';
      break;
    case 'not_covered':
      text = 'Not covered';
      break;
    case 'copay':
    case 'copay_plus_coinsurance': {
      text = `${money(costShare.amountCents)} copay per ${costShare.unit}`;
      if (costShare.kind === 'copay_plus_coinsurance') text += ` plus ${costShare.percent}% coinsurance`;
      if (costShare.maxPerClaimCents !== undefined) {
        const claim = costShare.unit === 'day' ? 'admission' : costShare.unit;
        text += ` up to ${money(costShare.maxPerClaimCents)} per ${claim}`;
      }
      break;
    }
    case 'coinsurance':
      text = `${costShare.percent}% coinsurance`;
      if (costShare.maxPerClaimCents !== undefined) text += ` up to ${money(costShare.maxPerClaimCents)}`;
      break;
  }
  if (afterDeductible && costShare.kind !== 'not_covered') text += ' after deductible';
  else if (extras.deductibleWaived && costShare.kind !== 'not_covered') text += '; deductible does not apply';
  const limit = extras.visitLimitPerYear;
  if (limit !== undefined) text += `; limited to ${limit} ${limit === 1 ? 'visit' : 'visits'} per year`;
  return text;
}
