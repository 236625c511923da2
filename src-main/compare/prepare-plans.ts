import { CompareRequest, eligibilityProblems, type CompareRequestInput } from '../../src-shared/household-schema';
import { accountProblems } from '../../src-shared/account-money';
import { formatCents } from '../../src-shared/money';
import { birthDateProblemParts, birthDateProblemText } from '../../src-shared/member-age';
import type { EnrollmentType, Plan } from '../../src-shared/plan-schema';
import type { PricedClaims } from '../../src-shared/pricing-schema';
import { NETWORK_TIERS, SERVICE_LABELS } from '../../src-shared/services';
import { AppError } from '../../src-shared/result';
import type { CompareTables } from '../../src-shared/tables-schema';
import { refusal } from '../../src-shared/refusal';
import { zodIssueParts } from '../../src-shared/zod-issues';
import {
  EngineError,
  NS,
  TIER_SAME,
  claimAssumptions,
  describeTier,
  enrollmentTypeFor,
  nextYearWarning,
  parseDayKey,
  planYearIndex,
  priceClaims,
  serviceIndex,
  type CompiledPlan,
} from '../engine';
import { buildCarePlan, type CarePlan } from './care-items';
import { compiledPlan } from './compiled-plans';
import { costBasis } from './cost-basis';
import { chooseEnrollment } from './enrollment';
import type { PlanContext } from './plan-context';
import { planWindow } from './plan-window';
import { typicalClaims } from './typical-year';

// The part of a comparison that does not simulate: check the request, pick and compile the plans (an
// incomplete plan is listed with what it lacks, never dropped), build the household's year for each
// plan's window, and price the typical year line by line (what Explain opens first).

export interface SkippedPlan {
  planId: string;
  name: string;
  reason: string;
  missing: string[];
}

export interface PreparedComparison {
  request: CompareRequest;
  enrollmentType: EnrollmentType;
  contexts: PlanContext[];
  typical: PricedClaims[];
  /** Per context: notes on prescriptions moved or split to fit the plan. */
  planNotes: string[][];
  /** Per context: rules the plan does not strictly give ("2023 priced with the 2022 rules; …"). */
  planWarnings: string[][];
  /** Per context: the readings the plan's rules make for the household's care (an eye exam's office …). */
  planAssumptions: string[][];
  skipped: SkippedPlan[];
  cares: CarePlan[];
}

export function parseCompareRequest(input: CompareRequest | CompareRequestInput): CompareRequest {
  const parsed = CompareRequest.safeParse(input);
  if (!parsed.success) {
    const parts = zodIssueParts(parsed.error, 'request');
    throw refusal('INVALID_ARGUMENT', 'err_compare_request', { issue: parts.issues[0] ?? '' }, parts);
  }
  return parsed.data;
}

/** "High Option" when several compared plans share a plan name; otherwise the plan name (with its option). */
function shortNames(plans: readonly Plan[]): string[] {
  const count = new Map<string, number>();
  for (const p of plans) count.set(p.planName, (count.get(p.planName) ?? 0) + 1);
  return plans.map((p) => {
    if ((count.get(p.planName) ?? 0) > 1) return p.option;
    return p.planName.includes(p.option) ? p.planName : `${p.planName} ${p.option}`;
  });
}

function selectPlans(plans: readonly Plan[], ids: string[] | undefined): Plan[] {
  if (!ids) return [...plans];
  return ids.map((id, i) => {
    const plan = plans.find((p) => p.id === id);
    if (!plan) throw refusal('NOT_FOUND', 'err_no_plan_at', { field: `request.planIds[${i}]`, id });
    return plan;
  });
}

/** Checks the request, then prepares. */
export function preparePlans(plans: readonly Plan[], input: CompareRequest | CompareRequestInput, tables: CompareTables): PreparedComparison {
  return prepareParsed(plans, parseCompareRequest(input), tables);
}

export interface PrepareOptions {
  /**
   * Only what simulating years needs: the typical year is not priced line by line, and the plans' notes,
   * warnings and assumptions are not written (`typical`, `planNotes`, `planWarnings` and `planAssumptions`
   * stay empty). A compute worker that only simulates its share of the years (compute/run-task.ts) skips
   * that work and its garbage; the lead, which finishes the comparison, prepares in full.
   */
  simulationOnly?: boolean;
}

