import { describe, expect, it } from 'vitest';
import { SERVICE_CODES } from '../../../src-shared/services';
import { OPTIONS } from './fehb-brochure-table';
import type { BrochureRow } from './fehb-brochure-table';
import { ROWS_5A } from './fehb-rows-5a';
import { ROWS_5C_5G } from './fehb-rows-5c-5g';
import { ROWS_NEW_CODES } from './fehb-rows-new-codes';
import { ROWS_OPTIONAL } from './fehb-rows-optional';
import { excerptFor, normalise, planById, printsInRow, sectionAt } from './plan-data';

// Every encoded FEHB rule against a hand-written line of the brochure, and every printed "You pay" text
// against the excerpt the rule cites, inside its own benefit row and section.

const FILE = 'fehb-kpco-2022.json';
const TABLE: BrochureRow[] = [...ROWS_5A, ...ROWS_5C_5G, ...ROWS_OPTIONAL, ...ROWS_NEW_CODES];
const title = (r: BrochureRow) => `${r.option} · ${r.section} ${r.row.split(' — ')[0]} · ${r.youPay} → ${r.service}`;

describe('2022 FEHB Kaiser Permanente Colorado: benefit rows as printed', () => {
  it.each(TABLE.map((r) => [title(r), r] as const))('%s', (_name, r) => {
    const plan = planById(FILE, OPTIONS[r.option]);
    const rule = plan.benefits[r.service];
    if (!rule) throw new Error(`${plan.id} has no rule for ${r.service}`);

    expect(rule.costShare).toEqual(r.costShare);
    expect(rule.afterDeductible).toBe(r.afterDeductible);
    expect(rule.countsTowardOop).toBe(r.countsTowardOop ?? true);
    expect(rule.waivedIfAdmitted ?? false).toBe(r.waivedIfAdmitted ?? false);
    expect(rule.visitLimitPerYear ?? null).toBe(r.visitLimitPerYear ?? null);
    expect(rule.purposeVisitLimits ?? null).toEqual(r.purposeVisitLimits ?? null);
    expect(rule.noVisitLimitWith ?? null).toEqual(r.noVisitLimitWith ?? null);
    expect(rule.dayLimit ?? null).toEqual(r.dayLimit ?? null);
    const excerpt = excerptFor(plan, rule.source.document);
    // A limit with a row of its own ("We cover up to 20 pulmonary rehabilitation visits per year.") prints there.
    for (const limit of Object.values(rule.purposeVisitLimits ?? {})) {
      if (limit?.source) expect(printsInRow(excerpt, limit.source.section, limit.source.row, limit.source.youPay), limit.source.row).toBe(true);
    }
    // The waiver of a scan in the ER is printed in the notes of 5(d), not in a benefit row.
    if (r.waiverSource) {
      expect(rule.waiverSource).toMatchObject(r.waiverSource);
      const at = normalise(excerpt).indexOf(normalise(r.waiverSource.youPay));
      expect(at, 'printed waiver text').toBeGreaterThan(-1);
      expect(sectionAt(normalise(excerpt), at)).toBe(r.waiverSource.section);
    } else {
      expect(rule.waiverSource).toBeUndefined();
    }
    // A tier dispensed differently by a channel (specialty drugs by mail): tiers and the 5(f) line.
    expect(Object.keys(rule.dispensing ?? {}).sort()).toEqual(Object.keys(r.dispensing ?? {}).sort());
    for (const [channel, want] of Object.entries(r.dispensing ?? {})) {
      const got = rule.dispensing?.[channel as keyof typeof rule.dispensing];
      expect(got?.tiers).toEqual(want.tiers);
      expect(got?.source).toMatchObject({ section: '5(f)', row: want.row, youPay: want.youPay });
      expect(printsInRow(excerpt, '5(f)', want.row, want.youPay), `${channel}: ${want.youPay}`).toBe(true);
    }
    // An office procedure in a primary care or mental health office: the row of that office.
    expect(Object.keys(rule.settings ?? {}).sort()).toEqual(Object.keys(r.settings ?? {}).sort());
    for (const [setting, want] of Object.entries(r.settings ?? {})) {
      const got = rule.settings?.[setting as keyof typeof rule.settings];
      expect(got).toMatchObject({ costShare: want.costShare, afterDeductible: want.afterDeductible });
      expect(got?.source).toMatchObject({ section: want.section, row: want.row, youPay: want.youPay });
      expect(printsInRow(excerpt, want.section, want.row, want.youPay), `${setting}: ${want.youPay}`).toBe(true);
    }
    if (r.nothingThroughAge !== undefined) {
      expect(rule.exceptions).toHaveLength(1);
      expect(rule.exceptions?.[0]).toMatchObject({
        maxAge: r.nothingThroughAge,
        costShare: { kind: 'nothing' },
        afterDeductible: false,
      });
      expect(rule.exceptions?.[0]?.minAge).toBeUndefined();
    } else if (r.notCoveredThroughAge !== undefined) {
      expect(rule.exceptions).toHaveLength(1);
      expect(rule.exceptions?.[0]).toMatchObject({
        maxAge: r.notCoveredThroughAge,
        costShare: { kind: 'not_covered' },
        afterDeductible: false,
      });
      expect(rule.exceptions?.[0]?.minAge).toBeUndefined();
    } else if (r.notCoveredFromAge !== undefined) {
      expect(rule.exceptions).toHaveLength(1);
      expect(rule.exceptions?.[0]).toMatchObject({
        minAge: r.notCoveredFromAge,
        costShare: { kind: 'not_covered' },
        afterDeductible: false,
      });
      expect(rule.exceptions?.[0]?.maxAge).toBeUndefined();
    } else {
      expect(rule.exceptions ?? []).toEqual([]);
    }

    expect(rule.source).toMatchObject({ section: r.section, row: r.row, youPay: r.youPay });
    expect(printsInRow(excerpt, r.section, r.row, r.youPay), 'printed "You pay" text in its row').toBe(true);
  });
});

describe('the brochure table covers the plans exactly', () => {
  it('has one line per option and service code, and no other', () => {
    const keys = TABLE.map((r) => `${r.option}/${r.service}`);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = Object.keys(OPTIONS).flatMap((o) => SERVICE_CODES.map((code) => `${o}/${code}`));
    expect([...keys].sort()).toEqual([...expected].sort());
  });

  it.each(Object.entries(OPTIONS))('%s has a rule for exactly the service codes the table lists', (option, id) => {
    const encoded = Object.keys(planById(FILE, id).benefits).sort();
    const listed = TABLE.filter((r) => r.option === option).map((r) => r.service).sort();
    expect(encoded).toEqual(listed);
  });
});

describe('the row finder used above can fail', () => {
  const plan = planById(FILE, OPTIONS['Standard Option']);
  const excerpt = excerptFor(plan, 'fehb-kpco-2022-brochure');
  const DT = 'Diagnostic and treatment services — In a physician’s office';

  it('finds a printed text in its row', () => {
    expect(printsInRow(excerpt, '5(a)', DT, '$40 per specialty care office visit')).toBe(true);
  });
  it('refuses a text printed only in another row', () => {
    expect(printsInRow(excerpt, '5(a)', DT, '$750 per admission after the deductible')).toBe(false);
  });
  it('refuses the right row under the wrong section', () => {
    expect(printsInRow(excerpt, '5(c)', DT, '$40 per specialty care office visit')).toBe(false);
  });
  it('refuses a text that is not printed at all', () => {
    expect(printsInRow(excerpt, '5(a)', DT, '$45 per specialty care office visit')).toBe(false);
  });
});
