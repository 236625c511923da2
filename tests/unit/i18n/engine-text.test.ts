import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareHousehold, parseCompareRequest } from '../../../src-main/compare';
import { prepareComparison } from '../../../src-main/compare/compare-household';
import { planSimulation, type ArrangementWork } from '../../../src-main/compare/work-budget';
import * as words from '../../../src-main/compare/care-words';
import { compilePlan, type CompiledPlan } from '../../../src-main/engine/compile-plan';
import { EngineError, createFastClaims, createFastHousehold, enrollmentTypeFor, priceClaims, priceTotalsFast, serviceIndex } from '../../../src-main/engine';
import { channelIndex, networkIndex } from '../../../src-main/engine/fast-input';
import type { Claim, EngineMember } from '../../../src-shared/claims-schema';
import { eligibilityProblems } from '../../../src-shared/household-schema';
import { errorWords } from '../../../src-shared/i18n/error-text';
import { ADULT, TEST_SOURCE, coins, copay, rule, testPlan } from '../engine/fixtures';
import { claimAssumptions, nextYearWarning } from '../../../src-main/engine/validate-input';
import { describeTier } from '../../../src-main/engine/describe-tier';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import type { CompareRequestInput } from '../../../src-shared/household-schema';
import { composeEngineSentence, engineText, readEngineSentence } from '../../../src-shared/i18n/engine-text';
import { missingForPricing } from '../../../src-shared/plan-completeness';
import { planProblems } from '../../../src-shared/plan-editor-checks';
import { rowProblem } from '../../../src-main/store/plans.repo';
import { PlanFile, type Plan } from '../../../src-shared/plan-schema';
import { SERVICE_CODES } from '../../../src-shared/services';
import { tables } from '../compare/fixtures';

// The comparison's and the plan reader's free sentences (notes, warnings, assumptions, why a plan was
// skipped, what it lacks) are read back into the parts of messages/engine and said again in Spanish
// (src-shared/i18n/engine-text.ts). Composing the English from the same parts must give the engine's own
// sentence word for word, so the Spanish says the same thing and the two cannot drift apart.

const root = join(import.meta.dirname, '..', '..', '..');
const plans: Plan[] = ['fehb-kpco-2022.json', 'district-kpco-2021.json'].flatMap(
  (f) => PlanFile.parse(JSON.parse(readFileSync(join(root, 'data', 'plans', f), 'utf8'))).plans,
);

/** Reads, composes back into exactly itself in English, and says something else in Spanish. */
function expectRoundTrip(sentence: string): string {
  const read = readEngineSentence(sentence);
  expect(read, `does not read: ${sentence}`).not.toBeNull();
  expect(composeEngineSentence(read!, 'en')).toBe(sentence);
  const es = engineText(sentence, 'es');
  expect(es.english, sentence).toBe(false);
  expect(es.text).not.toBe(sentence);
  return es.text;
}

