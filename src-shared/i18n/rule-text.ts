import type { LedgerLine } from '../pricing-schema';
import { CONDITION_LABELS, SERVICE_CODES, SERVICE_LABELS, type MemberCondition, type ServiceCode } from '../services';
import type { Language } from './language';
import { m } from './paraglide/messages.js';
import { serviceLabel } from './terms';

// The plain-language reason on each ledger line ("why this number") in any language. The engine writes it
// in English (src-main/engine/describe-rule.ts), once per distinct case and outside its hot loop; nothing
// about languages goes into the engine. Here the English sentence is read back into its parts — the
// messages of messages/rules, whose English is describe-rule's wording, part for part — and the parts are
// said again in the language asked for. tests/unit/i18n/rule-text.test.ts renders every case describe-rule
// can produce back into English through the same messages and checks it equals describe-rule's sentence,
// so the two cannot drift apart unnoticed. A sentence that does not read (new wording not in the catalog
// yet) is shown in English, marked as English.

type Params = Record<string, Value>;
type Value = string | number | Part;
/** One message of the rules catalog with its parameters; a parameter may itself be a part. */
export type Part = { msg: MessageKey; params?: Params } | { service: ServiceCode } | { text: string };

type Say = (inputs: never, options: { locale: Language }) => string;
const RULE_MESSAGES = {
  rule_nothing_after_deductible: m.rule_nothing_after_deductible,
  rule_nothing: m.rule_nothing,
  rule_not_covered: m.rule_not_covered,
  rule_copay: m.rule_copay,
  rule_coinsurance: m.rule_coinsurance,
  rule_copay_coinsurance: m.rule_copay_coinsurance,
  rule_after_deductible: m.rule_after_deductible,
  rule_cap: m.rule_cap,
  rule_cap_admission: m.rule_cap_admission,
  rule_cap_in_all: m.rule_cap_in_all,
  rule_per_day: m.rule_per_day,
  rule_per_trip: m.rule_per_trip,
  rule_per_admission: m.rule_per_admission,
  rule_per_procedure: m.rule_per_procedure,
  rule_per_prescription: m.rule_per_prescription,
  rule_per_item: m.rule_per_item,
  rule_per_visit: m.rule_per_visit,
  rule_per_opioid_30_days: m.rule_per_opioid_30_days,
  rule_visit_limit: m.rule_visit_limit,
  rule_kind_habilitative: m.rule_kind_habilitative,
  rule_kind_rehabilitative: m.rule_kind_rehabilitative,
  rule_kind_pulmonary: m.rule_kind_pulmonary,
  rule_day_limit_used: m.rule_day_limit_used,
  rule_days_per_condition: m.rule_days_per_condition,
  rule_days_per_year: m.rule_days_per_year,
  rule_waived_scan: m.rule_waived_scan,
  rule_waived_er: m.rule_waived_er,
  rule_specialist_office: m.rule_specialist_office,
  rule_billed_as_specialist: m.rule_billed_as_specialist,
  rule_brochure_label: m.rule_brochure_label,
  rule_brochure_head: m.rule_brochure_head,
  rule_rx: m.rule_rx,
  rule_rx_copays: m.rule_rx_copays,
  rule_channel_retail: m.rule_channel_retail,
  rule_channel_plan_pharmacy: m.rule_channel_plan_pharmacy,
  rule_channel_mail: m.rule_channel_mail,
  rule_stay_days: m.rule_stay_days,
  rule_brand_over_generic: m.rule_brand_over_generic,
  rule_birthday: m.rule_birthday,
  rule_birthday_lost: m.rule_birthday_lost,
  rule_limit_lifted: m.rule_limit_lifted,
  rule_condition_autism_spectrum_disorder: m.rule_condition_autism_spectrum_disorder,
  rule_condition_cleft_lip_palate: m.rule_condition_cleft_lip_palate,
  rule_days_over: m.rule_days_over,
  rule_oop_capped: m.rule_oop_capped,
} as const satisfies Record<string, Say>;
type MessageKey = keyof typeof RULE_MESSAGES;

