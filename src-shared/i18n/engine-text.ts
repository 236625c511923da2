import { ConditionId } from '../household-schema';
import { ENROLLMENT_TYPES } from '../enrollment-types';
import { formatNumber } from '../money';
import { SBC_ROWS } from '../sbc-layout';
import { SERVICE_CODES, SERVICE_LABELS, type ServiceCode } from '../services';
import type { Language } from './language';
import { m } from './paraglide/messages.js';
import { conditionLabel, enrollmentLabel, longDate, serviceLabel } from './terms';

// The sentences the comparison, the plan reader and the data file write in English without a structured
// form — a plan's warnings and assumptions, a comparison's notes and assumptions, why a plan was skipped
// and what it lacks, why a stored plan or session is damaged, a save's refusal — said in any language. As rule-text.ts does
// for the ledger's reasons, the English sentence is read back into its parts: each message of
// messages/engine is the engine's wording word for word, with placeholders where the engine puts a name,
// a date, a service or a number; a sentence that matches one gives its parameters, each said again in the
// language asked for by its kind. tests/unit/i18n/engine-text.test.ts composes every sentence back into
// English from the same parts and checks it equals the engine's own (src-main/compare/care-words.ts,
// validate-input.ts, prepare-plans.ts, plan-completeness.ts, the store's rowProblem …), so a change of
// wording shows up there. A sentence that does not read (a plan file's own words, new wording) is shown in
// English and marked so: `english: true`. Technical details inside a sentence (a JSON parser's or the
// schema's message) stay English, and the Spanish says so.

type Say = (inputs: never, options: { locale: Language }) => string;
type Kind =
  | 'text'
  | 'number'
  | 'date'
  | 'member'
  | 'members'
  | 'service'
  | 'serviceLower'
  | 'services'
  | 'sbcRow'
  | 'enrollment'
  | 'code'
  | 'sentence'
  | 'missingList'
  | 'tier'
  | 'conditions'
  | 'band'
  | 'preset'
  | 'where'
  | 'how'
  | 'field'
  | 'refusal'
  | 'tierName'
  | 'check';

