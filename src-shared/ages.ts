// The ages a person may have in this app, written once: a household member, a claims file's member, the
// one-claim calculator and the usage table's age bands all take 0 to 120. The engine checks the same
// bound (src-main/engine/validate-input.ts). The message catalogs say "0 to 120" in words;
// tests/unit/ages.test.ts checks they say these numbers.

export const MIN_AGE = 0;
export const MAX_AGE = 120;

/** A whole age from MIN_AGE to MAX_AGE. */
export function isAge(age: number): boolean {
  return Number.isInteger(age) && age >= MIN_AGE && age <= MAX_AGE;
}

/** The age band that holds `age` (bands are inclusive at both ends); undefined when none does. */
export function bandFor<B extends { minAge: number; maxAge: number }>(bands: readonly B[], age: number): B | undefined {
  return bands.find((b) => age >= b.minAge && age <= b.maxAge);
}