/** The plans' labels the catalog knows (messages rule_label_*): English as the plan file writes it → its message. */
const LABELS: [english: string, message: Say][] = [
  [m.rule_label_pcp_office({}, { locale: 'en' }), m.rule_label_pcp_office],
  [m.rule_label_mh_office({}, { locale: 'en' }), m.rule_label_mh_office],
  [m.rule_label_infertility_18({}, { locale: 'en' }), m.rule_label_infertility_18],
  [m.rule_label_hearing_18({}, { locale: 'en' }), m.rule_label_hearing_18],
  [m.rule_label_billed_pcp({}, { locale: 'en' }), m.rule_label_billed_pcp],
  [m.rule_label_early_intervention({}, { locale: 'en' }), m.rule_label_early_intervention],
  [m.rule_label_children_17({}, { locale: 'en' }), m.rule_label_children_17],
];

const MONEY = String.raw`\$[\d,]+(?:\.\d{2})?`;
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const AFTER = ' after the deductible';

const byLowerLabel = new Map<string, ServiceCode>(SERVICE_CODES.map((code) => [SERVICE_LABELS[code].toLowerCase(), code]));
const CONDITION_BY_TEXT = new Map<string, MemberCondition>(Object.entries(CONDITION_LABELS).map(([k, v]) => [v, k as MemberCondition]));
const KIND: Record<string, MessageKey> = {
  'habilitative ': 'rule_kind_habilitative',
  'rehabilitative ': 'rule_kind_rehabilitative',
  'pulmonary rehabilitation ': 'rule_kind_pulmonary',
};
const UNIT: Record<string, MessageKey> = {
  day: 'rule_per_day',
  trip: 'rule_per_trip',
  admission: 'rule_per_admission',
  procedure: 'rule_per_procedure',
  prescription: 'rule_per_prescription',
  item: 'rule_per_item',
  visit: 'rule_per_visit',
  '30 days of treatment': 'rule_per_opioid_30_days',
};
const CHANNEL: Record<string, MessageKey> = {
  'at a network pharmacy': 'rule_channel_retail',
  'at a Plan pharmacy': 'rule_channel_plan_pharmacy',
  'by mail order': 'rule_channel_mail',
};
const part = (msg: MessageKey, params?: Params): Part => (params ? { msg, params } : { msg });
const empty: Part = { text: '' };

function after(flag: string | undefined): Part {
  return flag ? part('rule_after_deductible') : empty;
}

function dayLimitWords(text: string): Part | null {
  const perCondition = new RegExp(String.raw`^(\d+) days per condition \(counted per plan year\)$`).exec(text);
  if (perCondition) return part('rule_days_per_condition', { days: Number(perCondition[1]) });
  const perYear = /^(\d+) days per plan year$/.exec(text);
  return perYear ? part('rule_days_per_year', { days: Number(perYear[1]) }) : null;
}

function serviceOf(lowerLabel: string): Part | null {
  const code = byLowerLabel.get(lowerLabel);
  return code ? { service: code } : null;
}

