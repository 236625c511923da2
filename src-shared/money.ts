import { z } from 'zod';

// Money is integer cents everywhere inside the app. Dollars appear only at the edges (files a person
// types, the command line's JSON, the screen), and are converted here and nowhere else.

/** A non-negative whole number of cents. */
export const Cents = z.int().nonnegative().max(100_000_000_000);
export type Cents = z.infer<typeof Cents>;

/** A dollar amount as a person writes it: non-negative, at most two decimals. */
export const Dollars = z
  .number()
  .nonnegative()
  .max(1_000_000_000)
  .refine((n) => Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
    message: 'expected a dollar amount with at most two decimals',
  });

export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/** Cents as a dollar number with at most two decimals (for JSON output). */
export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const usdWhole = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** "$1,234.50"; whole dollars drop the cents ("$1,234") when `whole` is set. */
export function formatCents(cents: number, whole = false): string {
  return (whole ? usdWhole : usd).format(cents / 100);
}
