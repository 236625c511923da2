import type { EngineMember } from '../../src-shared/claims-schema';
import { newbornId, type AwayFromHome, type Household, type HouseholdMember, type LifeEvent } from '../../src-shared/household-schema';
import { ageAtPlanYearStart, birthdayOfAge } from '../../src-shared/member-age';
import {
  NETWORK_TIERS,
  PHARMACY_CHANNELS,
  SERVICE_CODES,
  SERVICE_LABELS,
  STAY_SERVICES,
  type NetworkTier,
  type PharmacyChannel,
  type ServiceCode,
} from '../../src-shared/services';
import type { CompareTables } from '../../src-shared/tables-schema';
import { dayNumber, evenOffsets, isoDate, monthOffset, type PlanWindow } from './plan-window';
import { describeUsage, expectedCounts } from './usage-profile';
import {
  babyExpectedAssumption,
  babyOutsideNote,
  livesAwayNote,
  noBirthDateAssumption,
  outsideProviderNote,
  specialtyOnceNote,
  travelNote,
  turns26Note,
} from './care-words';

// The household's year as a list of care items, for one plan window. An item is either "expected" (a
// mean count: drawn around it in the simulation, rounded and spread evenly over the year in a typical
// year) or "scheduled" (fixed days: prescriptions, life events). The same items feed the typical year,
// the simulation, the break-even curves and the sensitivity search, so they cannot disagree.

export interface CareItem {
  /** Index into CarePlan.members. */
  member: number;
  service: ServiceCode;
  kind: 'expected' | 'scheduled';
  /** Mean count for the window (expected items). */
  expected: number;
  /** Day offsets within the window (scheduled items). */
  offsets: number[];
  /** Expected items fall on or after this offset (a newborn's care starts at birth). */
  from: number;
  /** Allowed amount per occurrence, or per day when `perDay`. */
  allowedCents: number;
  perDay: boolean;
  /** Days of a stay; 0 on an expected admission means "draw the length" (mean from the usage table). */
  days: number;
  /** Price spread (lognormal σ) in the simulation. */
  spread: number;
  supplyDays: number;
  channel: PharmacyChannel;
  admitted: boolean;
  /** Where the care is given (issue 13): the plan's network, out of network, out of area or travel. */
  network: NetworkTier;
  label: string;
}

export interface CarePlan {
  window: PlanWindow;
  members: EngineMember[];
  /** "Employee", "Spouse", "Child 2", "Baby (expected)": never a person's name. */
  memberLabels: string[];
  /** The household's members' ages on the window's first day (from their birth dates where given). */
  ages: number[];
  items: CareItem[];
  /** Mean length of a hospital stay, for expected admissions. */
  admissionMeanDays: number;
  notes: string[];
  assumptions: string[];
}

const MID_YEAR = (w: PlanWindow): number => Math.floor(w.days / 2);

export function memberLabels(members: readonly Pick<HouseholdMember, 'relationship'>[]): string[] {
  let child = 0;
  const children = members.filter((m) => m.relationship === 'child').length;
  return members.map((m) => {
    if (m.relationship === 'employee') return 'Employee';
    if (m.relationship === 'spouse') return 'Spouse';
    child++;
    return children === 1 ? 'Child' : `Child ${child}`;
  });
}

/**
 * The member as the engine prices it: with a birth date (every age rule then uses the age on the date of
 * service) or the age on the first day of the plan year, and the conditions that change a rule.
 */
function engineMember(m: HouseholdMember, age: number): EngineMember {
  const out: EngineMember = m.birthDate !== undefined ? { id: m.id, birthDate: m.birthDate } : { id: m.id, age };
  if (m.conditions && m.conditions.length > 0) out.conditions = [...m.conditions];
  return out;
}

/** Each member's age on the window's first day (from the birth date when that is what was given). */
export function agesAt(household: Household, window: PlanWindow): number[] {
  return household.members.map((m) => {
    const age = ageAtPlanYearStart(m, window.start);
    if (age === null || age < 0) throw new RangeError(`member ${m.id} has no age on ${window.start}`);
    return age;
  });
}

