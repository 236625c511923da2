import type { ImpactRow, ImpactSide, SampleImpact } from '../../src-shared/editor-schema';
import { m, type Language } from '../../src-shared/i18n';
import { engineText } from '../../src-shared/i18n/engine-text';
import type { EnrollmentType, Plan } from '../../src-shared/plan-schema';
import { EngineError, annualPremium, compilePlan, priceClaims, type CompiledPlan } from '../engine';
import { SAMPLE_HOUSEHOLDS, claimsFor, type SampleHousehold } from './sample-household';

// What a change to a plan does to the sample household's year: each version priced by the engine on
// the same household, per enrollment type. A version that cannot be priced says why instead of a number.
// Worded in the language asked for (messages/diff, `impact_…`; English by default, as it always read); an
// engine's refusal inside a reason is said by engine-text, or kept in English and said to be.

/** An engine's sentence in the language, marked "(en inglés)" when it can only be said in English. */
function detail(message: string, lang: Language): string {
  const said = engineText(message, lang);
  return said.english ? m.impact_detail_english({ detail: said.text }, { locale: lang }) : said.text;
}

function compiled(plan: Plan, lang: Language): CompiledPlan | string {
  const o = { locale: lang };
  if (!plan.status.complete) return m.impact_incomplete({ plan: plan.planName, count: plan.status.missing.length }, o);
  try {
    return compilePlan(plan);
  } catch (error) {
    if (error instanceof EngineError) return m.impact_engine_cannot({ detail: detail(error.message, lang) }, o);
    throw error;
  }
}

const HOUSEHOLD: Record<EnrollmentType, (inputs: Record<string, never>, options: { locale: Language }) => string> = {
  self_only: m.impact_household_self_only,
  self_plus_one: m.impact_household_self_plus_one,
  self_and_family: m.impact_household_self_and_family,
};

/** The sample household's name in the language ("One adult, 45 (self only)"). */
export function householdLabel(household: SampleHousehold, lang: Language): string {
  return HOUSEHOLD[household.enrollmentType]({}, { locale: lang });
}

function priceSide(cp: CompiledPlan | string, household: SampleHousehold, notes: Set<string>, lang: Language): ImpactSide {
  if (typeof cp === 'string') return { priced: false, reason: cp };
  const { claims, droppedPrescriptions } = claimsFor(household, cp.plan);
  if (droppedPrescriptions) notes.add(m.impact_no_pharmacy({ plan: cp.plan.planName }, { locale: lang }));
  try {
    const priced = priceClaims(cp, household.members, claims, { ledger: false });
    const premium = annualPremium(cp, household.enrollmentType);
    const premiumCents = premium.known ? premium.annualEmployeeCents : null;
    const outOfPocketCents = priced.totals.memberPaysCents;
    return { priced: true, outOfPocketCents, premiumCents, totalCents: premiumCents === null ? null : premiumCents + outOfPocketCents };
  } catch (error) {
    if (error instanceof EngineError) return { priced: false, reason: m.impact_engine_refused({ detail: detail(error.message, lang) }, { locale: lang }) };
    throw error;
  }
}

export function sampleImpact(before: Plan, after: Plan, lang: Language = 'en'): SampleImpact {
  const a = compiled(before, lang);
  const b = compiled(after, lang);
  const notes = new Set<string>();
  const rows = SAMPLE_HOUSEHOLDS.map((household): ImpactRow => {
    const sideA = priceSide(a, household, notes, lang);
    const sideB = priceSide(b, household, notes, lang);
    const both = sideA.priced && sideB.priced;
    return {
      enrollmentType: household.enrollmentType,
      household: householdLabel(household, lang),
      before: sideA,
      after: sideB,
      outOfPocketChangeCents: both ? sideB.outOfPocketCents - sideA.outOfPocketCents : null,
      totalChangeCents: both && sideA.totalCents !== null && sideB.totalCents !== null ? sideB.totalCents - sideA.totalCents : null,
    };
  });
  if (before.planYear.start !== after.planYear.start) {
    notes.add(m.impact_plan_years({}, { locale: lang }));
  }
  return { description: m.impact_description({}, { locale: lang }), rows, notes: [...notes] };
}
