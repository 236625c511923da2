import type { CostShare } from '../plan-schema';

// The words SBCs and FEHB brochures use in a "You pay" cell, as regular-expression sources. They are
// matched against text that normalize-text.ts has lowercased and tidied. Each list is closed on purpose:
// a word that is not here makes the parser refuse the cell instead of guessing what it means.

type CopayCostShare = Extract<CostShare, { kind: 'copay' }>;
/** What a copay is counted per (plan-schema's CopayUnit enum, as a type). */
export type CopayUnit = CopayCostShare['unit'];

/** "$1,000", "$12.50", "$30". Thousands must be grouped by three; at most two decimals. */
export const MONEY = String.raw`\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?`;
/** "20%", "12.5 %", "20 percent". Three digits so that "120%" is read and then refused as too large. */
export const PERCENT = String.raw`(\d{1,3}(?:\.\d{1,2})?)\s*(?:%|percent)`;

export const YOU_PAY = String.raw`you pay:?`;
export const NOTHING = String.raw`no charge|nothing|no cost(?:[- ]shar(?:e|ing))?|no co-?pay(?:ment)?`;
export const NOT_COVERED = String.raw`not covered|all charges|not a covered (?:benefit|service)|no coverage|excluded(?: services?)?`;
export const COPAY_WORD = String.raw`co-?pay(?:ment)?s?`;
export const COINSURANCE_WORD = String.raw`co-?insurance`;
/** "of our allowance", "of the allowed amount": what FEHB calls the allowance is the SBC's allowed amount. */
export const OF_ALLOWANCE = String.raw`of (?:our |the |the plan's |plan's |plan |your )?(?:allowance|allowed amounts?|allowed charges?|allowable(?: amounts?| charges?)?|eligible (?:charges|expenses))`;
/** Joins a copay to the coinsurance that follows it: "$100 copay then 10% coinsurance". */
export const COMBO_JOIN = String.raw`plus|and then|then|and|\+|&|followed by`;

/** Words that introduce a unit: "per visit", "/day", "a day", "each trip". */
export const UNIT_INTRO = String.raw`for each|for every|per|each|every|an|a|\/`;
/**
 * Words that only say which visit or stay it is ("per primary care office visit", "per inpatient day").
 * They do not change what the engine counts, so they are read and dropped.
 */
export const UNIT_QUALIFIER = String.raw`office|primary care|primary|pcp|specialist|specialty care|specialty|individual therapy|group therapy|therapy|urgent care|emergency room|emergency|er|outpatient|inpatient|hospital|ambulance|one-way|round-trip|provider|physician|doctor|telehealth|virtual|video|lab|imaging|medical`;

/**
 * Unit nouns and the CopayUnit each one means. 'any' marks nouns that name no unit of their own
 * ("per occurrence", "per service"): they take the caller's unit hint, like a cell that prints no unit.
 */
export const UNIT_NOUNS: ReadonlyArray<readonly [string, CopayUnit | 'any']> = [
  [String.raw`30[- ]day supply`, 'prescription'],
  [String.raw`visits?|exams?|sessions?|appointments?|consultations?`, 'visit'],
  [String.raw`days?`, 'day'],
  [String.raw`trips?|transports?|rides?`, 'trip'],
  [String.raw`admissions?|admits?|stays?|confinements?`, 'admission'],
  [String.raw`procedures?|surgery|surgeries|tests?|scans?|body parts?`, 'procedure'],
  [String.raw`prescriptions?|scripts?|refills?|fills?|rx`, 'prescription'],
  [String.raw`items?|products?|devices?`, 'item'],
  [String.raw`occurrences?|services?|encounters?|claims?|instances?|incidents?`, 'any'],
];

/** Joins two nouns of one unit phrase: "per prescription or refill", "per script/prescription/fill". */
export const UNIT_OR = String.raw`or|\/`;

/** "up to $1,000", "maximum of $1,000": a cap on what one claim can cost the member. */
export const CAP_INTRO = String.raw`up to (?:a )?max(?:imum)? of|up to|to a max(?:imum)? of|with a max(?:imum)? of|max(?:imum)?(?: of)?|not to exceed|capped at|at most`;
export const CAP_MAX_WORD = String.raw`max(?:imum)?`;

const DEDUCTIBLE = String.raw`(?:deductible|ded)`;
const DEDUCTIBLE_KIND = String.raw`(?:(?:calendar year|plan year|benefit year|calendar|annual|medical|in-network) )?`;

/** "after deductible", "after you meet the deductible", "deductible applies", "subject to deductible". */
export const DEDUCTIBLE_APPLIES = [
  String.raw`after (?:you (?:meet|have met|pay|satisfy|have satisfied) )?(?:the |your )?${DEDUCTIBLE_KIND}${DEDUCTIBLE}(?: (?:is|has been) (?:met|satisfied))?`,
  String.raw`(?:the )?${DEDUCTIBLE_KIND}${DEDUCTIBLE} applies`,
  String.raw`subject to (?:the |your )?${DEDUCTIBLE_KIND}${DEDUCTIBLE}`,
].join('|');

/** "deductible does not apply", "no deductible", "not subject to the deductible", "deductible waived". */
export const DEDUCTIBLE_WAIVED = [
  String.raw`(?:the )?${DEDUCTIBLE_KIND}${DEDUCTIBLE} (?:does not|doesn't|do not|don't) apply`,
  String.raw`(?:the )?${DEDUCTIBLE_KIND}${DEDUCTIBLE} (?:is )?(?:waived|not applicable)`,
  String.raw`not subject to (?:the |your )?${DEDUCTIBLE_KIND}${DEDUCTIBLE}`,
  String.raw`no ${DEDUCTIBLE_KIND}${DEDUCTIBLE}`,
].join('|');

/** "limited to 20 visits per year", "20 visit limit per year", "up to 20 visits/year". */
export const VISIT_LIMIT = String.raw`(?:(?:coverage |benefits? )?(?:is )?(?:limited to|limit(?:ed)? of|limit|up to|maximum of|max(?:imum)?(?: of)?) )?(\d{1,5})(?: |-)?(?:outpatient |office |therapy )?(?:visits?|sessions?)(?: max(?:imum)?)?(?: ?-?limit)? ?(?:per|a|each|\/) ?(?:(?:calendar|plan|benefit) )?(?:year|yr)`;

/** "for the first 5 days of each admission": a per-day copay that stops after N days of one stay. */
export const FIRST_DAYS = String.raw`for (?:the )?first (\d{1,3}) days?(?: (?:of|per|for|in) (?:each |every |an? |the |any )?(?:hospital |inpatient )?(admission|stay|confinement))?`;

/** Separators between the clauses of one cell: "$40 copay/visit; deductible does not apply". */
export const CLAUSE_SEPARATOR = String.raw`[,;&]|and`;
