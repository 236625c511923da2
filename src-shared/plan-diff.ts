import { formatCostShareText } from './cost-share-text';
import { m, sayIn, type Language, type PlainMessage } from './i18n';
import { formatCents } from './money';
import type { AgeException, BenefitRule, Enrollment, Plan, PersonFamilyLimit } from './plan-schema';
import type { RevisionAction } from './plan-history';
import { ENROLLMENT_LABELS, ENROLLMENT_TYPES } from './enrollment-types';
import { enrollmentLabel, longDate, serviceLabel } from './i18n/terms';
import { SBC_CHANNEL_LABELS } from './prescription-labels';
import { ruleDetailsText } from './rule-details';
import { SBC_ROWS } from './sbc-layout';
import { PHARMACY_CHANNELS } from './services';

// What changed between two versions of a plan (or two plans), in plain words, one line per changed
// fact: "Primary care visit: $30 copay per visit → $35 copay per visit". Pure; the plans:diff handler
// adds what the change does to a sample household's year.
//
// In the language asked for (the screen's, which the editor sends in plans:diff): every label, value and
// line is a message of messages/diff; English is the default and reads word for word as it always did.
// What the SBC prints stays as printed, in English, inside the Spanish line: a cost as the HR admin types
// it (formatCostShareText: "$30 copay per visit"), the out-of-network text, a limitation note, a list
// item (an exclusion, a network note, a plan note, a source title), names and codes. The editor says so
// above the list (ed_diff_printed_english).

export interface PlanChange {
  /** What changed, as a person names it ("Deductible", "Primary care visit, out of network"). */
  label: string;
  /** The old and new value in words; "" for an item that was added or removed from a list. */
  before: string;
  after: string;
  /** The whole line: "label: before → after", or "label: added “…”". */
  text: string;
}

/** The words of one language, the values written as the diff writes them. */
function wordsIn(lang: Language) {
  const o = { locale: lang };
  const say = (message: PlainMessage): string => sayIn(message, lang);
  const notEntered = say(m.diff_not_entered);
  const notOffered = say(m.diff_not_offered);
  const money = (c: number | null): string => (c === null ? say(m.diff_not_given) : formatCents(c, c % 100 === 0, lang));
  const yesNo = (b: boolean | null | undefined): string => (b === null || b === undefined ? say(m.diff_not_known) : say(b ? m.diff_yes : m.diff_no));

  function limitText(l: PersonFamilyLimit | null): string {
    if (!l) return notEntered;
    const how = say(l.embedded ? m.diff_embedded : m.diff_family_only);
    return m.diff_limit({ person: money(l.personCents), family: money(l.familyCents), how }, o);
  }

  function ruleCost(rule: BenefitRule | undefined): string {
    if (!rule) return notEntered;
    const extras = rule.visitLimitPerYear === undefined ? {} : { visitLimitPerYear: rule.visitLimitPerYear };
    return formatCostShareText(rule.costShare, rule.afterDeductible, extras);
  }

  function ageText(e: AgeException): string {
    const ages =
      e.minAge !== undefined && e.maxAge !== undefined
        ? m.diff_ages_between({ min: e.minAge, max: e.maxAge }, o)
        : e.maxAge !== undefined
          ? m.diff_age_or_younger({ age: e.maxAge }, o)
          : m.diff_age_or_older({ age: e.minAge ?? 0 }, o);
    return m.diff_exception({ ages, cost: formatCostShareText(e.costShare, e.afterDeductible) }, o);
  }

  function exceptionsText(rule: BenefitRule | undefined): string {
    const list = rule?.exceptions ?? [];
    return list.length === 0 ? say(m.diff_none) : list.map(ageText).join('; ');
  }

  const COLUMNS: [PlainMessage, (e: Enrollment) => string][] = [
    [m.diff_prem_code, (e) => e.code],
    [m.diff_prem_biweekly_employee, (e) => money(e.biweekly.employeeCents)],
    [m.diff_prem_biweekly_employer, (e) => money(e.biweekly.employerCents)],
    [m.diff_prem_monthly_employee, (e) => money(e.monthly.employeeCents)],
    [m.diff_prem_monthly_employer, (e) => money(e.monthly.employerCents)],
  ];
  function premiumValues(e: Enrollment | undefined): [string, string][] {
    return COLUMNS.map(([column, value]) => [say(column), e ? value(e) : notOffered]);
  }

  function supplyText(plan: Plan, channel: (typeof PHARMACY_CHANNELS)[number]): string {
    const d = plan.pharmacy[channel];
    if (!d) return notOffered;
    return d.tiers.map((t) => m.diff_supply_tier({ days: t.upToDays, copays: t.copays }, o)).join('; ');
  }

  const date = (iso: string): string => (lang === 'en' ? iso : longDate(iso, lang));
  const year = (p: Plan): string => m.diff_year({ start: date(p.planYear.start), end: date(p.planYear.end), label: p.planYear.label }, o);
  const status = (p: Plan): string => (p.status.complete ? say(m.diff_complete) : m.diff_incomplete({ count: p.status.missing.length }, o));
  const PROGRAM: Record<Plan['program'], PlainMessage> = { district: m.ed_program_district, fehb: m.ed_program_fehb, other: m.ed_program_other };
  /** The program's code in English (as it always read), its name in any other language. */
  const program = (p: Plan): string => (lang === 'en' ? p.program : say(PROGRAM[p.program]));
  /** The enrollment type as the brochure names it: lower case in English, with its meaning beside it in Spanish. */
  const enrollment = (type: (typeof ENROLLMENT_TYPES)[number]): string => (lang === 'en' ? ENROLLMENT_LABELS[type].toLowerCase() : enrollmentLabel(type, lang));
  const channel = (c: (typeof PHARMACY_CHANNELS)[number]): string => {
    const name = say(SBC_CHANNEL_LABELS[c]);
    return lang === 'en' ? name.toLowerCase() : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  };

  return { o, say, notEntered, yesNo, limitText, ruleCost, exceptionsText, premiumValues, supplyText, year, status, program, enrollment, channel };
}

