import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCompareRequest, compareHousehold } from '../../../src-main/compare';
import { errorShape } from '../../../src-main/compute/run-task';
import type { Plan } from '../../../src-shared/plan-schema';
import { errorWords } from '../../../src-renderer/src/lib/error-words';
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
});
