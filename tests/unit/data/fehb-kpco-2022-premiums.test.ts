import { describe, expect, it } from 'vitest';
import { dollarsToCents } from '../../../src-shared/money';
import { OPTIONS } from './fehb-brochure-table';
import { excerptFor, planById } from './plan-data';

// The 2022 rate table, code by code, as printed (columns: biweekly Gov't share, biweekly Your share,
// monthly Gov't share, monthly Your share).

const FILE = 'fehb-kpco-2022.json';
const RATES = [
  ['High Option', 'self_only', 'High Option Self Only', '651', '$244.86', '$111.86', '$530.53', '$242.36'],
  ['High Option', 'self_plus_one', 'High Option Self Plus One', '653', '$524.63', '$281.56', '$1,136.70', '$610.05'],
  ['High Option', 'self_and_family', 'High Option Self and Family', '652', '$574.13', '$232.06', '$1,243.95', '$502.80'],
  ['Standard Option', 'self_only', 'Standard Option Self Only', '654', '$228.17', '$76.06', '$494.38', '$164.79'],
  ['Standard Option', 'self_plus_one', 'Standard Option Self Plus One', '656', '$515.67', '$171.89', '$1,117.28', '$372.43'],
  ['Standard Option', 'self_and_family', 'Standard Option Self and Family', '655', '$515.67', '$171.89', '$1,117.28', '$372.43'],
  ['Prosper', 'self_only', 'Prosper Self Only', 'N41', '$135.05', '$45.02', '$292.61', '$97.54'],
  ['Prosper', 'self_plus_one', 'Prosper Self Plus One', 'N43', '$305.21', '$101.74', '$661.30', '$220.43'],
  // The last line of the seed copy (it ends without a newline). The domain brief called this row cut off, but
  // all four amounts are printed.
  ['Prosper', 'self_and_family', 'Prosper Self and Family', 'N42', '$332.23', '$110.74', '$719.83', '$239.94'],
] as const;

const cents = (printed: string) => dollarsToCents(Number(printed.replace(/[$,]/g, '')));

describe('2022 Rate Information for Kaiser Permanente - Colorado', () => {
  it.each(RATES)('%s · %s (%s, %s): Gov\'t %s biweekly, employee %s biweekly; Gov\'t %s monthly, employee %s monthly',
    (option, type, label, code, govBiweekly, youBiweekly, govMonthly, youMonthly) => {
      const plan = planById(FILE, OPTIONS[option]);
      const row = plan.enrollment.find((e) => e.type === type);
      expect(row?.code).toBe(code);
      expect(row?.biweekly).toEqual({ employeeCents: cents(youBiweekly), employerCents: cents(govBiweekly) });
      expect(row?.monthly).toEqual({ employeeCents: cents(youMonthly), employerCents: cents(govMonthly) });
      const printed = `${label}${code}${govBiweekly}${youBiweekly}${govMonthly}${youMonthly}`;
      expect(excerptFor(plan, 'fehb-kpco-2022-brochure').split('\n')).toContain(printed);
    });

  it('spot check: High Option Self Only 651, employee $111.86 biweekly / $242.36 monthly, government $244.86 / $530.53', () => {
    const row = planById(FILE, OPTIONS['High Option']).enrollment.find((e) => e.code === '651');
    expect(row).toMatchObject({
      type: 'self_only',
      biweekly: { employeeCents: 11_186, employerCents: 24_486 },
      monthly: { employeeCents: 24_236, employerCents: 53_053 },
    });
  });

  it.each(Object.entries(OPTIONS))('%s lists its three enrollment codes in cover order', (option, id) => {
    const plan = planById(FILE, id);
    const expected = RATES.filter((r) => r[0] === option).map((r) => `${r[3]} ${option} - ${r[2].slice(option.length + 1)}`);
    const cover = excerptFor(plan, 'fehb-kpco-2022-brochure').replace(/\s+/g, ' ');
    for (const line of expected) expect(cover).toContain(line);
    expect(plan.enrollment.map((e) => e.type)).toEqual(['self_only', 'self_plus_one', 'self_and_family']);
  });
});
