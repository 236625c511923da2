import type { ComparePriority } from '../household-schema';
import type { CompareResult, PlanComparison } from '../compare-result-schema';
import { formatCents, formatNumber } from '../money';
import { m } from './paraglide/messages.js';
import type { Language } from './language';
import { engineText } from './engine-text';
import { enrollmentLabel, longDate, memberTitles, serviceLabel } from './terms';

// The sentences of a comparison (engine:compare) in the language asked for. The comparison itself writes
// them in English (src-main/compare/*), which stays the source of truth for English: `en` returns the
// result's own words. Every other language composes the same sentence from the same numbers in the result,
// through the message catalog (messages/compare). `compose` (default: any language but English) says a
// sentence from the numbers even in English: tests/unit/i18n/result-text.test.ts does that and checks the
// sentences equal the result's own, so a change of wording in src-main/compare shows up here.

type Plan = PlanComparison;
type Ranked = CompareResult['recommendation']['ranking'][number];

const usd = (cents: number, lang: Language): string => formatCents(cents, true, lang);
const o = (lang: Language): { locale: Language } => ({ locale: lang });

/** "This is an estimate, not a quote: …". */
export function caveatText(result: Pick<CompareResult, 'recommendation'>, lang: Language, compose = lang !== 'en'): string {
  return !compose ? result.recommendation.caveat : m.result_caveat({}, o(lang));
}

/** What a yearly total is made of (premium, out of pocket, the employer account, tax). */
export function basisText(result: Pick<CompareResult, 'basis'>, lang: Language, compose = lang !== 'en'): string {
  if (!compose) return result.basis.text;
  const rate = result.basis.taxRatePercent;
  return rate === null
    ? m.result_basis_before_tax({}, o(lang))
    : m.result_basis_after_tax({ rate: formatNumber(rate, lang), factor: formatNumber((100 - rate) / 100, lang) }, o(lang));
}

function limitPhrase(plan: Plan, lang: Language): string {
  const amount = usd(plan.worstCase.oopMaxCents, lang);
  return plan.worstCase.limit === 'person' ? m.result_limit_person({ amount }, o(lang)) : m.result_limit_family({ amount }, o(lang));
}

/** ", $1,668 more than Standard Option", ", the lowest of the 3 plans", "" for a single plan. */
function comparison(score: number, leader: { name: string; score: number } | null, count: number, best: boolean, lang: Language): string {
  if (count < 2) return '';
  if (!leader) return best ? m.result_cmp_best({ count }, o(lang)) : m.result_cmp_lowest({ count }, o(lang));
  const diff = score - leader.score;
  return diff === 0 ? m.result_cmp_same({ leader: leader.name }, o(lang)) : m.result_cmp_more({ diff: usd(diff, lang), leader: leader.name }, o(lang));
}

/**
 * The two or three reasons beside a plan under a priority. `en`: the result's own; otherwise composed from
 * the plan's figures, the leader's score and the number of plans, as src-main/compare/recommend.ts does.
 */
export function reasonsText(result: CompareResult, priority: ComparePriority, item: Ranked, lang: Language, compose = lang !== 'en'): string[] {
  if (!compose) return item.reasons;
  const plan = result.plans.find((p) => p.planId === item.planId);
  if (!plan) return item.reasons;
  const ranking = result.rankings[priority].ranking;
  const first = ranking[0];
  const firstPlan = first ? result.plans.find((p) => p.planId === first.planId) : undefined;
  const leader = first && firstPlan && first.scoreCents !== null && first.planId !== item.planId ? { name: firstPlan.name, score: first.scoreCents } : null;
  const count = result.plans.length;
  const limit = limitPhrase(plan, lang);
  const shown = plan.expected;
  const score = item.scoreCents;
  const total = plan.simulated.total;
  if (shown.premiumCents === null || shown.totalCents === null || total === null || score === null) {
    return [
      m.result_reason_premium_unknown({ enrollment: enrollmentLabel(plan.premium.enrollmentType, lang) }, o(lang)),
      m.result_reason_oop_only({ care: usd(shown.careCents, lang), limit }, o(lang)),
    ];
  }
  const taxed = result.basis.afterTax ? m.result_after_tax({}, o(lang)) : '';
  const premium = `${usd(shown.premiumCents, lang)}${taxed}`;
  const account = shown.accountCents > 0 ? m.result_after_account({ account: usd(shown.accountCents, lang) }, o(lang)) : '';
  const reasons: string[] = [];
  switch (priority) {
    case 'lowest_expected':
      reasons.push(
        m.result_reason_expected(
          { score: usd(score, lang), premium, care: usd(shown.careCents, lang), account, comparison: comparison(score, leader, count, false, lang) },
          o(lang),
        ),
      );
      break;
    case 'lowest_worst_case':
      reasons.push(m.result_reason_worst({ score: usd(score, lang), premium, limit, comparison: comparison(score, leader, count, false, lang) }, o(lang)));
      break;
    case 'lowest_premium':
      reasons.push(
        m.result_reason_premium(
          { premium, enrollment: enrollmentLabel(plan.premium.enrollmentType, lang), comparison: comparison(score, leader, count, false, lang) },
          o(lang),
        ),
      );
      break;
    case 'balanced':
      reasons.push(
        m.result_reason_balanced(
          {
            total: usd(shown.totalCents, lang),
            bad: usd(total.p90Cents, lang),
            score: usd(score, lang),
            comparison: comparison(score, leader, count, true, lang),
          },
          o(lang),
        ),
      );
      break;
  }
  if (plan.simulated.probabilityCheapest !== null && count > 1) {
    reasons.push(
      m.result_reason_cheapest({ pct: Math.round(plan.simulated.probabilityCheapest * 100), years: formatNumber(result.simulations, lang) }, o(lang)),
    );
  }
  reasons.push(
    priority === 'lowest_worst_case'
      ? m.result_reason_expected_and_bad({ total: usd(shown.totalCents, lang), bad: usd(total.p90Cents, lang) }, o(lang))
      : m.result_reason_worst_case({ worst: usd(plan.worstCase.totalCents ?? 0, lang), taxed, limit }, o(lang)),
  );
  const oop = plan.simulated.outOfPocket;
  if (oop.meanCents === 0 && oop.maxCents === 0) reasons[reasons.length - 1] = m.result_reason_no_oop({}, o(lang));
  return reasons.slice(0, 3);
}

