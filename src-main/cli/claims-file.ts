import { z } from 'zod';
import { CalendarDate, EngineMember, MemberId, type Claim } from '../../src-shared/claims-schema';
import { Dollars, centsToDollars, dollarsToCents } from '../../src-shared/money';
import { OfficeSetting, PharmacyChannel, ServiceCode, TherapyPurpose } from '../../src-shared/plan-schema';
import { NETWORK_TIERS } from '../../src-shared/services';
import type { CostTotals, PricedClaims } from '../../src-shared/pricing-schema';

// The command line's claims file speaks dollars ("allowed": 150); the engine speaks cents. This is the
// one place that converts, both ways.

export const ClaimsFile = z.strictObject({
  members: z.array(EngineMember).min(1).max(20),
  claims: z
    .array(
      z.strictObject({
        member: MemberId,
        date: CalendarDate,
        service: ServiceCode,
        allowed: Dollars,
        days: z.int().min(1).max(366).optional(),
        supplyDays: z.int().min(1).max(366).optional(),
        channel: PharmacyChannel.optional(),
        admitted: z.boolean().optional(),
        purpose: TherapyPurpose.optional(),
        setting: OfficeSetting.optional(),
        /** rx_brand_requested only: the price of the generic that was prescribed (the member pays the brand copay plus the difference). */
        genericAllowed: Dollars.optional(),
        /** Where the care is given: plan (default), out_of_network, out_of_area (dependent out-of-area benefit), travel. */
        network: z.enum(NETWORK_TIERS).optional(),
        /** out_of_network claims only: false when care that needed pre-certification did not get it. */
        precertified: z.boolean().optional(),
      }),
    )
    .max(100_000),
});
export type ClaimsFile = z.infer<typeof ClaimsFile>;

export function toEngineClaims(file: ClaimsFile): Claim[] {
  return file.claims.map(({ allowed, genericAllowed, ...rest }) => ({
    ...rest,
    allowedCents: dollarsToCents(allowed),
    ...(genericAllowed !== undefined ? { genericAllowedCents: dollarsToCents(genericAllowed) } : {}),
  }));
}

function totalsInDollars(t: Omit<CostTotals, 'allowedCents' | 'planPaysCents'> & Partial<CostTotals>) {
  return {
    ...(t.allowedCents !== undefined ? { allowed: centsToDollars(t.allowedCents) } : {}),
    deductible: centsToDollars(t.deductibleCents),
    copay: centsToDollars(t.copayCents),
    coinsurance: centsToDollars(t.coinsuranceCents),
    notCovered: centsToDollars(t.notCoveredCents),
    memberPays: centsToDollars(t.memberPaysCents),
    ...(t.planPaysCents !== undefined ? { planPays: centsToDollars(t.planPaysCents) } : {}),
  };
}

/** The documented `price` output: dollars with at most two decimals. */
export function pricedToJson(planId: string, priced: PricedClaims) {
  return {
    plan: planId,
    lines: priced.lines.map((l) => ({
      member: l.member,
      date: l.date,
      service: l.service,
      ...(l.network ? { network: l.network } : {}),
      allowed: centsToDollars(l.allowedCents),
      deductible: centsToDollars(l.deductibleCents),
      copay: centsToDollars(l.copayCents),
      coinsurance: centsToDollars(l.coinsuranceCents),
      notCovered: centsToDollars(l.notCoveredCents),
      memberPays: centsToDollars(l.memberPaysCents),
      planPays: centsToDollars(l.planPaysCents),
      rule: { text: l.rule.text, source: l.rule.source, ...(l.rule.decidedBy ? { decidedBy: l.rule.decidedBy } : {}) },
    })),
    byMember: Object.fromEntries(
      Object.entries(priced.byMember).map(([id, t]) => {
        const { allowed: _a, planPays: _p, ...rest } = totalsInDollars(t);
        return [id, rest];
      }),
    ),
    totals: totalsInDollars(priced.totals),
    premium: priced.premium.known
      ? {
          known: true,
          enrollmentType: priced.premium.enrollmentType,
          code: priced.premium.code,
          annualEmployeeShare: centsToDollars(priced.premium.annualEmployeeCents),
        }
      : { known: false, enrollmentType: priced.premium.enrollmentType, message: priced.premium.message },
    warnings: priced.warnings,
    assumptions: priced.assumptions,
  };
}
