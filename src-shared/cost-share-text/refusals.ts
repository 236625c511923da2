import { m, type Language } from '../i18n';
import { DEDUCTIBLE_APPLIES, DEDUCTIBLE_WAIVED } from './vocabulary';

// Why a cell was refused, in words an HR administrator can act on. Every message names what could not
// be read and ends with an example that does work.
//
// The words are the messages of messages/cells (`cell_r_…`), said in the language asked for: English by
// default, word for word what the parser always said (its callers and tests read the English), Spanish for
// the plan editor when the screen is in Spanish. The examples stay English in both: a cell is typed as the
// SBC prints it, and only English is read. A refusal is never stored; it is said where it is shown.

/** The refusal's sentence in a language. */
export type RefusalWords = (lang: Language) => string;

type RefusalKey = Extract<keyof typeof m, `cell_r_${string}`>;
type Inputs<K extends RefusalKey> = Parameters<(typeof m)[K]>[0];

/**
 * The words of a refusal: its message and parameters, which may depend on the language (money is written
 * by formatCents in that language).
 */
export function words<K extends RefusalKey>(key: K, inputs: Inputs<K> | ((lang: Language) => Inputs<K>) = {} as Inputs<K>): RefusalWords {
  const say = m[key] as (inputs: Inputs<K>, options: { locale: Language }) => string;
  return (lang) => say(typeof inputs === 'function' ? inputs(lang) : inputs, { locale: lang });
}

/** Thrown inside the grammar and caught by parseCostShareText; never leaves this module's callers. */
export class Refusal extends Error {
  /** True when the grammar only knows where it stopped; diagnose() may then find a clearer reason. */
  readonly unread: boolean;
  /** The same refusal in any language; `message` is its English. */
  readonly words: RefusalWords;
  constructor(said: RefusalWords, unread = false) {
    super(said('en'));
    this.words = said;
    this.unread = unread;
  }
}

/** A refusal from its message: `refuse('cell_r_two_limits')`, `refuse('cell_r_limit_range', { limit })`. */
export function refuse<K extends RefusalKey>(key: K, inputs?: Inputs<K> | ((lang: Language) => Inputs<K>)): Refusal {
  return new Refusal(words(key, inputs));
}

export function unreadRefusal(rest: string, whole: string): Refusal {
  const part = rest.length > 60 ? `${rest.slice(0, 57)}…` : rest;
  return new Refusal(rest === whole ? words('cell_r_unread', { part }) : words('cell_r_unread_in', { part, whole }), true);
}

interface Diagnosis {
  readonly test: RegExp;
  readonly message: (hit: RegExpExecArray, text: string) => RefusalWords;
}

const AMOUNT = /\$\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?\s*%/g;
const countAmounts = (text: string): number => text.match(AMOUNT)?.length ?? 0;
const only = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})$`);

/**
 * Known shapes of cells the grammar cannot hold, most specific first. They run only after the grammar
 * has refused a cell, so a loose pattern here can never refuse a cell that reads correctly.
 */
const DIAGNOSES: readonly Diagnosis[] = [
  {
    test: /^(?:not applicable|n\/a|na|none|-+)$/,
    message: (hit) => words('cell_r_not_applicable', { text: hit[0] }),
  },
  {
    test: /(?:^|[\s,;(])-\s*(?:\$|\d)|\$\s*-\s*\d|\bnegative\b/,
    message: () => words('cell_r_negative'),
  },
  {
    test: only(`(?:${DEDUCTIBLE_WAIVED}|${DEDUCTIBLE_APPLIES})`),
    message: () => words('cell_r_deductible_only'),
  },
  {
    test: /\bfirst \d+ (?:days?|visits?|admissions?|stays?)\b|\b(?:days?|visits?) \d+\s*(?:-|to|through|thru)\s*\d+\b/,
    message: (hit) => words('cell_r_first_n', { text: hit[0] }),
  },
  {
    test: /\b(?:retail|mail[- ]?order|mail|home delivery|plan pharmacy|pharmac(?:y|ies))\b/,
    message: (hit, text) => (countAmounts(text) > 1 ? words('cell_r_two_channels') : words('cell_r_channel', { text: hit[0] })),
  },
  {
    test: /\b(?:in-network|in network|out-of-network|out of network|non-network|non-participating|participating provider|preferred provider|tier \d)\b/,
    message: (hit) => words('cell_r_network_label', { text: hit[0] }),
  },
  {
    test: /\b(?:child|children|kids?|ages?|adults?|seniors?|under \d+|over \d+)\b/,
    message: (hit) => words('cell_r_by_age', { text: hit[0] }),
  },
  {
    test: /\bexcept\b.*/,
    message: (hit) => words('cell_r_exception', { text: hit[0] }),
  },
  {
    test: /\bafter (?:you pay )?(?:the |your )?[a-z ]*co-?pay(?:ment)?\b/,
    message: (hit) => words('cell_r_other_copay', { text: hit[0] }),
  },
  {
    test: /\b(?:for|in|at) (?!most\b|each\b|every\b|full\b)[a-z][a-z' -]*/,
    message: (hit, text) => words(countAmounts(text) > 1 ? 'cell_r_two_services' : 'cell_r_what_where', { text: hit[0].trim() }),
  },
  {
    test: /\$[\d,.]+\s*(?:-|to|;|or)\s*\$[\d,.]+|\d+%\s*(?:-|to|;|or)\s*\d+%/,
    message: (hit) => words('cell_r_range', { text: hit[0] }),
  },
  {
    test: /\bcombined\b/,
    message: () => words('cell_r_combined'),
  },
  {
    test: /(?:per|\/|a|each|every) (?:calendar |plan |benefit )?(?:year|yr|month|week|hour|mile|person|member|family|lifetime|thirty days|\d+ days)\b/,
    message: (hit) => words('cell_r_bad_unit', { text: hit[0] }),
  },
  {
    test: /\b\d+\s*-?\s*(?:visits?|sessions?)\b/,
    message: () => words('cell_r_limit_period'),
  },
  {
    test: /\b(?:billed )?charges\b/,
    message: () => words('cell_r_billed_charges'),
  },
  {
    test: /\$\d[\d,]*\.\d{3,}|\d+\.\d{3,}\s*%/,
    message: (hit) => words('cell_r_decimals', { text: hit[0] }),
  },
  {
    test: /\$\d{1,3}(?:,\d{1,2}(?!\d)|,\d{4,})|\$\d{4,},/,
    message: (hit) => words('cell_r_thousands', { text: hit[0] }),
  },
  {
    test: /^(?:you pay:? )?\d[\d,.]*(?!\s*(?:%|percent|[\d,.]))/,
    message: (hit) => words('cell_r_no_sign', { n: hit[0].replace(/^\D+/, '') }),
  },
];

/** The clearest known reason a normalized cell was refused, or null when only the generic one fits. */
export function diagnose(text: string): RefusalWords | null {
  for (const d of DIAGNOSES) {
    d.test.lastIndex = 0;
    const hit = d.test.exec(text);
    if (hit) return d.message(hit, text);
  }
  return null;
}
