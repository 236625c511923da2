import { describe, expect, it } from 'vitest';
import { COVERS_TEXT, ENROLLMENT_LABELS, ENROLLMENT_TYPES, enrollmentTypeFor, typesCovering } from '../../src-shared/enrollment-types';
import { enrollmentTypeFor as engineType } from '../../src-main/engine';
import { Household } from '../../src-shared/household-schema';

// Brochure line 288: "Self Only coverage is only for the enrollee. Self Plus One coverage is for the
// enrollee and one eligible family member. Self and Family coverage is for the enrollee and one or more
// eligible family members." One module says it for the engine, the comparison, the editor and the screens.

describe('enrollment types, written once', () => {
  it('names each type as the brochure prints it', () => {
    expect(ENROLLMENT_TYPES.map((t) => ENROLLMENT_LABELS[t])).toEqual(['Self Only', 'Self Plus One', 'Self and Family']);
  });

  it('gives the type that fits exactly, and none for an empty household (the engine refuses that one)', () => {
    expect([1, 2, 3, 7].map(enrollmentTypeFor)).toEqual(['self_only', 'self_plus_one', 'self_and_family', 'self_and_family']);
    expect(enrollmentTypeFor(0)).toBeNull();
    expect([1, 2, 3].map(engineType)).toEqual(['self_only', 'self_plus_one', 'self_and_family']);
    expect(() => engineType(0)).toThrow(/at least one member/);
  });

  it('lets a household of two take Self Plus One or Self and Family, three or more only Self and Family', () => {
    expect(typesCovering(1)).toEqual(['self_only']);
    expect(typesCovering(2)).toEqual(['self_plus_one', 'self_and_family']);
    expect(typesCovering(4)).toEqual(['self_and_family']);
  });

  it('refuses a chosen type that does not cover the household, saying whom it covers', () => {
    const r = Household.safeParse({ members: [{ id: 'e', relationship: 'employee', age: 40 }], enrollmentType: 'self_plus_one' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(`this enrollment type covers ${COVERS_TEXT.self_plus_one}; the household has 1`);
  });
});
