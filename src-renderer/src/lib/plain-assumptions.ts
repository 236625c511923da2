import type { CompareResult } from '../../../src-shared/compare-result-schema';
import { m, type Language } from '../../../src-shared/i18n';
import { longDate } from '../../../src-shared/i18n/terms';
import type { ConditionId, UsagePresetId } from '../../../src-shared/household-schema';
import { formatNumber } from '../../../src-shared/money';
import type { ServiceCode } from '../../../src-shared/services';
import type { MemberDraft } from '../state/member-draft';
import { accountMoneyLine, changedPricesLine, type PriceRow } from './price-rows';

// "What we assumed", in plain words a family can read, in the handout's (or the screen's) language: how
// much care each person was given, the prices, the employer account, tax and the tried years — with the
// household's own names, and no seeds, file names or price-trend arithmetic (those stay in `cli compare`).

type Message = (inputs: { who: string; extra: string }, options: { locale: Language }) => string;
const MEMBER: Record<UsagePresetId, Message> = {
  none: m.assume_member_none,
  low: m.assume_member_low,
  typical: m.assume_member_typical,
  high: m.assume_member_high,
};
const CONDITION: Record<ConditionId, (inputs: Record<string, never>, options: { locale: Language }) => string> = {
  type2_diabetes: m.assume_condition_type2_diabetes,
  asthma: m.assume_condition_asthma,
  depression_in_treatment: m.assume_condition_depression_in_treatment,
  chronic_specialty_drug: m.assume_condition_chronic_specialty_drug,
};

function and(items: string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return m.assume_and({ a: items.slice(0, -1).join(', '), b: items[items.length - 1] as string }, { locale: lang });
}

export interface PlainAssumptionsInput {
  members: readonly MemberDraft[];
  /** The household's titles in `lang` ("Ana (Spouse)"). */
  titles: readonly string[];
  result: Pick<CompareResult, 'plans' | 'basis' | 'simulations'>;
  priceYear: string | number;
  /** The prices this result was priced with, and the price rows in `lang`. */
  overrides: Partial<Record<ServiceCode, number>> | undefined;
  rows: readonly PriceRow[];
  lang: Language;
}

export function plainAssumptions({ members, titles, result, priceYear, overrides, rows, lang }: PlainAssumptionsInput): string[] {
  const o = { locale: lang };
  const list: string[] = [];
  members.forEach((p, i) => {
    const who = titles[i] ?? p.relationship;
    const conditions = p.usage.conditions.map((c) => CONDITION[c]({}, o));
    const extra =
      (conditions.length ? m.assume_conditions({ conditions: and(conditions, lang) }, o) : '') +
      (Object.keys(p.usage.counts).length ? m.assume_own_counts({}, o) : '');
    list.push(MEMBER[p.usage.preset]({ who, extra }, o));
  });
  const window = result.plans[0]?.planYear;
  for (const p of members) {
    for (const e of p.events) {
      if (e.type !== 'baby') continue;
      const inside = !window || (e.dueDate >= window.start && e.dueDate <= window.end);
      list.push(inside ? m.assume_baby({ date: longDate(e.dueDate, lang) }, o) : m.assume_baby_outside({ date: longDate(e.dueDate, lang) }, o));
    }
  }
  list.push(m.assume_prices({ year: String(priceYear) }, o));
  const prices = changedPricesLine(overrides, rows, lang);
  if (prices) list.push(prices);
  list.push(m.assume_network({}, o));
  const accounts = accountMoneyLine(result.plans, lang);
  if (accounts) list.push(accounts);
  const rate = result.basis.taxRatePercent;
  if (rate !== null) list.push(m.assume_tax({ rate: formatNumber(rate, lang), kept: formatNumber(100 - rate, lang) }, o));
  if (result.plans.length > 0) list.push(m.assume_years({ years: formatNumber(result.simulations, lang) }, o));
  return list;
}

/** A source's citation without the app's own bookkeeping ("Copied from seeds/001_….txt."): only what a family can look up. */
export function publicCitation(citation: string): string {
  return citation
    .split(/(?<=\.)\s+/)
    .filter((sentence) => !/\b(copied from|seeds?\/)|[\w-]+\/[\w./-]+\.(txt|json|pdf|md)\b/i.test(sentence))
    .join(' ')
    .trim()
    .replace(/([^.])$/, '$1.');
}
