import type { CompareResult } from '../../src-shared/compare-result-schema';
import { engineText } from '../../src-shared/i18n/engine-text';
import { m, type Language } from '../../src-shared/i18n';
import {
  basisText,
  beyondLimitText,
  breakEvenMessage,
  caveatText,
  enrollmentReason,
  reasonsText,
  resultMemberNames,
  sensitivityText,
  simulationNoteText,
  skippedReason,
} from '../../src-shared/i18n/result-text';
import { enrollmentLabel, longDate, priorityLabel } from '../../src-shared/i18n/terms';
import { formatCents, formatNumber } from '../../src-shared/money';
import type { ConditionId, UsagePresetId } from '../../src-shared/household-schema';
import { formatCompareTable, rankedPlanRows, textTable } from '../compare/format-table';

// `cli compare` in the language asked for (--lang). English is the comparison's own table
// (src-main/compare/format-table.ts); another language prints the same summary, line for line, from the
// same figures through the message catalog (messages/cli and messages/compare).

/** What the household file said about each person's care (the request as the engine read it). */
export interface HouseholdCare {
  members: readonly {
    id: string;
    usage?: { preset?: UsagePresetId; conditions?: readonly ConditionId[]; counts?: Record<string, number> };
    events?: readonly { type: string; dueDate?: string }[];
  }[];
}

type Said = (inputs: Record<string, never>, options: { locale: Language }) => string;
type SaidOf = (inputs: { who: string; extra: string }, options: { locale: Language }) => string;
const MEMBER: Record<UsagePresetId, SaidOf> = {
  none: m.assume_member_none,
  low: m.assume_member_low,
  typical: m.assume_member_typical,
  high: m.assume_member_high,
};
const CONDITION: Record<ConditionId, Said> = {
  type2_diabetes: m.assume_condition_type2_diabetes,
  asthma: m.assume_condition_asthma,
  depression_in_treatment: m.assume_condition_depression_in_treatment,
  chronic_specialty_drug: m.assume_condition_chronic_specialty_drug,
};

/** What each section below reads: the result, the language, and its money and plan-name formats. */
interface Section {
  result: CompareResult;
  lang: Language;
  o: { locale: Language };
  usd: (cents: number | null | undefined) => string;
  name: (planId: string) => string;
}

/** `priceYear`: the default price table's year (data/prices), for the assumptions. */
export function formatCompareText(result: CompareResult, lang: Language, household: HouseholdCare = { members: [] }, priceYear: number | string = ''): string {
  if (lang === 'en') return formatCompareTable(result);
  const o = { locale: lang };
  const usd = (cents: number | null | undefined): string => (cents === null || cents === undefined ? m.cli_unknown({}, o) : formatCents(cents, true, lang));
  const byId = new Map(result.plans.map((p) => [p.planId, p]));
  const said: Section = { result, lang, o, usd, name: (id) => byId.get(id)?.name ?? id };
  const head = m.cli_compare_head(
    { people: result.members.length, enrollment: enrollmentLabel(result.enrollmentType, lang), priority: priorityLabel(result.priority, lang).toLowerCase() },
    o,
  );
  return [
    head,
    basisText(result, lang),
    '',
    ...planTableLines(said),
    ...enrollmentLines(said),
    '',
    ...reasonLines(said),
    ...notPricedAndNoteLines(said),
    '',
    ...assumptionLines(said, household, priceYear),
    '',
    caveatText(result, lang),
  ].join('\n');
}

/** The plans in ranked order, one row each, and what "expected" means. */
function planTableLines({ result, lang, o, usd }: Section): string[] {
  const out: string[] = [];
  const accounts = result.plans.some((p) => p.expected.accountCents > 0);
  const header: string[] = [
    m.cli_col_rank({}, o),
    m.cli_col_plan({}, o),
    m.cli_col_premium({}, o),
    m.cli_col_care({}, o),
    ...(accounts ? [m.cli_col_account({}, o)] : []),
    m.cli_col_expected({}, o),
    m.cli_col_typical({}, o),
    m.cli_col_low({}, o),
    m.cli_col_median({}, o),
    m.cli_col_bad({}, o),
    m.cli_col_worst({}, o),
    m.cli_col_cheapest({}, o),
  ];
  const rows: string[][] = [header, ...rankedPlanRows(result, usd)];
  out.push(rows.length > 1 ? textTable(rows) : m.cli_none_priced({}, o));
  if (rows.length > 1)
    out.push(m.cli_expected_line({ years: formatNumber(result.simulations, lang), account: accounts ? m.cli_expected_account({}, o) : '' }, o));
  return out;
}

