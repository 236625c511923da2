import { describe, expect, it } from 'vitest';
import { MAX_AGE, MIN_AGE, bandFor, isAge } from '../../src-shared/ages';
import { Household } from '../../src-shared/household-schema';
import { LANGUAGES, m } from '../../src-shared/i18n';

// The age bound, written once (src-shared/ages.ts): the schemas take it from there, and the messages that
// say it in words must say the same numbers.

describe('the age bound', () => {
  it('accepts whole ages from MIN_AGE to MAX_AGE only', () => {
    expect([MIN_AGE, 40, MAX_AGE].map(isAge)).toEqual([true, true, true]);
    expect([MIN_AGE - 1, MAX_AGE + 1, 40.5, Number.NaN].map(isAge)).toEqual([false, false, false, false]);
  });

  it('is the bound the household schema enforces', () => {
    const member = (age: number) => Household.safeParse({ members: [{ id: 'e', relationship: 'employee', age }] }).success;
    expect([member(MIN_AGE), member(MAX_AGE), member(MAX_AGE + 1), member(MIN_AGE - 1)]).toEqual([true, true, false, false]);
  });

  it.each(LANGUAGES)('is the bound the %s messages name', (locale) => {
    for (const text of [m.hh_age_bad({}, { locale }), m.hh_issue_age({}, { locale })]) {
      expect(text.match(/\d+/g)).toEqual([String(MIN_AGE), String(MAX_AGE)]);
    }
  });

  it('finds the band holding an age, both ends included, and none outside every band', () => {
    const bands = [
      { id: 'child', minAge: 0, maxAge: 17 },
      { id: 'adult', minAge: 18, maxAge: 120 },
    ];
    expect([0, 17, 18, 120].map((age) => bandFor(bands, age)?.id)).toEqual(['child', 'child', 'adult', 'adult']);
    expect(bandFor(bands, 121)).toBeUndefined();
  });
});
