import type { Premium } from '../../src-shared/pricing-schema';

// What a year costs the household under one plan, in the basis the comparison uses: the employee's
// premium (pre-tax under FEHB, so × (1 − tax rate) when a rate is given) plus what was paid out of pocket
// beyond the employer's HSA/HRA money for that plan (paid from the account first; unused account money is
// not counted as a gain). An unknown premium makes the total unknown: never priced as $0.

export interface CostBasis {
  premium: Premium;
  /** The premium as it counts in the comparison (after tax when a rate is given), or null if unknown. */
  premiumBasisCents: number | null;
  accountCents: number;
}

export function costBasis(premium: Premium, taxRatePercent: number | undefined, accountCents: number): CostBasis {
  let premiumBasisCents: number | null = null;
  if (premium.known) {
    premiumBasisCents = taxRatePercent === undefined ? premium.annualEmployeeCents : Math.round((premium.annualEmployeeCents * (100 - taxRatePercent)) / 100);
  }
  return { premium, premiumBasisCents, accountCents };
}

/** Out-of-pocket left after the account pays its part. */
export function netOutOfPocket(basis: CostBasis, outOfPocketCents: number): number {
  return Math.max(0, outOfPocketCents - basis.accountCents);
}

export function yearTotal(basis: CostBasis, outOfPocketCents: number): number | null {
  return basis.premiumBasisCents === null ? null : basis.premiumBasisCents + netOutOfPocket(basis, outOfPocketCents);
}