/** describeRule's sentence: the cost share, after the deductible or not, and its cap. */
function head(text: string): Part | null {
  if (text === 'Nothing after the deductible') return part('rule_nothing_after_deductible');
  if (text === 'Nothing to pay') return part('rule_nothing');
  if (text === 'Not covered: the member pays all charges') return part('rule_not_covered');
  let r = new RegExp(`^(${MONEY}) copay plus (${NUMBER})% of the allowed amount(${AFTER})?(?:, up to (${MONEY}) in all)?$`).exec(text);
  if (r)
    return part('rule_copay_coinsurance', {
      amount: r[1] as string,
      pct: r[2] as string,
      after: after(r[3]),
      cap: r[4] ? part('rule_cap_in_all', { amount: r[4] }) : empty,
    });
  r = new RegExp(`^(${NUMBER})% of the allowed amount(${AFTER})?(?:, up to (${MONEY}))?$`).exec(text);
  if (r) return part('rule_coinsurance', { pct: r[1] as string, after: after(r[2]), cap: r[3] ? part('rule_cap', { amount: r[3] }) : empty });
  r = new RegExp(`^(${MONEY}) copay per (.+?)(${AFTER})?(?:, up to (${MONEY})( per admission)?)?$`).exec(text);
  if (r) {
    const what = r[2] as string;
    const unit = UNIT[what];
    const service = unit ? null : what.endsWith(' visit') ? serviceOf(what) : null;
    if (!unit && !service) return null;
    const cap = r[4] ? part(r[5] ? 'rule_cap_admission' : 'rule_cap', { amount: r[4] }) : empty;
    return part('rule_copay', { amount: r[1] as string, what: unit ? part(unit) : (service as Part), after: after(r[3]), cap });
  }
  return null;
}

/** A plan's own label: the catalog's words for it, or its English in quotes. */
function label(text: string): Part {
  return { text: `\u0000label:${text}` };
}

/** Reads an English reason into its parts; null when it does not read. */
export function readReason(text: string, decidedBy: readonly string[] = []): Part[] | null {
  let r =
    /^Not covered: the limit of (\d+) ((?:habilitative|rehabilitative|pulmonary rehabilitation) )?visits per plan year for (.+) is used up; the member pays all charges$/.exec(
      text,
    );
  if (r) {
    const service = serviceOf(r[3] as string);
    return service ? [part('rule_visit_limit', { limit: Number(r[1]), kind: r[2] ? part(KIND[r[2]] as MessageKey) : empty, service })] : null;
  }
  r = /^Not covered: the limit of (.+) for (.+) is used up; the member pays all charges$/.exec(text);
  if (r) {
    const words = dayLimitWords(r[1] as string);
    const service = serviceOf(r[2] as string);
    return words && service ? [part('rule_day_limit_used', { limit: words, service })] : null;
  }
  if (text === m.rule_waived_scan({}, { locale: 'en' })) return [part('rule_waived_scan')];
  if (text === m.rule_waived_er({}, { locale: 'en' })) return [part('rule_waived_er')];

  // The suffixes describeApplied appends, taken off the end in the reverse order.
  const tail: Part[] = [];
  let rest = text;
  const take = (re: RegExp, make: (g: RegExpExecArray) => Part | null): boolean => {
    const g = re.exec(rest);
    if (!g) return false;
    const made = make(g);
    if (!made) return false;
    tail.unshift(made);
    rest = rest.slice(0, g.index);
    return true;
  };
  take(/; out-of-pocket maximum reached, the plan pays the rest$/, () => part('rule_oop_capped'));
  take(new RegExp(`; (\\d+) of the (\\d+) days (?:is|are) past the limit of (.+?) and not covered \\((${MONEY})\\)$`), (g) => {
    const words = dayLimitWords(g[3] as string);
    return words ? part('rule_days_over', { over: Number(g[1]), stay: Number(g[2]), limit: words, amount: g[4] as string }) : null;
  });
  take(/; visit (\d+) this plan year, past the limit of (\d+): no visit limit with (.+)$/, (g) => {
    const condition = CONDITION_BY_TEXT.get(g[3] as string);
    return condition
      ? part('rule_limit_lifted', { visit: Number(g[1]), limit: Number(g[2]), condition: part(`rule_condition_${condition}` as MessageKey) })
      : null;
  });
  take(/; age (\d+) on the date of service \(turned \1 on (\d{4}-\d{2}-\d{2})\)(?:, so "(.+)" no longer applies)?$/, (g) =>
    g[3]
      ? part('rule_birthday_lost', { age: Number(g[1]), date: g[2] as string, label: label(g[3]) })
      : part('rule_birthday', { age: Number(g[1]), date: g[2] as string }),
  );
  take(/, on the price of the prescribed generic$/, () => part('rule_brand_over_generic'));
  const rx = take(/(?: × (\d+) copays)? for a (\d+)-day supply (at a network pharmacy|at a Plan pharmacy|by mail order)$/, (g) =>
    part('rule_rx', {
      copays: g[1] ? part('rule_rx_copays', { count: Number(g[1]) }) : empty,
      days: Number(g[2]),
      channel: part(CHANNEL[g[3] as string] as MessageKey),
    }),
  );
  if (!rx) take(/ \((\d+) days?\)$/, (g) => part('rule_stay_days', { days: Number(g[1]) }));

  // The head, then up to two parentheticals: the office setting's and the age exception's.
  const parentheticals: Part[] = [];
  for (let i = 0; i <= 2; i++) {
    const h = head(rest);
    if (h) return [h, ...parentheticals, ...tail];
    const specialist = [
      [m.rule_specialist_office({}, { locale: 'en' }), 'rule_specialist_office'],
      [m.rule_billed_as_specialist({}, { locale: 'en' }), 'rule_billed_as_specialist'],
    ] as const;
    const known = specialist.find(([english]) => rest.endsWith(english));
    if (known) {
      parentheticals.unshift(part(known[1]));
      rest = rest.slice(0, rest.length - known[0].length);
      continue;
    }
    const g = /^(.+) \(([^()]+(?:\([^()]*\)[^()]*)*)\)$/.exec(rest);
    if (!g) break;
    parentheticals.unshift(part('rule_brochure_label', { label: label(g[2] as string) }));
    rest = g[1] as string;
  }
  // An age exception whose own words are the whole rule ("Nothing for children through age 17").
  if (decidedBy.includes('age_exception') && rest.length > 0) {
    return [part('rule_brochure_head', { label: label(rest.charAt(0).toLowerCase() + rest.slice(1)) }), ...parentheticals, ...tail];
  }
  return null;
}

