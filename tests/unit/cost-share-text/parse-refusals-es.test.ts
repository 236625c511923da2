import { describe, expect, it } from 'vitest';
import { parseCostShareText, type ParseCostShareOptions } from '../../../src-shared/cost-share-text';

// The parser's refusals in Spanish (messages/cells, `cell_r_…`): each says, in the usted form, what could
// not be read and quotes the cell back as typed; the example that works stays as an SBC prints it, in
// English, since that is what the parser reads. English stays the default, word for word what it was
// (parse-refusals.test.ts, untouched, reads it).

const es = (text: string, options: ParseCostShareOptions = {}): string => {
  const r = parseCostShareText(text, { ...options, lang: 'es' });
  if (r.ok) throw new Error(`read as ${JSON.stringify(r.costShare)}`);
  return r.error;
};

describe('an unreadable cell, in Spanish, quotes back what was typed', () => {
  it('a whole cell it cannot read', () => {
    expect(es('Regular cost-sharing')).toBe(
      'No se pudo leer "regular cost-sharing". Escriba el costo tal como lo imprime el SBC, en inglés; por ejemplo, "$30 copay/visit", "20% coinsurance after deductible" o "No charge".',
    );
  });

  it('the part it cannot read, inside the whole cell', () => {
    expect(es('$30 copay per visit, see plan documents')).toBe(
      'No se pudo leer "see plan documents" en "$30 copay per visit, see plan documents". Escriba el costo tal como lo imprime el SBC, en inglés; por ejemplo, "$30 copay/visit", "20% coinsurance after deductible" o "No charge".',
    );
    expect(es('$30 copay and')).toMatch(/^No se pudo leer "and" en "\$30 copay and"\./);
  });

  it('an empty cell and a pasted page', () => {
    expect(es('  ')).toBe('La casilla está vacía. Escriba lo que imprime el SBC; por ejemplo, "$30 copay/visit" o "No charge".');
    expect(es('x'.repeat(400))).toBe(
      'La casilla tiene 400 caracteres; una casilla del SBC tiene como máximo 300. Escriba solo el costo; por ejemplo, "$30 copay/visit".',
    );
  });
});

describe('each diagnosis, in Spanish', () => {
  it.each<[string, string]>([
    [
      'Not applicable',
      '"not applicable" no dice lo que usted paga. Si el plan no cubre este servicio, escriba "Not covered"; si no cuesta nada, escriba "No charge".',
    ],
    ['-$20', 'Una cantidad no puede ser negativa. Escriba lo que paga el afiliado; por ejemplo, "$20 copay/visit".'],
    [
      'Deductible does not apply',
      'Esto dice si se aplica el deducible, pero no lo que usted paga. Agregue el costo; por ejemplo, "$30 copay/visit; deductible does not apply".',
    ],
    [
      'No charge for the first 3 visits, then $30 copay',
      '"first 3 visits" no se puede guardar: una regla no tiene la forma "los primeros N días" ni "las primeras N consultas". Si es un copago por día durante los primeros días de cada hospitalización, escríbalo con "per admission"; por ejemplo, "$250 copay per day for the first 5 days of each admission".',
    ],
    [
      '$10 copay/prescription (retail); $20 copay/prescription (mail order)',
      'Esta casilla da dos formas de surtir una receta (como la farmacia y el correo) con costos distintos. Ingrese una sola: el copago por un suministro de 30 días; por ejemplo, "$10 copay/prescription". Los suministros por correo siguen las reglas de farmacia del plan.',
    ],
    [
      '$10 copay/prescription (mail order)',
      'Quite la forma de surtir la receta ("mail order"): escriba el copago por un suministro de 30 días; por ejemplo, "$10 copay/prescription".',
    ],
    ['In-network: $30 copay', 'Quite la indicación de la red ("in-network"): escriba solo el costo con proveedores de la red; por ejemplo, "$30 copay/visit".'],
    [
      '$30 (nothing for children through age 17) per primary care visit',
      'Esta casilla tiene un costo distinto según la edad ("children"). Escriba aquí el costo principal, por ejemplo "$30 copay/visit", y agregue la excepción en las excepciones por edad de la regla.',
    ],
    [
      '$750 per admission*, except nothing for maternity care delivery',
      'Esta casilla tiene una excepción ("except nothing for maternity care delivery"). Escriba aquí el costo principal, por ejemplo "No charge", e ingrese la excepción como una regla aparte.',
    ],
    [
      'Nothing after you pay the office visit copayment',
      'Esta casilla remite a otro copago ("after you pay the office visit copayment"). Si ese copago se cobra en su propia reclamación, escriba aquí "No charge"; si no, escriba el costo; por ejemplo, "$30 copay/visit".',
    ],
    [
      '$35 copay/office visit and 20% coinsurance for other outpatient services',
      'Esta casilla da costos para dos servicios ("for other outpatient services"). Ingrese el costo de un solo servicio; por ejemplo, "$35 copay/visit".',
    ],
    [
      '$200 after the deductible in an ambulatory surgical center',
      'Esta casilla dice qué o dónde ("in an ambulatory surgical center"); eso ya lo dice el servicio de la regla. Escriba solo el costo; por ejemplo, "$200 copay/visit after deductible".',
    ],
    ['$20-$30 copay', '"$20-$30" es un rango o una opción, no un solo costo. Escriba el costo que cobra este plan; por ejemplo, "$30 copay/visit".'],
    [
      '$15 copay; 20 combined visits per year',
      'No se puede guardar un límite compartido por varios servicios: un límite de consultas cuenta un solo servicio. Escriba el costo de este servicio y su propio límite; por ejemplo, "$15 copay/visit, limited to 20 visits per year".',
    ],
    [
      '$30 copay per month',
      '"per month" no es algo que una regla pueda contar. Un copago puede ser por consulta, día, traslado, hospitalización, procedimiento, receta o artículo, y un tope es por reclamación; por ejemplo, "$500/day up to $1,000/admission". Los límites anuales van en el desembolso máximo del plan.',
    ],
    ['$15 copay/visit, 20 visits', 'Un límite de consultas necesita su período; por ejemplo, "$15 copay/visit, limited to 20 visits per year".'],
    [
      '50% of billed charges',
      'No se puede guardar un porcentaje de los cargos facturados: los costos se calculan sobre la cantidad permitida. Escríbalo como coseguro; por ejemplo, "50% coinsurance".',
    ],
    ['$12.505 copay', '"$12.505" tiene más de dos decimales. Use dólares y centavos; por ejemplo, "$12.50 copay".'],
    ['$1,00 copay', '"$1,00" no es una cantidad en dólares: escriba los miles con una coma cada tres cifras; por ejemplo, "$1,000".'],
    ['30 copay', '"30" no tiene "$" ni "%". Indique qué es; por ejemplo, "$30 copay" para dólares o "30% coinsurance" para un porcentaje.'],
  ])('%j', (text, sentence) => {
    expect(es(text)).toBe(sentence);
  });
});