/** Plain names for the household's members, by id: the counselor's titles, else the engine's labels. */
export type MemberNames = (id: string) => string;

/** "What would change the answer" in one sentence. */
export function sensitivityText(result: CompareResult, lang: Language, who: MemberNames, compose = lang !== 'en'): string {
  const s = result.sensitivity;
  if (!compose) return s.summary;
  const name = (id: string | null): string => result.plans.find((p) => p.planId === id)?.name ?? id ?? '';
  const known = result.plans.filter((p) => p.expected.totalCents !== null).length;
  if (s.cheapestPlanId === null || known < 2) {
    if (known === 0) return m.result_sensitivity_no_total({}, o(lang));
    if (known === 1) return m.result_sensitivity_one_total({}, o(lang));
    return m.result_sensitivity_not_worked_out({}, o(lang));
  }
  if (!s.change) return m.result_sensitivity_none({ plan: name(s.cheapestPlanId) }, o(lang));
  const c = s.change;
  const several = result.members.length > 1;
  const person = several ? m.result_sensitivity_for({ who: who(c.member) }, o(lang)) : '';
  const count = Math.abs(c.delta);
  const change =
    c.service === 'er_visit'
      ? m.result_change_er({ person }, o(lang))
      : c.service === 'inpatient_admission'
        ? m.result_change_stay({ person }, o(lang))
        : c.delta > 0
          ? m.result_change_more({ count, service: serviceLabel(c.service, lang).toLowerCase(), person }, o(lang))
          : m.result_change_fewer({ count, service: serviceLabel(c.service, lang).toLowerCase(), person }, o(lang));
  return m.result_sensitivity_change({ plan: name(s.cheapestPlanId), change, other: name(c.newCheapestPlanId) }, o(lang));
}

/** The break-even chart's headline. */
export function breakEvenMessage(result: CompareResult, lang: Language, compose = lang !== 'en'): string {
  const be = result.breakEven;
  if (!compose) return be.message;
  if (!be.available) {
    const known = result.plans.filter((p) => p.expected.totalCents !== null).length;
    return known < 2 ? m.result_breakeven_needs_two({}, o(lang)) : m.result_breakeven_no_care({}, o(lang));
  }
  return be.points.length === 0 ? m.result_breakeven_same({}, o(lang)) : m.result_breakeven_changes({ count: be.points.length }, o(lang));
}

/** Where a plan's line passes its worst case, and why. */
export function beyondLimitText(
  result: CompareResult,
  beyond: CompareResult['breakEven']['beyondLimit'][number],
  lang: Language,
  compose = lang !== 'en',
): string {
  if (!compose) return beyond.text;
  const plan = result.plans.find((p) => p.planId === beyond.planId)?.name ?? beyond.planId;
  return m.result_beyond_limit(
    {
      plan,
      scale: formatNumber(beyond.careScale, lang, {
        maximumFractionDigits: beyond.careScale < 10 ? 1 : 0,
        minimumFractionDigits: beyond.careScale < 10 ? 1 : 0,
      }),
    },
    o(lang),
  );
}