describe('the care sentences (src-main/compare/care-words.ts)', () => {
  it('every variant reads back into itself and is said in Spanish', () => {
    const sentences = [
      words.noBirthDateAssumption(['Employee'], '2022-01-01'),
      words.noBirthDateAssumption(['Employee', 'Spouse', 'Child 2'], '2022-01-01'),
      words.turns26Note('Child 1', '2022-08-14'),
      ...(['colorado_service_area', 'kp_state', 'colorado_outside', 'elsewhere_us', 'abroad'] as const).flatMap((where) =>
        (['plan', 'out_of_area', 'out_of_network'] as const).flatMap((tier) => [
          words.livesAwayNote('Child', where, 1, tier),
          words.livesAwayNote('Child', where, 9, tier),
        ]),
      ),
      words.travelNote('Spouse', 14),
      words.outsideProviderNote('Employee'),
      words.babyOutsideNote('2023-02-01', true, '2022-01-01', '2022-12-31', 0),
      words.babyOutsideNote('2023-02-01', true, '2022-01-01', '2022-12-31', 8),
      words.babyOutsideNote('2021-11-01', false, '2022-01-01', '2022-12-31', 0),
      words.babyOutsideNote('2021-11-01', false, '2022-01-01', '2022-12-31', 3),
      words.babyExpectedAssumption('2022-06-15', 55),
      words.specialtyOnceNote('Employee'),
    ];
    for (const s of sentences) expectRoundTrip(s);
  });

  it('says the parts in Spanish: names, dates, places and the list’s “y”', () => {
    expect(expectRoundTrip(words.noBirthDateAssumption(['Employee', 'Spouse', 'Child 2'], '2022-01-01'))).toBe(
      'Empleado(a), Cónyuge y Hijo(a) 2: sin fecha de nacimiento, así que las reglas por edad (como "nada para los niños hasta los 17 años") usan la edad del primer día del año del plan (1 de enero de 2022); un cumpleaños durante el año cuenta solo a partir del siguiente año del plan.',
    );
    expect(expectRoundTrip(words.livesAwayNote('Child', 'elsewhere_us', 9, 'out_of_area'))).toBe(
      'Hijo(a) vive fuera de casa, en otra parte de los Estados Unidos, fuera de toda región de Kaiser Permanente, 9 meses del año: esa parte de la atención esperada se calcula con el beneficio de cada plan para los miembros que están fuera del área de servicio; los medicamentos de todo el año y los acontecimientos de vida se calculan en casa.',
    );
  });

  it('leaves a sentence it cannot read in English, and says so', () => {
    expect(engineText('A plan file’s own words.', 'es')).toEqual({ text: 'A plan file’s own words.', english: true });
    // A name the catalog does not know is not guessed at.
    expect(engineText(words.turns26Note('Rosa', '2022-08-14'), 'es').english).toBe(true);
    expect(engineText('Anything', 'en')).toEqual({ text: 'Anything', english: false });
  });
});

describe('the engine’s plan sentences', () => {
  const compiled = plans.filter((p) => p.status.complete).map((p) => compilePlan(p));

  it('the next plan year’s warning and the assumptions a claim list makes', () => {
    for (const cp of compiled) expectRoundTrip(nextYearWarning(cp));
    const everything = new Set(SERVICE_CODES.map((_, i) => i));
    for (const cp of compiled) {
      const list = claimAssumptions(cp, { used: [], withoutSetting: everything, perCondition: everything, brandRequested: true });
      expect(list.length).toBeGreaterThan(0);
      for (const s of list) expectRoundTrip(s);
    }
  });

  it('a network tier the plan does not list, or lists as incomplete', () => {
    const cp = compiled[0]!;
    const missing = ['the out-of-network deductible (per person and per family)', 'the out-of-network cost of specialist visit'];
    const plan = [cp.tiers.plan[0], undefined, { status: 'incomplete', missing }, undefined];
    const bare = { ...cp, tiers: { ...cp.tiers, plan } } as unknown as typeof cp;
    for (const t of [1, 2, 3]) expectRoundTrip(describeTier(bare, t));
    expect(engineText(describeTier(bare, 2), 'es').text).toBe(
      'Fuera del área de servicio: todavía no se calcula; falta: el deducible fuera de la red (por persona y por familia); el costo fuera de la red de consulta con un especialista.',
    );
    // A tier the plan offers is described from its own rules: that stays English, marked.
    expect(engineText(describeTier(cp, 1), 'es').english).toBe(true);
  });

  it('what a plan lacks before it can be priced', () => {
    const missing = missingForPricing({ deductible: null, oopMax: null, benefits: {}, enrollment: [] });
    expect(missing.length).toBeGreaterThan(5);
    for (const s of missing) expectRoundTrip(s);
    expect(engineText('cost sharing for primary care visit (pcp_visit)', 'es').text).toMatch(/^los costos compartidos de /);
  });
});

