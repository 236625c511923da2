import { describe, expect, it } from 'vitest';
import { compareHousehold } from '../../../src-main/compare';
import type { ArrangementSection } from '../../../src-shared/compare-result-schema';
import { ComparePriority } from '../../../src-shared/household-schema';
import { arrangementNoteText, arrangementReasonsText } from '../../../src-shared/i18n/arrangement-text';
import { tables } from '../compare/fixtures';
import { district2021, district2022, fehb, twoEmployerFamily } from '../compare/arrangements/support';

// The arrangements' reasons (who enrolls where, issue 14) are rank.ts's English; in Spanish they are composed
// from the same figures (src-shared/i18n/arrangement-text.ts). Composing the English the same way must give
// the engine's sentences word for word, under every priority, for one enrollment and for two: then the
// Spanish says the same thing.

const library = [...fehb, ...district2021, ...district2022];
const families = [
  ['a family of four, one adult at each employer', twoEmployerFamily()],
  ['a couple, one adult at each employer', twoEmployerFamily(0, { priority: 'balanced' })],
] as const;

describe.each(families)('%s', (_name, request) => {
  const result = compareHousehold(library, request, tables);
  const section = result.arrangements as ArrangementSection;

  it('has arrangements of one enrollment and of two', () => {
    expect(section.arrangements.some((a) => a.enrollments.length === 1)).toBe(true);
    expect(section.arrangements.some((a) => a.enrollments.length === 2)).toBe(true);
  });

  it.each(ComparePriority.options)('under %s: the English composed from the figures is the engine’s, word for word', (priority) => {
    for (const item of section.rankings[priority].ranking) {
      const composed = arrangementReasonsText(section, priority, item, result.simulations, 'en', true);
      expect(composed.map((r) => r.text)).toEqual(item.reasons);
    }
  });

  it('says every reason in Spanish, none left English', () => {
    for (const priority of ComparePriority.options) {
      for (const item of section.rankings[priority].ranking) {
        const es = arrangementReasonsText(section, priority, item, result.simulations, 'es');
        expect(es.length).toBe(item.reasons.length);
        for (const r of es) {
          expect(r.english).toBe(false);
          expect(r.text).not.toMatch(/\b(the|of|year|arrangement|premiums)\b/);
        }
      }
    }
  });
});

describe('in Spanish, the words a family reads', () => {
  const result = compareHousehold(library, twoEmployerFamily(), tables);
  const section = result.arrangements as ArrangementSection;
  const ranking = section.rankings.lowest_expected.ranking;

  it('the first arrangement is the lowest; the others say how much more, in es-US money', () => {
    const [first, second] = ranking;
    const a = arrangementReasonsText(section, 'lowest_expected', first!, result.simulations, 'es')[0]!.text;
    expect(a).toMatch(/^Costo esperado de unos \$[\d,]+ al año \(primas de \$[\d,]+ más unos \$[\d,]+ de gastos de bolsillo; /);
    expect(a).toMatch(/, el más bajo de las formas de inscribirse calculadas\.$/);
    const b = arrangementReasonsText(section, 'lowest_expected', second!, result.simulations, 'es')[0]!.text;
    expect(b).toMatch(/, \$[\d,]+ más que la primera forma de inscribirse\.$|, lo mismo que la primera forma de inscribirse\.$/);
    const two = ranking.find((r) => section.arrangements.find((x) => x.id === r.arrangementId)?.enrollments.length === 2)!;
    expect(arrangementReasonsText(section, 'lowest_expected', two, result.simulations, 'es')[0]!.text).toContain(
      '2 inscripciones, cada una con su propio deducible y su propio desembolso máximo',
    );
  });

  it('the section’s notes the engine always writes are Spanish', () => {
    for (const note of section.notes) expect(arrangementNoteText(note, 'es').english).toBe(false);
  });
});