/** What the worst case is made of, and how often a year cost more. */
export function worstCaseNote(plan: Plan, lang: Language, compose = lang !== 'en'): string {
  if (!compose) return plan.worstCase.note;
  const amount = usd(plan.worstCase.oopMaxCents, lang);
  const limit = plan.worstCase.limit === 'person' ? m.result_limit_short_person({ amount }, o(lang)) : m.result_limit_short_family({ amount }, o(lang));
  const head =
    plan.worstCase.totalCents === null
      ? m.result_worst_note_unknown({ limit }, o(lang))
      : m.result_worst_note({ limit, account: plan.accountCents > 0 ? m.result_worst_note_account({}, o(lang)) : '' }, o(lang));
  const share = plan.worstCase.shareAbove;
  const pct = share * 100 < 1 ? m.share_less_than_1({}, o(lang)) : `${Math.round(share * 100)}%`;
  return head + (share > 0 ? m.result_worst_note_share({ pct }, o(lang)) : '.');
}

/** Which enrollment type a plan is priced with, and why. `chosen`: the counselor chose it (a couple). */
export function enrollmentReason(plan: Plan, people: number, chosen: boolean, lang: Language, compose = lang !== 'en'): string {
  if (!compose) return plan.enrollment.reason;
  const e = plan.enrollment;
  const type = enrollmentLabel(e.type, lang);
  let reason: string;
  if (e.options.length <= 1) reason = people === 1 ? m.result_enroll_one({ type }, o(lang)) : m.result_enroll_all({ type, people }, o(lang));
  else {
    const mine = e.options.find((x) => x.type === e.type)?.annualCents ?? null;
    const other = e.options.find((x) => x.type !== e.type);
    const otherType = other ? enrollmentLabel(other.type, lang) : '';
    const compare =
      mine !== null && other && other.annualCents !== null
        ? other.annualCents === mine
          ? m.result_enroll_same({ type, cost: usd(mine, lang), other: otherType, otherCost: usd(other.annualCents, lang) }, o(lang))
          : other.annualCents > mine
            ? m.result_enroll_less({ type, cost: usd(mine, lang), other: otherType, otherCost: usd(other.annualCents, lang) }, o(lang))
            : m.result_enroll_more({ type, cost: usd(mine, lang), other: otherType, otherCost: usd(other.annualCents, lang) }, o(lang))
        : m.result_enroll_unknown({ other: otherType }, o(lang));
    reason = chosen ? m.result_enroll_chosen({ type, compare }, o(lang)) : m.result_enroll_cheaper({ compare }, o(lang));
  }
  if (e.change) {
    reason +=
      ' ' +
      m.result_enroll_birth(
        {
          date: lang === 'en' ? e.change.date : longDate(e.change.date, lang),
          period: e.change.payPeriod,
          from: type,
          to: enrollmentLabel(e.change.toType, lang),
        },
        o(lang),
      );
  }
  return reason;
}

/** A premium the plan's document does not give. */
export function premiumUnknownText(plan: Plan, lang: Language): string {
  if (plan.premium.known) return '';
  return lang === 'en' ? plan.premium.message : m.result_premium_unknown({}, o(lang));
}

/** Why a plan could not be priced: read back from the engine's sentence (engine-text.ts), else in general words. */
export function skippedReason(skipped: CompareResult['skipped'][number], lang: Language, compose = lang !== 'en'): string {
  if (!compose) return skipped.reason;
  const said = engineText(skipped.reason, lang);
  if (!said.english && lang !== 'en') return said.text;
  return skipped.reason.endsWith('its numbers are missing.')
    ? m.result_skipped_missing({ plan: skipped.name }, o(lang))
    : m.result_skipped_other({ plan: skipped.name }, o(lang));
}

/** Why fewer years were simulated than asked for. */
export function simulationNoteText(result: Pick<CompareResult, 'simulationNote' | 'simulations' | 'requestedSimulations'>, lang: Language): string | null {
  if (result.simulationNote === null || lang === 'en') return result.simulationNote;
  return m.result_simulation_note({ years: formatNumber(result.simulations, lang), requested: formatNumber(result.requestedSimulations, lang) }, o(lang));
}

/** Titles for the comparison's member ids (the engine's "Employee", "Child 2" … in the language). */
export function resultMemberNames(result: Pick<CompareResult, 'members'>, lang: Language, named: Readonly<Record<string, string>> = {}): MemberNames {
  const titles = memberTitles(
    result.members.filter((x) => !x.id.endsWith('-newborn')).map((x) => ({ relationship: relationshipOf(x.label), name: '' })),
    lang,
  );
  const byId = new Map(result.members.filter((x) => !x.id.endsWith('-newborn')).map((x, i) => [x.id, titles[i] as string]));
  return (id) => named[id] ?? (id.endsWith('-newborn') ? m.member_baby_expected({}, o(lang)) : (byId.get(id) ?? id));
}

function relationshipOf(label: string): 'employee' | 'spouse' | 'child' {
  return label === 'Employee' ? 'employee' : label === 'Spouse' ? 'spouse' : 'child';
}
