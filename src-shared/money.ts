import { z } from 'zod';
import { intlLocale, type Language } from './i18n/language';

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

const FORMATS = new Map<string, Intl.NumberFormat>();

function usd(lang: Language, whole: boolean): Intl.NumberFormat {
  const key = `${lang}|${whole}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'USD', ...(whole ? { maximumFractionDigits: 0 } : {}) });
    FORMATS.set(key, format);
  }
  return format;
}

/** "$1,234.50"; whole dollars drop the cents ("$1,234") when `whole` is set. In US English or US Spanish (es-US). */
export function formatCents(cents: number, whole = false, lang: Language = 'en'): string {
  return usd(lang, whole).format(cents / 100);
}

/** A count or figure with the language's separators: "10,000". */
export function formatNumber(n: number, lang: Language = 'en', options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(intlLocale(lang), options);
}
