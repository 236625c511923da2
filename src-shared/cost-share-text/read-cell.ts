import { formatCents } from '../money';
import { refuse, unreadRefusal } from './refusals';
import { TextCursor } from './text-cursor';
import {
  CAP_INTRO,
  CAP_MAX_WORD,
  CLAUSE_SEPARATOR,
  COINSURANCE_WORD,
  COMBO_JOIN,
  COPAY_WORD,
  DEDUCTIBLE_APPLIES,
  DEDUCTIBLE_WAIVED,
  FIRST_DAYS,
  MONEY,
  NOT_COVERED,
  NOTHING,
  OF_ALLOWANCE,
  PERCENT,
  UNIT_INTRO,
  UNIT_NOUNS,
  UNIT_OR,
  UNIT_QUALIFIER,
  VISIT_LIMIT,
  YOU_PAY,
  type CopayUnit,
} from './vocabulary';

// The grammar of one "You pay" cell, read left to right. A cell is a cost (nothing, not covered, a copay,
// a coinsurance, or a copay then a coinsurance) followed by clauses: deductible wording, a cap per
// claim, a visit limit. Every character must be consumed; whatever is left over refuses the cell.

/** A unit as read from the text; 'any' is a noun that names no unit ("per occurrence"). */
export type ReadUnit = CopayUnit | 'any';

/** What the grammar read, before units are settled and amounts are checked. */
export interface CellReading {
  body:
    | { kind: 'nothing' }
    | { kind: 'not_covered' }
    | { kind: 'copay'; amountCents: number; units: ReadUnit[]; percent?: number }
    | { kind: 'coinsurance'; percent: number };
  capCents?: number;
  /** "for the first 5 days of each admission". */
  firstDays?: number;
  deductibleApplies: boolean;
  deductibleWaived: boolean;
  visitLimitPerYear?: number;
}

function cents(m: RegExpExecArray): number {
  const dollars = Number((m[1] ?? '0').replace(/,/g, ''));
  const fraction = Number((m[2] ?? '').padEnd(2, '0'));
  return dollars * 100 + fraction;
}

const dollars = (amount: number): string => formatCents(amount, amount % 100 === 0);

export function readCell(text: string): CellReading {
  const c = new TextCursor(text);
  const r: CellReading = { body: { kind: 'nothing' }, deductibleApplies: false, deductibleWaived: false };
  readCost(c, r, text);
  readClauses(c, r, text);
  return r;
}

/** The cost: nothing, not covered, a copay (then perhaps a coinsurance), or a coinsurance. */
function readCost(c: TextCursor, r: CellReading, text: string): void {
  c.eat(YOU_PAY);
  if (c.eat(NOTHING)) r.body = { kind: 'nothing' };
  else if (c.eat(NOT_COVERED)) r.body = { kind: 'not_covered' };
  else {
    const money = c.eat(MONEY);
    if (money) {
      deductibleMarks(c, r);
      c.eat(COPAY_WORD);
      deductibleMarks(c, r);
      const body: CellReading['body'] = { kind: 'copay', amountCents: cents(money), units: units(c) };
      deductibleMarks(c, r);
      const percent = c.attempt(() => {
        c.eat('[,;]');
        return c.eat(COMBO_JOIN) ? percentPhrase(c) : null;
      });
      if (percent !== null) body.percent = percent;
      r.body = body;
    } else {
      const percent = percentPhrase(c);
      if (percent === null) throw unreadRefusal(c.rest(), text);
      r.body = { kind: 'coinsurance', percent };
    }
  }
}

/** The clauses after the cost, in any order, each at most once: deductible wording, a cap, a visit limit, first days. */
function readClauses(c: TextCursor, r: CellReading, text: string): void {
  const costs = r.body.kind === 'copay' || r.body.kind === 'coinsurance';
  for (;;) {
    deductibleMarks(c, r);
    const beforeSeparators = c.position;
    while (c.eat(CLAUSE_SEPARATOR));
    const afterSeparator = c.position !== beforeSeparators;
    if (c.atEnd()) {
      // Normalizing dropped trailing punctuation, so what is left here is a dangling "and".
      if (afterSeparator) throw unreadRefusal(text.slice(beforeSeparators).trim(), text);
      break;
    }
    const before = c.position;
    deductibleMarks(c, r);
    if (c.position !== before) continue;

    const limit = c.eat(VISIT_LIMIT);
    if (limit) {
      if (r.visitLimitPerYear !== undefined) throw refuse('cell_r_two_limits');
      r.visitLimitPerYear = Number(limit[1]);
      continue;
    }
    if (costs && r.capCents === undefined && r.firstDays === undefined) {
      const capCents = cap(c, afterSeparator);
      if (capCents !== null) {
        r.capCents = capCents;
        continue;
      }
    }
    const first = r.body.kind === 'copay' && r.firstDays === undefined && r.capCents === undefined ? c.eat(FIRST_DAYS) : null;
    if (first) {
      r.firstDays = Number(first[1]);
      if (first[2] === undefined) {
        const perDay = r.body.kind === 'copay' ? r.body.amountCents : 0;
        // The cell to type instead is SBC text, so its amounts are written as an SBC writes them, in any language.
        throw refuse('cell_r_first_days_stay', { text: first[0], perDay: dollars(perDay), cap: dollars(perDay * r.firstDays) });
      }
      continue;
    }
    throw unreadRefusal(c.rest(), text);
  }
}

/** Deductible wording and the FEHB "*" may sit after any part of the cost ("$300*", "$200 after the deductible per visit"). */
function deductibleMarks(c: TextCursor, r: CellReading): void {
  for (;;) {
    if (c.eat(String.raw`\*+`) || c.eat(DEDUCTIBLE_APPLIES)) r.deductibleApplies = true;
    else if (c.eat(DEDUCTIBLE_WAIVED)) r.deductibleWaived = true;
    else return;
  }
}

function unitNoun(c: TextCursor): ReadUnit | null {
  for (let i = 0; i < 3 && c.eat(UNIT_QUALIFIER); i++);
  for (const [source, unit] of UNIT_NOUNS) if (c.eat(source)) return unit;
  return null;
}

/** "per visit", "/day", "per prescription or refill", "per product per day": every unit named. */
function units(c: TextCursor): ReadUnit[] {
  const found: ReadUnit[] = [];
  for (;;) {
    const first = c.attempt(() => (c.eat(UNIT_INTRO) ? unitNoun(c) : null));
    if (first === null) return found;
    found.push(first);
    for (;;) {
      const more = c.attempt(() => (c.eat(UNIT_OR) ? unitNoun(c) : null));
      if (more === null) break;
      found.push(more);
    }
  }
}

function percentPhrase(c: TextCursor): number | null {
  const m = c.eat(PERCENT);
  if (!m) return null;
  c.eat(COINSURANCE_WORD);
  c.eat(OF_ALLOWANCE);
  return Number(m[1]);
}

/**
 * "up to $1,000 per admission", or after a separator "($1,000 maximum per admission)". A cap counted
 * per day or per year cannot be stored.
 */
function cap(c: TextCursor, afterSeparator: boolean): number | null {
  const amount = c.attempt(() => {
    if (c.eat(CAP_INTRO)) {
      const m = c.eat(MONEY);
      c.eat(CAP_MAX_WORD);
      return m;
    }
    const m = afterSeparator ? c.eat(MONEY) : null;
    return m && c.eat(CAP_MAX_WORD) ? m : null;
  });
  if (amount === null) return null;
  if (units(c).includes('day')) {
    throw refuse('cell_r_cap_per_day');
  }
  return cents(amount);
}
