import { describe, expect, it } from 'vitest';
import { describeApplied, type AppliedRule } from '../../../src-main/engine/describe-rule';
import { readReason, ruleText, sayReason } from '../../../src-shared/i18n/rule-text';
import type { AgeException, CostShare, SettingRule } from '../../../src-shared/plan-schema';
import type { LedgerException } from '../../../src-shared/pricing-schema';
import { PlanFile } from '../../../src-shared/plan-schema';
import type { ServiceCode } from '../../../src-shared/services';
import fehb from '../../../data/plans/fehb-kpco-2022.json';

// The ledger's reason in Spanish is read from describe-rule's English sentence (src-shared/i18n/rule-text.ts).
// Every kind of sentence describe-rule writes must read back into parts whose English, said through the
// catalog (messages/rules/en.json), is that very sentence, and whose Spanish is said without English left in.

const SHARES: CostShare[] = [
  { kind: 'nothing' },
  { kind: 'not_covered' },
  { kind: 'copay', amountCents: 3000, unit: 'visit' },
  { kind: 'copay', amountCents: 1250, unit: 'prescription' },
  { kind: 'copay', amountCents: 50000, unit: 'day', maxPerClaimCents: 100000 },
  { kind: 'copay', amountCents: 10000, unit: 'procedure', maxPerClaimCents: 25000 },
  { kind: 'copay', amountCents: 20000, unit: 'trip' },
  { kind: 'copay', amountCents: 25000, unit: 'admission' },
  { kind: 'copay', amountCents: 500, unit: 'item' },
  { kind: 'coinsurance', percent: 20 },
  { kind: 'coinsurance', percent: 50, maxPerClaimCents: 5000 },
  { kind: 'copay_plus_coinsurance', amountCents: 3000, percent: 10, unit: 'visit', maxPerClaimCents: 150000 },
] as CostShare[];

const SERVICES: ServiceCode[] = [
  'pcp_visit',
  'specialist_visit',
  'mental_health_visit',
  'pt_visit',
  'lab_test',
  'inpatient_admission',
  'rx_generic',
  'opioid_treatment_30_days',
];

const exception: AgeException = { label: 'nothing for children through age 17', maxAge: 17, costShare: { kind: 'nothing' }, afterDeductible: false };
const unknownException: AgeException = {
  label: 'a label no catalog has words for',
  minAge: 3,
  costShare: { kind: 'copay', amountCents: 1000, unit: 'visit' },
  afterDeductible: true,
};
const setting: SettingRule = {
  label: 'procedure in a primary care office; the primary care copayment is charged on the visit’s own claim',
  costShare: { kind: 'nothing' },
  afterDeductible: false,
  source: { document: 'd', section: '5(a)', row: 'r', youPay: 'y' },
};

