import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompareRequest } from '../../../src-shared/household-schema';
import { SERVICE_CODES } from '../../../src-shared/services';
import { PriceTable, UsageTable } from '../../../src-shared/tables-schema';

const data = join(__dirname, '..', '..', '..', 'data');
const read = (path: string): unknown => JSON.parse(readFileSync(join(data, path), 'utf8'));

describe('data/usage and data/prices', () => {
  it('the usage table matches its schema, covers every age once and names a source for every figure', () => {
    const parsed = UsageTable.safeParse(read('usage/usage-defaults.json'));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const t = parsed.data!;
    expect(t.baseline.pcp_visit).toMatchObject({ perYear: 1.571, source: 'cms-avc-2014' });
    expect(t.presets.typical.multiplier).toBe(1);
    expect(Object.keys(t.conditions).sort()).toEqual(['asthma', 'chronic_specialty_drug', 'depression_in_treatment', 'type2_diabetes']);
  });

  it('the price table matches its schema and prices every service code', () => {
    const parsed = PriceTable.safeParse(read('prices/default-prices-2022.json'));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const t = parsed.data!;
    expect(Object.keys(t.services).sort()).toEqual([...SERVICE_CODES].sort());
    // $134 per primary care visit in 2014 × 1.20 trend.
    expect(t.services.pcp_visit.cents).toBe(16_080);
    expect(t.births.csection.deliveryCents).toBeGreaterThan(t.births.vaginal.deliveryCents);
  });

  it('refuses a figure whose source is not listed, naming the field', () => {
    const table = read('prices/default-prices-2022.json') as { services: { pcp_visit: { source: string } } };
    table.services.pcp_visit.source = 'nowhere';
    const parsed = PriceTable.safeParse(table);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['services', 'pcp_visit', 'source'], message: 'unknown source "nowhere"' });
  });

  it('refuses age bands with a gap', () => {
    const table = read('usage/usage-defaults.json') as { ageBands: { minAge: number }[] };
    table.ageBands[2]!.minAge = 20;
    expect(UsageTable.safeParse(table).success).toBe(false);
  });

  it.each(['household-family-of-four.json', 'household-single-specialty-drug.json'])('example %s is a valid compare request', (file) => {
    const parsed = CompareRequest.safeParse(read(join('examples', file)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
