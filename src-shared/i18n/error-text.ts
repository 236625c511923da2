import es from 'zod/v4/locales/es.js';
import type { ErrorKey } from '../refusal';
import { COVERS_TEXT } from '../enrollment-types';
import { engineText } from './engine-text';
import type { Language } from './language';
import { m } from './paraglide/messages.js';
import { getLocale } from './paraglide/runtime.js';
import { AppErrorEnvelope, type AppErrorShape, type ProblemShape, type SaidShape } from '../result';
import { issueFromParts } from '../zod-issues';

// The one place an error envelope becomes words, in the language asked for (the renderer: the language on
// screen, through src-renderer/src/lib/error-words.ts; the command line: --lang). The main process sends
// its English (`message`, `issues`) and the same in parts (`said`: a catalog key of messages/errors and its
// parameters; `problems`: each issue's path and zod code). A schema's built-in complaint is said by zod's
// own Spanish locale; a schema's own words (a refine's text) by our catalog (err_s_*); a sentence of the
// engine by engine-text.ts. What still cannot be said in the language stays English, `english: true`, for
// the screen to mark lang="en" and say so (m.err_english_note).

export interface Said {
  text: string;
  /** The text is the app's English: mark it lang="en" and say that it is English. */
  english: boolean;
}

export interface ErrorWords extends Said {
  issues: Said[];
}

type Say = (inputs: Record<string, string | number>, options: { locale: Language }) => string;
const say = (key: string): Say | null => {
  const fn = (m as unknown as Record<string, Say | undefined>)[key];
  return key.startsWith('err_') && typeof fn === 'function' ? fn : null;
};

/** The envelope inside an error the api threw (ApiError), or a bare envelope; null for anything else. */
export function envelopeOf(error: unknown): AppErrorShape | null {
  const inner = (error as { error?: unknown } | null)?.error ?? error;
  const parsed = AppErrorEnvelope.safeParse(inner);
  return parsed.success ? (parsed.data as AppErrorShape) : null;
}

// Messages whose English is the catalog's word for word without their key (written where the envelope is
// rebuilt from a worker's answer, src-main/compute): read back by their text.
const FIXED: readonly ErrorKey[] = ['err_cancelled', 'err_internal', 'err_closing', 'err_invalid_data', 'err_read_only', 'err_kiosk_read_only'];
// The schemas' own words (refine and custom texts), English → catalog key, and the two with a parameter.
const OWN: readonly ErrorKey[] = [
  'err_s_condition_twice',
  'err_s_age_or_birth',
  'err_s_id_chars',
  'err_s_employer_twice',
  'err_s_window_first_day',
  'err_s_fills_too_many',
  'err_s_away_both',
  'err_s_birth_on_mother',
  'err_s_age_not_both',
  'err_s_one_spouse',
  'err_s_child_parent',
  'err_s_twenty_people',
  'err_s_one_birth',
  'err_s_plan_twice',
  'err_s_dollars',
  'err_s_age_exception',
  'err_s_min_above_max',
  'err_s_family_amount',
  'err_s_penalty',
  'err_s_year_order',
  'err_s_author',
  'err_s_revision_or_plan',
  'err_s_revision_or_draft',
  'err_s_tax_nan',
  'err_s_money_nan',
  'err_s_money_cents',
  'err_s_money_max',
];
const OWN_WITH_PARAMS: readonly { re: RegExp; said: (match: RegExpExecArray) => SaidShape }[] = [
  { re: /^expected exactly one employee, found (\d+)$/, said: (x) => ({ key: 'err_s_one_employee', params: { count: Number(x[1]) } }) },
  { re: /^member id "(.*)" is used twice$/, said: (x) => ({ key: 'err_s_member_twice', params: { id: x[1] ?? '' } }) },
  { re: /^"(.*)" is kept for the expected baby; rename that member$/, said: (x) => ({ key: 'err_s_kept_for_baby', params: { id: x[1] ?? '' } }) },
  { re: /^a tax rate of (.*)% is below zero: /, said: (x) => ({ key: 'err_s_tax_below', params: { rate: x[1] ?? '' } }) },
  { re: /^a tax rate of (.*)% is above 60%: /, said: (x) => ({ key: 'err_s_tax_above', params: { rate: x[1] ?? '' } }) },
  { re: /^the employer HSA or HRA money cannot be below zero \(got (.*)\): /, said: (x) => ({ key: 'err_s_money_below', params: { amount: x[1] ?? '' } }) },
  // "this enrollment type covers <COVERS_TEXT>; the household has n" (household-schema.ts), one key per type.
  ...(
    [
      ['self_only', 'err_s_covers_self_only'],
      ['self_plus_one', 'err_s_covers_self_plus_one'],
      ['self_and_family', 'err_s_covers_family'],
    ] as const
  ).map(([type, key]) => ({
    re: new RegExp(`^this enrollment type covers ${COVERS_TEXT[type]}; the household has (\\d+)$`),
    said: (x: RegExpExecArray): SaidShape => ({ key, params: { n: Number(x[1]) } }),
  })),
];