function cases(): AppliedRule[] {
  const out: AppliedRule[] = [];
  for (const service of SERVICES) {
    for (const share of SHARES) {
      for (const afterDeductible of [false, true]) {
        const base: AppliedRule = { service, share, afterDeductible };
        out.push(base);
        out.push({ ...base, oopCapped: true });
        out.push({ ...base, days: 3 }, { ...base, days: 1 });
        out.push({ ...base, rx: { copays: 1, supplyDays: 30, channel: 'plan_pharmacy' } }, { ...base, rx: { copays: 3, supplyDays: 90, channel: 'mail' } });
        out.push({ ...base, rx: { copays: 2, supplyDays: 60, channel: 'retail' }, oopCapped: true });
        out.push({ ...base, birthday: { age: 18, on: '2022-06-15' } }, { ...base, birthday: { age: 18, on: '2022-06-15', lost: exception } });
        out.push({ ...base, limitLifted: { condition: 'autism_spectrum_disorder', visit: 21, limit: 20 } });
        out.push({ ...base, limitLifted: { condition: 'cleft_lip_palate', visit: 25, limit: 20 }, oopCapped: true });
        out.push({ ...base, dayLimit: { limit: 100, daysOver: 1, stayDays: 5, notCoveredCents: 120050, perCondition: false } });
        out.push({ ...base, dayLimit: { limit: 60, daysOver: 3, stayDays: 10, notCoveredCents: 300000, perCondition: true }, days: 7 });
        out.push({ ...base, exception }, { ...base, exception, days: 2 }, { ...base, exception: unknownException });
        out.push({ ...base, setting }, { ...base, specialistOffice: true }, { ...base, setting, exception });
      }
    }
    out.push({ service, share: { kind: 'nothing' }, afterDeductible: false, visitLimit: 20 });
    out.push({ service, share: { kind: 'nothing' }, afterDeductible: false, visitLimit: 20, visitKind: 'habilitative' });
    out.push({ service, share: { kind: 'nothing' }, afterDeductible: false, visitLimit: 20, visitKind: 'pulmonary rehabilitation' });
    out.push({
      service,
      share: { kind: 'copay', amountCents: 1000, unit: 'day' },
      afterDeductible: false,
      dayLimit: { limit: 100, daysOver: 4, stayDays: 4, notCoveredCents: 1, perCondition: false },
    });
    out.push({ service, share: { kind: 'nothing' }, afterDeductible: false, waived: true, waivedFor: 'er_visit' });
    out.push({ service, share: { kind: 'nothing' }, afterDeductible: false, waived: true, waivedFor: 'scan' });
  }
  return out;
}

const decided = (a: AppliedRule): LedgerException[] => (a.exception ? ['age_exception'] : []);

describe('the ledger reason in every language (rule-text.ts against describe-rule.ts)', () => {
  const all = cases();

  it('reads every sentence describe-rule writes and says it back, in English, word for word', () => {
    const unread: string[] = [];
    for (const a of all) {
      const text = describeApplied(a);
      const parts = readReason(text, decided(a));
      if (!parts) unread.push(text);
      else expect(sayReason(parts, 'en'), text).toBe(text);
    }
    expect(unread).toEqual([]);
  });

  it('says every one in Spanish with no English sentence left, the plans’ unknown labels quoted as written', () => {
    for (const a of all) {
      const text = describeApplied(a);
      const es = ruleText({ text, decidedBy: decided(a) }, 'es');
      expect(es.lang, text).toBe('es');
      for (const english of [
        ' after the deductible',
        ' copay per ',
        'of the allowed amount',
        'the member pays',
        'out-of-pocket maximum reached',
        'on the date of service',
        'supply at',
        'Nothing to pay',
        'is used up',
      ])
        expect(es.text, text).not.toContain(english);
      if (a.exception === unknownException) expect(es.text).toContain('“a label no catalog has words for”');
    }
  });

  it('reads the FEHB plans’ own labels and rules', () => {
    const plans = PlanFile.parse(fehb).plans;
    let seen = 0;
    for (const plan of plans) {
      for (const [code, rule] of Object.entries(plan.benefits)) {
        const service = code as ServiceCode;
        for (const e of rule.exceptions ?? []) {
          const text = describeApplied({ service, share: e.costShare, afterDeductible: e.afterDeductible, exception: e });
          expect(sayReason(readReason(text, ['age_exception']) ?? [], 'en'), text).toBe(text);
          seen++;
        }
        const text = describeApplied({ service, share: rule.costShare, afterDeductible: rule.afterDeductible });
        expect(sayReason(readReason(text) ?? [], 'en'), text).toBe(text);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('keeps the English of a sentence it cannot read, and says so with the language', () => {
    expect(ruleText({ text: 'A sentence the catalog does not know' }, 'es')).toEqual({ text: 'A sentence the catalog does not know', lang: 'en' });
    expect(ruleText({ text: '$30 copay per primary care visit after the deductible' }, 'es')).toEqual({
      text: 'Copago de $30 por consulta de atención primaria después del deducible',
      lang: 'es',
    });
  });
});