/** Each sentence: its message and the kind of each placeholder. The more specific first. */
const SENTENCES: readonly [Say, Record<string, Kind>][] = [
  [m.eng_next_year, { next: 'text', own: 'text' }],
  [m.eng_per_condition, { service: 'service', days: 'number' }],
  [m.eng_brand_requested, {}],
  [m.eng_setting_procedure, { youPay: 'text', rule: 'text' }],
  [m.eng_setting_specialist_primary, { service: 'service', youPay: 'text', primary: 'text' }],
  [m.eng_setting_specialist, { service: 'service', youPay: 'text' }],
  [m.eng_tier_unlisted, { tier: 'tier' }],
  [m.eng_tier_incomplete, { tier: 'tier', missing: 'missingList' }],
  [m.eng_no_birth_date, { members: 'members', date: 'date' }],
  [m.eng_turns_26, { who: 'member', date: 'date' }],
  [m.eng_lives_away_one, { who: 'member', where: 'where', how: 'how' }],
  [m.eng_lives_away, { who: 'member', where: 'where', months: 'number', how: 'how' }],
  [m.eng_travels, { who: 'member', days: 'number' }],
  [m.eng_outside_provider, { who: 'member' }],
  [m.eng_baby_outside_next_prenatal, { due: 'date', start: 'date', end: 'date', n: 'number' }],
  [m.eng_baby_outside_next, { due: 'date', start: 'date', end: 'date' }],
  [m.eng_baby_outside_earlier_prenatal, { due: 'date', start: 'date', end: 'date', n: 'number' }],
  [m.eng_baby_outside_earlier, { due: 'date', start: 'date', end: 'date' }],
  [m.eng_baby_expected, { date: 'date', pct: 'number' }],
  [m.eng_specialty_once, { who: 'member' }],
  [m.eng_usage_conditions_counts_one, { who: 'member', preset: 'preset', band: 'band', conditions: 'conditions' }],
  [m.eng_usage_conditions_counts, { who: 'member', preset: 'preset', band: 'band', conditions: 'conditions', n: 'number' }],
  [m.eng_usage_counts_one, { who: 'member', preset: 'preset', band: 'band' }],
  [m.eng_usage_counts, { who: 'member', preset: 'preset', band: 'band', n: 'number' }],
  [m.eng_usage_conditions, { who: 'member', preset: 'preset', band: 'band', conditions: 'conditions' }],
  [m.eng_usage, { who: 'member', preset: 'preset', band: 'band' }],
  [m.eng_plan_years_differ, {}],
  [m.eng_prices_counselor, { year: 'text', trend: 'text' }],
  [m.eng_prices, { year: 'text', trend: 'text' }],
  [m.eng_simulated_years, { years: 'number', seed: 'text' }],
  // The work budget's refusal (src-main/compare/work-budget.ts), most specific first.
  [m.eng_too_large_arrangements, { claims: 'number', people: 'number', plans: 'number', more: 'number', enrollments: 'number' }],
  [m.eng_too_large_one_person, { claims: 'number', plans: 'number' }],
  [m.eng_too_large, { claims: 'number', people: 'number', plans: 'number' }],
  [m.eng_skipped_missing, { plan: 'text' }],
  [m.eng_skipped_no_rule, { plan: 'text', services: 'services' }],
  [m.eng_skipped_outside, { plan: 'text', missing: 'missingList' }],
  [m.eng_skipped_error, { plan: 'text', error: 'sentence' }],
  [m.eng_refuse_incomplete, { id: 'text', missing: 'missingList' }],
  [m.eng_row_json, { detail: 'text' }],
  [m.eng_row_plan_checks_more, { issue: 'text', n: 'number' }],
  [m.eng_row_plan_checks, { issue: 'text' }],
  [m.eng_row_session_checks_more, { issue: 'text', n: 'number' }],
  [m.eng_row_session_checks, { issue: 'text' }],
  [m.eng_row_unreadable, { detail: 'text' }],
  [m.eng_refuse_conflict, { id: 'number', action: 'text', author: 'text', when: 'text' }],
  [m.eng_refuse_no_plan, { id: 'text' }],
  // The engine's reason said in the language where it reads (an EngineError), else left English and said to be.
  [m.eng_refuse_engine_read, { detail: 'sentence' }],
  [m.eng_refuse_engine, { detail: 'text' }],
  [m.eng_refuse_not_saved, { reason: 'sentence' }],
  // The plan checks the editor and plans:save share (plan-editor-checks.ts): the main process writes them
  // in English, the editor in the language on screen.
  [m.prob_percent_decimals, { percent: 'text' }],
  [m.prob_enrollment_twice, { type: 'enrollment' }],
  [m.prob_monthly_only, {}],
  [m.prob_no_pharmacy, { drugs: 'services' }],
  [m.prob_deductible_over_oop, {}],
  [m.prob_complete_lacks, {}],
  [m.eng_missing_deductible, {}],
  [m.eng_missing_oop, {}],
  [m.eng_missing_enrollment, { type: 'enrollment' }],
  [m.eng_missing_rule, { service: 'serviceLower', code: 'code' }],
  [m.eng_missing_oon_answer, {}],
  [m.eng_missing_oon_deductible, {}],
  [m.eng_missing_oon_oop, {}],
  [m.eng_missing_oon_cost_unread, { row: 'sbcRow' }],
  [m.eng_missing_oon_cost, { row: 'sbcRow' }],
  [m.eng_missing_pharmacy, {}],
  // The comparison's check of who may be covered (eligibilityProblems, sent by prepare-plans.ts).
  [m.eng_who_covered, { problem: 'sentence' }],
  // An engine refusal (EngineError, src-main/engine) or a located problem: "<field>: <sentence>". The
  // field path names the claim's or the plan's keys and is kept as it is; the sentence is one of REFUSALS.
  [m.eng_field_refusal, { field: 'field', refusal: 'refusal' }],
];

