import { ENROLLMENT_LABELS, enrollmentTypeFor } from '../../../src-shared/enrollment-types';
import type { Household } from '../../../src-shared/household-schema';
import type { EnrollmentType, Plan } from '../../../src-shared/plan-schema';
import { PRESCRIPTION_SERVICES, SERVICE_LABELS } from '../../../src-shared/services';
import type { CompareTables } from '../../../src-shared/tables-schema';
import { EngineError, type CompiledPlan } from '../../engine';
import { compiledPlan } from '../compiled-plans';
import { buildCarePlan, type CarePlan } from '../care-items';
import { chooseEnrollment } from '../enrollment';
import type { PreparedComparison } from '../prepare-plans';
import { fitPrescription } from '../pharmacy-fit';
import { occurrencesAt, typicalClaims } from '../typical-year';
import type { ArrangementWork } from '../work-budget';
import { decisionWindow, defaultDecisionStart, monthsText, planYearLabel, windowSegments, type WindowSegment } from './decision-window';
import { arrangementsApply, enumerateArrangements, planLines, type ArrangementShape, type EnrollmentShape } from './enumerate';
import { subCare, type SubCare } from './sub-care';
import type { PlanWindow } from '../plan-window';

// Everything an arrangement comparison needs before simulating: the decision window, every arrangement
// with its enrollments, and the work shared between them. A row group is one member set over one
// plan-year stretch of the window (simulate-units.ts prices it on the stretch's rows for its members); each
// group is priced under every plan that needs it, once per simulated year, and a priced unit (one plan line for one member
// set over the window) sums its groups' parts. Many arrangements share a unit (the employee's Self Only
// High Option appears in every arrangement that has it): it is priced once per year, not once per arrangement.

export interface RowGroup {
  members: number[];
  fromDay: number;
  toDay: number;
  sub: SubCare;
  plans: CompiledPlan[];
}

export interface PricedUnit {
  /** Parts of the window: (row group, plan index in that group). */
  parts: { group: number; plan: number }[];
  /**
   * The plain comparison already prices this unit (everyone on one plan, over that plan's own year, on the
   * same care plan): its plan context's index, whose simulated years the unit reads instead of pricing again.
   */
  fromContext: number | null;
}

export interface EnrollmentSegmentPlan {
  segment: WindowSegment;
  compiled: CompiledPlan;
  premiumCents: number;
  limitCents: number;
}

export interface PreparedEnrollment {
  shape: EnrollmentShape;
  name: string;
  type: EnrollmentType;
  memberIds: string[];
  segments: WindowSegment[];
  /** Set when priced: its unit and its cost basis. */
  unit: number | null;
  premiumBasisCents: number;
  accountCents: number;
  limitCents: number;
  priced: EnrollmentSegmentPlan[];
  problem: { reason: string; missing: string[] } | null;
}

export interface PreparedArrangement {
  id: string;
  label: string;
  enrollments: PreparedEnrollment[];
  problem: { reason: string; missing: string[] } | null;
}

export interface PreparedArrangements {
  window: PlanWindow;
  care: CarePlan;
  groups: RowGroup[];
  units: PricedUnit[];
  arrangements: PreparedArrangement[];
  notes: string[];
  /** The work the arrangements add to the comparison's (counted in its budget). */
  work: ArrangementWork;
}

const PROGRAM_NAMES: Record<Plan['program'], string> = { fehb: 'FEHB', district: 'District', other: 'Other employer' };

/** The arrangements of a comparison: `library` is every plan the caller holds (later plan years too). */
export function prepareArrangementsFor(library: readonly Plan[], prep: PreparedComparison, tables: CompareTables): PreparedArrangements | null {
  const ids = prep.request.planIds;
  const selected = ids ? ids.map((id) => library.find((p) => p.id === id)).filter((p): p is Plan => p !== undefined) : [...library];
  return prepareArrangements(library, prep, selected, tables);
}