/** The simulation's note and each plan's enrollment type when there was a choice or a change. */
function enrollmentLines({ result, lang, o }: Section): string[] {
  const out: string[] = [];
  const note = simulationNoteText(result, lang);
  if (note) out.push(m.cli_note({ note }, o));
  const chosen = result.plans.some((p) => p.enrollment.reason.includes('as the counselor chose'));
  for (const p of result.plans) {
    if (p.enrollment.options.length > 1 || p.enrollment.change) {
      out.push(m.cli_enrollment({ plan: p.name, reason: enrollmentReason(p, result.members.length, chosen, lang) }, o));
    }
  }
  return out;
}

/** Why each plan ranks where it does, what would change the answer, and the break-even points. */
function reasonLines({ result, lang, o, usd, name }: Section): string[] {
  const out: string[] = [];
  for (const r of result.recommendation.ranking) {
    out.push(`${r.rank}. ${name(r.planId)}`);
    for (const reason of reasonsText(result, result.priority, r, lang)) out.push(`   - ${reason}`);
  }
  out.push('');
  out.push(m.cli_what_would_change({ text: sensitivityText(result, lang, resultMemberNames(result, lang)) }, o));
  out.push(m.cli_break_even({ text: breakEvenMessage(result, lang) }, o));
  if (result.breakEven.available) {
    for (const p of result.breakEven.points) {
      out.push(`   - ${m.cli_break_even_point({ amount: usd(p.allowedCents), above: name(p.cheaperAbovePlanId), below: name(p.cheaperBelowPlanId) }, o)}`);
    }
    out.push(`   ${m.cli_break_even_typical({ amount: usd(result.breakEven.typicalAllowedCents) }, o)}`);
    for (const b of result.breakEven.beyondLimit) out.push(`   - ${beyondLimitText(result, b, lang)}`);
  }
  return out;
}

/** The plans not priced (with what they lack) and the calculation's notes. */
function notPricedAndNoteLines({ result, lang, o }: Section): string[] {
  const out: string[] = [];
  for (const s of result.skipped) {
    // What a plan lacks, said in the language when every item reads (engine-text.ts), else as written.
    const first = s.missing.slice(0, 3).map((item) => engineText(item, lang));
    const said = first.every((x) => !x.english);
    const items = first.map((x) => x.text).join('; ');
    const more = s.missing.length > 3 ? m.cli_missing_more({ count: s.missing.length - 3 }, o) : '';
    const missing = s.missing.length === 0 ? '' : said ? m.eng_cli_missing({ items, more }, o) : m.cli_missing({ items, more }, o);
    out.push(m.cli_not_priced({ reason: skippedReason(s, lang) + missing }, o));
  }
  // The calculation's notes are the engine's words (src-main/compare), said in Spanish when they read
  // (engine-text.ts); a note that does not read is printed in English and said to be.
  for (const p of result.plans) {
    for (const n of p.notes) {
      const note = engineText(n, lang);
      out.push(note.english ? m.cli_engine_note({ plan: p.name, note: n }, o) : m.eng_cli_note({ plan: p.name, note: note.text }, o));
    }
  }
  for (const n of result.notes) {
    const note = engineText(n, lang);
    out.push(note.english ? m.cli_engine_note_plain({ note: n }, o) : m.eng_cli_note_plain({ note: note.text }, o));
  }
  return out;
}

/** The assumptions: each member's use, a birth, prices, the network, the simulated years. */
function assumptionLines({ result, lang, o }: Section, household: HouseholdCare, priceYear: number | string): string[] {
  const out: string[] = [];
  out.push(m.cli_assumptions({}, o));
  const names = resultMemberNames(result, lang);
  for (const member of result.members) {
    const usage = household.members.find((x) => x.id === member.id)?.usage;
    const conditions = (usage?.conditions ?? []).map((c) => CONDITION[c]({}, o));
    const extra =
      (conditions.length
        ? m.assume_conditions(
            {
              conditions:
                conditions.length > 1 ? m.assume_and({ a: conditions.slice(0, -1).join(', '), b: conditions.at(-1) as string }, o) : (conditions[0] as string),
            },
            o,
          )
        : '') + (Object.keys(usage?.counts ?? {}).length ? m.assume_own_counts({}, o) : '');
    out.push(`   - ${MEMBER[usage?.preset ?? 'typical']({ who: names(member.id), extra }, o)}`);
  }
  const window = result.plans[0]?.planYear;
  for (const event of household.members.flatMap((x) => x.events ?? [])) {
    if (event.type !== 'baby' || !event.dueDate) continue;
    const inside = !window || (event.dueDate >= window.start && event.dueDate <= window.end);
    const date = longDate(event.dueDate, lang);
    out.push(`   - ${inside ? m.assume_baby({ date }, o) : m.assume_baby_outside({ date }, o)}`);
  }
  out.push(`   - ${m.assume_prices({ year: String(priceYear) }, o)}`);
  out.push(`   - ${m.assume_network({}, o)}`);
  out.push(`   - ${m.cli_assume_years({ years: formatNumber(result.simulations, lang), seed: String(result.seed) }, o)}`);
  return out;
}