describe('a comparison’s notes, assumptions and skipped plans', () => {
  const request: CompareRequestInput = {
    household: {
      members: [
        { id: 'e', relationship: 'employee', age: 40, usage: { preset: 'high', conditions: ['asthma', 'depression_in_treatment'], counts: { pcp_visit: 3 } } },
        { id: 's', relationship: 'spouse', age: 38, events: [{ type: 'baby', delivery: 'vaginal', dueDate: '2023-03-01' }] },
        {
          id: 'c',
          relationship: 'child',
          birthDate: '1996-05-01',
          away: { livesAway: 'elsewhere_us', monthsAway: 9, travelDays: 20, outOfNetworkProvider: true },
        },
        { id: 'd', relationship: 'child', age: 10, usage: { preset: 'low', counts: { urgent_care_visit: 1 } } },
      ],
    },
    priority: 'lowest_expected',
    simulations: 300,
  };
  const incomplete = {
    ...plans[0]!,
    id: 'broken',
    deductible: null,
    status: { complete: false, missing: missingForPricing({ ...plans[0]!, deductible: null }) },
  } as unknown as Plan;
  const result: CompareResult = compareHousehold([...plans, incomplete], request, tables);

  it('every note and the comparison’s assumptions read, word for word', () => {
    const sentences = [
      ...result.notes,
      ...result.assumptions,
      ...result.plans.flatMap((p) => [...p.notes, ...p.warnings]),
      ...result.skipped.map((s) => s.reason),
    ];
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) expectRoundTrip(s);
  });

  it('the care assumptions read; a plan file’s own words stay English, marked', () => {
    const all = [...result.assumptions, ...result.plans.flatMap((p) => p.assumptions)];
    const usage = all.filter((s) => /: (no routine care|lower than average|about average|higher than average) use for age /.test(s));
    expect(usage.length).toBeGreaterThan(2);
    for (const s of usage) expectRoundTrip(s);
    for (const s of all) {
      const said = engineText(s, 'es');
      if (said.english) expect(said.text).toBe(s);
      else expect(composeEngineSentence(readEngineSentence(s)!, 'en')).toBe(s);
    }
  });

  it('why a plan was skipped, and what it lacks', () => {
    const skipped = result.skipped.find((s) => s.planId === 'broken')!;
    expect(expectRoundTrip(skipped.reason)).toMatch(/^Todavía no se puede calcular el costo de /);
    for (const item of skipped.missing) expectRoundTrip(item);
  });
});

describe('why a stored plan or session is damaged (the data file)', () => {
  const problems = (what: string): string[] => {
    const out: string[] = [];
    try {
      JSON.parse('{"id": ');
    } catch (error) {
      out.push(rowProblem(error, what));
    }
    const one = PlanFile.safeParse({});
    const many = PlanFile.safeParse({ plans: [{ id: 1, carrier: 2 }] });
    if (!one.success) out.push(rowProblem(one.error, what));
    if (!many.success) out.push(rowProblem(many.error, what));
    out.push(rowProblem(new Error('disk I/O error'), what));
    return out;
  };

  it('each reason reads back into itself; its technical detail stays English and is said to be', () => {
    for (const what of ['plan', 'session']) {
      const reasons = problems(what);
      expect(reasons.length).toBe(4);
      expect(
        reasons.some((r) => / more\)$/.test(r)),
        'a reason with more issues',
      ).toBe(true);
      for (const r of reasons) expect(expectRoundTrip(r)).toContain('(en inglés: ');
    }
    expect(engineText(rowProblem(new Error('disk I/O error'), 'session'), 'es').text).toBe('no se puede leer (en inglés: disk I/O error)');
  });
});

describe('a save’s refusal and warnings (plans:save, plan-editor-checks.ts)', () => {
  it('the plan checks the main process writes in English read back and are said in Spanish', () => {
    const standard = plans.find((p) => p.id === 'fehb-kpco-2022-standard')!;
    const odd = {
      ...standard,
      status: { complete: true },
      deductible: { personCents: 900_000, familyCents: 1_800_000, embedded: true },
      enrollment: [standard.enrollment[0]!, standard.enrollment[0]!],
      pharmacy: {},
      benefits: { ...standard.benefits, pcp_visit: { ...standard.benefits.pcp_visit!, costShare: { kind: 'coinsurance', percent: 12.345 } } },
    } as unknown as Plan;
    const problems = planProblems(odd);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const p of problems) {
      expectRoundTrip(p.message);
      // As editor.ipc.ts refuses a save with the first error.
      expectRoundTrip(`The plan was not saved: ${p.message}`);
    }
    expect(engineText('There is no plan with id "x".', 'es').text).toBe('No hay ningún plan con el identificador "x".');
  });
});