/** Null when the household's adults are not offered coverage by two employers (or are not two employees). */
export function prepareArrangements(
  library: readonly Plan[],
  prep: PreparedComparison,
  selected: readonly Plan[],
  tables: CompareTables,
): PreparedArrangements | null {
  const household = prep.request.household;
  if (!arrangementsApply(household)) return null;
  const start = prep.request.arrangements?.decisionStart ?? defaultDecisionStart(selected, prep.request.planYearStart);
  if (start === null) return null;
  const window = decisionWindow(start);
  const care = prep.cares.find((c) => c.window.start === window.start && c.window.days === window.days) ?? buildCarePlan(household, window, tables);
  const shapes = enumerateArrangements(household, care.members.length, planLines(selected));
  const shared = new SharedWork(care, library, household, prep.contexts);
  const arrangements = shapes.map((shape) => shared.arrangement(shape));
  const work = arrangementWork(care, shared.groups, shared.units);
  return { window, care, groups: shared.groups, units: shared.units, arrangements, notes: arrangementNotes(household, window), work };
}

/**
 * What the arrangements price beyond the plain comparison, for the work budget (work-budget.ts): the
 * typical year's claims of each row group (its members, its stretch of the window) under each of its plans.
 */
function arrangementWork(care: CarePlan, groups: readonly RowGroup[], units: readonly PricedUnit[]): ArrangementWork {
  const typical = occurrencesAt(care, 1);
  let claimsPerYear = 0;
  for (const g of groups) {
    let claims = 0;
    for (const item of care.items) {
      if (!g.members.includes(item.member)) continue;
      for (const d of typical.get(item)?.offsets ?? []) if (d >= g.fromDay && d < g.toDay) claims++;
    }
    claimsPerYear += Math.max(1, claims) * g.plans.length;
  }
  return { claimsPerYear, enrollments: units.filter((u) => u.fromContext === null).length };
}

function arrangementNotes(household: Household, window: PlanWindow): string[] {
  const notes = [
    `Arrangements are priced over the twelve months the family decides for (${window.label}); each plan year's deductible and out-of-pocket limit start at zero in these months (care in the months of a plan year before them is not counted).`,
  ];
  const adults = household.members.filter((m) => m.relationship !== 'child');
  const offers = adults.reduce((n, m) => n + (m.eligibleFor?.length ?? 0), 0);
  if (offers >= 2) {
    notes.push(
      'Dual coverage — the same person covered by both employers’ plans at once (coordination of benefits) — is not priced: each person is on exactly one enrollment in every arrangement.',
    );
  }
  return notes;
}

class SharedWork {
  readonly groups: RowGroup[] = [];
  readonly units: PricedUnit[] = [];
  private readonly groupByKey = new Map<string, number>();
  private readonly unitByKey = new Map<string, number>();
  private readonly compiled = new Map<string, CompiledPlan | EngineError>();
  /** The same enrollment (leader, program, plan, members) recurs in many arrangements: prepared once. */
  private readonly enrollmentByKey = new Map<string, PreparedEnrollment>();

  constructor(
    private readonly care: CarePlan,
    private readonly library: readonly Plan[],
    private readonly household: Household,
    private readonly contexts: PreparedComparison['contexts'],
  ) {}

  arrangement(shape: ArrangementShape): PreparedArrangement {
    const enrollments = shape.enrollments.map((e) => {
      const key = `${e.leader}|${e.program}|${e.plan.id}|${e.members.join(',')}`;
      let known = this.enrollmentByKey.get(key);
      if (!known) {
        known = this.enrollment(e);
        this.enrollmentByKey.set(key, known);
      }
      return known;
    });
    const failed = enrollments.find((e) => e.problem !== null);
    const label = enrollments
      .map((e) => `${e.shape.members.map((m) => this.care.memberLabels[m] ?? 'Baby (expected)').join(' + ')}: ${e.name} — ${ENROLLMENT_LABELS[e.type]}`)
      .join(' · ');
    const id = enrollments.map((e) => `${e.shape.plan.id}:${e.memberIds.join('+')}`).join('|');
    return { id, label, enrollments, problem: failed?.problem ?? null };
  }