function byEnglish(keys: readonly ErrorKey[], text: string): SaidShape | null {
  const key = keys.find((k) => say(k)?.({}, { locale: 'en' }) === text);
  return key ? { key } : null;
}

const spanishZod = es().localeError;

/** One located problem in `lang`: "plans[0].planName: Entrada inválida: se esperaba texto, recibido número". */
export function problemWords(problem: ProblemShape, lang: Language): Said {
  const said = issueWords(problem, lang);
  return { text: `${problem.path}: ${said.text}`, english: said.english };
}

/** What a problem says, without its path: "Entrada inválida: se esperaba texto, recibido número". */
export function issueWords(problem: ProblemShape, lang: Language): Said {
  const english = { text: problem.message, english: true };
  if (lang === 'en') return { ...english, english: false };
  let said: Said | null = null;
  if (problem.said) said = catalogWords(problem.said, lang, []);
  else if (problem.own || problem.code === 'custom') {
    const own = byEnglish(OWN, problem.message) ?? OWN_WITH_PARAMS.map((o) => [o, o.re.exec(problem.message)] as const).find(([, x]) => x);
    const shape = own && 'key' in own ? own : own ? own[0].said(own[1] as RegExpExecArray) : null;
    said = shape ? catalogWords(shape, lang, []) : null;
  } else if (lang === 'es') {
    const text = spanishZod(issueFromParts(problem));
    const words = typeof text === 'string' ? text : text?.message;
    said = words ? { text: words, english: false } : null;
  }
  return said && !said.english ? said : english;
}

/** A parameter that is itself words: a reason, a first issue, a list of what a plan lacks. */
function paramWords(name: string, value: string | number, lang: Language, problems: readonly ProblemShape[]): Said {
  if (typeof value === 'number') return { text: String(value), english: false };
  if (name === 'reason') {
    const kiosk = byEnglish(['err_kiosk_read_only'], value);
    return { text: (kiosk ? m.err_kiosk_read_only : m.err_read_only)({}, { locale: lang }), english: false };
  }
  if (name === 'issue' && problems[0]) return problemWords(problems[0], lang);
  if (name === 'missing') {
    const items = value.split('; ').map((item) => engineText(item, lang));
    return items.some((x) => x.english) ? { text: value, english: true } : { text: items.map((x) => x.text).join('; '), english: false };
  }
  // The engine's reason for refusing a save ("plan.networkTiers.travel: …") reads back where it can.
  if (name === 'detail') return engineText(value, lang);
  return { text: value, english: name === 'issue' };
}

function catalogWords(said: SaidShape, lang: Language, problems: readonly ProblemShape[]): Said | null {
  const fn = say(said.key);
  if (!fn) return null;
  const params: Record<string, string | number> = {};
  let english = false;
  for (const [name, value] of Object.entries(said.params ?? {})) {
    const words = paramWords(name, value, lang, problems);
    params[name] = typeof value === 'number' ? value : words.text;
    // A free detail (a JSON parser's message, the engine's reason) stays English inside the sentence,
    // which says so ("detalle en inglés") where the catalog has it; a first issue left English marks it all.
    if (words.english && name === 'issue') english = true;
  }
  return english ? null : { text: fn(params, { locale: lang }), english: false };
}

/** What an error says, in `lang`, with its located problems. */
export function errorWords(error: unknown, lang: Language = getLocale()): ErrorWords {
  const shape = envelopeOf(error);
  if (!shape) {
    const text = error instanceof Error ? error.message : String(error);
    return { text, english: lang !== 'en', issues: [] };
  }
  const problems = shape.problems ?? [];
  // Issues without parts (a plan's missing items, a worker's lines) are read back by engine-text where they read.
  const issues: Said[] = problems.length ? problems.map((p) => problemWords(p, lang)) : (shape.issues ?? []).map((text) => engineText(text, lang));
  if (lang === 'en') return { text: shape.message, english: false, issues: issues.map((i) => ({ ...i, english: false })) };
  let said: Said | null = null;
  const key = shape.said ?? byEnglish(FIXED, shape.message);
  if (key) said = catalogWords(key, lang, problems);
  else if (problems[0] && shape.message === shape.issues?.[0]) said = issues[0] ?? null;
  else {
    const engine = engineText(shape.message, lang);
    if (!engine.english) said = engine;
  }
  return { ...(said && !said.english ? said : { text: shape.message, english: true }), issues };
}

/** The words alone (a line of a status message). */
export const errorText = (error: unknown, lang?: Language): Said => {
  const { text, english } = errorWords(error, lang);
  return { text, english };
};
