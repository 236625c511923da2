import { describe, expect, it } from 'vitest';
import { householdLabel, sampleImpact } from '../../../src-main/editor/change-impact';
import { SAMPLE_DESCRIPTION, SAMPLE_HOUSEHOLDS } from '../../../src-main/editor/sample-household';
import { diffPlans, revisionActionLabel } from '../../../src-shared/plan-diff';
import type { Plan } from '../../../src-shared/plan-schema';
import { planFromPlanFile } from './sbc-fixture';

// "What changed" in Spanish (messages/diff): the labels, the values and the line around them in Spanish,
// the SBC's own notation ("$30 copay per visit", a quoted note) kept as printed. English stays the
// default and reads as it always did (plan-diff.test.ts checks the lines; here, that both agree).

const before = planFromPlanFile();
const change = (edit: (p: Plan) => void): Plan => {
  const p = structuredClone(before);
  edit(p);
  return p;
};
const es = (a: Plan, b: Plan): string[] => diffPlans(a, b, 'es').map((c) => c.text);

describe('the readable plan diff in Spanish', () => {
  it('a deductible change: both amounts, and whether each person has a limit of their own', () => {
    const after = change((p) => (p.deductible = { personCents: 250_000, familyCents: 500_000, embedded: false }));
    expect(es(before, after)).toEqual([
      'Deducible: $2,000 por persona, $4,000 por familia (integrado: cada persona tiene su propio límite) → $2,500 por persona, $5,000 por familia (solo el total de la familia)',
    ]);
  });

  it('a copay change: the service named in Spanish, the cost as the SBC prints it', () => {
    const after = change((p) => (p.benefits.pcp_visit!.costShare = { kind: 'copay', amountCents: 3500, unit: 'visit' }));
    expect(es(before, after)).toEqual(['Consulta de atención primaria: $30 copay per visit → $35 copay per visit']);
  });

  it('a premium change: the enrollment type as the brochure names it, its meaning and the column in Spanish', () => {
    const after = change((p) => (p.enrollment[2]!.biweekly.employeeCents = 30_000));
    expect(es(before, after)).toEqual(['Prima, Self and Family (el empleado y su familia), cada dos semanas, parte del empleado: $281.54 → $300']);
  });

  it('an age exception added: the ages in Spanish, the cost as printed', () => {
    const after = change(
      (p) => (p.benefits.pcp_visit!.exceptions = [{ label: 'Children through age 17', maxAge: 17, costShare: { kind: 'nothing' }, afterDeductible: false }]),
    );
    expect(es(before, after)).toEqual(['Consulta de atención primaria, excepciones por edad: ninguna → 17 años o menos: No charge']);
    const teens = change(
      (p) => (p.benefits.pcp_visit!.exceptions = [{ label: 'Ages 2 to 17', minAge: 2, maxAge: 17, costShare: { kind: 'nothing' }, afterDeductible: false }]),
    );
    expect(es(before, teens)).toEqual(['Consulta de atención primaria, excepciones por edad: ninguna → de 2 a 17 años: No charge']);
  });

  it('an item added to and removed from a list, quoted as written', () => {
    const after = change((p) => (p.oopExcludes = [...p.oopExcludes.filter((x) => x !== 'Premiums'), 'Penalties for not getting pre-certification']));
    expect(es(before, after)).toEqual([
      'Lo que no se incluye en el desembolso máximo: se quitó “Premiums”',
      'Lo que no se incluye en el desembolso máximo: se agregó “Penalties for not getting pre-certification”',
    ]);
  });

  it('a rule removed, the status it causes, the pharmacy and the plan year', () => {
    const after = change((p) => {
      delete p.benefits.dental_preventive;
      delete p.pharmacy.mail;
      p.planYear = { start: '2022-07-01', end: '2023-06-30', label: '2022–23' };
      p.status = { complete: false, missing: ['cost sharing for dental checkup and cleaning (dental_preventive)'] };
    });
    expect(es(before, after)).toEqual([
      'Chequeo y limpieza dental: Not covered → sin ingresar',
      'Suministro de recetas, pedido por correo: hasta 30 días por 1 copago; hasta 90 días por 2 copagos → no se ofrece',
      'Año del plan: del 1 de julio de 2021 al 30 de junio de 2022 (2021–22) → del 1 de julio de 2022 al 30 de junio de 2023 (2022–23)',
      'Estado: completo → incompleto (falta 1)',
    ]);
  });

  it('the program and a yes/no field in Spanish', () => {
    const after = change((p) => {
      p.program = 'fehb';
      p.benefits.pcp_visit!.waivedIfAdmitted = true;
    });
    expect(es(before, after)).toEqual([
      'Programa: Distrito escolar → Gobierno federal (FEHB)',
      'Consulta de atención primaria, no se cobra el copago si la persona queda internada: no → sí',
    ]);
  });

  it('English is the default and the same as asking for English; the labels differ only by language', () => {
    const after = change((p) => {
      p.deductible = { personCents: 250_000, familyCents: 500_000, embedded: false };
      p.enrollment[2]!.biweekly.employeeCents = 30_000;
      p.benefits.pcp_visit!.exceptions = [{ label: 'Children through age 17', maxAge: 17, costShare: { kind: 'nothing' }, afterDeductible: false }];
    });
    expect(diffPlans(before, after, 'en')).toEqual(diffPlans(before, after));
    expect(diffPlans(before, after).map((c) => c.text)).toEqual([
      'Deductible: $2,000 per person, $4,000 per family (embedded) → $2,500 per person, $5,000 per family (family total only)',
      'Primary care visit, age exceptions: none → age 17 or younger: No charge',
      'Premium, self and family, every two weeks, employee share: $281.54 → $300',
    ]);
    expect(diffPlans(before, after, 'es')).toHaveLength(3);
  });

  it('names what a revision did: the code in English, a phrase in Spanish', () => {
    expect(revisionActionLabel('seed-update')).toBe('seed-update');
    expect(revisionActionLabel('edit', 'es')).toBe('modificación');
  });
});

describe("the sample household's year in Spanish", () => {
  it('names each household and says why a version cannot be priced', () => {
    const incomplete = change((p) => {
      delete p.benefits.xray;
      p.status = { complete: false, missing: ['cost sharing for x-ray or ultrasound (xray)'] };
    });
    const impact = sampleImpact(incomplete, before, 'es');
    expect(impact.rows.map((r) => r.household)).toEqual([
      'Un adulto de 45 años (Self Only: solo el empleado)',
      'Dos adultos de 45 y 43 años (Self Plus One: el empleado y una persona más)',
      'Dos adultos y dos niños de 8 y 4 años (Self and Family: el empleado y su familia)',
    ]);
    expect(impact.rows[0]?.before).toEqual({ priced: false, reason: 'DHMO 2000 20% Plus está incompleto (falta 1 dato), así que no se puede calcular.' });
    expect(impact.description).toMatch(/^Un hogar de ejemplo, incluido en la aplicación, para cada tipo de inscripción/);
  });

  it('in English, the households and the description are the sample’s own words', () => {
    const impact = sampleImpact(before, before);
    expect(impact.description).toBe(SAMPLE_DESCRIPTION);
    expect(impact.rows.map((r) => r.household)).toEqual(SAMPLE_HOUSEHOLDS.map((h) => h.label));
    expect(SAMPLE_HOUSEHOLDS.map((h) => householdLabel(h, 'en'))).toEqual(SAMPLE_HOUSEHOLDS.map((h) => h.label));
  });
});
