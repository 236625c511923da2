import type { CostFigures, YearMarkers } from '../../src-shared/compare-result-schema';
import type { CostBasis } from './cost-basis';
import { nearestRank, valuesAtRanks } from './statistics';

// The figures a screen shows, rounded once, here: whole dollars, so that the parts shown add up to the
// total shown (premium + care = total; care before the account − the account's part = care). The
// renderer, the PDF, the CSV and the CLI print them as they are and never add or round money themselves.

const toDollar = (cents: number): number => Math.round(cents / 100) * 100;

/**
 * From exact amounts (possibly fractional cents: averages) to shown parts. `careBeforeAccount` is what
 * was paid out of pocket, `account` the part the employer's HSA/HRA money covered.
 */
export function costFigures(premiumCents: number | null, careBeforeAccount: number, account: number): CostFigures {
  const care = careBeforeAccount - account;
  if (premiumCents === null) {
    const shownCare = toDollar(care);
    const shownAccount = account > 0 ? toDollar(account) : 0;
    return { premiumCents: null, careBeforeAccountCents: shownCare + shownAccount, accountCents: shownAccount, careCents: shownCare, totalCents: null };
  }
  const totalCents = toDollar(premiumCents + care);
  const shownPremium = toDollar(premiumCents);
  const careCents = totalCents - shownPremium;
  const accountCents = account > 0 ? toDollar(account) : 0;
  return { premiumCents: shownPremium, careBeforeAccountCents: careCents + accountCents, accountCents, careCents, totalCents };
}

/**
 * Several enrollments' shown figures added part by part (an arrangement of who enrolls where): each part
 * already rounded, so the sum's parts still add up to its total; an unknown premium counts as nothing.
 */
export function sumFigures(parts: readonly CostFigures[]): CostFigures {
  const add = (pick: (f: CostFigures) => number | null): number => parts.reduce((n, f) => n + (pick(f) ?? 0), 0);
  return {
    premiumCents: add((f) => f.premiumCents),
    careBeforeAccountCents: add((f) => f.careBeforeAccountCents),
    accountCents: add((f) => f.accountCents),
    careCents: add((f) => f.careCents),
    totalCents: add((f) => f.totalCents),
  };
}

/** One year's figures under a plan's basis: out of pocket paid from the account first. */
export function yearFigures(basis: CostBasis, outOfPocketCents: number): CostFigures {
  return costFigures(basis.premiumBasisCents, outOfPocketCents, Math.min(outOfPocketCents, basis.accountCents));
}

/** The average of the simulated years, in shown parts: the headline "expected cost for the year". */
export function expectedFigures(basis: CostBasis, outOfPocket: Float64Array): CostFigures {
  let gross = 0;
  let fromAccount = 0;
  for (let k = 0; k < outOfPocket.length; k++) {
    const oop = outOfPocket[k] as number;
    gross += oop;
    fromAccount += oop < basis.accountCents ? oop : basis.accountCents;
  }
  const n = Math.max(1, outOfPocket.length);
  return costFigures(basis.premiumBasisCents, gross / n, fromAccount / n);
}

/**
 * The simulated years at the median, at the 1-in-10 bad year (90th percentile) and the worst, found by
 * the same nearest-rank rule as the summary's percentiles, so opening "the median year" shows a year
 * whose total is the median shown. Ties go to the earliest year. `summarized`: the values summarize() selected.
 */
export function yearMarkers(values: Float64Array, summarized?: readonly number[]): YearMarkers {
  const n = values.length;
  // summarize(values, selected) found the same ranks already (its p50, p90 and max): no second selection.
  const [median, bad, worst] = (summarized?.length === 5 ? summarized.slice(2) : valuesAtRanks(values, [nearestRank(n, 0.5), nearestRank(n, 0.9), n])) as [
    number,
    number,
    number,
  ];
  const find = (target: number): number => {
    for (let k = 0; k < n; k++) if (values[k] === target) return k;
    return 0;
  };
  return { median: find(median), bad: find(bad), worst: find(worst) };
}