/** The sentences after an EngineError's field (src-main/engine, word for word), and eligibilityProblems'. */
const REFUSALS: readonly [Say, Record<string, Kind>][] = [
  // A claim (validate-claim.ts, validate-input.ts, adjudicate.ts, tiers.ts, price-claims.ts).
  [m.eng_r_claims_list, {}],
  [m.eng_r_claim_object, {}],
  [m.eng_r_member_unknown_field, { key: 'text' }],
  [m.eng_r_unknown_field, { key: 'text' }],
  [m.eng_r_not_member, { member: 'text' }],
  [m.eng_r_not_date, { date: 'text' }],
  [m.eng_r_before_birth, { date: 'date', member: 'text', birth: 'date' }],
  [m.eng_r_age_over, { max: 'number', date: 'date' }],
  [m.eng_r_unknown_service, { service: 'text' }],
  [m.eng_r_no_rule, { plan: 'text', service: 'serviceLower', code: 'code' }],
  [m.eng_r_cents, {}],
  [m.eng_r_label, {}],
  [m.eng_r_days, {}],
  [m.eng_r_missing_days, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_days, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_supply, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_channel, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_admitted, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_purpose, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_setting, { services: 'text', service: 'serviceLower', code: 'code' }],
  [m.eng_r_na_generic, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_supply, {}],
  [m.eng_r_one_of, { values: 'text' }],
  [m.eng_r_boolean, {}],
  [m.eng_r_pulmonary, { therapy: 'code', code: 'code' }],
  [m.eng_r_generic_needed, { service: 'serviceLower', code: 'code' }],
  [m.eng_r_precertified, { tier: 'code' }],
  [m.eng_r_tier_not_entered, { plan: 'text', tier: 'tierName', missing: 'missingList' }],
  [m.eng_r_tier_benefit_not_entered, { plan: 'text', tier: 'tierName', missing: 'missingList' }],
  [m.eng_r_channel_offers_none, { channel: 'code' }],
  [m.eng_r_channel_offers, { channel: 'code', offered: 'text' }],
  [m.eng_r_channel, { channel: 'code' }],
  [m.eng_r_supply_most, { supply: 'number', most: 'number', channel: 'code' }],
  [m.eng_r_supply_more, { supply: 'number', channel: 'code' }],
  [m.eng_r_before_plan_years, { date: 'date', own: 'text', start: 'date' }],
  [m.eng_r_after_plan_years, { date: 'date', year: 'text', own: 'text', next: 'text' }],
  // The household (validate-members.ts, premium.ts).
  [m.eng_r_members_list, {}],
  [m.eng_r_list_of, { values: 'text' }],
  [m.eng_r_members_none, {}],
  [m.eng_r_members_max, { n: 'number' }],
  [m.eng_r_at_least_one, { n: 'number' }],
  [m.eng_r_member_shape, {}],
  [m.eng_r_member_id, {}],
  [m.eng_r_group_twice, { group: 'text' }],
  [m.eng_r_listed_twice, { id: 'text' }],
  [m.eng_r_age_and_birth, {}],
  [m.eng_r_age_or_birth_range, { min: 'number', max: 'number' }],
  [m.eng_r_age_or_birth, {}],
  [m.eng_r_age_range, { min: 'number', max: 'number' }],
  // A plan the engine will not compile (compile-plan.ts, compile-tiers.ts, compile-slots.ts).
  [m.eng_r_plan_schema, { issue: 'text' }],
  [m.eng_r_tier_both, { code: 'code' }],
  [m.eng_r_no_group, { group: 'text' }],
  [m.eng_r_no_own_rule, { code: 'code' }],
  [m.eng_r_percent, { percent: 'text' }],
  // Who may be covered (eligibilityProblems, src-shared/household-schema.ts).
  [m.eng_elig_child, { check: 'check' }],
  [m.eng_elig_adult, { check: 'check' }],
];

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const byLabel = new Map(SERVICE_CODES.map((c) => [SERVICE_LABELS[c], c] as const));
const byLowerLabel = new Map(SERVICE_CODES.map((c) => [SERVICE_LABELS[c].toLowerCase(), c] as const));
const byRow = new Map(SBC_ROWS.map((r) => [r.label.toLowerCase(), r.service] as const));
const en = { locale: 'en' } as const;
const call = (say: Say, params: Record<string, string>, lang: Language): string =>
  (say as (p: Record<string, string>, o: { locale: Language }) => string)(params, { locale: lang });
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sentence's English as a pattern: the message with markers for its placeholders, each a named group. */
function pattern(say: Say, kinds: Record<string, Kind>): RegExp {
  const markers = Object.fromEntries(Object.keys(kinds).map((k) => [k, `\u{E000}${k}\u{E000}`]));
  const seen = new Set<string>();
  const source = call(say, markers, 'en')
    .split(/\u{E000}(\w+)\u{E000}/u)
    .map((part, i) => {
      if (i % 2 === 0) return escape(part);
      if (seen.has(part)) return `\\k<${part}>`;
      seen.add(part);
      return `(?<${part}>${groupPattern(kinds[part] as Kind)})`;
    })
    .join('');
  return new RegExp(`^${source}$`, 's');
}

const TIERS = [m.eng_tier_out_of_network, m.eng_tier_out_of_area, m.eng_tier_travel];
const PRESETS = [m.eng_preset_none, m.eng_preset_low, m.eng_preset_typical, m.eng_preset_high];
const AWAY = [m.eng_away_colorado_service_area, m.eng_away_kp_state, m.eng_away_colorado_outside, m.eng_away_elsewhere_us, m.eng_away_abroad];
const PRICED = [m.eng_priced_plan, m.eng_priced_out_of_area, m.eng_priced_outside];
const TIER_NAMES = [m.eng_tiername_out_of_network, m.eng_tiername_out_of_area, m.eng_tiername_travel];
const CHECKS = [m.eng_check_birth_date, m.eng_check_age];
const CHOICES: Partial<Record<Kind, readonly (() => string)[]>> = {
  tier: TIERS,
  preset: PRESETS,
  where: AWAY,
  how: PRICED,
  tierName: TIER_NAMES,
  check: CHECKS,
};