describe('the work budget’s refusal (src-main/compare/work-budget.ts)', () => {
  const fehb = plans.filter((p) => p.program === 'fehb');
  const household = (people: number): CompareRequestInput => ({
    household: {
      members: Array.from({ length: people }, (_, i) => ({
        id: `m${i}`,
        relationship: i === 0 ? ('employee' as const) : i === 1 ? ('spouse' as const) : ('child' as const),
        age: i < 2 ? 40 : 10,
        prescriptions: [{ tier: 'rx_generic' as const, fillsPerYear: 12, supplyDays: 30 }],
      })),
    },
    priority: 'balanced',
  });
  /** The refusal planSimulation words for a budget too small for the household's year. */
  const refusal = (people: number, arrangements: ArrangementWork | null = null): string => {
    const { prep } = prepareComparison(fehb, parseCompareRequest(household(people)), tables);
    try {
      planSimulation(prep, arrangements, 1);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('planSimulation did not refuse');
  };

  it('one person, several people and who enrolls where each read back and are said in Spanish', () => {
    const one = expectRoundTrip(refusal(1));
    expect(one).toMatch(/^El año de este hogar es demasiado grande .* para 1 persona con 3 planes\./);
    expect(expectRoundTrip(refusal(4))).toMatch(/para 4 personas con 3 planes\. Compare menos planes a la vez/);
    const withArrangements = expectRoundTrip(refusal(4, { claimsPerYear: 1_234, enrollments: 15 }));
    expect(withArrangements).toMatch(/unas 1,234 más calculadas en las otras 15 inscripciones de quién se inscribe dónde/);
  });
});

describe('the engine’s refusals (EngineError, src-main/engine): the field kept, the sentence in Spanish', () => {
  const plan = testPlan();
  const compiled = compilePlan(plan);
  const good: Claim = { member: 'self', date: '2022-03-01', service: 'pcp_visit', allowedCents: 10000 };
  /** The message of the EngineError `run` throws. */
  const refused = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      return (error as Error).message;
    }
    throw new Error('the engine did not refuse');
  };
  const claim = (bad: Record<string, unknown>, on: Plan | CompiledPlan = compiled, members: EngineMember[] = ADULT): string =>
    refused(() => priceClaims(on, members, [{ ...good, ...bad } as Claim]));
  const household = (members: unknown): string => refused(() => priceClaims(compiled, members as EngineMember[], []));

  it('a claim: its amounts, dates, days, supply, channel and fields that do not apply', () => {
    const noRetail = testPlan();
    delete noRetail.pharmacy.retail;
    const noPharmacy = testPlan();
    noPharmacy.pharmacy = {};
    const sentences = [
      refused(() => priceClaims(compiled, ADULT, 'claims' as never)),
      refused(() => priceClaims(compiled, ADULT, [null as never])),
      claim({ copay: 3000 }),
      claim({ member: 'cousin' }),
      claim({ date: '2022-02-30' }),
      claim({ member: 'baby', date: '2022-05-31' }, compiled, [{ id: 'baby', birthDate: '2022-06-01' }]),
      claim({ member: 'old', date: '2022-05-31' }, compiled, [{ id: 'old', birthDate: '1890-01-01' }]),
      claim({ service: 'acupuncture' }),
      claim({ allowedCents: -1 }),
      claim({ label: 'x'.repeat(201) }),
      claim({ service: 'inpatient_admission', days: 0 }),
      claim({ service: 'inpatient_admission' }),
      claim({ days: 2 }),
      claim({ supplyDays: 30 }),
      claim({ service: 'lab_test', channel: 'mail' }),
      claim({ admitted: true }),
      claim({ purpose: 'habilitative' }),
      claim({ service: 'specialist_visit', setting: 'specialist_office' }),
      claim({ service: 'rx_generic', supplyDays: 2.5 }),
      claim({ service: 'rx_generic', channel: 'drone' }),
      claim({ service: 'er_visit', admitted: 'yes' }),
      claim({ service: 'ot_visit', purpose: 'pulmonary_rehabilitation' }),
      claim({ service: 'rx_generic', supplyDays: 120, channel: 'mail' }),
      claim({ service: 'rx_generic', channel: 'retail' }, noRetail),
      claim({ service: 'rx_generic', channel: 'retail' }, noPharmacy),
      claim({ date: '2021-12-31' }),
      claim({ date: '2030-05-05' }),
      claim({ precertified: false }),
      claim({ precertified: 'yes' }),
      refused(() => priceClaims(compiled, ADULT, [], { ledger: 'yes' as never })),
    ];
    for (const s of sentences) expectRoundTrip(s);
    expect(expectRoundTrip(claim({ allowedCents: -1 }))).toBe('claims[0].allowedCents: se esperaba una cantidad entera de centavos, 0 o más');
    expect(expectRoundTrip(claim({ date: '2021-12-31' }))).toBe(
      'claims[0].date: el 31 de diciembre de 2021 es anterior al primer año de este plan (2022, desde el 1 de enero de 2022); sus reglas no se aplican a esa fecha',
    );
    expect(expectRoundTrip(claim({ service: 'inpatient_admission' }))).toMatch(
      /^claims\[0\]\.days: una reclamación de .* \(inpatient_admission\) necesita "days"/,
    );
  });

  it('no rule for a service, a tier not complete, a brand without its generic’s price', () => {
    const incomplete = testPlan();
    incomplete.networkTiers = { out_of_network: { status: 'incomplete', missing: ['the out-of-network deductible (per person and per family)'] } };
    const brand = claim({ service: 'rx_brand_requested', genericAllowedCents: undefined });
    const noHospice = testPlan();
    delete noHospice.benefits.hospice_inpatient;
    const noRule = claim({ service: 'hospice_inpatient', days: 3 }, noHospice);
    expect(noRule).toMatch(/^claims\[0\]\.service: this plan \(test-plan\) has no rule for /);
    const sentences = [
      noRule,
      claim({ network: 'out_of_network' }, incomplete),
      claim({ genericAllowedCents: 100 }),
      claim({ service: 'rx_brand_requested', genericAllowedCents: -5 }),
      brand,
    ];
    for (const s of sentences) expectRoundTrip(s);
    expect(expectRoundTrip(claim({ network: 'out_of_network' }, incomplete))).toContain('fuera de la red cuyas cantidades todavía no se han ingresado');
  });

  it('the fast path’s own refusals (adjudicate.ts, tiers.ts)', () => {
    const rx = compilePlan(testPlan({ benefits: { rx_generic: rule(copay(1500, 'prescription')) } }));
    const fast = (set: (fc: ReturnType<typeof createFastClaims>) => void, on = rx): string => {
      const fc = createFastClaims(1);
      fc.count = 1;
      fc.service[0] = serviceIndex('rx_generic');
      fc.allowedCents[0] = 5000;
      set(fc);
      return refused(() => priceTotalsFast(on, createFastHousehold([40]), fc));
    };
    const noRetail = testPlan({ benefits: { rx_generic: rule(copay(1500, 'prescription')) } });
    delete noRetail.pharmacy.retail;
    const incomplete = testPlan();
    incomplete.networkTiers = { out_of_network: { status: 'incomplete', missing: ['the out-of-network out-of-pocket limit (per person and per family)'] } };
    const sentences = [
      fast((fc) => (fc.supplyDays[0] = 200)),
      fast((fc) => (fc.channel[0] = channelIndex('retail')), compilePlan(noRetail)),
      fast((fc) => {
        fc.service[0] = serviceIndex('pcp_visit');
        fc.network[0] = networkIndex('out_of_network');
      }, compilePlan(incomplete)),
    ];
    for (const s of sentences) expectRoundTrip(s);
  });

  it('a household', () => {
    const sentences = [
      household('nobody'),
      household([]),
      household(Array.from({ length: 21 }, (_, i) => ({ id: `m${i}`, age: 30 }))),
      household([
        { id: 'a', age: 3 },
        { id: 'a', age: 4 },
      ]),
      household([{ id: 'Ann Lee', age: 30 }]),
      household([{ id: 'a', age: 121 }]),
      household([{ id: 'a', age: 3, birthDate: '2019-01-01' }]),
      household([{ id: 'a' }]),
      household([{ id: 'a', birthDate: '2019-02-30' }]),
      household([{ id: 'a', age: 3, conditions: ['asthma'] }]),
      household([{ id: 'a', age: 3, conditions: ['cleft_lip_palate', 'cleft_lip_palate'] }]),
      household([{ id: 'a', age: 3, conditions: 'autism_spectrum_disorder' }]),
      household([{ id: 'a', age: 3, sex: 'female' }]),
      household([null]),
      refused(() => enrollmentTypeFor(0)),
      refused(() => createFastHousehold([undefined])),
      refused(() => createFastHousehold([undefined], { birthDates: ['2019-02-30'] })),
    ];
    for (const s of sentences) expectRoundTrip(s);
    expect(expectRoundTrip(household([{ id: 'a', age: 3, sex: 'female' }]))).toBe(
      'members[0].sex: el campo "sex" no existe (un miembro tiene id, age o birthDate, y conditions)',
    );
    expect(expectRoundTrip(household([null]))).toBe('members[0]: se esperaba { id, age } o { id, birthDate }');
  });

  it('a plan the engine will not compile (what an HR save can hit)', () => {
    const negative = testPlan();
    (negative.deductible as { personCents: number }).personCents = -5;
    const sentences = [
      refused(() => compilePlan(negative)),
      refused(() => compilePlan(testPlan({ benefits: { xray: rule(coins(12.345)) } }))),
      refused(() => compilePlan(plans.find((p) => p.program !== 'fehb') as Plan)),
    ];
    // A network tier the engine will not compile (compile-tiers.ts).
    const tier = (o: Record<string, unknown>): string => {
      const p = testPlan({ benefits: { xray: rule(coins(20)) } });
      delete p.benefits.hospice_inpatient;
      const own = { label: 'Travel benefit', notCoveredReason: 'not covered when travelling', notCoveredSource: TEST_SOURCE, benefits: {} };
      p.networkTiers = { travel: { status: 'offered', ...own, ...o } as never };
      return refused(() => compilePlan(p));
    };
    const group = { id: 'office', label: 'office visits', visitsPerYear: 5 };
    sentences.push(
      tier({ benefits: { pcp_visit: { ...rule(copay(2000)), visitGroup: 'nope' } } }),
      tier({ visitGroups: [group, group] }),
      tier({ samePlanServices: ['hospice_inpatient'] }),
      tier({ samePlanServices: ['pcp_visit'], benefits: { pcp_visit: rule(copay(2000)) } }),
    );
    for (const s of sentences) expectRoundTrip(s);
    expect(expectRoundTrip(sentences[1] as string)).toBe(
      'plan.benefits.xray.costShare.percent: los porcentajes se usan con dos decimales como máximo, y se recibió 12.345',
    );
  });

  it('through the error display: the field path kept, the sentence in Spanish', () => {
    const message = claim({ supplyDays: 30 });
    const said = errorWords({ code: 'PRICING_ERROR', message }, 'es');
    expect(said.english).toBe(false);
    expect(said.text).toMatch(
      /^claims\[0\]\.supplyDays: "supplyDays" \(los días de suministro de una receta\) no corresponde a .* \(pcp_visit\); no lo incluya$/,
    );
    // A save the engine would refuse: its reason said in Spanish inside the catalog's sentence.
    const save = errorWords({ code: 'INVALID_ARGUMENT', message: 'x', said: { key: 'err_save_engine', params: { detail: message } } }, 'es');
    expect(save.text).toContain('rechazaría (claims[0].supplyDays: "supplyDays" (los días de suministro');
    // The same sentence read back from its English (a refusal rebuilt without its parts).
    expect(expectRoundTrip(`The plan was not saved: the engine would refuse it (${message}).`)).toMatch(
      /^El plan no se guardó: el cálculo lo rechazaría \(claims\[0\]\.supplyDays: "supplyDays" \(los días de suministro/,
    );
    expect(engineText('The plan was not saved: the engine would refuse it (something new).', 'es').text).toBe(
      'El plan no se guardó: el cálculo lo rechazaría (en inglés: something new).',
    );
    // What does not read stays English, marked.
    expect(errorWords({ code: 'PRICING_ERROR', message: 'claims[0].x: something new' }, 'es')).toMatchObject({ english: true });
  });
});

describe('who may be covered (eligibilityProblems, sent by the comparison as “Who is covered: …”)', () => {
  it('a child 26 or older and an employee or spouse under 16, by age and by birth date', () => {
    const problems = [
      ...eligibilityProblems([{ relationship: 'child', age: 27 }]),
      ...eligibilityProblems([{ relationship: 'spouse', age: 12 }]),
      ...eligibilityProblems([{ relationship: 'child', birthDate: '1990-01-01' }], '2022-01-01'),
      ...eligibilityProblems([{ relationship: 'employee', birthDate: '2015-01-01' }], '2022-01-01'),
    ];
    expect(problems).toHaveLength(4);
    for (const p of problems) expectRoundTrip(p);
    const sent = `Who is covered: request.${problems[1] as string}`;
    expect(expectRoundTrip(sent)).toBe(
      'Quién tiene cobertura: request.household.members[0].age: un empleado(a) o cónyuge menor de 16 años es casi seguro un error al escribir: revise la edad',
    );
  });
});