describe('each refusal of what reads but cannot be stored, in Spanish', () => {
  it.each<[string, string]>([
    [
      '$2,000,000,000 copay',
      'El copago de $2,000,000,000 es mayor que lo que cobra cualquier plan (como máximo $1,000,000,000). Revise el SBC; por ejemplo, "$1,000 copay/admission".',
    ],
    [
      '20% coinsurance up to $2,000,000,000',
      'El tope de $2,000,000,000 es mayor que lo que cobra cualquier plan (como máximo $1,000,000,000). Revise el SBC; por ejemplo, "$1,000 copay/admission".',
    ],
    ['120% coinsurance', '"120%" es más del 100%: un afiliado nunca paga más de la cantidad permitida. Revise el SBC; por ejemplo, "20% coinsurance".'],
    [
      '$35 copay per visit per trip',
      'Esta casilla nombra dos unidades ("per visit" y "per trip"). Deje la unidad por la que se cuenta el copago; por ejemplo, "$500/day" o "$750/admission".',
    ],
    [
      'Not covered after deductible',
      'Un servicio "Not covered" (no cubierto) nunca pasa por el deducible: el afiliado lo paga todo. Escriba solo "Not covered".',
    ],
    [
      'Not covered; limited to 20 visits per year',
      'Un límite de consultas en un servicio "Not covered" (no cubierto) no tiene sentido. Escriba el costo de las consultas cubiertas; por ejemplo, "$15 copay/visit, limited to 20 visits per year".',
    ],
    [
      '$30 copay for the first 5 days of each admission',
      '"For the first 5 days" (los primeros 5 días) necesita un copago por día; por ejemplo, "$250 copay per day for the first 5 days of each admission".',
    ],
    ['$500/day up to $100/admission', 'El tope ($100) es menor que el copago ($500). Revise el SBC; por ejemplo, "$500/day up to $1,000/admission".'],
    [
      '$30 copay after deductible; no deductible',
      'Esta casilla dice a la vez que el deducible se aplica y que no se aplica. Deje una de las dos; por ejemplo, "20% coinsurance after deductible".',
    ],
    [
      '$15 copay/visit, limited to 0 visits per year',
      'Un límite de 0 consultas al año no puede ser correcto: debe ser de 1 a 1,000; por ejemplo, "limited to 20 visits per year".',
    ],
    [
      '$30 copay, limited to 20 visits per year, limited to 10 visits per year',
      'Esta casilla da dos límites de consultas. Deje uno; por ejemplo, "limited to 20 visits per year".',
    ],
    [
      '$250 copay per day for first 5 days',
      '"for first 5 days" no dice si los días se cuentan por hospitalización o por año, y una regla no tiene la forma "los primeros N días". Si es por cada hospitalización, escriba "$250/day up to $1,250/admission", que es lo mismo.',
    ],
    [
      '$500/day up to $1,000/day',
      'No se puede guardar un tope por día: un tope es lo máximo que puede costar una reclamación (una hospitalización, una consulta o un traslado); por ejemplo, "$500/day up to $1,000/admission".',
    ],
  ])('%j', (text, sentence) => {
    expect(es(text)).toBe(sentence);
  });
});