/** What a placeholder of a kind can hold, so a sentence splits into its parts the one right way. */
function groupPattern(kind: Kind): string {
  const either = (words: Iterable<string>): string =>
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
  const choices = CHOICES[kind];
  if (choices) return either(choices.map((say) => call(say as unknown as Say, {}, 'en')));
  switch (kind) {
    case 'number':
      return '[\\d,]+';
    case 'date':
      return '\\d{4}-\\d{2}-\\d{2}';
    case 'code':
      return '[a-z0-9_]+';
    case 'service':
      return either(byLabel.keys());
    case 'serviceLower':
      return either(byLowerLabel.keys());
    case 'sbcRow':
      return either(byRow.keys());
    case 'field':
      // A key path: "claims[3].supplyDays", "request.household.members[2].age", "plan.networkTiers.travel".
      return '[A-Za-z_$][\\w$]*(?:\\.[\\w$]+|\\[\\d+\\])*';
    default:
      return '.+?';
  }
}

type Compiled = { say: Say; kinds: Record<string, Kind>; re: RegExp }[];
const compile = (list: readonly [Say, Record<string, Kind>][]): Compiled => list.map(([say, kinds]) => ({ say, kinds, re: pattern(say, kinds) }));
let compiled: Compiled | null = null;
let compiledRefusals: Compiled | null = null;
const patterns = () => (compiled ??= compile(SENTENCES));
const refusalPatterns = () => (compiledRefusals ??= compile(REFUSALS));

/** An engine sentence read into its message and its parameters (as the engine wrote them, in English). */
export interface EngineSentence {
  say: Say;
  kinds: Record<string, Kind>;
  params: Record<string, string>;
}

export function readEngineSentence(text: string): EngineSentence | null {
  return readAmong(patterns(), text);
}

function readAmong(list: Compiled, text: string): EngineSentence | null {
  for (const p of list) {
    const match = p.re.exec(text);
    if (!match) continue;
    const params = { ...(match.groups ?? {}) } as Record<string, string>;
    // A sentence reads only when every part does (a name or a service the catalog does not know does not).
    if (Object.entries(p.kinds).every(([k, kind]) => part(kind, params[k] ?? '', 'es') !== null)) return { say: p.say, kinds: p.kinds, params };
  }
  return null;
}

/** The sentence said again from its parts in `lang` (in English: the engine's own, word for word). */
export function composeEngineSentence(s: EngineSentence, lang: Language): string | null {
  const params: Record<string, string> = {};
  for (const [k, kind] of Object.entries(s.kinds)) {
    const said = part(kind, s.params[k] ?? '', lang);
    if (said === null) return null;
    params[k] = said;
  }
  return call(s.say, params, lang);
}

/** An engine sentence in `lang`; `english`: it could not be said in `lang` and stays the engine's English. */
export function engineText(text: string, lang: Language): { text: string; english: boolean } {
  if (lang === 'en') return { text, english: false };
  const read = readEngineSentence(text);
  const said = read ? composeEngineSentence(read, lang) : null;
  return said === null ? { text, english: true } : { text: said, english: false };
}

/** The same for a list (the sentence's text only: say `english` beside a list that keeps any English). */
export const engineTexts = (texts: readonly string[], lang: Language): { text: string; english: boolean }[] => texts.map((t) => engineText(t, lang));

// ---- the parts ------------------------------------------------------------------------------------------

