import type { AccountKind } from '../../../src-shared/account-money';
import { centsToDollars, dollarsToCents } from '../../../src-shared/money';

// The two money inputs a session adds to the household: employer HSA/HRA money per plan and price
// overrides per service. The form holds dollars as typed (NaN when the field holds something that is not
// a number, so the schema can name it); the request holds integer cents, and only what was entered.

/** Dollars by key as the form holds them; an absent key is an empty field. */
export type DollarsByKey<K extends string> = Partial<Record<K, number>>;

/** A typed amount the schema will accept: a finite number, zero or more. */
export function isDollarAmount(n: number | undefined): boolean {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}

/**
 * Employer account money for the request: cents for each plan of the plan set with an amount. An empty
 * field and $0 both mean "no account"; a plan outside the plan set (the counselor changed the set) is left
 * out but kept in the form. A bad amount (negative, not a number) is passed on so the schema names it.
 */
export function accountCentsInput(dollarsByPlan: DollarsByKey<string>, planIds: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of planIds) {
    const dollars = dollarsByPlan[id];
    if (dollars === undefined || dollars === 0) continue;
    out[id] = Number.isFinite(dollars) ? dollarsToCents(dollars) : Number.NaN;
  }
  return out;
}

/**
 * Whether each plan's account money is HSA or HRA money, for the plans `accounts` has an amount for: the
 * counselor's choice, HSA when none was made (the form shows HSA selected), so the IRS limit is checked.
 */
export function accountKindsInput(accounts: Readonly<Record<string, number>>, kinds: Partial<Record<string, AccountKind>>): Record<string, AccountKind> {
  const out: Record<string, AccountKind> = {};
  for (const id of Object.keys(accounts)) out[id] = kinds[id] ?? 'hsa';
  return out;
}

/** Price overrides for the request: cents for every service with an amount ($0 is a price: free care). */
export function priceOverridesInput<K extends string>(dollarsByService: DollarsByKey<K>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [code, dollars] of Object.entries(dollarsByService) as [K, number | undefined][]) {
    if (dollars === undefined) continue;
    out[code] = Number.isFinite(dollars) ? dollarsToCents(dollars) : Number.NaN;
  }
  return out;
}

/** A copy of `amounts` with `key` set to `dollars`, or without it when null (the field was emptied). */
export function withAmount<K extends string>(amounts: DollarsByKey<K>, key: K, dollars: number | null): DollarsByKey<K> {
  const next: DollarsByKey<K> = { ...amounts };
  if (dollars === null) delete next[key];
  else next[key] = dollars;
  return next;
}

/** A saved request's cents back into the form's dollars (opening a saved session or a session file). */
export function dollarsFromCents<K extends string>(cents: Partial<Record<K, number>> | undefined): DollarsByKey<K> {
  const out: DollarsByKey<K> = {};
  for (const [key, value] of Object.entries(cents ?? {}) as [K, number | undefined][]) {
    if (value !== undefined) out[key] = centsToDollars(value);
  }
  return out;
}

/**
 * What a dollar field holds: null when empty, NaN when it holds something that is not a number (a number
 * field then reports an empty value with `validity.badInput`, so "empty" alone would hide the mistake).
 */
export function typedDollars(input: { value: string; valueAsNumber: number; validity: { badInput: boolean } }): number | null {
  if (input.validity.badInput) return Number.NaN;
  if (input.value.trim() === '') return null;
  return Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : Number.NaN;
}
