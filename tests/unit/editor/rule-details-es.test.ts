import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../../src-main/store/plan-file';
import type { BenefitRule, Plan } from '../../../src-shared/plan-schema';
import { ruleDetailsText } from '../../../src-shared/rule-details';

// The rest of a stored rule, under "More" in the plan editor, in Spanish (messages/cells, `cell_d_…`): limits
// by purpose, no visit limit with a condition, a day limit, the office settings, an admission waiver's line,
// a tier's own dispensing, the assumption said when it is used. English stays the default, word for word
// what it was ("What changed", plan-diff.ts, passes the screen's language: English by default).

const SOURCE = { document: 'RI 73-019', section: '5(a)', row: 'Physical therapy', youPay: '$30 per visit' };
const rule = (more: Partial<BenefitRule>): BenefitRule => ({
  costShare: { kind: 'copay', amountCents: 3000, unit: 'visit' },
  afterDeductible: false,
  countsTowardOop: true,
  source: SOURCE,
  ...more,
});
const es = (more: Partial<BenefitRule>): string => ruleDetailsText(rule(more), 'es');

describe('each detail of a rule, in Spanish', () => {
  it('a visit limit by purpose, counted apart, one visit or many', () => {
    expect(es({ purposeVisitLimits: { habilitative: { visitsPerYear: 20 } } })).toBe('20 consultas de habilitación al año, contadas aparte');
    expect(es({ purposeVisitLimits: { pulmonary_rehabilitation: { visitsPerYear: 1 } } })).toBe('1 consulta de rehabilitación pulmonar al año, contada aparte');
  });

  it('no visit limit with a condition, or with either of two', () => {
    expect(es({ noVisitLimitWith: ['autism_spectrum_disorder'] })).toBe('sin límite de consultas con un diagnóstico de trastorno del espectro autista');
    expect(es({ noVisitLimitWith: ['autism_spectrum_disorder', 'cleft_lip_palate'] })).toBe(
      'sin límite de consultas con un diagnóstico de trastorno del espectro autista o tratamiento de labio leporino o paladar hendido',
    );
  });

  it('a day limit per plan year or per condition', () => {
    expect(es({ dayLimit: { days: 100, per: 'plan_year' } })).toBe('hasta 100 días por año del plan');
    expect(es({ dayLimit: { days: 60, per: 'condition' } })).toBe('hasta 60 días por afección');
    expect(es({ dayLimit: { days: 1, per: 'plan_year' } })).toBe('hasta 1 día por año del plan');
  });

  it('the office settings, each cost as the editor reads it', () => {
    const setting = (label: string, costShare: BenefitRule['costShare'], afterDeductible = false) => ({ label, costShare, afterDeductible, source: SOURCE });
    expect(
      es({
        settings: {
          primary_care_office: setting('in a primary care office', { kind: 'nothing' }),
          specialist_office: setting('in a specialist’s office', { kind: 'coinsurance', percent: 10 }, true),
          mental_health_office: setting('in a mental health office', { kind: 'copay', amountCents: 2000, unit: 'visit' }),
        },
      }),
    ).toBe(
      'en un consultorio de atención primaria: usted no paga nada; en el consultorio de un especialista: usted paga el 10% de la cantidad permitida una vez que alcance el deducible; en un consultorio de salud mental: usted paga $20 por cada consulta',
    );
  });

  it('the printed line behind an admission waiver, quoted in English and said to be', () => {
    expect(es({ waiverSource: { document: 'RI 73-019', section: '5(d)', row: 'Emergency room', youPay: 'Waived if you are admitted' } })).toBe(
      'no se cobra el copago si la persona queda internada en el hospital (5(d), en inglés: “Waived if you are admitted”)',
    );
  });

  it('a tier’s own dispensing, by channel, one copay or many', () => {
    const tiers = (...t: [number, number][]) => ({ tiers: t.map(([upToDays, copays]) => ({ upToDays, copays })), source: SOURCE });
    expect(es({ dispensing: { mail: tiers([30, 1], [90, 3]) } })).toBe('por correo: hasta 30 días por 1 copago, hasta 90 días por 3 copagos');
    expect(es({ dispensing: { retail: tiers([30, 0]), plan_pharmacy: tiers([365, 1]) } })).toBe(
      'en una farmacia de la red: hasta 30 días por 0 copagos; en una farmacia del plan: hasta 365 días por 1 copago',
    );
  });

  it('the assumption said when the rule is used, quoted in English and said to be', () => {
    expect(es({ assumptionWhenUsed: 'One pump per delivery.' })).toBe(
      'se indica al calcular este servicio (en palabras del plan, en inglés): “One pump per delivery.”',
    );
  });

  it('nothing to say for a rule without details, or no rule', () => {
    expect(es({})).toBe('');
    expect(ruleDetailsText(undefined, 'es')).toBe('');
  });
});

describe('English stays the default, word for word', () => {
  const root = join(import.meta.dirname, '..', '..', '..', 'data', 'plans');
  const plans: Plan[] = parsePlanFile(readFileSync(join(root, 'fehb-kpco-2022.json'), 'utf8'));
  const high = plans.find((p) => p.id === 'fehb-kpco-2022-high');
  if (!high) throw new Error('High Option');

  it('reads the High Option’s rules as before', () => {
    const b = high.benefits;
    expect(ruleDetailsText(b.speech_therapy_visit)).toBe(
      '20 habilitative visits a year, counted apart; no visit limit with a diagnosis of autism spectrum disorder or treatment of cleft lip or cleft palate',
    );
    expect(ruleDetailsText(b.pt_visit)).toBe(
      '20 habilitative visits a year, counted apart; 20 pulmonary rehabilitation visits a year, counted apart; no visit limit with a diagnosis of autism spectrum disorder',
    );
    expect(ruleDetailsText(b.skilled_nursing_day)).toBe('up to 100 days per plan year');
    expect(ruleDetailsText(b.inpatient_rehab_facility)).toBe('up to 60 days per condition');
    expect(ruleDetailsText(b.office_procedure)).toBe('in a primary care office: No charge; in a mental health office: No charge');
    expect(ruleDetailsText(b.routine_eye_exam)).toBe('in a primary care office: $20 copay per visit');
    expect(ruleDetailsText(b.rx_specialty)).toBe('by mail order: up to 30 days for 1 copay, up to 60 days for 2 copays, up to 90 days for 3 copays');
    expect(ruleDetailsText(b.rx_contraceptive)).toBe('by a Plan pharmacy: up to 365 days for 1 copay; by mail order: up to 365 days for 1 copay');
    expect(ruleDetailsText(b.advanced_imaging)).toMatch(/^copay waived if admitted \(5\(d\): “Your copayment for the special procedures/);
    expect(ruleDetailsText(b.breast_pump)).toMatch(/^said when used: “"One breastfeeding pump and supplies per delivery": /);
  });

  it('asking for English is asking for nothing, for every rule of every shipped plan; the Spanish has no English of its own', () => {
    for (const plan of plans) {
      for (const r of Object.values(plan.benefits)) {
        const english = ruleDetailsText(r);
        expect(ruleDetailsText(r, 'en')).toBe(english);
        const spanish = ruleDetailsText(r, 'es');
        expect(spanish === '').toBe(english === '');
        expect(spanish.replace(/“[^”]*”/g, '“”')).not.toMatch(/\b(?:visits?|days?|copays?|by|with|per|in a|up to|said)\b/);
      }
    }
  });
});
