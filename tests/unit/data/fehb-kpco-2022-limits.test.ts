import { describe, expect, it } from 'vitest';
import { OPTIONS } from './fehb-brochure-table';
import { excerptFor, normalise, planById, printsInRow } from './plan-data';

// Section 4 and the Summary of Benefits pages: deductibles, out-of-pocket maximums and what does not count
// toward them; Section 5(f): how many copays a supply costs by channel.

const FILE = 'fehb-kpco-2022.json';
const DOC = 'fehb-kpco-2022-brochure';
const printed = (option: keyof typeof OPTIONS) => normalise(excerptFor(planById(FILE, OPTIONS[option]), DOC));

const LIMITS = [
  {
    option: 'High Option',
    deductible: [0, 0],
    printedDeductible: ['The High Option has no deductible.'],
    oop: [4_000_00, 8_000_00],
    printedOop: ['Nothing after $4,000 per person or $8,000 per family enrollment per year.', '$4,000 per person up to $8,000 per family enrollment (High Option)'],
  },
  {
    option: 'Standard Option',
    deductible: [150_00, 300_00],
    printedDeductible: [
      'The calendar year deductible for the Standard Option is $150 per person.',
      'reach $300 under the Standard Option',
      '$150 per person, up to $300 per family',
    ],
    oop: [5_500_00, 11_000_00],
    printedOop: ['Nothing after $5,500 per person or $11,000 per family enrollment per year.', '$5,500 per person up to $11,000 per family enrollment (Standard Option)'],
  },
  {
    option: 'Prosper',
    deductible: [300_00, 600_00],
    printedDeductible: [
      'The calendar year deductible for Prosper is $300 per person.',
      'reach $600 under Prosper',
      '$300 per person, up to $600 per family',
    ],
    oop: [7_000_00, 14_000_00],
    printedOop: ['Nothing after $7,000 per person or $14,000 per family enrollment per year.', '$7,000 per person up to $14,000 per family enrollment (Prosper)'],
  },
] as const;

describe.each(LIMITS)('$option: Section 4 cost limits', (l) => {
  const plan = planById(FILE, OPTIONS[l.option]);

  it(`deductible ${l.printedDeductible[0]}`, () => {
    expect(plan.deductible).toEqual({ personCents: l.deductible[0], familyCents: l.deductible[1], embedded: true });
    for (const text of l.printedDeductible) expect(printed(l.option)).toContain(text);
  });

  it(`out-of-pocket maximum: ${l.printedOop[0]}`, () => {
    expect(plan.oopMax).toEqual({ personCents: l.oop[0], familyCents: l.oop[1], embedded: true });
    for (const text of l.printedOop) expect(printed(l.option)).toContain(text);
  });

  it('does not count dental services and the travel benefit toward the out-of-pocket maximum', () => {
    expect(plan.oopExcludes).toEqual(['Dental services', 'Travel benefit']);
    const text = printed(l.option);
    const list = text.slice(text.indexOf('do not count toward your catastrophic protection out-of-pocket maximum'));
    expect(list).toMatch(/^[^:]*: • Dental services • Travel benefit /);
  });
});

const DISPENSING = 'Prescription Drug Benefits — These are the dispensing limitations';
const CHANNELS = [
  {
    channel: 'retail',
    youPay: 'We provide up to a 30-day supply for most drugs prescribed and obtained from a Plan pharmacy.',
    tiers: [{ upToDays: 30, copays: 1 }],
  },
  {
    channel: 'plan_pharmacy',
    youPay: 'Refills of prescribed maintenance drugs may be obtained in a Plan pharmacy up to a 90-day supply for three copayments',
    tiers: [{ upToDays: 30, copays: 1 }, { upToDays: 60, copays: 2 }, { upToDays: 90, copays: 3 }],
  },
  {
    channel: 'mail',
    youPay: 'or through our mail order program for two copayments',
    tiers: [{ upToDays: 30, copays: 1 }, { upToDays: 60, copays: 2 }, { upToDays: 90, copays: 2 }],
  },
] as const;

describe.each(Object.keys(OPTIONS) as (keyof typeof OPTIONS)[])('%s: 5(f) dispensing limitations', (option) => {
  const plan = planById(FILE, OPTIONS[option]);

  it.each(CHANNELS)('$channel · $youPay', (c) => {
    const dispensing = plan.pharmacy[c.channel];
    expect(dispensing?.tiers).toEqual(c.tiers);
    expect(dispensing?.source).toMatchObject({ document: DOC, section: '5(f)', row: DISPENSING, youPay: c.youPay });
    expect(printsInRow(excerptFor(plan, DOC), '5(f)', DISPENSING, c.youPay)).toBe(true);
  });

  it('Summary of Benefits: "Up to a 90-day supply of maintenance drugs for 2 copays through our mail order program."', () => {
    expect(printed(option)).toContain('Up to a 90-day supply of maintenance drugs for 2 copays through our mail order program.');
    expect(plan.pharmacy.mail?.tiers.at(-1)).toEqual({ upToDays: 90, copays: 2 });
  });
});