function part(kind: Kind, v: string, lang: Language): string | null {
  switch (kind) {
    case 'text':
    case 'code':
    case 'field':
      return v;
    case 'number':
      return /^\d{1,3}(,\d{3})*$|^\d+$/.test(v) ? formatNumber(Number(v.replaceAll(',', '')), lang) : null;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? (lang === 'en' ? v : longDate(v, lang)) : null;
    case 'member':
      return member(v, lang);
    case 'members':
      return list(v, ' and ', ', ', (x) => member(x, lang), lang);
    case 'service':
      return service(byLabel.get(v), lang, false);
    case 'serviceLower':
      return service(byLowerLabel.get(v), lang, true);
    case 'services':
      return vocabulary(v, byLowerLabel, (c) => service(c, lang, true), ', ');
    case 'sbcRow': {
      const code = byRow.get(v);
      return code === undefined ? null : lang === 'en' ? v : lowerFirst(serviceLabel(code, lang));
    }
    case 'enrollment': {
      const type = ENROLLMENT_TYPES.find((t) => t.replaceAll('_', ' ') === v);
      return type === undefined ? null : lang === 'en' ? v : enrollmentLabel(type, lang);
    }
    case 'sentence':
    case 'refusal': {
      const read = kind === 'sentence' ? readEngineSentence(v) : readAmong(refusalPatterns(), v);
      return read ? composeEngineSentence(read, lang) : null;
    }
    case 'missingList': {
      const items = v.split('; ').map((item) => {
        const read = readEngineSentence(item);
        return read ? composeEngineSentence(read, lang) : null;
      });
      return items.every((x) => x !== null) ? items.join('; ') : null;
    }
    case 'conditions': {
      const labels = new Map(ConditionId.options.map((c) => [conditionLabel(c, 'en').toLowerCase(), c] as const));
      return vocabulary(v, labels, (c) => (lang === 'en' ? conditionLabel(c, 'en').toLowerCase() : lowerFirst(conditionLabel(c, lang))), ', ');
    }
    case 'band':
      return band(v, lang);
    case 'tier':
    case 'preset':
    case 'where':
    case 'how':
    case 'tierName':
    case 'check':
      return choice(v, CHOICES[kind] ?? [], lang);
  }
}

function service(code: ServiceCode | undefined, lang: Language, lower: boolean): string | null {
  if (code === undefined) return null;
  if (lang === 'en') return lower ? SERVICE_LABELS[code].toLowerCase() : SERVICE_LABELS[code];
  return lower ? lowerFirst(serviceLabel(code, lang)) : serviceLabel(code, lang);
}

/** One of a few fixed phrases: the one whose English it is, in `lang`. */
function choice(v: string, says: readonly (() => string)[], lang: Language): string | null {
  const say = says.find((s) => (s as unknown as Say)({} as never, en) === v) as unknown as Say | undefined;
  return say ? call(say, {}, lang) : null;
}

/** The engine's household titles: "Employee", "Spouse", "Child", "Child 2", "Baby (expected)". */
function member(v: string, lang: Language): string | null {
  const o = { locale: lang };
  if (v === 'Employee') return m.relationship_employee({}, o);
  if (v === 'Spouse') return m.relationship_spouse({}, o);
  if (v === 'Child') return m.relationship_child({}, o);
  if (v === 'Baby (expected)') return m.member_baby_expected({}, o);
  const child = /^Child (\d+)$/.exec(v);
  return child ? m.relationship_child_n({ n: Number(child[1]) }, o) : null;
}

/** "A, B and C" read item by item and said again with the language's "and". */
function list(v: string, and: string, comma: string, say: (item: string) => string | null, lang: Language): string | null {
  const at = v.lastIndexOf(and);
  const items = at < 0 ? [v] : [...v.slice(0, at).split(comma), v.slice(at + and.length)];
  const said = items.map(say);
  if (said.some((x) => x === null)) return null;
  const words = said as string[];
  return words.length === 1 ? (words[0] as string) : m.eng_and({ a: words.slice(0, -1).join(', '), b: words.at(-1) as string }, { locale: lang });
}

/** A list of known labels (which may hold commas themselves) joined by `sep`, read label by label. */
function vocabulary<T>(v: string, labels: ReadonlyMap<string, T>, say: (x: T) => string | null, sep: string): string | null {
  const out: string[] = [];
  let rest = v;
  while (rest !== '') {
    const label = [...labels.keys()].filter((l) => rest === l || rest.startsWith(l + sep)).sort((a, b) => b.length - a.length)[0];
    if (label === undefined) return null;
    const said = say(labels.get(label) as T);
    if (said === null) return null;
    out.push(said);
    rest = rest.slice(label.length + (rest === label ? 0 : sep.length));
  }
  return out.join(sep);
}

/** An age band as the usage table names it, lower-cased: "under 1", "18 to 44", "75 and over". */
function band(v: string, lang: Language): string | null {
  const o = { locale: lang };
  let x: RegExpExecArray | null;
  if ((x = /^under (\d+)$/.exec(v))) return m.eng_band_under({ n: x[1] as string }, o);
  if ((x = /^(\d+) to (\d+)$/.exec(v))) return m.eng_band_range({ from: x[1] as string, to: x[2] as string }, o);
  if ((x = /^(\d+) and over$/.exec(v))) return m.eng_band_over({ n: x[1] as string }, o);
  return null;
}