export function buildCarePlan(household: Household, window: PlanWindow, tables: CompareTables): CarePlan {
  const { prices, usage } = tables;
  const price = (code: ServiceCode): number => household.priceOverrides?.[code] ?? prices.services[code].cents;
  const spread = (code: ServiceCode): number => (household.priceOverrides?.[code] !== undefined ? 0 : prices.services[code].spread);
  const labels = memberLabels(household.members);
  const ages = agesAt(household, window);
  const plan: CarePlan = {
    window,
    members: household.members.map((m, i) => engineMember(m, ages[i] as number)),
    memberLabels: labels,
    ages,
    items: [],
    admissionMeanDays: usage.admissionMeanDays.value,
    notes: [],
    assumptions: [],
  };

  const base = (member: number, service: ServiceCode, label: string): CareItem => ({
    member,
    service,
    kind: 'scheduled',
    expected: 0,
    offsets: [],
    from: 0,
    allowedCents: price(service),
    perDay: prices.services[service].per === 'day',
    days: 1,
    spread: spread(service),
    supplyDays: 30,
    channel: 'plan_pharmacy',
    admitted: false,
    network: 'plan',
    label,
  });

  const addExpected = (member: number, who: string, counts: ReturnType<typeof expectedCounts>, from: number, share: number): void => {
    for (const [code, n] of Object.entries(counts) as [ServiceCode, number][]) {
      const item = base(member, code, `${who}: ${SERVICE_LABELS[code].toLowerCase()} (expected use)`);
      item.kind = 'expected';
      item.expected = n * share;
      item.from = from;
      if (STAY_SERVICES.includes(code)) item.days = 0;
      if (item.expected > 0) plan.items.push(item);
    }
  };

  household.members.forEach((member, i) => {
    const who = labels[i] as string;
    const m = { ...member, age: ages[i] as number };
    addExpected(i, who, withoutDoubleSpecialtyDrug(m, who, expectedCounts(m, usage), tables, plan), 0, 1);
    plan.assumptions.push(describeUsage(who, m, usage));
    for (const rx of m.prescriptions) {
      const item = base(i, rx.tier, `${who}: ${rx.label ?? SERVICE_LABELS[rx.tier].toLowerCase()}, ${rx.supplyDays}-day supply`);
      item.offsets = Array.from({ length: rx.fillsPerYear }, (_, k) => Math.floor((k * window.days) / rx.fillsPerYear));
      item.supplyDays = rx.supplyDays;
      item.channel = rx.channel;
      if (rx.allowedCentsPerFill !== undefined) {
        item.allowedCents = rx.allowedCentsPerFill;
        item.spread = 0;
      } else {
        item.allowedCents = Math.round((price(rx.tier) * rx.supplyDays) / 30);
      }
      plan.items.push(item);
    }
    for (const event of m.events) addEvent(plan, i, who, event, base, addExpected, m, tables, household);
    if (m.away) placeAwayCare(plan, i, who, m.away);
  });
  const byAge = household.members.flatMap((m, i) => (m.birthDate === undefined ? [labels[i] as string] : []));
  if (byAge.length > 0) {
    plan.assumptions.push(noBirthDateAssumption(byAge, window.start));
  }
  household.members.forEach((m, i) => {
    // FEHB covers children "under age 26" (Section 1): say when a child reaches it inside the year priced.
    if (m.relationship !== 'child' || m.birthDate === undefined || m.incapableOfSelfSupport === true) return;
    const turns = birthdayOfAge(m.birthDate, 26);
    if (turns > window.start && turns <= window.end) {
      plan.notes.push(turns26Note(labels[i] as string, turns));
    }
  });
  sortCareItems(plan);
  return plan;
}

/**
 * The care items in the engine's same-day order (src-main/engine/validate-input.ts compareSameDay): by
 * member id, then service, then days, supply, pharmacy, admission and label. A simulated year lists a
 * day's rows in item order (claim-rows.ts keeps one member's rows of one service by amount), so the
 * simulation, the typical year and the command line price a day's claims in the same order.
 */
