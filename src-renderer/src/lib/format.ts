import { getLocale, m, type Language } from '../../../src-shared/i18n';
import { shortDate as dateShort } from '../../../src-shared/i18n/terms';
import { formatCents, formatNumber } from '../../../src-shared/money';

// Every amount on screen goes through here: dollars with thousands separators, and a plain word instead
// of NaN, undefined or $0 when a figure is not known. In the language on screen unless one is given
// (the report and the CSV give the handout's); es-US writes money as en-US does ("$7,161").

/** Whole dollars ("$7,161") for yearly figures. */
export function dollars(cents: number | null | undefined, lang: Language = getLocale()): string {
  return typeof cents === 'number' && Number.isFinite(cents) ? formatCents(cents, true, lang) : m.not_known({}, { locale: lang });
}

/** Dollars and cents ("$15.00") for single claims. */
export function money(cents: number | null | undefined, lang: Language = getLocale()): string {
  return typeof cents === 'number' && Number.isFinite(cents) ? formatCents(cents, false, lang) : m.not_known({}, { locale: lang });
}

/** "62%" (share of simulated years); "less than 1%" rather than a misleading 0%. */
export function share(p: number | null | undefined, lang: Language = getLocale()): string {
  if (typeof p !== 'number' || !Number.isFinite(p)) return m.not_known({}, { locale: lang });
  const pct = Math.round(p * 100);
  if (pct === 0 && p > 0) return m.share_less_than_1({}, { locale: lang });
  if (pct === 100 && p < 1) return m.share_more_than_99({}, { locale: lang });
  return `${pct}%`;
}

/** "10,000" simulated years. */
export function count(n: number, lang: Language = getLocale()): string {
  return formatNumber(n, lang);
}

/** "Jun 15" / "15 jun". */
export function shortDate(iso: string, lang: Language = getLocale()): string {
  return dateShort(iso, lang);
}
