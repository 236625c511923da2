import type {
  ConditionId,
  HouseholdMember,
  HouseholdMemberInput,
  LifeEvent,
  Relationship,
  Sex,
  UsagePresetId,
} from '../../../src-shared/household-schema';
import type { ServiceCode } from '../../../src-shared/services';
import type { Language } from '../../../src-shared/i18n';
import { memberTitles as titlesOf } from '../../../src-shared/i18n/terms';
import { centsToDollars, dollarsToCents } from '../../../src-shared/money';

// A household member as the form holds it. It differs from the schema's member only where a person is
// mid-edit: an empty age field is null, "not said" sex is ''. toMemberInput turns it into the schema's
// input, and the schema (parsed in the session) names whatever is still wrong.

export interface RegularPrescriptionDraft {
  tier: 'rx_preventive_maintenance' | 'rx_generic' | 'rx_preferred_brand' | 'rx_nonpreferred' | 'rx_specialty';
  fillsPerYear: number;
  supplyDays: number;
  channel: 'retail' | 'plan_pharmacy' | 'mail';
  label: string;
  /** Dollars as typed; null when the price table's amount is used. */
  allowedDollarsPerFill: number | null;
}

export interface MemberDraft {
  id: string;
  name: string;
  relationship: Relationship;
  age: number | null;
  sex: Sex | '';
  usage: { preset: UsagePresetId; conditions: ConditionId[]; counts: Partial<Record<ServiceCode, number>> };
  events: LifeEvent[];
  prescriptions: RegularPrescriptionDraft[];
  /** A child 26 or older who is incapable of self-support (disability before 26) may stay covered. */
  incapableOfSelfSupport: boolean;
}

export function newMember(id: string, relationship: Relationship, age: number | null): MemberDraft {
  return {
    id,
    name: '',
    relationship,
    age,
    sex: '',
    usage: { preset: 'typical', conditions: [], counts: {} },
    events: [],
    prescriptions: [],
    incapableOfSelfSupport: false,
  };
}

export function toMemberInput(m: MemberDraft): HouseholdMemberInput {
  const input: HouseholdMemberInput = {
    id: m.id,
    relationship: m.relationship,
    // NaN fails the schema with "expected number", which the issue list turns into "enter an age".
    age: m.age ?? Number.NaN,
    usage: { preset: m.usage.preset, conditions: [...m.usage.conditions], counts: { ...m.usage.counts } },
    events: m.events.map((e) => ({ ...e })),
    prescriptions: m.prescriptions.map((rx) => ({
      tier: rx.tier,
      fillsPerYear: rx.fillsPerYear,
      supplyDays: rx.supplyDays,
      channel: rx.channel,
      ...(rx.label.trim() ? { label: rx.label.trim() } : {}),
      ...(rx.allowedDollarsPerFill !== null ? { allowedCentsPerFill: dollarsToCents(rx.allowedDollarsPerFill) } : {}),
    })),
  };
  if (m.name.trim()) input.name = m.name.trim();
  if (m.sex) input.sex = m.sex;
  if (m.relationship === 'child' && m.incapableOfSelfSupport) input.incapableOfSelfSupport = true;
  return input;
}

export function fromMember(m: HouseholdMember): MemberDraft {
  return {
    id: m.id,
    name: m.name ?? '',
    relationship: m.relationship,
    age: m.age,
    sex: m.sex ?? '',
    usage: { preset: m.usage.preset, conditions: [...m.usage.conditions], counts: { ...m.usage.counts } },
    events: m.events.map((e) => ({ ...e })),
    prescriptions: m.prescriptions.map((rx) => ({
      tier: rx.tier,
      fillsPerYear: rx.fillsPerYear,
      supplyDays: rx.supplyDays,
      channel: rx.channel,
      label: rx.label ?? '',
      allowedDollarsPerFill: rx.allowedCentsPerFill === undefined ? null : centsToDollars(rx.allowedCentsPerFill),
    })),
    incapableOfSelfSupport: m.incapableOfSelfSupport ?? false,
  };
}

/** "Employee", "Spouse", "Child 2": the same words the engine's ledger uses, plus the name when given; in `lang`. */
export function memberTitles(members: readonly Pick<MemberDraft, 'relationship' | 'name'>[], lang: Language = 'en'): string[] {
  return titlesOf(members, lang);
}