  private compile(plan: Plan): CompiledPlan | EngineError {
    let c = this.compiled.get(plan.id);
    // The plain comparison compiled its plans already (compiledPlan's cache would find them, after
    // writing each plan's text again for its key).
    c ??= this.contexts.find((ctx) => ctx.plan === plan)?.compiled;
    if (!c) {
      try {
        // Kept between comparisons on this thread, as the plain comparison's plans are (compiled-plans.ts).
        c = compiledPlan(plan);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        c = error;
      }
      this.compiled.set(plan.id, c);
    }
    return c;
  }

  private enrollment(shape: EnrollmentShape): PreparedEnrollment {
    const members = shape.members;
    const name = `${PROGRAM_NAMES[shape.plan.program]} ${shape.plan.option}`;
    const segments = windowSegments(shape.plan, { ...this.care.window }, this.library);
    const atStart = members.filter((m) => m < this.household.members.length).length;
    const out: PreparedEnrollment = {
      shape,
      name,
      type: enrollmentTypeFor(atStart) ?? 'self_only',
      memberIds: members.map((m) => this.care.members[m]?.id as string),
      segments,
      unit: null,
      premiumBasisCents: 0,
      accountCents: this.household.accountCentsByPlan?.[shape.plan.id] ?? 0,
      limitCents: 0,
      priced: [],
      problem: null,
    };
    const sub = subCare(this.care, members);
    for (const segment of segments) {
      const priced = this.segment(out, segment, sub);
      if ('reason' in priced) {
        out.problem = priced;
        return out;
      }
      out.priced.push(priced);
    }
    const tax = this.household.taxRatePercent;
    const premium = out.priced.reduce((n, s) => n + s.premiumCents, 0);
    out.premiumBasisCents = tax === undefined ? premium : Math.round((premium * (100 - tax)) / 100);
    out.limitCents = out.priced.reduce((n, s) => n + s.limitCents, 0);
    out.unit = this.unit(members, out.priced, sub);
    return out;
  }

  /** One plan year's stretch of an enrollment: the plan, its premium for these months and its limit. */
  private segment(e: PreparedEnrollment, segment: WindowSegment, sub: SubCare): EnrollmentSegmentPlan | { reason: string; missing: string[] } {
    const plan = segment.plan;
    const months = monthsText(segment.from, segment.to);
    const label = `${e.name} (${planYearLabel(segment.planYear)} plan year, for ${months})`;
    if (!plan) {
      return {
        reason: `the ${planYearLabel(segment.planYear)} plan year of ${e.name}, needed for ${months}, is not in the plan library.`,
        missing: [`${e.name} ${planYearLabel(segment.planYear)}`],
      };
    }
    if (!plan.status.complete) return { reason: `${label} cannot be priced yet: its numbers are missing.`, missing: plan.status.missing };
    const compiled = this.compile(plan);
    if (compiled instanceof EngineError) return { reason: `${label} cannot be priced: ${compiled.message}`, missing: [...(compiled.missing ?? [])] };
    const problem = careProblem(plan, sub.care, label);
    if (problem) return problem;
    const members = e.shape.members;
    const atStart = members.filter((m) => m < this.household.members.length).length;
    // The enrollment changes at a birth only when the baby is on it (it goes with the children, who may be
    // on the other parent's enrollment than the mother's).
    const withBaby = members.some((m) => m >= this.household.members.length);
    const birth = withBaby ? (this.care.items.find((item) => item.service === 'maternity_delivery')?.offsets[0] ?? null) : null;
    const birthInYear = birth === null ? null : this.care.window.startDay + birth - segment.planYear.startDay;
    // A baby born before this plan year started is already on the enrollment from its first day.
    const bornBefore = birthInYear !== null && birthInYear < 0;
    const choice = chooseEnrollment(
      compiled,
      segment.planYear,
      bornBefore ? members.length : atStart,
      members.length,
      bornBefore ? null : birthInYear,
      undefined,
    );
    // The type shown is the one the enrollment starts the window with (its first plan year's).
    if (e.priced.length === 0) e.type = choice.type;
    if (!choice.premium.known)
      return { reason: `the ${ENROLLMENT_LABELS[choice.type]} premium of ${label} is not known.`, missing: [`${ENROLLMENT_LABELS[choice.type]} premium`] };
    // The premium for the months of this plan year inside the window (pay periods fall evenly over a year).
    const premiumCents = Math.round((choice.premium.annualEmployeeCents * (segment.toDay - segment.fromDay)) / segment.planYear.days);
    const limitCents = members.length === 1 ? compiled.oopMax.personCents : compiled.oopMax.familyCents;
    return { segment, compiled, premiumCents, limitCents };
  }