function say(p: Value, lang: Language): string {
  if (typeof p === 'string' || typeof p === 'number') return String(p);
  if ('service' in p) return serviceLabel(p.service, lang).toLowerCase();
  if ('text' in p) {
    if (!p.text.startsWith('\u0000label:')) return p.text;
    const english = p.text.slice('\u0000label:'.length);
    const known = LABELS.find(([en]) => en === english);
    return known ? known[1]({} as never, { locale: lang }) : english;
  }
  // A label the catalog has words for is said in them, plainly; an unknown one is quoted as the plan writes it.
  const labelled = p.params?.label;
  if ((p.msg === 'rule_brochure_head' || p.msg === 'rule_brochure_label') && lang !== 'en' && typeof labelled === 'object' && 'text' in labelled) {
    const english = labelled.text.slice('\u0000label:'.length);
    const known = LABELS.find(([en]) => en === english);
    if (known) {
      const words = known[1]({} as never, { locale: lang });
      return p.msg === 'rule_brochure_head' ? words.charAt(0).toUpperCase() + words.slice(1) : ` (${words})`;
    }
  }
  const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, say(v, lang)]));
  const text = (RULE_MESSAGES[p.msg] as unknown as (i: Record<string, string>, o: { locale: Language }) => string)(params, { locale: lang });
  // The head of an age exception reads as the label, capitalized, in English as describe-rule writes it.
  return p.msg === 'rule_brochure_head' && lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The parts said in `lang` (in English, exactly describe-rule's sentence). */
export function sayReason(parts: readonly Part[], lang: Language): string {
  return parts.map((p) => say(p, lang)).join('');
}

/** The plain-language reason of a ledger line in `lang`, and the language it is actually in. */
export function ruleText(rule: Pick<LedgerLine['rule'], 'text' | 'decidedBy'>, lang: Language): { text: string; lang: Language } {
  if (lang === 'en') return { text: rule.text, lang: 'en' };
  const parts = readReason(rule.text, rule.decidedBy ?? []);
  return parts ? { text: sayReason(parts, lang), lang } : { text: rule.text, lang: 'en' };
}
