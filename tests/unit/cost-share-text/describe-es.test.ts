import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import { describeCostShare, describeRule, parseCostShareText } from '../../../src-shared/cost-share-text';
import { overwriteGetLocale, type Language } from '../../../src-shared/i18n';
import type { AgeException, BenefitRule, CostShare } from '../../../src-shared/plan-schema';
import { formFromPlan } from '../../../src-shared/sbc-form';
import { planFromForm } from '../../../src-shared/sbc-form-to-plan';
import { fillForm, loadSbcFixture } from '../editor/sbc-fixture';
import { PHRASINGS } from './sbc-phrasings';

// The plan editor's cell readings in Spanish (messages/cells): each line as a brochure would say it to the
// member, in the usted form, with CuidadoDeSalud.gov's words (deducible, copago, coseguro, desembolso
// máximo). English stays the default and word for word what it was (describe.test.ts, untouched).

const SOURCE = { document: 'RI 73-019', section: '5(a)', row: 'Diagnostic and treatment services', youPay: '$30 per primary care office visit' };
const rule = (costShare: CostShare, more: Partial<BenefitRule> = {}): BenefitRule => ({
  costShare,
  afterDeductible: false,
  countsTowardOop: true,
  source: SOURCE,
  ...more,
});
const es = (share: CostShare, afterDeductible = false, extras = {}): string => describeCostShare(share, afterDeductible, extras, 'es');

describe('describeCostShare in Spanish', () => {
  it.each<[CostShare, boolean, string]>([
    [{ kind: 'copay', amountCents: 3000, unit: 'visit' }, false, 'Usted paga $30 por cada consulta.'],
    [{ kind: 'coinsurance', percent: 20 }, true, 'Usted paga el 20% de la cantidad permitida una vez que alcance el deducible.'],
    [
      { kind: 'copay', amountCents: 50000, unit: 'day', maxPerClaimCents: 100000 },
      false,
      'Usted paga $500 al día, como máximo $1,000 por cada hospitalización.',
    ],
    [{ kind: 'nothing' }, false, 'Usted no paga nada.'],
    [{ kind: 'nothing' }, true, 'Usted no paga nada una vez que alcance el deducible.'],
    [{ kind: 'not_covered' }, false, 'No está cubierto: usted paga el costo total.'],
    [{ kind: 'not_covered' }, true, 'No está cubierto: usted paga el costo total.'],
    [
      { kind: 'copay_plus_coinsurance', amountCents: 10000, unit: 'visit', percent: 10 },
      true,
      'Usted paga $100 por cada consulta, más el 10% del resto de la cantidad permitida, una vez que alcance el deducible.',
    ],
    [
      { kind: 'copay_plus_coinsurance', amountCents: 10000, unit: 'day', percent: 10, maxPerClaimCents: 150000 },
      false,
      'Usted paga $100 al día, más el 10% del resto de la cantidad permitida. En total, usted paga como máximo $1,500 por cada hospitalización.',
    ],
    [{ kind: 'copay', amountCents: 75000, unit: 'admission' }, true, 'Usted paga $750 por cada hospitalización una vez que alcance el deducible.'],
    [{ kind: 'copay', amountCents: 1250, unit: 'prescription' }, false, 'Usted paga $12.50 por cada receta.'],
    [{ kind: 'copay', amountCents: 15000, unit: 'trip' }, false, 'Usted paga $150 por cada traslado.'],
    [{ kind: 'copay', amountCents: 25000, unit: 'procedure' }, true, 'Usted paga $250 por cada procedimiento una vez que alcance el deducible.'],
    [{ kind: 'copay', amountCents: 300, unit: 'item' }, false, 'Usted paga $3 por cada artículo.'],
    [{ kind: 'copay', amountCents: 100000, unit: 'visit' }, true, 'Usted paga $1,000 por cada consulta una vez que alcance el deducible.'],
    [{ kind: 'coinsurance', percent: 20, maxPerClaimCents: 5000 }, false, 'Usted paga el 20% de la cantidad permitida, como máximo $50 cada vez.'],
    [
      { kind: 'coinsurance', percent: 12.5, maxPerClaimCents: 5000 },
      true,
      'Usted paga el 12.5% de la cantidad permitida, como máximo $50 cada vez, una vez que alcance el deducible.',
    ],
  ])('%j (after deductible: %s)', (share, afterDeductible, sentence) => {
    expect(es(share, afterDeductible)).toBe(sentence);
  });

  it('adds a sentence for a waived deductible and for a visit limit, one visit or many', () => {
    expect(es({ kind: 'copay', amountCents: 4000, unit: 'visit' }, false, { deductibleWaived: true })).toBe(
      'Usted paga $40 por cada consulta. No tiene que alcanzar primero el deducible.',
    );
    expect(es({ kind: 'copay', amountCents: 1500, unit: 'visit' }, false, { visitLimitPerYear: 20 })).toBe(
      'Usted paga $15 por cada consulta. El plan cubre hasta 20 consultas al año. Después de eso, usted paga el costo total.',
    );
    expect(es({ kind: 'nothing' }, false, { visitLimitPerYear: 1 })).toBe(
      'Usted no paga nada. El plan cubre hasta 1 consulta al año. Después de eso, usted paga el costo total.',
    );
    expect(es({ kind: 'coinsurance', percent: 20 }, true, { deductibleWaived: true })).not.toMatch(/No tiene que/);
  });
});

