import { m as msg } from './i18n';
import { formatCents } from './money';

// Reading what a person types into a form field: dollar amounts, whole numbers and one-per-line lists.
// Each reader answers a value or a message that names the field and shows an example that works, in the
// language on screen (the label comes in that language too).

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const DOLLARS = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const MAX_CENTS = 100_000_000_000;

/** "$2,000", "2000", "$39.23" → cents. An empty field is null (not given), never zero. */
export function readDollars(text: string, label: string): Read<number | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const m = DOLLARS.exec(t);
  if (!m) {
    const hint = /^-/.test(t) ? msg.form_negative() : '';
    return { ok: false, error: msg.form_not_dollars({ label, text: t, hint }) };
  }
  const cents = Number((m[1] ?? '0').replaceAll(',', '')) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (cents > MAX_CENTS) return { ok: false, error: msg.form_too_much({ label, amount: formatCents(cents) }) };
  return { ok: true, value: cents };
}

/** Cents as the form shows them: whole dollars without cents ("$2,000"), otherwise "$39.23". */
export function dollarsText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return formatCents(cents, cents % 100 === 0);
}

/** A whole number within bounds; an empty field is null. */
export function readWhole(text: string, label: string, min: number, max: number): Read<number | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d+$/.test(t)) return { ok: false, error: msg.form_whole({ label, min, max }) };
  const n = Number(t);
  if (n < min || n > max) return { ok: false, error: msg.form_outside({ label, n, min, max }) };
  return { ok: true, value: n };
}

/** One item a line; blank lines are dropped and spaces trimmed. */
export function readLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The text a list is shown as. A line break inside an item becomes a space, since a line is an item. */
export function linesText(items: readonly string[]): string {
  return items.map((i) => i.replace(/\s*\r?\n\s*/g, ' ')).join('\n');
}
