import { m } from './paraglide/messages.js';
import { intlLocale, type Language } from './language';
import { sayIn } from './say';
import type { ComparePriority, ConditionId, LifeEventType, Relationship, UsagePresetId } from '../household-schema';
import type { EnrollmentType } from '../plan-schema';
import { SERVICE_LABELS, type ServiceCode } from '../services';
import type { PriceEntry } from '../tables-schema';

// The app's words for its own vocabulary (services, enrollment types, priorities, people, care levels,
// events, drug kinds, the glossary), in every language, from the one message catalog (messages/terms).
// The screens, the printed report, the CSV and the command line all take their words from here.

type Message = (inputs?: Record<string, never>, options?: { locale?: Language }) => string;

/**
 * Services by code: the message service_<code> of messages/terms. Looked up by name, so the catalog may
 * already name services a plan engineer is still adding; a service without a message is named in English
 * until it has one (tests/unit/i18n/catalog.test.ts lists it, so it does not stay that way).
 */
const MESSAGES = m as unknown as Record<string, Message | undefined>;
const serviceMessage = (code: ServiceCode): Message | undefined => MESSAGES[`service_${code}`];

export function serviceLabel(code: ServiceCode, lang: Language): string {
  const message = serviceMessage(code);
  return message ? sayIn(message, lang) : SERVICE_LABELS[code];
}

/** The services that have no message yet (for the catalog test). */
export function servicesWithoutMessages(codes: readonly ServiceCode[]): ServiceCode[] {
  return codes.filter((code) => serviceMessage(code) === undefined);
}

export const GLOSSARY_KEYS = [
  'premium',
  'deductible',
  'copay',
  'coinsurance',
  'oopMax',
  'outOfPocket',
  'allowed',
  'range',
  'worstCase',
  'breakEven',
  'network',
] as const;
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

const GLOSSARY: Record<GlossaryKey, { term: Message; meaning: Message }> = {
  premium: { term: m.glossary_premium_term, meaning: m.glossary_premium },
  deductible: { term: m.glossary_deductible_term, meaning: m.glossary_deductible },
  copay: { term: m.glossary_copay_term, meaning: m.glossary_copay },
  coinsurance: { term: m.glossary_coinsurance_term, meaning: m.glossary_coinsurance },
  oopMax: { term: m.glossary_oop_max_term, meaning: m.glossary_oop_max },
  outOfPocket: { term: m.glossary_out_of_pocket_term, meaning: m.glossary_out_of_pocket },
  allowed: { term: m.glossary_allowed_term, meaning: m.glossary_allowed },
  range: { term: m.glossary_range_term, meaning: m.glossary_range },
  worstCase: { term: m.glossary_worst_case_term, meaning: m.glossary_worst_case },
  breakEven: { term: m.glossary_break_even_term, meaning: m.glossary_break_even },
  network: { term: m.glossary_network_term, meaning: m.glossary_network },
};

/** A glossary entry: the term as CuidadoDeSalud.gov writes it, and its one-line meaning. */
export function glossaryEntry(key: GlossaryKey, lang: Language): { term: string; meaning: string } {
  return { term: sayIn(GLOSSARY[key].term, lang), meaning: sayIn(GLOSSARY[key].meaning, lang) };
}

const ENROLLMENT: Record<EnrollmentType, Message> = {
  self_only: m.enrollment_self_only,
  self_plus_one: m.enrollment_self_plus_one,
  self_and_family: m.enrollment_self_and_family,
};
/** The brochure's names ("Self and Family"); in Spanish with what they mean beside them. */
export function enrollmentLabel(type: EnrollmentType, lang: Language): string {
  return sayIn(ENROLLMENT[type], lang);
}

const PRIORITY: Record<ComparePriority, Message> = {
  lowest_expected: m.priority_lowest_expected,
  lowest_worst_case: m.priority_lowest_worst_case,
  lowest_premium: m.priority_lowest_premium,
  balanced: m.priority_balanced,
};
export function priorityLabel(priority: ComparePriority, lang: Language): string {
  return sayIn(PRIORITY[priority], lang);
}

const RELATIONSHIP: Record<Relationship, Message> = { employee: m.relationship_employee, spouse: m.relationship_spouse, child: m.relationship_child };
export function relationshipLabel(relationship: Relationship, lang: Language): string {
  return sayIn(RELATIONSHIP[relationship], lang);
}

/** "Employee", "Spouse", "Child 2", and "Ana (Spouse)" when a name is given: the household's titles. */
export function memberTitles(members: readonly { relationship: Relationship; name: string }[], lang: Language): string[] {
  const children = members.filter((p) => p.relationship === 'child').length;
  let child = 0;
  return members.map((p) => {
    const role =
      p.relationship === 'child' && children > 1 ? m.relationship_child_n({ n: ++child }, { locale: lang }) : relationshipLabel(p.relationship, lang);
    return p.name.trim() ? m.member_title_named({ name: p.name.trim(), role }, { locale: lang }) : role;
  });
}

const PRESET: Record<UsagePresetId, Message> = { none: m.preset_none, low: m.preset_low, typical: m.preset_typical, high: m.preset_high };
export function presetLabel(preset: UsagePresetId, lang: Language): string {
  return sayIn(PRESET[preset], lang);
}

const CONDITION: Record<ConditionId, Message> = {
  type2_diabetes: m.condition_type2_diabetes,
  asthma: m.condition_asthma,
  depression_in_treatment: m.condition_depression_in_treatment,
  chronic_specialty_drug: m.condition_chronic_specialty_drug,
};
export function conditionLabel(condition: ConditionId, lang: Language): string {
  return sayIn(CONDITION[condition], lang);
}

const EVENT: Record<LifeEventType, Message> = {
  baby: m.event_baby,
  er_visit: m.event_er_visit,
  er_visit_admitted: m.event_er_visit_admitted,
  outpatient_surgery: m.event_outpatient_surgery,
  inpatient_stay: m.event_inpatient_stay,
  mri: m.event_mri,
  new_specialty_drug: m.event_new_specialty_drug,
};
export const LIFE_EVENT_TYPES = Object.keys(EVENT) as LifeEventType[];
export function eventLabel(type: LifeEventType, lang: Language): string {
  return sayIn(EVENT[type], lang);
}

// Drug kinds and pharmacy channels: one module each for the codes and their words.
export { channelLabel, rxTierLabel } from '../prescription-labels';

const UNIT: Record<PriceEntry['per'], Message> = {
  visit: m.unit_visit,
  day: m.unit_day,
  fill_30_days: m.unit_fill_30_days,
  trip: m.unit_trip,
  procedure: m.unit_procedure,
  item: m.unit_item,
  episode: m.unit_episode,
};
export function priceUnitLabel(per: PriceEntry['per'], lang: Language): string {
  return sayIn(UNIT[per], lang);
}

/** "January" / "enero" (month 1–12), from the language's own calendar names. */
export function monthName(month: number, lang: Language): string {
  return new Date(Date.UTC(2022, month - 1, 1)).toLocaleDateString(intlLocale(lang), { month: 'long', timeZone: 'UTC' });
}

/** An ISO date ("2022-06-15") as "Jun 15" / "15 jun". */
export function shortDate(iso: string, lang: Language): string {
  const [y, mo, d] = iso.split('-').map(Number);
  if (!y || !mo || !d) return iso;
  return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(intlLocale(lang), { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** An ISO date as "June 15, 2022" / "15 de junio de 2022". */
export function longDate(iso: string, lang: Language): string {
  const [y, mo, d] = iso.split('-').map(Number);
  if (!y || !mo || !d) return iso;
  return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString(intlLocale(lang), { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}