  private unit(members: number[], parts: EnrollmentSegmentPlan[], sub: SubCare): number {
    const key = `${members.join(',')}|${parts.map((p) => p.compiled.plan.id).join('+')}`;
    const known = this.unitByKey.get(key);
    if (known !== undefined) return known;
    const only = parts.length === 1 ? parts[0] : undefined;
    const shared =
      only && members.length === this.care.members.length ? this.contexts.findIndex((c) => c.care === this.care && c.plan.id === only.compiled.plan.id) : -1;
    const unit: PricedUnit = shared >= 0 ? { parts: [], fromContext: shared } : { parts: parts.map((p) => this.groupPart(members, p, sub)), fromContext: null };
    this.units.push(unit);
    this.unitByKey.set(key, this.units.length - 1);
    return this.units.length - 1;
  }

  private groupPart(members: number[], part: EnrollmentSegmentPlan, sub: SubCare): { group: number; plan: number } {
    const key = `${members.join(',')}|${part.segment.fromDay}-${part.segment.toDay}`;
    let g = this.groupByKey.get(key);
    if (g === undefined) {
      this.groups.push({ members, fromDay: part.segment.fromDay, toDay: part.segment.toDay, sub, plans: [] });
      g = this.groups.length - 1;
      this.groupByKey.set(key, g);
    }
    const group = this.groups[g] as RowGroup;
    let p = group.plans.indexOf(part.compiled);
    if (p < 0) p = group.plans.push(part.compiled) - 1;
    return { group: g, plan: p };
  }
}

/** Care the members expect that the plan has no rule for, an unfinished network tier, or no pharmacy. */
function careProblem(plan: Plan, care: CarePlan, label: string): { reason: string; missing: string[] } | null {
  const lacking = [...new Set(care.items.filter((item) => !plan.benefits[item.service]).map((item) => item.service))];
  if (lacking.length > 0) {
    return {
      reason: `${label} has no rule for ${lacking.map((c) => SERVICE_LABELS[c].toLowerCase()).join(', ')}.`,
      missing: lacking.map((c) => `cost sharing for ${SERVICE_LABELS[c].toLowerCase()} (${c})`),
    };
  }
  const incomplete = [...new Set(care.items.map((item) => item.network))].flatMap((network) => {
    const tier = network === 'plan' ? undefined : plan.networkTiers?.[network];
    return tier?.status === 'incomplete' ? tier.missing : [];
  });
  if (incomplete.length > 0) return { reason: `${label} cannot be priced for care outside the network yet.`, missing: incomplete };
  // Pricing the typical year fails only on a prescription the plan cannot fill (typical-year.ts): build
  // it (for its message) only then.
  const unfilled = care.items.some((item) => PRESCRIPTION_SERVICES.includes(item.service) && !fitPrescription(plan, item.channel, item.supplyDays));
  if (!unfilled) return null;
  try {
    typicalClaims(care, plan);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { reason: `${label}: ${error.message}.`, missing: ['prescription dispensing (pharmacy)'] };
  }
  return null;
}
