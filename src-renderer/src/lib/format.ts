import { formatCents } from '../../../src-shared/money';

// Every amount on screen goes through here: dollars with thousands separators, and a plain word instead
// of NaN, undefined or $0 when a figure is not known.

/** Whole dollars ("$7,161") for yearly figures. */
export function dollars(cents: number | null | undefined): string {
  return typeof cents === 'number' && Number.isFinite(cents) ? formatCents(cents, true) : 'Not known';
}

/** Dollars and cents ("$15.00") for single claims. */
export function money(cents: number | null | undefined): string {
  return typeof cents === 'number' && Number.isFinite(cents) ? formatCents(cents) : 'Not known';
}

/** "62%" (share of simulated years); "less than 1%" rather than a misleading 0%. */
export function share(p: number | null | undefined): string {
  if (typeof p !== 'number' || !Number.isFinite(p)) return 'Not known';
  const pct = Math.round(p * 100);
  if (pct === 0 && p > 0) return 'less than 1%';
  if (pct === 100 && p < 1) return 'more than 99%';
  return `${pct}%`;
}

export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}
