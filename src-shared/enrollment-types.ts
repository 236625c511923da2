// The enrollment types, written once: the list, the brochure's words for them, which type a household of
// n people takes, and which types cover n people. Brochure line 288: "Self Only coverage is only for the
// enrollee. Self Plus One coverage is for the enrollee and one eligible family member. Self and Family
// coverage is for the enrollee and one or more eligible family members." The names are the brochure's own
// and stay in English in every language (the Spanish screens explain them beside the name).

export const ENROLLMENT_TYPES = ['self_only', 'self_plus_one', 'self_and_family'] as const;
export type EnrollmentType = (typeof ENROLLMENT_TYPES)[number];

export const ENROLLMENT_LABELS: Record<EnrollmentType, string> = {
  self_only: 'Self Only',
  self_plus_one: 'Self Plus One',
  self_and_family: 'Self and Family',
};

/** The type that fits exactly: 1 person → Self Only, 2 → Self Plus One, 3 or more → Self and Family; none for nobody. */
export function enrollmentTypeFor(people: number): EnrollmentType | null {
  if (!Number.isInteger(people) || people < 1) return null;
  if (people === 1) return 'self_only';
  return people === 2 ? 'self_plus_one' : 'self_and_family';
}

/** The types that may cover `people` (a household of two may take Self Plus One or Self and Family). */
export function typesCovering(people: number): EnrollmentType[] {
  if (people <= 1) return ['self_only'];
  return people === 2 ? ['self_plus_one', 'self_and_family'] : ['self_and_family'];
}

/** "one person", "exactly two people", "two or more people": whom a type covers, for messages. */
export const COVERS_TEXT: Record<EnrollmentType, string> = {
  self_only: 'one person',
  self_plus_one: 'exactly two people',
  self_and_family: 'two or more people',
};
