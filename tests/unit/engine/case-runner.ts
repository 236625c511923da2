import { expect, it } from 'vitest';
import type { EngineMember } from '../../../src-shared/claims-schema';
import type { LedgerLine, PricedClaims } from '../../../src-shared/pricing-schema';
import { createFastTotals, priceClaims, priceTotalsFast, toFastInput } from '../../../src-main/engine';
import type { CompiledPlan } from '../../../src-main/engine';
import { ADULT, toClaims } from './fixtures';
import type { ClaimSpec } from './fixtures';

// Table-driven brochure cases. Each case is a household, its claims (dated one day apart in listed
// order unless a date is given) and the figures worked out by hand, in cents. Every case also checks
// that the ledger adds up and that the fast path gives the same totals.

export interface LineExpect {
  index?: number;
  pays?: number;
  deductible?: number;
  copay?: number;
  coinsurance?: number;
  notCovered?: number;
  events?: LedgerLine['events'];
  planYear?: string;
  after?: Partial<LedgerLine['after']>;
  text?: string;
  /** What decided the line besides the rule (birthday, autism, admission …); [] for nothing. */
  decidedBy?: NonNullable<LedgerLine['rule']['decidedBy']>;
  /** The brochure line cited: section and "You pay" text. */
  source?: Partial<LedgerLine['rule']['source']>;
}

export interface BrochureCase {
  name: string;
  members?: EngineMember[];
  claims: ClaimSpec[];
  /** What the household pays for these claims, in cents. */
  pays: number;
  /** Expectations for ledger lines in adjudication (date) order; `undefined` entries are skipped. */
  lines?: (LineExpect | undefined)[];
  /** Expectations for a line picked by position, for long claim lists. */
  line?: Record<number, LineExpect>;
  /** Each must match one of the result's assumptions (a string is looked for inside them). */
  assumptions?: (string | RegExp)[];
  /** The result's warnings, exactly (default: none). */
  warnings?: string[];
}

function checkLine(line: LedgerLine | undefined, want: LineExpect, where: string): void {
  expect(line, where).toBeDefined();
  if (!line) return;
  const got: LineExpect = {};
  if (want.index !== undefined) got.index = line.index;
  if (want.pays !== undefined) got.pays = line.memberPaysCents;
  if (want.deductible !== undefined) got.deductible = line.deductibleCents;
  if (want.copay !== undefined) got.copay = line.copayCents;
  if (want.coinsurance !== undefined) got.coinsurance = line.coinsuranceCents;
  if (want.notCovered !== undefined) got.notCovered = line.notCoveredCents;
  if (want.events !== undefined) got.events = line.events;
  if (want.planYear !== undefined) got.planYear = line.planYear;
  if (want.text !== undefined) got.text = line.rule.text;
  if (want.decidedBy !== undefined) got.decidedBy = line.rule.decidedBy ?? [];
  if (want.source !== undefined) {
    got.source = Object.fromEntries(Object.keys(want.source).map((k) => [k, line.rule.source[k as keyof LedgerLine['rule']['source']]]));
  }
  if (want.after !== undefined) {
    got.after = Object.fromEntries(Object.keys(want.after).map((k) => [k, line.after[k as keyof LedgerLine['after']]]));
  }
  expect(got, where).toEqual(want);
}

export function checkLedgerAddsUp(r: PricedClaims): void {
  const sum = (pick: (l: LedgerLine) => number) => r.lines.reduce((a, l) => a + pick(l), 0);
  expect(sum((l) => l.memberPaysCents)).toBe(r.totals.memberPaysCents);
  expect(sum((l) => l.allowedCents)).toBe(r.totals.allowedCents);
  expect(sum((l) => l.deductibleCents)).toBe(r.totals.deductibleCents);
  expect(sum((l) => l.copayCents)).toBe(r.totals.copayCents);
  expect(sum((l) => l.coinsuranceCents)).toBe(r.totals.coinsuranceCents);
  expect(sum((l) => l.notCoveredCents)).toBe(r.totals.notCoveredCents);
  expect(sum((l) => l.planPaysCents)).toBe(r.totals.planPaysCents);
  for (const l of r.lines) {
    expect(l.memberPaysCents).toBe(l.deductibleCents + l.copayCents + l.coinsuranceCents + l.notCoveredCents);
    expect(l.planPaysCents).toBe(l.allowedCents - l.memberPaysCents);
  }
  for (const [id, t] of Object.entries(r.byMember)) {
    const mine = r.lines.filter((l) => l.member === id);
    expect(mine.reduce((a, l) => a + l.memberPaysCents, 0)).toBe(t.memberPaysCents);
    expect(mine.reduce((a, l) => a + l.allowedCents, 0)).toBe(t.allowedCents);
  }
}

export function runCases(plan: () => CompiledPlan, cases: BrochureCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const members = c.members ?? ADULT;
      const claims = toClaims(members, c.claims);
      const r = priceClaims(plan(), members, claims);
      expect(r.totals.memberPaysCents).toBe(c.pays);
      c.lines?.forEach((want, k) => {
        if (want) checkLine(r.lines[k], want, `line ${k + 1}`);
      });
      for (const [k, want] of Object.entries(c.line ?? {})) checkLine(r.lines[Number(k)], want, `line ${Number(k) + 1}`);
      checkLedgerAddsUp(r);
      expect(r.warnings).toEqual(c.warnings ?? []);
      for (const want of c.assumptions ?? []) {
        expect(
          r.assumptions.some((a) => (typeof want === 'string' ? a.includes(want) : want.test(a))),
          `assumption ${String(want)} in ${JSON.stringify(r.assumptions)}`,
        ).toBe(true);
      }
      const fast = toFastInput(plan(), members, claims);
      const totals = priceTotalsFast(plan(), fast.household, fast.claims, createFastTotals());
      expect(totals.memberPaysCents).toBe(c.pays);
      expect(totals.deductibleCents).toBe(r.totals.deductibleCents);
    });
  }
}