// Every kind of refusal, once each (the rows of parse-refusals.test.ts and a few more).
const CELLS = [
  '',
  'x'.repeat(301),
  'Not applicable',
  'N/A',
  '-20% coinsurance',
  'Deductible does not apply',
  '$250 copay per day for first 5 days',
  'No charge for the first 3 visits, then $30 copay',
  '$10 copay/prescription (retail); $20 copay/prescription (mail order)',
  '$10 copay/prescription (mail order)',
  'In-network: $30 copay',
  '$30 (nothing for children through age 17) per primary care visit',
  '$750 per admission*, except nothing for maternity care delivery',
  'Nothing after you pay the office visit copayment',
  '$35 copay/office visit and 20% coinsurance for other outpatient services',
  '$200 after the deductible in an ambulatory surgical center',
  '$20-$30 copay',
  '$15 copay; 20 combined visits per year',
  '20% coinsurance up to $1,000 per year',
  '$15 copay/visit, 20 visits',
  '50% of billed charges',
  '$12.505 copay',
  '$1,00 copay',
  '30 copay',
  '$2,000,000,000 copay',
  '20% coinsurance up to $2,000,000,000',
  '$100 copay plus 150% coinsurance',
  '$35 copay per visit per trip',
  'Not covered after deductible',
  'Not covered; limited to 20 visits per year',
  '$30 copay for the first 5 days of each admission',
  '$500/day up to $100/admission',
  '$30 copay after deductible; no deductible',
  '$15 copay/visit, limited to 0 visits per year',
  '$30 copay, limited to 20 visits per year, limited to 10 visits per year',
  '$500/day up to $1,000/day',
  'Regular cost-sharing',
  '$30 copay per visit and $40 copay per visit',
  '$30 $60 max',
];

/** A refusal with what it quotes taken out: the typed cell, and the SBC examples. */
const unquoted = (sentence: string): string => sentence.replace(/"[^"]*"/g, '""');

describe('English stays the default, word for word; the Spanish has no English of its own', () => {
  it.each(CELLS.map((text) => [text.slice(0, 80), text] as const))('%j', (_, text) => {
    for (const unitHint of [undefined, 'day', 'admission'] as const) {
      const options = unitHint ? { unitHint } : {};
      const plain = parseCostShareText(text, options);
      const english = parseCostShareText(text, { ...options, lang: 'en' });
      const spanish = parseCostShareText(text, { ...options, lang: 'es' });
      // "…for the first 5 days of each admission" reads in a per-day row.
      if (plain.ok && english.ok && spanish.ok && unitHint === 'day') continue;
      if (plain.ok || english.ok || spanish.ok) throw new Error(`${text} read`);
      // Asking for English changes nothing; Spanish changes only the words.
      expect(english.error).toBe(plain.error);
      expect(spanish.error).not.toBe(plain.error);
      expect(unquoted(spanish.error)).not.toMatch(/\b(?:the|type|cell|cost|copay|deductible|for example|cannot|visit|amount)\b/i);
      // The Spanish quotes the same cells and examples as the English (the forms a rule lacks, "first N
      // days", are said in Spanish).
      const quotes = (sentence: string, form: RegExp): string[] => (sentence.match(/"[^"]*"/g) ?? []).filter((q) => !form.test(q));
      expect(quotes(spanish.error, /primer[oa]s N/)).toEqual(quotes(plain.error, /first N/));
    }
  });

  it('a cell that reads is read the same in either language; only its reading changes', () => {
    const en = parseCostShareText('$30 copay/visit, limited to 20 visits per year');
    const es = parseCostShareText('$30 copay/visit, limited to 20 visits per year', { lang: 'es' });
    if (!en.ok || !es.ok) throw new Error('not read');
    expect({ ...es, reading: '' }).toEqual({ ...en, reading: '' });
    expect(en.reading).toBe('You pay $30 for each visit. The plan covers up to 20 visits a year. After that, you pay the full cost.');
    expect(es.reading).toBe('Usted paga $30 por cada consulta. El plan cubre hasta 20 consultas al año. Después de eso, usted paga el costo total.');
  });
});