describe('describeRule in Spanish', () => {
  const withException = (e: Partial<AgeException>): string =>
    describeRule(
      rule(
        { kind: 'copay', amountCents: 3000, unit: 'visit' },
        { exceptions: [{ label: 'age', costShare: { kind: 'nothing' }, afterDeductible: false, ...e }] },
      ),
      'es',
    );

  it('reads the Standard Option primary care rule with its children exception', () => {
    expect(withException({ maxAge: 17 })).toBe('Usted paga $30 por cada consulta. Si el paciente tiene 17 años o menos, usted no paga nada.');
  });

  it('reads age ranges from below, from above, between and exactly, with "año" for one', () => {
    expect(withException({ minAge: 65, costShare: { kind: 'copay', amountCents: 1000, unit: 'visit' } })).toContain(
      'Si el paciente tiene 65 años o más, usted paga $10 por cada consulta.',
    );
    expect(withException({ minAge: 2, maxAge: 17 })).toContain('Si el paciente tiene de 2 a 17 años, usted no paga nada.');
    expect(withException({ minAge: 5, maxAge: 5 })).toContain('Si el paciente tiene 5 años, usted no paga nada.');
    expect(withException({ minAge: 1, maxAge: 1 })).toContain('Si el paciente tiene 1 año, usted no paga nada.');
    expect(withException({ maxAge: 1, costShare: { kind: 'not_covered' } })).toContain(
      'Si el paciente tiene 1 año o menos, no está cubierto y usted paga el costo total.',
    );
    expect(withException({ minAge: 18, costShare: { kind: 'coinsurance', percent: 50 }, afterDeductible: true })).toContain(
      'Si el paciente tiene 18 años o más, usted paga el 50% de la cantidad permitida una vez que alcance el deducible.',
    );
  });

  it('reads the emergency room waiver when the member is admitted', () => {
    expect(describeRule(rule({ kind: 'copay', amountCents: 35000, unit: 'visit' }, { afterDeductible: true, waivedIfAdmitted: true }), 'es')).toBe(
      'Usted paga $350 por cada consulta una vez que alcance el deducible. Si esta visita termina en una hospitalización, usted no paga nada por la visita. En cambio, paga la estadía en el hospital.',
    );
  });

  it('reads the therapy visit limit', () => {
    expect(describeRule(rule({ kind: 'copay', amountCents: 3000, unit: 'visit' }, { visitLimitPerYear: 20 }), 'es')).toBe(
      'Usted paga $30 por cada consulta. El plan cubre hasta 20 consultas al año. Después de eso, usted paga el costo total.',
    );
  });

  it('says when what you pay does not count toward the out-of-pocket limit (desembolso máximo)', () => {
    expect(describeRule(rule({ kind: 'coinsurance', percent: 10 }, { afterDeductible: true, countsTowardOop: false }), 'es')).toBe(
      'Usted paga el 10% de la cantidad permitida una vez que alcance el deducible. Lo que usted paga aquí no cuenta para su desembolso máximo.',
    );
    expect(describeRule(rule({ kind: 'not_covered' }, { countsTowardOop: false }), 'es')).toBe('No está cubierto: usted paga el costo total.');
  });

  it('keeps a copay-plus-coinsurance cap as its own sentence inside an age exception', () => {
    const text = describeRule(
      rule(
        { kind: 'nothing' },
        {
          exceptions: [
            {
              label: 'adults',
              minAge: 19,
              costShare: { kind: 'copay_plus_coinsurance', amountCents: 2000, unit: 'visit', percent: 20, maxPerClaimCents: 10000 },
              afterDeductible: false,
            },
          ],
        },
      ),
      'es',
    );
    expect(text).toBe(
      'Usted no paga nada. Si el paciente tiene 19 años o más, usted paga $20 por cada consulta, más el 20% del resto de la cantidad permitida. En total, usted paga como máximo $100 por cada consulta.',
    );
  });
});

