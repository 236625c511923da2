import { formatCents } from '../money';
import { CostShare } from '../plan-schema';
import { describeCostShare } from './describe';
import { readCell, type CellReading, type ReadUnit } from './read-cell';
import { diagnose, Refusal } from './refusals';
import { normalizeCostShareText } from './text-cursor';
import type { CopayUnit } from './vocabulary';

// Reads what an SBC or FEHB brochure prints in a "You pay" cell into the CostShare the engine prices
// with, or refuses it with a reason. It never guesses: text the grammar (read-cell.ts) does not consume
// in full, or a reading the schema cannot hold exactly, is refused.

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
}

const MAX_CENTS = 100_000_000_000;
/** Longer than any SBC cell; keeps the reading of pasted pages fast and the messages short. */
const MAX_TEXT = 300;
const money = (amount: number): string => formatCents(amount, amount % 100 === 0);

function checkAmount(amountCents: number, what: string): void {
  if (amountCents > MAX_CENTS) {
    throw new Refusal(
      `The ${what} ${money(amountCents)} is larger than any plan charges (at most ${money(MAX_CENTS)}). Check the SBC; for example "$1,000 copay/admission".`,
    );
  }
}

function checkPercent(percent: number): void {
  if (percent > 100) {
    throw new Refusal(`"${percent}%" is more than 100%: a member never pays more than the allowed amount. Check the SBC; for example "20% coinsurance".`);
  }
}

/** Settles the units a cell named into one. "$3 per product per day" is counted by the day. */
function settleUnit(units: readonly ReadUnit[], hint: CopayUnit): CopayUnit {
  const named = [...new Set(units.filter((u): u is CopayUnit => u !== 'any'))];
  const [first, second] = named;
  if (first === undefined) return hint;
  if (second === undefined) return first;
  if (named.length === 2 && named.includes('day') && named.includes('item')) return 'day';
  throw new Refusal(
    `This cell names two units ("per ${first}" and "per ${second}"). Keep the one the copay is counted by, for example "$500/day" or "$750/admission".`,
  );
}

function toCostShare(r: CellReading, hint: CopayUnit): CostShare {
  const body = r.body;
  if (body.kind === 'nothing') return { kind: 'nothing' };
  if (body.kind === 'not_covered') {
    if (r.deductibleApplies) {
      throw new Refusal('A service that is "Not covered" never goes through the deductible: the member pays it all. Type just "Not covered".');
    }
    if (r.visitLimitPerYear !== undefined) {
      throw new Refusal(
        'A visit limit on a service that is "Not covered" means nothing. Type the cost of the covered visits, for example "$15 copay/visit, limited to 20 visits per year".',
      );
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
      throw new Refusal(`"For the first ${r.firstDays} days" needs a copay per day, for example "$250 copay per day for the first 5 days of each admission".`);
    }
    // A per-day copay for the first N days of each stay costs exactly what a per-day copay capped at N days does.
    cap = body.amountCents * r.firstDays;
  }
  if (cap !== undefined && cap < body.amountCents) {
    throw new Refusal(
      `The cap (${money(cap)}) is less than the copay (${money(body.amountCents)}). Check the SBC; for example "$500/day up to $1,000/admission".`,
    );
  }
  const capField = cap === undefined ? {} : { maxPerClaimCents: cap };
  if (body.percent === undefined) return { kind: 'copay', amountCents: body.amountCents, unit, ...capField };
  checkPercent(body.percent);
  return { kind: 'copay_plus_coinsurance', amountCents: body.amountCents, unit, percent: body.percent, ...capField };
}

function read(text: string, hint: CopayUnit): ParsedCostShare {
  const r = readCell(text);
  if (r.deductibleApplies && r.deductibleWaived) {
    throw new Refusal('This cell says both that the deductible applies and that it does not. Keep one, for example "20% coinsurance after deductible".');
  }
  const limit = r.visitLimitPerYear;
  if (limit !== undefined && (limit < 1 || limit > 1000)) {
    throw new Refusal(`A visit limit of ${limit} a year cannot be right: it must be from 1 to 1,000, for example "limited to 20 visits per year".`);
  }
  const checked = CostShare.safeParse(toCostShare(r, hint));
  // The checks above should leave nothing for the schema to refuse; this keeps a future gap from passing.
  if (!checked.success) throw new Refusal(`This cost cannot be stored (${checked.error.issues[0]?.message ?? 'invalid'}). Try, for example "$30 copay/visit".`);
  const costShare = checked.data;
  const afterDeductible = r.deductibleApplies && costShare.kind !== 'not_covered';
  const extras = {
    ...(r.deductibleWaived ? { deductibleWaived: true } : {}),
    ...(limit !== undefined ? { visitLimitPerYear: limit } : {}),
  };
  return { ok: true, costShare, afterDeductible, ...extras, reading: describeCostShare(costShare, afterDeductible, extras) };
}

/**
 * Reads one "You pay" cell: "$30 copay/visit", "20% coinsurance after deductible", "$500/day up to
 * $1,000/admission", "No charge", "Not covered", "$15 copay/visit, limited to 20 visits per year".
 * Never throws: what it cannot read comes back as { ok: false, error } with the reason and an example.
 */
export function parseCostShareText(text: string, options: ParseCostShareOptions = {}): ParsedCostShare {
  if (text.length > MAX_TEXT) {
    return {
      ok: false,
      error: `The cell is ${text.length} characters long; one SBC cell is at most ${MAX_TEXT}. Type only the cost, for example "$30 copay/visit".`,
    };
  }
  const normalized = normalizeCostShareText(text);
  if (normalized === '') {
    return { ok: false, error: 'The cell is empty. Type what the SBC prints, for example "$30 copay/visit" or "No charge".' };
  }
  try {
    return read(normalized, options.unitHint ?? 'visit');
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return { ok: false, error: (e.unread ? diagnose(normalized) : null) ?? e.message };
  }
}