/** For a request already checked at the boundary (the IPC dispatcher parses every argument once). */
export function prepareParsed(plans: readonly Plan[], request: CompareRequest, tables: CompareTables, options: PrepareOptions = {}): PreparedComparison {
  const household = request.household;
  const selected = selectPlans(plans, request.planIds);
  const names = shortNames(selected);
  checkHousehold(request, selected, names);
  const enrollmentType = enrollmentTypeFor(household.members.length);
  const cares = new Map<string, CarePlan>();
  const out: PreparedComparison = {
    request,
    enrollmentType,
    contexts: [],
    typical: [],
    planNotes: [],
    planWarnings: [],
    planAssumptions: [],
    skipped: [],
    cares: [],
  };
  selected.forEach((plan, i) => preparePlan(out, plan, names[i] as string, tables, cares, options));
  return out;
}

/** Birth dates, who may be covered and the employer account money, for the plans selected. */
function checkHousehold(request: CompareRequest, selected: readonly Plan[], names: readonly string[]): void {
  const household = request.household;
  // Birth dates and who may be covered are checked on the first day of the plan year priced (not in the
  // stored schema, so a session saved earlier still opens and then says what to fix).
  const reference = request.planYearStart ?? selected[0]?.planYear.start;
  if (reference !== undefined) checkBirthDates(household, reference);
  const ineligible = eligibilityProblems(household.members, reference).map((issue) => `request.${issue}`);
  if (ineligible.length > 0) throw new AppError('INVALID_ARGUMENT', `Who is covered: ${ineligible[0]}`, ineligible);
  // HSA money above the year's IRS limit (an HRA has none).
  const plans = selected.map((plan, i) => {
    const w = planWindow(plan, request.planYearStart);
    return { id: plan.id, name: names[i] as string, planYearStart: w.start, planYearEnd: w.end };
  });
  const accounts = accountProblems(household, plans);
  const first = accounts[0];
  const plan = plans.find((p) => p.id === first?.planId);
  if (first && plan) {
    const issues = accounts.map((p) => `request.${p.path}: ${p.message}`);
    const cents = household.accountCentsByPlan?.[first.planId] ?? 0;
    const params = {
      field: `request.${first.path}`,
      plan: plan.name,
      amount: formatCents(cents, cents % 100 === 0),
      year: plan.planYearStart.slice(0, 4),
    };
    // The check's own English (it names the limit and its source); the catalog's words for another language.
    throw new AppError('INVALID_ARGUMENT', `Employer account money: ${issues[0]}`, issues, { said: { key: 'err_account_over_limit', params } });
  }
}

/** Birth dates against the first day of a plan year: the first problem refused, in parts for the screen's language. */
function checkBirthDates(household: CompareRequest['household'], start: string): void {
  const parts = birthDateProblemParts(household.members, start);
  const first = parts[0];
  if (!first) return;
  const issues = parts.map((part) => `request.${birthDateProblemText(part, start)}`);
  const field = `request.household.members[${first.member}].birthDate`;
  const key = first.kind === 'not_a_date' ? 'err_birth_not_a_date' : first.kind === 'after_start' ? 'err_birth_after_start' : 'err_birth_too_old';
  const params = { field, date: first.birthDate, start, ...(first.age !== undefined ? { age: first.age } : {}) };
  throw new AppError('INVALID_ARGUMENT', `Birth date: ${issues[0]}`, issues, { said: { key, params } });
}

/** One plan: compiled, its year's care built (once per plan year), priced, or listed as not priced and why. */
function preparePlan(out: PreparedComparison, plan: Plan, name: string, tables: CompareTables, cares: Map<string, CarePlan>, options: PrepareOptions): void {
  const { request } = out;
  const household = request.household;
  if (!plan.status.complete) {
    out.skipped.push({ planId: plan.id, name, reason: `${name} cannot be priced yet: its numbers are missing.`, missing: plan.status.missing });
    return;
  }
  let compiled;
  try {
    compiled = compiledPlan(plan);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    out.skipped.push({ planId: plan.id, name, reason: `${name} cannot be priced: ${error.message}`, missing: [...(error.missing ?? [])] });
    return;
  }
  const window = planWindow(plan, request.planYearStart);
  let care = cares.get(window.start);
  if (!care) {
    // A plan year of its own (the district's starts July 1): its first day must come after every birth.
    checkBirthDates(household, window.start);
    care = buildCarePlan(household, window, tables);
    cares.set(window.start, care);
    out.cares.push(care);
  }
  const cannot = notPricedFor(plan, name, care);
  if (cannot) {
    out.skipped.push(cannot);
    return;
  }
  let built;
  try {
    built = typicalClaims(care, plan);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    out.skipped.push({ planId: plan.id, name, reason: `${name} cannot be priced: ${error.message}.`, missing: ['prescription dispensing (pharmacy)'] });
    return;
  }
  addPricedPlan(out, { plan, name, compiled, care, built, household }, options);
}

