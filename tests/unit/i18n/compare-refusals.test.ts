import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCompareRequest, compareHousehold, explainYear } from '../../../src-main/compare';
import { explainArrangement } from '../../../src-main/compare/arrangements';
import { errorShape } from '../../../src-main/compute/run-task';
import type { Plan } from '../../../src-shared/plan-schema';
import { errorWords } from '../../../src-renderer/src/lib/error-words';
import { issueWords } from '../../../src-shared/i18n/error-text';
import { Household, newbornId } from '../../../src-shared/household-schema';
import { zodProblems } from '../../../src-shared/zod-issues';
import { tables } from '../compare/fixtures';

// The comparison's own refusals of a request (src-main/compare/prepare-plans.ts), as the worker sends them
// (errorShape) and a person reads them: in Spanish naming the field, the English unchanged.

const root = join(import.meta.dirname, '..', '..', '..');
const fehb = (JSON.parse(readFileSync(join(root, 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;

function refusalOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    return errorShape(error);
  }
  throw new Error('not refused');
}

describe('the comparison’s refusals of a request', () => {
  it('a request the schema refuses: the field named, the problem in Spanish', () => {
    const shape = refusalOf(() => parseCompareRequest({ household: { members: [{ id: 'e', relationship: 'employee', age: 430 }] }, priority: 'balanced' }));
    expect(shape.message).toMatch(/^The comparison request is not valid: request\.household\.members\[0\]\.age: /);
    const es = errorWords(shape, 'es');
    expect(es.english).toBe(false);
    expect(es.text).toMatch(/^La solicitud de comparación no es válida: request\.household\.members\[0\]\.age: /);
    expect(es.text).not.toMatch(/Too big|expected/i);
    expect(JSON.stringify(shape)).not.toContain('430');
  });

  it('a plan id not in the library', () => {
    const request = parseCompareRequest({ household: { members: [{ id: 'e', relationship: 'employee', age: 40 }] }, priority: 'balanced', planIds: ['nope'] });
    const shape = refusalOf(() => compareHousehold(fehb, request, tables));
    expect(shape).toMatchObject({ code: 'NOT_FOUND', message: 'request.planIds[0]: there is no plan with id "nope".' });
    expect(errorWords(shape, 'es')).toMatchObject({ english: false, text: 'request.planIds[0]: no hay ningún plan con el id «nope».' });
  });

  it('a birth date after the plan year starts, or giving an impossible age: the English as checked, the Spanish from its parts', () => {
    const member = (birthDate: string) => ({
      household: { members: [{ id: 'e', relationship: 'employee' as const, birthDate }] },
      priority: 'balanced' as const,
    });
    const after = refusalOf(() => compareHousehold(fehb, member('2022-03-01'), tables));
    expect(after.message).toBe(
      'Birth date: request.household.members[0].birthDate: 2022-03-01 is after the plan year starts (2022-01-01); a baby born during the plan year is entered as "Having a baby" on the parent who gives birth',
    );
    expect(errorWords(after, 'es')).toMatchObject({
      english: false,
      text: 'Fecha de nacimiento: request.household.members[0].birthDate: 2022-03-01 es posterior al inicio del año del plan (2022-01-01); un bebé que nace durante el año del plan se anota como «Tener un bebé» en la madre o el padre que da a luz',
    });
    const old = refusalOf(() => compareHousehold(fehb, member('1890-05-01'), tables));
    expect(old.message).toMatch(/1890-05-01 gives an age of 131 on 2022-01-01; check the year$/);
    expect(errorWords(old, 'es').text).toBe(
      'Fecha de nacimiento: request.household.members[0].birthDate: 1890-05-01 da una edad de 131 años el 2022-01-01; revise el año',
    );
  });

  it('employer HSA money over the IRS limit: the plan, the amount and the year in Spanish', () => {
    const prosper = fehb.find((p) => p.id === 'fehb-kpco-2022-prosper')!;
    const request = {
      household: {
        members: [{ id: 'e', relationship: 'employee' as const, age: 40 }],
        accountCentsByPlan: { [prosper.id]: 500_000 },
        accountTypeByPlan: { [prosper.id]: 'hsa' as const },
      },
      priority: 'balanced' as const,
    };
    const shape = refusalOf(() => compareHousehold(fehb, request, tables));
    expect(shape.message).toMatch(
      /^Employer account money: request\.household\.accountCentsByPlan\.fehb-kpco-2022-prosper: employer HSA money for .*: \$5,000 is more than the IRS allows in an HSA for 2022 /,
    );
    const es = errorWords(shape, 'es');
    expect(es.english).toBe(false);
    expect(es.text).toMatch(
      /^Dinero de la cuenta del empleador: request\.household\.accountCentsByPlan\.fehb-kpco-2022-prosper: el dinero del empleador en la HSA para .*: \$5,000 es más de lo que el IRS permite en una HSA en 2022\./,
    );
  });
});

describe('Explain’s refusals of a year or a plan the comparison does not have', () => {
  const request = parseCompareRequest({
    household: { members: [{ id: 'e', relationship: 'employee', age: 40, usage: { preset: 'none' } }] },
    priority: 'balanced',
    simulations: 1000,
  });

  it('a simulated year out of range: the English as before, the Spanish from the catalog', () => {
    const shape = refusalOf(() => explainYear(fehb, { request, planId: 'fehb-kpco-2022-high', year: { simulated: 1000 } }, tables));
    expect(shape).toMatchObject({ code: 'INVALID_ARGUMENT', message: 'year.simulated: the comparison simulates years 0 to 999, not 1000.' });
    expect(errorWords(shape, 'es')).toMatchObject({ english: false, text: 'year.simulated: la comparación simula los años del 0 al 999, no el 1000.' });
  });

  it('a plan or an arrangement not among those compared', () => {
    const plan = refusalOf(() => explainYear(fehb, { request, planId: 'nope', year: 'typical' }, tables));
    expect(plan).toMatchObject({ code: 'NOT_FOUND', message: 'planId: "nope" is not among the plans compared.' });
    expect(errorWords(plan, 'es')).toMatchObject({ english: false, text: 'planId: «nope» no está entre los planes comparados.' });
    const arrangement = refusalOf(() => explainArrangement(fehb, { request, arrangementId: 'nope', year: 'typical' }, tables));
    expect(arrangement).toMatchObject({ code: 'NOT_FOUND', message: 'arrangementId: "nope" is not among the arrangements compared.' });
    expect(errorWords(arrangement, 'es')).toMatchObject({ english: false, text: 'arrangementId: «nope» no está entre las formas de inscribirse comparadas.' });
  });
});

describe('the household schema’s own words that carry a value, in Spanish', () => {
  const member = { id: 'e', relationship: 'employee' as const, age: 40 };
  const cases: [string, unknown, RegExp][] = [
    ['a tax rate above 60%', { members: [member], taxRatePercent: 75 }, /^una tasa de impuestos de 75 % es mayor que 60 %: escriba un porcentaje/],
    ['a tax rate below zero', { members: [member], taxRatePercent: -5 }, /^una tasa de impuestos de -5 % es menor que cero/],
    ['a tax rate that is not a number', { members: [member], taxRatePercent: 'high' }, /^la tasa de impuestos no es un número/],
    [
      'employer money below zero',
      { members: [member], accountCentsByPlan: { 'fehb-kpco-2022-prosper': -100 } },
      /^el dinero del empleador en la HSA o la HRA no puede ser menor que cero \(se recibió /,
    ],
    [
      'employer money in part cents',
      { members: [member], accountCentsByPlan: { 'fehb-kpco-2022-prosper': 10.5 } },
      /^el dinero del empleador en la HSA o la HRA va en centavos enteros$/,
    ],
    [
      'an enrollment type for another household size',
      { members: [member, { id: 's', relationship: 'spouse', age: 40 }], enrollmentType: 'self_only' },
      /^este tipo de inscripción cubre a una persona; el hogar tiene 2$/,
    ],
    [
      'a member id kept for the expected baby',
      {
        members: [
          { ...member, events: [{ type: 'baby', dueDate: '2022-06-01', delivery: 'vaginal' }] },
          { id: newbornId('e'), relationship: 'child', age: 3 },
        ],
      },
      /está reservado para el bebé que se espera; cambie el id de esa persona$/,
    ],
  ];
  for (const [what, household, spanish] of cases) {
    it(what, () => {
      const parsed = Household.safeParse(household);
      expect(parsed.success).toBe(false);
      const problems = zodProblems(parsed.error!);
      const said = problems.map((p) => issueWords(p, 'es'));
      expect(
        said.some((s) => !s.english && spanish.test(s.text)),
        JSON.stringify(said),
      ).toBe(true);
      // The English is the schema's own sentence.
      expect(problems.every((p) => issueWords(p, 'en').text === p.message)).toBe(true);
    });
  }
});
