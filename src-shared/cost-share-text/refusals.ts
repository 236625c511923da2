import { DEDUCTIBLE_APPLIES, DEDUCTIBLE_WAIVED } from './vocabulary';

// Why a cell was refused, in words an HR administrator can act on. Every message names what could not
// be read and ends with an example that does work.

export const EXAMPLES = 'for example "$30 copay/visit", "20% coinsurance after deductible" or "No charge"';

/** Thrown inside the grammar and caught by parseCostShareText; never leaves this module's callers. */
export class Refusal extends Error {
  /** True when the grammar only knows where it stopped; diagnose() may then find a clearer reason. */
  readonly unread: boolean;
  constructor(message: string, unread = false) {
    super(message);
    this.unread = unread;
  }
}

export function unreadRefusal(rest: string, whole: string): Refusal {
  const part = rest.length > 60 ? `${rest.slice(0, 57)}…` : rest;
  const where = rest === whole ? '' : ` in "${whole}"`;
  return new Refusal(`Could not read "${part}"${where}. Type the cost the way an SBC prints it, ${EXAMPLES}.`, true);
}

interface Diagnosis {
  readonly test: RegExp;
  readonly message: (match: RegExpExecArray, text: string) => string;
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
    message: (m) => `"${m[0]}" does not say what you pay. If the plan does not cover this service, type "Not covered"; if it costs nothing, type "No charge".`,
  },
  {
    test: /(?:^|[\s,;(])-\s*(?:\$|\d)|\$\s*-\s*\d|\bnegative\b/,
    message: () => `An amount cannot be negative. Type what the member pays, for example "$20 copay/visit".`,
  },
  {
    test: only(`(?:${DEDUCTIBLE_WAIVED}|${DEDUCTIBLE_APPLIES})`),
    message: () => `This says whether the deductible applies, but not what you pay. Add the cost, for example "$30 copay/visit; deductible does not apply".`,
  },
  {
    test: /\bfirst \d+ (?:days?|visits?|admissions?|stays?)\b|\b(?:days?|visits?) \d+\s*(?:-|to|through|thru)\s*\d+\b/,
    message: (m) =>
      `"${m[0]}" cannot be stored: a rule has no "first N days" or "first N visits" form. If it is a per-day copay for the first days of each stay, type it with "per admission", for example "$250 copay per day for the first 5 days of each admission".`,
  },
  {
    test: /\b(?:retail|mail[- ]?order|mail|home delivery|plan pharmacy|pharmac(?:y|ies))\b/,
    message: (m, text) =>
      countAmounts(text) > 1
        ? `This cell gives two pharmacy channels (such as retail and mail order) with different costs. Enter one: the copay for a 30-day supply, for example "$10 copay/prescription". Mail-order supplies follow the plan's pharmacy rules.`
        : `Leave out the pharmacy channel ("${m[0]}"): type the copay for one 30-day supply, for example "$10 copay/prescription".`,
  },
  {
    test: /\b(?:in-network|in network|out-of-network|out of network|non-network|non-participating|participating provider|preferred provider|tier \d)\b/,
    message: (m) => `Leave out the network label ("${m[0]}"): type the in-network cost only, for example "$30 copay/visit".`,
  },
  {
    test: /\b(?:child|children|kids?|ages?|adults?|seniors?|under \d+|over \d+)\b/,
    message: (m) =>
      `This cell has a different cost by age ("${m[0]}"). Type the main cost here, for example "$30 copay/visit", and add the age exception in the rule's age exceptions.`,
  },
  {
    test: /\bexcept\b.*/,
    message: (m) => `This cell has an exception ("${m[0]}"). Type the main cost here, for example "No charge", and enter the exception as its own rule.`,
  },
  {
    test: /\bafter (?:you pay )?(?:the |your )?[a-z ]*co-?pay(?:ment)?\b/,
    message: (m) =>
      `This cell points to another copay ("${m[0]}"). If that copay is charged on its own claim, type "No charge" here; otherwise type the cost, for example "$30 copay/visit".`,
  },
  {
    test: /\b(?:for|in|at) (?!most\b|each\b|every\b|full\b)[a-z][a-z' -]*/,
    message: (m, text) =>
      countAmounts(text) > 1
        ? `This cell gives costs for two services ("${m[0].trim()}"). Enter the cost of one service, for example "$35 copay/visit".`
        : `This cell says what or where ("${m[0].trim()}"); the rule's service says that. Type only the cost, for example "$200 copay/visit after deductible".`,
  },
  {
    test: /\$[\d,.]+\s*(?:-|to|;|or)\s*\$[\d,.]+|\d+%\s*(?:-|to|;|or)\s*\d+%/,
    message: (m) => `"${m[0]}" is a range or a choice, not one cost. Type the cost this plan charges, for example "$30 copay/visit".`,
  },
  {
    test: /\bcombined\b/,
    message: () =>
      `A limit shared by several services cannot be stored: a visit limit counts one service. Type this service's cost and its own limit, for example "$15 copay/visit, limited to 20 visits per year".`,
  },
  {
    test: /(?:per|\/|a|each|every) (?:calendar |plan |benefit )?(?:year|yr|month|week|hour|mile|person|member|family|lifetime|thirty days|\d+ days)\b/,
    message: (m) =>
      `"${m[0]}" is not something a rule can count. A copay can be per visit, day, trip, admission, procedure, prescription or item, and a cap is per claim, for example "$500/day up to $1,000/admission". Yearly limits belong in the plan's out-of-pocket maximum.`,
  },
  {
    test: /\b\d+\s*-?\s*(?:visits?|sessions?)\b/,
    message: () => `A visit limit needs its period, for example "$15 copay/visit, limited to 20 visits per year".`,
  },
  {
    test: /\b(?:billed )?charges\b/,
    message: () =>
      `A percentage of billed charges cannot be stored: costs are figured from the allowed amount. Type it as coinsurance, for example "50% coinsurance".`,
  },
  {
    test: /\$\d[\d,]*\.\d{3,}|\d+\.\d{3,}\s*%/,
    message: (m) => `"${m[0]}" has more than two decimals. Use dollars and cents, for example "$12.50 copay".`,
  },
  {
    test: /\$\d{1,3}(?:,\d{1,2}(?!\d)|,\d{4,})|\$\d{4,},/,
    message: (m) => `"${m[0]}" is not a dollar amount: write thousands with a comma every three digits, for example "$1,000".`,
  },
  {
    test: /^(?:you pay:? )?\d[\d,.]*(?!\s*(?:%|percent|[\d,.]))/,
    message: (m) => {
      const n = m[0].replace(/^\D+/, '');
      return `"${n}" has no "$" or "%". Mark what it is, for example "$${n} copay" for dollars or "${n}% coinsurance" for a percentage.`;
    },
  },
];

/** The clearest known reason a normalized cell was refused, or null when only the generic one fits. */
export function diagnose(text: string): string | null {
  for (const d of DIAGNOSES) {
    d.test.lastIndex = 0;
    const m = d.test.exec(text);
    if (m) return d.message(m, text);
  }
  return null;
}
