import { m, type Language } from '../../../src-shared/i18n';
import { priceUnitLabel, serviceLabel } from '../../../src-shared/i18n/terms';
import type { LifeEvent } from '../../../src-shared/household-schema';
import { formatCents } from '../../../src-shared/money';
import { SERVICE_CODES, type ServiceCode } from '../../../src-shared/services';
import type { PriceTable, UsageTable } from '../../../src-shared/tables-schema';
import { presetCounts } from '../../../src-shared/usage-expected';
import type { MemberDraft } from '../state/member-draft';

// The care screen's "Prices used for this estimate": each service's default allowed amount from the
// price table, in the unit the table prices it by, and which services this household's estimate uses.
// Pure: the table and the members come in, words (in the language asked for) and numbers go out.

export interface PriceRow {
  code: ServiceCode;
  label: string;
  /** "per visit", "per day", "per 30-day fill" … */
  unit: string;
  /** The table's amount; for a birth, the vaginal delivery's (a C-section's is in defaultText). */
  defaultCents: number;
  defaultText: string;
  /** Where the default comes from, short ("CMS Actuarial Value Calculator continuance tables (2014)"). */
  source: string;
}

/** "$900", "$837.60": whole dollars drop the cents, other amounts keep them (a price is exact). */
export function priceText(cents: number, lang: Language = 'en'): string {
  return formatCents(cents, cents % 100 === 0, lang);
}

function sourceTitle(table: PriceTable, id: string): string {
  const title = table.sources.find((s) => s.id === id)?.title ?? id;
  // The title up to its first comma or colon: the publisher and table, without the subtitle.
  return title.split(/[,:]/)[0]?.trim() || title;
}

/** One row per service, in the vocabulary's order. */
export function priceRows(table: PriceTable, lang: Language = 'en'): PriceRow[] {
  return SERVICE_CODES.map((code) => {
    const entry = table.services[code];
    if (code === 'maternity_delivery') {
      // The table prices a birth from `births` by delivery; one override replaces both (care-items.ts).
      const { vaginal, csection } = table.births;
      return {
        code,
        label: serviceLabel(code, lang),
        unit: priceUnitLabel('episode', lang),
        defaultCents: vaginal.deliveryCents,
        defaultText: m.price_birth_default(
          { vaginal: priceText(vaginal.deliveryCents, lang), csection: priceText(csection.deliveryCents, lang) },
          { locale: lang },
        ),
        source: sourceTitle(table, vaginal.source),
      };
    }
    return {
      code,
      label: serviceLabel(code, lang),
      unit: priceUnitLabel(entry.per, lang),
      defaultCents: entry.cents,
      defaultText: priceText(entry.cents, lang),
      source: sourceTitle(table, entry.source),
    };
  });
}

const EVENT_SERVICES: { [T in LifeEvent['type']]: (e: Extract<LifeEvent, { type: T }>) => ServiceCode[] } = {
  baby: () => ['maternity_care', 'maternity_delivery'],
  er_visit: () => ['er_visit'],
  er_visit_admitted: () => ['er_visit', 'inpatient_admission'],
  outpatient_surgery: (e) => [e.setting === 'surgery_center' ? 'ambulatory_surgery_center' : 'outpatient_hospital'],
  inpatient_stay: () => ['inpatient_admission'],
  mri: () => ['advanced_imaging'],
  new_specialty_drug: () => ['rx_specialty'],
};

function eventServices(event: LifeEvent): ServiceCode[] {
  return (EVENT_SERVICES[event.type] as (e: LifeEvent) => ServiceCode[])(event);
}

type CareInputs = Pick<MemberDraft, 'age' | 'sex' | 'usage' | 'events' | 'prescriptions'>;

/**
 * The services this household's estimate prices: a non-zero expected count (the level of care and
 * conditions, or the counselor's own count, which replaces it as in the engine), a drug taken all year,
 * a life event's care, and an expected baby's own first-year care.
 */
export function servicesInUse(members: readonly CareInputs[], usage: UsageTable): Set<ServiceCode> {
  const used = new Set<ServiceCode>();
  const addCounts = (counts: Partial<Record<ServiceCode, number>>): void => {
    for (const [code, n] of Object.entries(counts) as [ServiceCode, number][]) if (n > 0) used.add(code);
  };
  for (const m of members) {
    const counts: Partial<Record<ServiceCode, number>> =
      m.age === null ? {} : presetCounts({ age: m.age, ...(m.sex ? { sex: m.sex } : {}), usage: m.usage }, usage);
    Object.assign(counts, m.usage.counts);
    addCounts(counts);
    for (const rx of m.prescriptions) used.add(rx.tier);
    for (const event of m.events) {
      for (const code of eventServices(event)) used.add(code);
      if (event.type === 'baby') addCounts(presetCounts({ age: 0, usage: { preset: 'typical', conditions: [] } }, usage));
    }
  }
  return used;
}

/** "Prices changed for this session: MRI …: $900 per test or procedure (default $837.60). …"; null when none. */
export function changedPricesLine(
  overrides: Partial<Record<ServiceCode, number>> | undefined,
  rows: readonly PriceRow[],
  lang: Language = 'en',
): string | null {
  const o = { locale: lang };
  const parts = rows
    .filter((row) => overrides?.[row.code] !== undefined)
    .map((row) =>
      m.prices_changed_part({ service: row.label, price: priceText(overrides?.[row.code] ?? 0, lang), unit: row.unit, standard: row.defaultText }, o),
    );
  // The engine prices an override exactly, with no spread (care-items.ts), unlike the table's prices.
  return parts.length ? m.prices_changed_line({ parts: parts.join('; ') }, o) : null;
}

/**
 * The employer account money the totals count, plan by plan; null when no plan has any. The result's
 * basis text already says totals are "less any employer HSA/HRA money": this says how much, and for which.
 */
export function accountMoneyLine(plans: readonly { name: string; accountCents: number }[], lang: Language = 'en'): string | null {
  const parts = plans.filter((p) => p.accountCents > 0).map((p) => `${p.name} ${priceText(p.accountCents, lang)}`);
  return parts.length ? m.account_money_line({ parts: parts.join('; ') }, { locale: lang }) : null;
}

/**
 * The result's assumptions with what this session changed: which prices (after the engine's own
 * "Prices: …" line, which only says that some were entered) and how much account money each plan has.
 */
export function assumptionsWithSession(
  result: { assumptions: readonly string[]; plans: readonly { name: string; accountCents: number }[] },
  overrides: Partial<Record<ServiceCode, number>> | undefined,
  rows: readonly PriceRow[],
): string[] {
  const list = [...result.assumptions];
  const prices = changedPricesLine(overrides, rows);
  if (prices) {
    const at = list.findIndex((a) => a.startsWith('Prices:'));
    list.splice(at === -1 ? list.length : at + 1, 0, prices);
  }
  const accounts = accountMoneyLine(result.plans);
  if (accounts) list.push(accounts);
  return list;
}