function sortCareItems(plan: CarePlan): void {
  const id = (item: CareItem): string => plan.members[item.member]?.id ?? '';
  const rank = (item: CareItem): number => SERVICE_CODES.indexOf(item.service);
  const channel = (item: CareItem): number => PHARMACY_CHANNELS.indexOf(item.channel);
  plan.items.sort(
    (a, b) =>
      (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0) ||
      rank(a) - rank(b) ||
      a.days - b.days ||
      a.supplyDays - b.supplyDays ||
      channel(a) - channel(b) ||
      Number(a.admitted) - Number(b.admitted) ||
      NETWORK_TIERS.indexOf(a.network) - NETWORK_TIERS.indexOf(b.network) ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

/** Office visits a member may see a provider outside Kaiser Permanente for. */
const OFFICE_VISITS: readonly ServiceCode[] = ['pcp_visit', 'specialist_visit', 'mental_health_visit'];
/** Care that happens while traveling: emergencies and urgent care (and the follow-up visits after them). */
const TRAVEL_CARE: readonly ServiceCode[] = ['er_visit', 'urgent_care_visit'];

const AWAY_TIER: Record<NonNullable<AwayFromHome['livesAway']>, NetworkTier> = {
  colorado_service_area: 'plan',
  kp_state: 'plan',
  colorado_outside: 'out_of_area',
  elsewhere_us: 'out_of_area',
  abroad: 'out_of_network',
};

/**
 * Moves a share of the member's expected care to the network tier where it happens (issue 13): living or
 * studying away for `monthsAway` months (that share of every expected service), emergencies and urgent care
 * on `travelDays` days a year while traveling, and office visits at home with a provider outside Kaiser
 * Permanente. Prescriptions and life events stay where they are (at home, in network), and a note says so.
 */
function placeAwayCare(plan: CarePlan, member: number, who: string, away: AwayFromHome): void {
  const mine = () => plan.items.filter((it) => it.member === member && it.kind === 'expected' && it.network === 'plan');
  const move = (item: CareItem, share: number, network: NetworkTier, where: string): void => {
    if (share <= 0 || network === 'plan') return;
    const moved: CareItem = { ...item, offsets: [], expected: item.expected * share, network, label: `${item.label}, ${where}` };
    item.expected -= moved.expected;
    plan.items.push(moved);
  };
  if (away.livesAway !== undefined && away.monthsAway !== undefined) {
    const tier = AWAY_TIER[away.livesAway];
    const share = away.monthsAway / 12;
    for (const item of mine()) move(item, share, tier, 'while away from home');
    plan.notes.push(livesAwayNote(who, away.livesAway, away.monthsAway, tier));
  }
  if (away.travelDays !== undefined && away.travelDays > 0) {
    const share = Math.min(1, away.travelDays / 365);
    for (const item of mine()) if (TRAVEL_CARE.includes(item.service)) move(item, share, 'travel', 'while traveling');
    plan.notes.push(travelNote(who, away.travelDays));
  }
  if (away.outOfNetworkProvider === true) {
    for (const item of mine()) if (OFFICE_VISITS.includes(item.service)) move(item, 1, 'out_of_network', 'with a provider outside Kaiser Permanente');
    plan.notes.push(outsideProviderNote(who));
  }
  plan.items = plan.items.filter((it) => it.kind !== 'expected' || it.expected > 1e-12);
}

type Base = (member: number, service: ServiceCode, label: string) => CareItem;
type AddExpected = (member: number, who: string, counts: ReturnType<typeof expectedCounts>, from: number, share: number) => void;

function addEvent(
  plan: CarePlan,
  member: number,
  who: string,
  event: LifeEvent,
  base: Base,
  addExpected: AddExpected,
  parent: HouseholdMember,
  tables: CompareTables,
  household: Household,
): void {
  const w = plan.window;
  const at = 'month' in event && event.month !== undefined ? monthOffset(w, event.month) : MID_YEAR(w);
  const push = (item: CareItem, offsets: number[]): void => {
    item.offsets = offsets;
    plan.items.push(item);
  };
  switch (event.type) {
    case 'baby':
      addBirth(plan, member, who, event, base, addExpected, parent, tables, household);
      return;
    case 'er_visit':
      push(base(member, 'er_visit', `${who}: emergency room visit (life event)`), [at]);
      return;
    case 'er_visit_admitted': {
      const er = base(member, 'er_visit', `${who}: emergency room visit, admitted (life event)`);
      er.admitted = true;
      push(er, [at]);
      const stay = base(member, 'inpatient_admission', `${who}: hospital stay of ${event.days} days after the ER (life event)`);
      stay.days = event.days;
      push(stay, [at]);
      return;
    }
    case 'outpatient_surgery': {
      const code = event.setting === 'hospital' ? 'outpatient_hospital' : 'ambulatory_surgery_center';
      push(base(member, code, `${who}: outpatient surgery (life event)`), [at]);
      return;
    }
    case 'inpatient_stay': {
      const stay = base(member, 'inpatient_admission', `${who}: hospital stay of ${event.days} days (life event)`);
      stay.days = event.days;
      push(stay, [at]);
      return;
    }
    case 'mri':
      push(base(member, 'advanced_imaging', `${who}: MRI (life event)`), [at]);
      return;
    case 'new_specialty_drug': {
      // A fill on the first of every month from the start month to the end of the plan year.
      const start = monthOffset(w, event.startMonth);
      const offsets: number[] = [];
      for (let k = 0; k < 12; k++) {
        const day = monthOffset(w, ((event.startMonth - 1 + k) % 12) + 1);
        if (day >= start && !offsets.includes(day)) offsets.push(day);
      }
      const item = base(member, 'rx_specialty', `${who}: new specialty drug, 30-day fills (life event)`);
      item.channel = event.channel;
      push(item, offsets);
      return;
    }
  }
}

function addBirth(
  plan: CarePlan,
  member: number,
  who: string,
  event: Extract<LifeEvent, { type: 'baby' }>,
  base: Base,
  addExpected: AddExpected,
  parent: HouseholdMember,
  tables: CompareTables,
  household: Household,
): void {
  const w = plan.window;
  const episode = tables.prices.births[event.delivery];
  const due = dayNumber(event.dueDate) - w.startDay;
  const inWindow = (d: number): boolean => d >= 0 && d < w.days;
  const kind = event.delivery === 'vaginal' ? 'vaginal birth' : 'C-section';

  // Prenatal visits spread over the 40 weeks before the due date, postpartum six weeks after; only the
  // ones inside this plan year are priced here.
  const prenatal = evenOffsets(episode.prenatalVisits, 280)
    .map((d) => due - 280 + d)
    .filter(inWindow);
  if (prenatal.length > 0) {
    const item = base(member, 'maternity_care', `${who}: prenatal visit (baby due ${event.dueDate})`);
    item.offsets = prenatal;
    plan.items.push(item);
  }
  const postpartum = Array.from({ length: episode.postpartumVisits }, () => due + 42).filter(inWindow);
  if (postpartum.length > 0) {
    const item = base(member, 'maternity_care', `${who}: postpartum visit`);
    item.offsets = postpartum;
    plan.items.push(item);
  }
  if (!inWindow(due)) {
    plan.notes.push(babyOutsideNote(event.dueDate, due >= w.days, w.start, w.end, prenatal.length));
    return;
  }
  const delivery = base(member, 'maternity_delivery', `${who}: ${kind} and hospital stay (baby due ${event.dueDate})`);
  delivery.allowedCents = household.priceOverrides?.maternity_delivery ?? episode.deliveryCents;
  delivery.perDay = false;
  delivery.days = episode.days;
  delivery.offsets = [due];
  plan.items.push(delivery);

  // The newborn is priced as a member from birth: an infant's expected use for the rest of the year.
  const baby = plan.members.length;
  plan.members.push({ id: newbornId(parent.id), age: 0 });
  plan.memberLabels.push('Baby (expected)');
  const share = (w.days - due) / w.days;
  addExpected(baby, 'Baby', expectedCountsForNewborn(tables), due, share);
  plan.assumptions.push(babyExpectedAssumption(isoDate(w.startDay + due), Math.round(share * 100)));
}

/**
 * "Takes a specialty drug" adds a year of specialty fills; a specialty drug also listed under drugs taken
 * all year (or started as a life event) is that same drug. It is counted once, as listed, and a note says so.
 */
function withoutDoubleSpecialtyDrug(
  m: HouseholdMember,
  who: string,
  counts: ReturnType<typeof expectedCounts>,
  tables: CompareTables,
  plan: CarePlan,
): ReturnType<typeof expectedCounts> {
  const listed = m.prescriptions.some((rx) => rx.tier === 'rx_specialty') || m.events.some((e) => e.type === 'new_specialty_drug');
  const added = tables.usage.conditions.chronic_specialty_drug.adds.rx_specialty?.perYear ?? 0;
  if (!listed || !m.usage.conditions.includes('chronic_specialty_drug') || m.usage.counts.rx_specialty !== undefined || added <= 0) return counts;
  const left = Math.max(0, (counts.rx_specialty ?? 0) - added);
  const out = { ...counts };
  if (left > 0) out.rx_specialty = left;
  else delete out.rx_specialty;
  plan.notes.push(specialtyOnceNote(who));
  return out;
}

function expectedCountsForNewborn(tables: CompareTables): ReturnType<typeof expectedCounts> {
  return expectedCounts({ age: 0, usage: { preset: 'typical', conditions: [], counts: {} } }, tables.usage);
}
