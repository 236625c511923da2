import { ENROLLMENT_TYPES } from './enrollment-types';
import { formatCostShareText, parseCostShareText } from './cost-share-text';
import { dollarsText, linesText } from './form-values';
import type { BenefitRule, EnrollmentType, Plan } from './plan-schema';
import { SBC_ROWS, sbcRow } from './sbc-layout';
import { PHARMACY_CHANNELS, type PharmacyChannel, type ServiceCode } from './services';

// The plan editor's form, shaped like a Summary of Benefits and Coverage: every field is the text an HR
// administrator types from the paper SBC. formFromPlan fills it from a stored plan; planFromForm
// (sbc-form-to-plan.ts) reads it back into a Plan, field by field, with every problem located. Pure, so
// the round trip is unit-tested without a browser.

export interface CellForm {
  /** "What You Will Pay: Network Provider", e.g. "$30 copay/visit; deductible does not apply". */
  inNetwork: string;
  /**
   * "Out-of-Network Provider (You will pay the most)", as printed. When the plan pays for out-of-network
   * care, each readable cell is that service's out-of-network rule (priced: Plan.networkTiers.out_of_network).
   */
  outOfNetwork: string;
  /** "Limitations, Exceptions, & Other Important Information". */
  limitations: string;
  /** Emergency room only: "copay waived if admitted". */
  waivedIfAdmitted: boolean;
  countsTowardOop: boolean;
  /** Keep the age exceptions the stored rule has (the SBC grid has no place to type new ones). */
  keepExceptions: boolean;
  /**
   * Keep what else the stored rule says that the grid has no place for (rule-details.ts: visit limits by
   * purpose, no limit with a condition, a day limit, office settings, a tier's own dispensing …).
   */
  keepDetails: boolean;
}

export interface TierForm {
  upToDays: string;
  copays: string;
}

export interface ChannelForm {
  offered: boolean;
  tiers: TierForm[];
}

export interface PremiumForm {
  type: EnrollmentType;
  code: string;
  biweeklyEmployee: string;
  biweeklyEmployer: string;
  monthlyEmployee: string;
  monthlyEmployer: string;
}

export interface LimitForm {
  person: string;
  family: string;
  embedded: boolean;
}

export interface SbcForm {
  carrier: string;
  planName: string;
  option: string;
  group: string;
  program: Plan['program'];
  /** The SBC being copied from; rules typed here cite it. */
  source: { title: string; citation: string };
  deductible: LimitForm;
  oopMax: LimitForm;
  /** The out-of-network deductible and out-of-pocket limit ("$4,000 out-of-network"), when the plan has them. */
  oonDeductible: LimitForm;
  oonOopMax: LimitForm;
  /** "What is not included in the out-of-pocket limit?", one item a line. */
  oopExcludes: string;
  outOfNetworkBenefit: 'yes' | 'no' | 'unknown';
  /** "Will you pay less if you use a network provider?", one note a line. */
  networkNotes: string;
  /** "Do you need a referral to see a specialist?" */
  referrals: string;
  /** "Are there other deductibles for specific services?" */
  otherDeductibles: string;
  cells: Record<ServiceCode, CellForm>;
  pharmacy: Record<PharmacyChannel, ChannelForm>;
  premiums: PremiumForm[];
  planYear: { start: string; end: string; label: string };
  /** Other notes on the plan, one a line. */
  notes: string;
}

/** The editor's channel names in English (src-shared/prescription-labels.ts). */
export { SBC_CHANNEL_NAMES_EN as CHANNEL_LABELS } from './prescription-labels';

/** SBC answers the plan schema has no field for are kept as notes that start with these words. */
export const REFERRAL_PREFIX = 'Referral to see a specialist (SBC): ';
export const OTHER_DEDUCTIBLES_PREFIX = 'Other deductibles (SBC): ';
export const TIERS_PER_CHANNEL = 3;

export const sbcSourceId = (planId: string): string => `${planId}-sbc`;

function sameReading(parsed: ReturnType<typeof parseCostShareText>, rule: BenefitRule): boolean {
  return (
    parsed.ok &&
    JSON.stringify(parsed.costShare) === JSON.stringify(rule.costShare) &&
    parsed.afterDeductible === rule.afterDeductible &&
    parsed.visitLimitPerYear === rule.visitLimitPerYear
  );
}

/**
 * The text a stored rule is shown as: the printed "You pay" when it reads back to exactly this rule,
 * otherwise the canonical SBC phrasing, which always does.
 */
