import type { Claim, EngineMember } from '../../src-shared/claims-schema';
import type { EnrollmentType, Plan } from '../../src-shared/plan-schema';
import { PHARMACY_CHANNELS, PRESCRIPTION_SERVICES, type PharmacyChannel, type ServiceCode } from '../../src-shared/services';
import { dollarsToCents } from '../../src-shared/money';

// A fixed sample household for the plan editor's "what does this change do" figure. Built in: the
// households under data/examples are comparison requests (usage presets for the simulation), not claim
// lists, and a fixed list keeps the figure exact and the same on every run. Allowed amounts are round
// illustrative figures, not a price table: the point is the difference between two versions of one plan,
// priced by the same engine on the same claims. One household per enrollment type, so every premium row
// is used.

interface SampleClaim {
  member: string;
  /** Months after the plan year starts (0 = the first month); the claim falls on day `day` of it. */
  month: number;
  day: number;
  service: ServiceCode;
  allowedDollars: number;
  days?: number;
  admitted?: boolean;
}

export interface SampleHousehold {
  enrollmentType: EnrollmentType;
  label: string;
  members: EngineMember[];
  claims: SampleClaim[];
}

const monthly = (member: string, service: ServiceCode, allowedDollars: number): SampleClaim[] =>
  Array.from({ length: 12 }, (_, month) => ({ member, month, day: 10, service, allowedDollars }));

const adultA: SampleClaim[] = [
  { member: 'adult-1', month: 1, day: 4, service: 'preventive_visit', allowedDollars: 250 },
  { member: 'adult-1', month: 2, day: 15, service: 'pcp_visit', allowedDollars: 150 },
  { member: 'adult-1', month: 2, day: 15, service: 'lab_test', allowedDollars: 60 },
  { member: 'adult-1', month: 5, day: 20, service: 'specialist_visit', allowedDollars: 250 },
  { member: 'adult-1', month: 5, day: 20, service: 'xray', allowedDollars: 120 },
  { member: 'adult-1', month: 8, day: 3, service: 'urgent_care_visit', allowedDollars: 200 },
  { member: 'adult-1', month: 9, day: 12, service: 'pcp_visit', allowedDollars: 150 },
  ...monthly('adult-1', 'rx_generic', 20),
];

const adultB: SampleClaim[] = [
  { member: 'adult-2', month: 0, day: 20, service: 'preventive_visit', allowedDollars: 250 },
  ...[1, 2, 3, 4, 5, 6].map((m) => ({ member: 'adult-2', month: m, day: 8, service: 'mental_health_visit' as const, allowedDollars: 130 })),
  { member: 'adult-2', month: 4, day: 22, service: 'er_visit', allowedDollars: 2500 },
  { member: 'adult-2', month: 4, day: 29, service: 'advanced_imaging', allowedDollars: 1200 },
  { member: 'adult-2', month: 7, day: 14, service: 'specialist_visit', allowedDollars: 250 },
  ...monthly('adult-2', 'rx_preferred_brand', 250),
];

const children: SampleClaim[] = [
  { member: 'child-1', month: 1, day: 11, service: 'preventive_visit', allowedDollars: 200 },
  { member: 'child-1', month: 3, day: 2, service: 'pcp_visit', allowedDollars: 150 },
  { member: 'child-1', month: 6, day: 17, service: 'urgent_care_visit', allowedDollars: 200 },
  ...[6, 7, 8].flatMap((m) => [5, 19].map((day) => ({ member: 'child-1', month: m, day, service: 'pt_visit' as const, allowedDollars: 120 }))),
  { member: 'child-2', month: 0, day: 25, service: 'preventive_visit', allowedDollars: 200 },
  { member: 'child-2', month: 2, day: 9, service: 'pcp_visit', allowedDollars: 150 },
  { member: 'child-2', month: 2, day: 9, service: 'lab_test', allowedDollars: 60 },
  { member: 'child-2', month: 10, day: 6, service: 'er_visit', allowedDollars: 2500, admitted: true },
  { member: 'child-2', month: 10, day: 6, service: 'inpatient_admission', allowedDollars: 24000, days: 3 },
];

export const SAMPLE_HOUSEHOLDS: readonly SampleHousehold[] = [
  { enrollmentType: 'self_only', label: 'One adult, 45 (self only)', members: [{ id: 'adult-1', age: 45 }], claims: adultA },
  {
    enrollmentType: 'self_plus_one',
    label: 'Two adults, 45 and 43 (self plus one)',
    members: [
      { id: 'adult-1', age: 45 },
      { id: 'adult-2', age: 43 },
    ],
    claims: [...adultA, ...adultB],
  },
  {
    enrollmentType: 'self_and_family',
    label: 'Two adults and two children, 8 and 4 (self and family)',
    members: [
      { id: 'adult-1', age: 45 },
      { id: 'adult-2', age: 43 },
      { id: 'child-1', age: 8 },
      { id: 'child-2', age: 4 },
    ],
    claims: [...adultA, ...adultB, ...children],
  },
];

export const SAMPLE_DESCRIPTION =
  'A built-in sample household for each enrollment type: checkups, office visits, tests, a monthly generic ' +
  '(and, with two adults, a monthly brand-name) prescription, therapy visits, an emergency visit, an MRI and, ' +
  'in the family, a 3-day hospital stay. Allowed amounts are round illustrative figures, the same for both versions.';

/** The plan year's first day plus `month` months and `day - 1` days, so every claim falls inside the year. */
function dateIn(planYearStart: string, month: number, day: number): string {
  const start = new Date(`${planYearStart}T00:00:00Z`);
  const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month, start.getUTCDate() + day - 1));
  return d.toISOString().slice(0, 10);
}

/** The first channel the plan fills a 30-day supply through, or null when it gives no pharmacy. */
export function sampleChannel(plan: Plan): PharmacyChannel | null {
  return PHARMACY_CHANNELS.find((ch) => plan.pharmacy[ch]?.tiers.some((t) => t.upToDays >= 30)) ?? null;
}

/** The household's claims dated inside this plan's plan year, prescriptions through its own pharmacy. */
export function claimsFor(household: SampleHousehold, plan: Plan): { claims: Claim[]; droppedPrescriptions: boolean } {
  const channel = sampleChannel(plan);
  const claims: Claim[] = [];
  let droppedPrescriptions = false;
  for (const c of household.claims) {
    const isRx = PRESCRIPTION_SERVICES.includes(c.service);
    if (isRx && channel === null) {
      droppedPrescriptions = true;
      continue;
    }
    claims.push({
      member: c.member,
      date: dateIn(plan.planYear.start, c.month, c.day),
      service: c.service,
      allowedCents: dollarsToCents(c.allowedDollars),
      ...(c.days !== undefined ? { days: c.days } : {}),
      ...(c.admitted ? { admitted: true } : {}),
      ...(isRx && channel ? { channel, supplyDays: 30 } : {}),
    });
  }
  return { claims, droppedPrescriptions };
}