describe('English stays the default, word for word', () => {
  it.each(PHRASINGS.map((p) => [p.text, p] as const))('%s', (text, p) => {
    const parsed = parseCostShareText(text, p.unitHint ? { unitHint: p.unitHint } : {});
    if (!parsed.ok) throw new Error(parsed.error);
    const extras = { ...(p.deductibleWaived ? { deductibleWaived: true } : {}), ...(p.visitLimitPerYear ? { visitLimitPerYear: p.visitLimitPerYear } : {}) };
    // The parser's reading (English, no language passed) is describeCostShare in English, asked for or not.
    expect(describeCostShare(parsed.costShare, parsed.afterDeductible, extras, 'en')).toBe(parsed.reading);
    const whole = rule(parsed.costShare, { afterDeductible: parsed.afterDeductible });
    expect(describeRule(whole, 'en')).toBe(describeRule(whole));
    // The Spanish says as many sentences, with no English left in it.
    const spanish = describeCostShare(parsed.costShare, parsed.afterDeductible, extras, 'es');
    expect(spanish.split(/(?<=\.)\s+/).length).toBe(parsed.reading.split(/(?<=\.)\s+/).length);
    expect(spanish).not.toMatch(/\b(you|pay|for each|deductible|visit|allowed|covered)\b/i);
  });
});

describe('the plan editor’s readings follow the language on screen', () => {
  const speak = (lang: Language): void => overwriteGetLocale(() => lang);
  afterEach(() => speak('en'));
  const root = join(import.meta.dirname, '..', '..', '..', 'data', 'plans');
  const district = parsePlanFile(readFileSync(join(root, 'district-kpco-2021.json'), 'utf8')).find((p) => p.id === 'district-kpco-2021-dhmo2000plus');
  if (!district) throw new Error('district plan');

  it('says a copay that does not wait for the deductible, and an out-of-network cell, in Spanish; the plan keeps the cell’s own words', () => {
    speak('es');
    const form = fillForm(formFromPlan(district), loadSbcFixture());
    form.cells.pcp_visit.outOfNetwork = '40% coinsurance after deductible, limited to 20 visits per year';
    const r = planFromForm(form, district);
    expect(r.readings.pcp_visit.inNetwork).toEqual({
      state: 'read',
      text: 'Usted paga $30 por cada consulta. No tiene que alcanzar primero el deducible.',
    });
    expect(r.readings.pcp_visit.outOfNetwork).toEqual({
      state: 'read',
      text: 'Usted paga el 40% de la cantidad permitida una vez que alcance el deducible. El plan cubre hasta 20 consultas al año. Después de eso, usted paga el costo total.',
    });
    expect(r.readings.er_visit.inNetwork).toMatchObject({ text: expect.stringContaining('Si esta visita termina en una hospitalización') });
    speak('en');
    const english = planFromForm(form, district);
    expect(english.readings.pcp_visit.inNetwork).toEqual({ state: 'read', text: 'You pay $30 for each visit. You do not have to meet the deductible first.' });
    expect(english.readings.pcp_visit.outOfNetwork).toEqual({
      state: 'read',
      text: 'You pay 40% of the allowed amount after you meet the deductible. The plan covers up to 20 visits a year. After that, you pay the full cost.',
    });
    // The reading is shown, never stored: the plan saved is the same in either language.
    expect(r.plan).not.toBeNull();
    expect(JSON.stringify(r.plan)).toBe(JSON.stringify(english.plan));
    expect(JSON.stringify(r.plan)).not.toMatch(/Usted|usted/);
  });
});