export function cellText(service: ServiceCode, rule: BenefitRule): string {
  const printed = rule.source.youPay;
  if (sameReading(parseCostShareText(printed, { unitHint: sbcRow(service).unitHint }), rule)) return printed;
  const extras = rule.visitLimitPerYear === undefined ? {} : { visitLimitPerYear: rule.visitLimitPerYear };
  return formatCostShareText(rule.costShare, rule.afterDeductible, extras);
}

function cellForm(service: ServiceCode, rule: BenefitRule | undefined, oonYouPay: string | undefined): CellForm {
  return {
    inNetwork: rule ? cellText(service, rule) : '',
    outOfNetwork: rule?.outOfNetworkYouPay ?? oonYouPay ?? '',
    limitations: rule?.note ?? '',
    waivedIfAdmitted: rule?.waivedIfAdmitted ?? false,
    countsTowardOop: rule?.countsTowardOop ?? true,
    keepExceptions: true,
    keepDetails: true,
  };
}

const limitForm = (l: Plan['deductible']): LimitForm =>
  l ? { person: dollarsText(l.personCents), family: dollarsText(l.familyCents), embedded: l.embedded } : { person: '', family: '', embedded: true };

const withPrefix = (items: readonly string[], prefix: string): string => items.find((n) => n.startsWith(prefix))?.slice(prefix.length) ?? '';
const withoutPrefixes = (items: readonly string[], prefixes: readonly string[]): string[] => items.filter((n) => !prefixes.some((p) => n.startsWith(p)));

export function formFromPlan(plan: Plan): SbcForm {
  const notes = plan.notes ?? [];
  const sbc = plan.sources.find((s) => s.id === sbcSourceId(plan.id));
  const oon = plan.networkTiers?.out_of_network;
  const oonOffered = oon?.status === 'offered' ? oon : undefined;
  const cells = Object.fromEntries(
    SBC_ROWS.map((r) => [r.service, cellForm(r.service, plan.benefits[r.service], oonOffered?.benefits[r.service]?.source.youPay)]),
  ) as Record<ServiceCode, CellForm>;
  const pharmacy = Object.fromEntries(
    PHARMACY_CHANNELS.map((ch) => {
      const d = plan.pharmacy[ch];
      const tiers = (d?.tiers ?? []).map((t) => ({ upToDays: String(t.upToDays), copays: String(t.copays) }));
      while (tiers.length < TIERS_PER_CHANNEL) tiers.push({ upToDays: '', copays: '' });
      return [ch, { offered: d !== undefined, tiers }];
    }),
  ) as Record<PharmacyChannel, ChannelForm>;
  const premiums = ENROLLMENT_TYPES.map((type): PremiumForm => {
    const e = plan.enrollment.find((x) => x.type === type);
    return {
      type,
      code: e?.code ?? '',
      biweeklyEmployee: dollarsText(e?.biweekly.employeeCents),
      biweeklyEmployer: dollarsText(e?.biweekly.employerCents),
      monthlyEmployee: dollarsText(e?.monthly.employeeCents),
      monthlyEmployer: dollarsText(e?.monthly.employerCents),
    };
  });
  return {
    carrier: plan.carrier,
    planName: plan.planName,
    option: plan.option,
    group: plan.group ?? '',
    program: plan.program,
    source: {
      title: sbc?.title ?? `Summary of Benefits and Coverage: ${plan.planName}, plan year ${plan.planYear.label}`,
      citation: sbc?.citation ?? "Typed from the plan's Summary of Benefits and Coverage in the plan editor.",
    },
    deductible: limitForm(plan.deductible),
    oopMax: limitForm(plan.oopMax),
    oonDeductible: limitForm(oonOffered?.deductible ?? null),
    oonOopMax: limitForm(oonOffered?.oopMax ?? null),
    oopExcludes: linesText(plan.oopExcludes),
    outOfNetworkBenefit: plan.network.outOfNetworkBenefit === null ? 'unknown' : plan.network.outOfNetworkBenefit ? 'yes' : 'no',
    networkNotes: linesText(withoutPrefixes(plan.network.notes, [REFERRAL_PREFIX])),
    referrals: withPrefix(plan.network.notes, REFERRAL_PREFIX),
    otherDeductibles: withPrefix(notes, OTHER_DEDUCTIBLES_PREFIX),
    cells,
    pharmacy,
    premiums,
    planYear: { ...plan.planYear },
    notes: linesText(withoutPrefixes(notes, [OTHER_DEDUCTIBLES_PREFIX])),
  };
}