const MAX_QUOTE = 160;
const quote = (s: string): string => `“${s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 3)}…` : s}”`;

/** Two long texts quoted from a little before where they first differ, so the change is in view. */
function quotePair(a: string, b: string, none: string): [string, string] {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  const cut = (s: string): string => {
    if (s === '') return none;
    const part = s.slice(from);
    return quote(`${from > 0 ? '…' : ''}${part}`);
  };
  return [cut(a), cut(b)];
}

export function diffPlans(before: Plan, after: Plan, lang: Language = 'en'): PlanChange[] {
  const w = wordsIn(lang);
  const { o, say } = w;
  const changes: PlanChange[] = [];
  const value = (label: string, a: string, b: string): void => {
    if (a !== b) changes.push({ label, before: a, after: b, text: m.diff_line({ label, before: a, after: b }, o) });
  };
  const list = (label: string, a: readonly string[], b: readonly string[]): void => {
    for (const item of a) if (!b.includes(item)) changes.push({ label, before: item, after: '', text: m.diff_removed({ label, item: quote(item) }, o) });
    for (const item of b) if (!a.includes(item)) changes.push({ label, before: '', after: item, text: m.diff_added({ label, item: quote(item) }, o) });
  };

  value(say(m.diff_carrier), before.carrier, after.carrier);
  value(say(m.diff_plan_name), before.planName, after.planName);
  value(say(m.diff_option), before.option, after.option);
  value(say(m.diff_group), before.group ?? say(m.diff_no_group), after.group ?? say(m.diff_no_group));
  value(say(m.diff_program), w.program(before), w.program(after));

  value(say(m.diff_deductible), w.limitText(before.deductible), w.limitText(after.deductible));
  value(say(m.diff_oop), w.limitText(before.oopMax), w.limitText(after.oopMax));
  list(say(m.diff_oop_excludes), before.oopExcludes, after.oopExcludes);
  value(say(m.diff_oon_benefit), w.yesNo(before.network.outOfNetworkBenefit), w.yesNo(after.network.outOfNetworkBenefit));
  list(say(m.diff_network_note), before.network.notes, after.network.notes);

  const none = say(m.diff_none);
  for (const { service } of SBC_ROWS) {
    const a = before.benefits[service];
    const b = after.benefits[service];
    const label = serviceLabel(service, lang);
    value(label, w.ruleCost(a), w.ruleCost(b));
    if (!a || !b) continue;
    const notGiven = say(m.diff_not_given);
    value(m.diff_service_oon({ service: label }, o), a.outOfNetworkYouPay ?? notGiven, b.outOfNetworkYouPay ?? notGiven);
    value(m.diff_service_ages({ service: label }, o), w.exceptionsText(a), w.exceptionsText(b));
    value(m.diff_service_waived({ service: label }, o), w.yesNo(a.waivedIfAdmitted ?? false), w.yesNo(b.waivedIfAdmitted ?? false));
    value(m.diff_service_rules({ service: label }, o), ruleDetailsText(a, lang) || none, ruleDetailsText(b, lang) || none);
    value(m.diff_service_counts({ service: label }, o), w.yesNo(a.countsTowardOop), w.yesNo(b.countsTowardOop));
    if ((a.note ?? '') !== (b.note ?? '')) {
      const [was, now] = quotePair(a.note ?? '', b.note ?? '', none);
      const limits = m.diff_service_limits({ service: label }, o);
      changes.push({ label: limits, before: a.note ?? '', after: b.note ?? '', text: m.diff_line({ label: limits, before: was, after: now }, o) });
    }
  }

  for (const channel of PHARMACY_CHANNELS)
    value(m.diff_supply({ channel: w.channel(channel) }, o), w.supplyText(before, channel), w.supplyText(after, channel));

  for (const type of ENROLLMENT_TYPES) {
    const a = w.premiumValues(before.enrollment.find((e) => e.type === type));
    const b = w.premiumValues(after.enrollment.find((e) => e.type === type));
    a.forEach(([column, text], i) => value(m.diff_premium({ type: w.enrollment(type), column }, o), text, b[i]?.[1] ?? ''));
  }

  value(say(m.diff_plan_year), w.year(before), w.year(after));
  list(say(m.diff_note), before.notes ?? [], after.notes ?? []);
  list(
    say(m.diff_source),
    before.sources.map((s) => s.title),
    after.sources.map((s) => s.title),
  );
  value(say(m.diff_status), w.status(before), w.status(after));
  return changes;
}

const ACTION: Record<RevisionAction, PlainMessage> = {
  seed: m.diff_action_seed,
  'seed-update': m.diff_action_seed_update,
  import: m.diff_action_import,
  edit: m.diff_action_edit,
  create: m.diff_action_create,
};

/** What a revision did, in words: the action's code in English ("edit", "seed-update"), a phrase in Spanish. */
export function revisionActionLabel(action: RevisionAction, lang: Language = 'en'): string {
  return ACTION[action]({}, { locale: lang });
}
