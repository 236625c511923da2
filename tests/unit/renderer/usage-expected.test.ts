import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../../src-main/app-root';
import { loadCompareTables } from '../../../src-main/compare/load-tables';
import { expectedCounts } from '../../../src-main/compare/usage-profile';
import { CONDITIONS, USAGE_PRESETS } from '../../../src-shared/household-schema';
import { presetCounts } from '../../../src-shared/usage-expected';

// The care screen's steppers start from src-shared/usage-expected.ts; the engine prices with
// src-main/compare/usage-profile.ts. They must give the same numbers for every age band, sex, preset
// and condition, or the screen would show a count the engine does not use.

const { usage } = loadCompareTables(join(findAppRoot(), 'data'));

describe('the care screen and the engine agree on expected counts', () => {
  const ages = [0, 1, 17, 18, 44, 45, 54, 55, 64, 65, 74, 75, 120];
  for (const preset of USAGE_PRESETS) {
    for (const sex of [undefined, 'female', 'male'] as const) {
      it(`${preset} use, sex ${sex ?? 'not given'}, every age band, with and without conditions`, () => {
        for (const age of ages) {
          for (const conditions of [[], [...CONDITIONS]]) {
            const member = { age, ...(sex ? { sex } : {}), usage: { preset, conditions, counts: {} } };
            expect(presetCounts(member, usage)).toEqual(expectedCounts(member, usage));
          }
        }
      });
    }
  }
});