/** A plan that cannot be priced for this household's care, with what it lacks; null when it can. */
function notPricedFor(plan: Plan, name: string, care: CarePlan): PreparedComparison['skipped'][number] | null {
  // A plan may leave out optional services (hospice, medical foods …); care the household expects that
  // the plan has no rule for cannot be priced under it, so the plan is listed with what it lacks.
  const lacking = [...new Set(care.items.filter((item) => !plan.benefits[item.service]).map((item) => item.service))];
  if (lacking.length > 0) {
    return {
      planId: plan.id,
      name,
      reason: `${name} cannot be priced for this household: it has no rule for ${lacking.map((c) => SERVICE_LABELS[c].toLowerCase()).join(', ')}.`,
      missing: lacking.map((c) => `cost sharing for ${SERVICE_LABELS[c].toLowerCase()} (${c})`),
    };
  }
  // Care on a network tier whose amounts HR has not entered yet (the district's Plus benefit): the plan
  // is listed with what it lacks, never priced by guess.
  const incomplete = [...new Set(care.items.map((item) => item.network))].flatMap((network) => {
    const tier = network === 'plan' ? undefined : plan.networkTiers?.[network];
    return tier?.status === 'incomplete' ? tier.missing : [];
  });
  if (incomplete.length > 0) {
    return {
      planId: plan.id,
      name,
      reason: `${name} cannot be priced for this household's care outside the network yet: ${incomplete.join('; ')}.`,
      missing: incomplete,
    };
  }
  return null;
}

/** A plan that can be priced, with its year's care and typical claims. */
interface PricedPlan {
  plan: Plan;
  name: string;
  compiled: CompiledPlan;
  care: CarePlan;
  built: ReturnType<typeof typicalClaims>;
  household: CompareRequest['household'];
}

/** A plan priced: its context for the simulation, its typical year, notes, warnings and assumptions. */
function addPricedPlan(out: PreparedComparison, { plan, name, compiled, care, built, household }: PricedPlan, options: PrepareOptions): void {
  // The first birth inside this plan year, after which the newborn is covered too.
  const birth = care.items.find((item) => item.service === 'maternity_delivery')?.offsets[0] ?? null;
  const enrollment = chooseEnrollment(compiled, care.window, household.members.length, care.members.length, birth, household.enrollmentType);
  const premium = enrollment.premium;
  const single = care.members.length === 1;
  const limits = compiled.oopMax;
  out.contexts.push({
    plan: compiled.plan,
    name,
    compiled,
    care,
    basis: costBasis(premium, household.taxRatePercent, household.accountCentsByPlan?.[plan.id] ?? 0),
    enrollment,
    typicalClaims: built.claims,
    oopLimitCents: single ? limits.personCents : limits.familyCents,
    oopLimitKind: single ? 'person' : 'family',
  });
  if (options.simulationOnly) return;
  out.typical.push({ ...priceClaims(compiled, care.members, built.claims, { ledger: true }), premium });
  out.planNotes.push(built.notes);
  out.planWarnings.push(planYearIndex(compiled.anchor, parseDayKey(care.window.start)) === 1 ? [nextYearWarning(compiled)] : []);
  out.planAssumptions.push(careAssumptions(compiled, care));
}

/**
 * What the plan's rules assume for the care this household can have in a year (any simulated year, not
 * only the typical one): the office a procedure or eye exam is billed as (the care has no setting), a
 * limit counted per year, a limit the plan states that a claim list cannot show.
 */
function careAssumptions(compiled: CompiledPlan, care: CarePlan): string[] {
  const used = new Set<number>();
  for (const item of care.items) if (item.expected > 0 || item.offsets.length > 0) used.add(serviceIndex(item.service));
  const withoutSetting = [...used].filter((s) => compiled.hasSettings[s] === 1);
  const perCondition = [...used].filter((s) => compiled.dayLimitPerCondition[s] === 1);
  const tiers = new Set<number>();
  for (const item of care.items) {
    const t = NETWORK_TIERS.indexOf(item.network);
    if (t > 0 && (item.expected > 0 || item.offsets.length > 0) && (compiled.tiers.slot[t * NS + serviceIndex(item.service)] as number) !== TIER_SAME)
      tiers.add(t);
  }
  return [
    ...[...tiers].sort((a, b) => a - b).map((t) => describeTier(compiled, t)),
    ...claimAssumptions(compiled, { used, withoutSetting, perCondition, brandRequested: false, tiers }),
  ];
}
