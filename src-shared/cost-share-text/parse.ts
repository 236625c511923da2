import type { Language } from '../i18n';
import { formatCents } from '../money';
import { CostShare } from '../plan-schema';
import { describeCostShare } from './describe';
import { readCell, type CellReading, type ReadUnit } from './read-cell';
import { diagnose, refuse, Refusal, words } from './refusals';
import { normalizeCostShareText } from './text-cursor';
import type { CopayUnit } from './vocabulary';

// Reads what an SBC or FEHB brochure prints in a "You pay" cell into the CostShare the engine prices
// with, or refuses it with a reason. It never guesses: text the grammar (read-cell.ts) does not consume
// in full, or a reading the schema cannot hold exactly, is refused. The refusal is said in the language
// asked for (English by default, word for word as before); what is read never depends on it.

export type ParsedCostShare =
  | {
      ok: true;
      costShare: CostShare;
      afterDeductible: boolean;
      /** The cell said outright that the deductible does not apply ("no deductible"). */
      deductibleWaived?: boolean;
      visitLimitPerYear?: number;
      /** describeCostShare of the result: what the editor shows under the cell. */
      reading: string;
    }
  | { ok: false; error: string };

export interface ParseCostShareOptions {
  /**
   * The unit of the service the cell belongs to (ambulance → 'trip', hospital stay → 'admission').
   * SBC cells often drop the unit because the row already names the service ("$1,000" in the hospital
   * row). Without a hint the unit is 'visit', the unit of most SBC rows. The choice only matters for
   * 'day', which multiplies by the days of a stay; every other unit is charged once per claim, so a
   * wrong non-day default changes the wording, never a number. A unit printed in the cell always wins.
   */
  unitHint?: CopayUnit;
  /**
   * The language of the refusal (`error`) and of the `reading`: English by default. Only the words change;
   * what the cell is read as, and so what a plan stores, is the same in every language.
   */
  lang?: Language;
}

const MAX_CENTS = 100_000_000_000;
/** Longer than any SBC cell; keeps the reading of pasted pages fast and the messages short. */
const MAX_TEXT = 300;
const money = (amount: number, lang: Language): string => formatCents(amount, amount % 100 === 0, lang);

function checkAmount(amountCents: number, what: 'cap' | 'copay'): void {
  if (amountCents > MAX_CENTS) {
    const amounts = (lang: Language) => ({ amount: money(amountCents, lang), max: money(MAX_CENTS, lang) });
    throw what === 'cap' ? refuse('cell_r_cap_too_large', amounts) : refuse('cell_r_copay_too_large', amounts);
  }
}

function checkPercent(percent: number): void {
  if (percent > 100) throw refuse('cell_r_over_100', { percent });
}

/** Settles the units a cell named into one. "$3 per product per day" is counted by the day. */
function settleUnit(units: readonly ReadUnit[], hint: CopayUnit): CopayUnit {
  const named = [...new Set(units.filter((u): u is CopayUnit => u !== 'any'))];
  const [first, second] = named;
  if (first === undefined) return hint;
  if (second === undefined) return first;
  if (named.length === 2 && named.includes('day') && named.includes('item')) return 'day';
  throw refuse('cell_r_two_units', { first, second });
}

function toCostShare(r: CellReading, hint: CopayUnit): CostShare {
  const body = r.body;
  if (body.kind === 'nothing') return { kind: 'nothing' };
  if (body.kind === 'not_covered') {
    if (r.deductibleApplies) {
      throw refuse('cell_r_not_covered_deductible');
    }
    if (r.visitLimitPerYear !== undefined) {
      throw refuse('cell_r_not_covered_limit');
    }
    return { kind: 'not_covered' };
  }
  let cap = r.capCents;
  if (cap !== undefined) checkAmount(cap, 'cap');
  if (body.kind === 'coinsurance') {
    checkPercent(body.percent);
    return cap === undefined ? { kind: 'coinsurance', percent: body.percent } : { kind: 'coinsurance', percent: body.percent, maxPerClaimCents: cap };
  }
  checkAmount(body.amountCents, 'copay');
  const unit = settleUnit(body.units, hint);
  if (r.firstDays !== undefined) {
    if (unit !== 'day') {
      throw refuse('cell_r_first_days_per_day', { days: r.firstDays });
    }
    // A per-day copay for the first N days of each stay costs exactly what a per-day copay capped at N days does.
    cap = body.amountCents * r.firstDays;
  }
  if (cap !== undefined && cap < body.amountCents) {
    const capCents = cap;
    throw refuse('cell_r_cap_below_copay', (lang) => ({ cap: money(capCents, lang), copay: money(body.amountCents, lang) }));
  }
  const capField = cap === undefined ? {} : { maxPerClaimCents: cap };
  if (body.percent === undefined) return { kind: 'copay', amountCents: body.amountCents, unit, ...capField };
  checkPercent(body.percent);
  return { kind: 'copay_plus_coinsurance', amountCents: body.amountCents, unit, percent: body.percent, ...capField };
}

function read(text: string, hint: CopayUnit, lang: Language): ParsedCostShare {
  const r = readCell(text);
  if (r.deductibleApplies && r.deductibleWaived) {
    throw refuse('cell_r_deductible_both');
  }
  const limit = r.visitLimitPerYear;
  if (limit !== undefined && (limit < 1 || limit > 1000)) {
    throw refuse('cell_r_limit_range', { limit });
  }
  const checked = CostShare.safeParse(toCostShare(r, hint));
  // The checks above should leave nothing for the schema to refuse; this keeps a future gap from passing.
  // Its detail is zod's own English in both languages.
  if (!checked.success) throw refuse('cell_r_schema', { issue: checked.error.issues[0]?.message ?? 'invalid' });
  const costShare = checked.data;
  const afterDeductible = r.deductibleApplies && costShare.kind !== 'not_covered';
  const extras = {
    ...(r.deductibleWaived ? { deductibleWaived: true } : {}),
    ...(limit !== undefined ? { visitLimitPerYear: limit } : {}),
  };
  return { ok: true, costShare, afterDeductible, ...extras, reading: describeCostShare(costShare, afterDeductible, extras, lang) };
}

/**
 * Reads one "You pay" cell: "$30 copay/visit", "20% coinsurance after deductible", "$500/day up to
 * $1,000/admission", "No charge", "Not covered", "$15 copay/visit, limited to 20 visits per year".
 * Never throws: what it cannot read comes back as { ok: false, error } with the reason and an example, in
 * `options.lang` (English by default).
 */
export function parseCostShareText(text: string, options: ParseCostShareOptions = {}): ParsedCostShare {
  const lang = options.lang ?? 'en';
  if (text.length > MAX_TEXT) return { ok: false, error: words('cell_r_too_long', { length: text.length, max: MAX_TEXT })(lang) };
  const normalized = normalizeCostShareText(text);
  if (normalized === '') return { ok: false, error: words('cell_r_empty')(lang) };
  try {
    return read(normalized, options.unitHint ?? 'visit', lang);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const said = (e.unread ? diagnose(normalized) : null) ?? e.words;
    return { ok: false, error: said(lang) };
  }
}
