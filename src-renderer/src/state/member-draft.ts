import type {
  AwayFromHome,
  AwayPlace,
  ConditionId,
  HouseholdMember,
  HouseholdMemberInput,
  LifeEvent,
  Relationship,
  Sex,
  UsagePresetId,
} from '../../../src-shared/household-schema';
import type { MemberCondition, ServiceCode } from '../../../src-shared/services';
import type { PharmacyChannel, RxTier } from '../../../src-shared/prescriptions';
import type { Program } from '../../../src-shared/eligibility';
import { ageOn } from '../../../src-shared/member-age';
import type { Language } from '../../../src-shared/i18n';
import { memberTitles as titlesOf } from '../../../src-shared/i18n/terms';
import { centsToDollars, dollarsToCents } from '../../../src-shared/money';

// A household member as the form holds it. It differs from the schema's member only where a person is
// mid-edit: an empty age field is null, "not said" sex is ''. toMemberInput turns it into the schema's
// input, and the schema (parsed in the session) names whatever is still wrong.

export interface RegularPrescriptionDraft {
  tier: RxTier;
  fillsPerYear: number;
  supplyDays: number;
  channel: PharmacyChannel;
  label: string;
  /** Dollars as typed; null when the price table's amount is used. */
  allowedDollarsPerFill: number | null;
}

export interface MemberDraft {
  id: string;
  name: string;
  relationship: Relationship;
  /** Age on the first day of the plan year; with a birth date, the age the birth date gives on that day (shown, not sent). */
  age: number | null;
  /** YYYY-MM-DD as the date field gives it; '' when the age alone is given. Sent instead of the age when present. */
  birthDate: string;
  /** Conditions that change a rule: no therapy visit limits with autism, no speech therapy limit with cleft lip or palate. */
  conditions: MemberCondition[];
  sex: Sex | '';
  usage: { preset: UsagePresetId; conditions: ConditionId[]; counts: Partial<Record<ServiceCode, number>> };
  events: LifeEvent[];
  prescriptions: RegularPrescriptionDraft[];
  /** A child 26 or older who is incapable of self-support (disability before 26) may stay covered. */
  incapableOfSelfSupport: boolean;
  /** Care away from home or outside the network (Care step, AwayFromHome.svelte); absent: all care at home, in network. */
  away?: AwayDraft;
  /** Employers that offer this adult coverage through work (issue 14); absent or empty: not said. */
  eligibleFor?: Program[];
}

/** The Care step's answers about care away from home: '' = lives at home. */
export interface AwayDraft {
  livesAway: AwayPlace | '';
  monthsAway: number;
  travelDays: number;
  outOfNetworkProvider: boolean;
}

export const NO_AWAY: AwayDraft = { livesAway: '', monthsAway: 9, travelDays: 0, outOfNetworkProvider: false };

/** The answers as the household schema takes them, or undefined when all care is at home and in network. */
export function awayInput(a: AwayDraft | undefined): AwayFromHome | undefined {
  if (!a) return undefined;
  const out: AwayFromHome = {};
  if (a.livesAway !== '') {
    out.livesAway = a.livesAway;
    out.monthsAway = a.monthsAway;
  }
  if (a.travelDays > 0) out.travelDays = a.travelDays;
  if (a.outOfNetworkProvider) out.outOfNetworkProvider = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function newMember(id: string, relationship: Relationship, age: number | null): MemberDraft {
  return {
    id,
    name: '',
    relationship,
    age,
    birthDate: '',
    conditions: [],
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
    // A birth date replaces the age (the comparison takes every age from it). Without one, NaN fails the
    // schema with "expected number", which the issue list turns into "enter an age".
    ...(m.birthDate !== '' ? { birthDate: m.birthDate } : { age: m.age ?? Number.NaN }),
    ...(m.conditions.length > 0 ? { conditions: [...m.conditions] } : {}),
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
  const away = awayInput(m.away);
  if (away) input.away = away;
  // Children follow a parent: an offer ticked before the relationship changed to child is not sent.
  if (m.relationship !== 'child' && m.eligibleFor && m.eligibleFor.length > 0) input.eligibleFor = [...m.eligibleFor];
  return input;
}

/** A saved member into the form (a member known by birth date shows the age from `fromMemberOn`). */
export function fromMember(m: HouseholdMember): MemberDraft {
  return fromMemberOn(undefined)(m);
}

/** Saved members into the form; `planYearStart` gives a member known by birth date the age shown. */
export function fromMemberOn(planYearStart: string | undefined): (m: HouseholdMember) => MemberDraft {
  return (m) => ({
    id: m.id,
    name: m.name ?? '',
    relationship: m.relationship,
    age: m.age ?? (m.birthDate !== undefined && planYearStart !== undefined ? ageOn(m.birthDate, planYearStart) : null),
    birthDate: m.birthDate ?? '',
    conditions: [...(m.conditions ?? [])],
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
    ...(m.eligibleFor ? { eligibleFor: [...m.eligibleFor] } : {}),
    ...(m.away
      ? {
          away: {
            livesAway: m.away.livesAway ?? '',
            monthsAway: m.away.monthsAway ?? NO_AWAY.monthsAway,
            travelDays: m.away.travelDays ?? 0,
            outOfNetworkProvider: m.away.outOfNetworkProvider ?? false,
          },
        }
      : {}),
  });
}

/** "Employee", "Spouse", "Child 2": the same words the engine's ledger uses, plus the name when given; in `lang`. */
export function memberTitles(members: readonly Pick<MemberDraft, 'relationship' | 'name'>[], lang: Language = 'en'): string[] {
  return titlesOf(members, lang);
}
