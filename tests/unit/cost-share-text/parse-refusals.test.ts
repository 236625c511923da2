import { describe, expect, it } from 'vitest';
import { parseCostShareText } from '../../../src-shared/cost-share-text';

// Cells the parser must refuse rather than guess at. Each error must name the problem (mentions) and
// show an example that works ('for example "…"' or 'type "…"').

const REFUSALS: ReadonlyArray<readonly [text: string, mentions: RegExp]> = [
  ['', /empty/i],
  ['   ', /empty/i],
  ['Not applicable', /not applicable.*does not say what you pay/i],
  ['N/A', /does not say what you pay/i],
  ['Deductible does not apply', /deductible.*not what you pay/i],
  ['$250 copay per day for first 5 days', /first 5 days.*per stay or per year/i],
  ['No charge for the first 3 visits, then $30 copay', /first 3 visits/i],
  ['$10 copay/prescription (retail); $20 copay/prescription (mail order)', /two pharmacy channels.*enter one/i],
  ['$10 copay/prescription (mail order)', /pharmacy channel.*mail order/i],
  ['$35 copay/office visit and 20% coinsurance for other outpatient services', /two services.*for other outpatient services/i],
  ['$200 after the deductible in an ambulatory surgical center', /in an ambulatory surgical center/i],
  ['-$20', /negative/i],
  ['–$20 copay', /negative/i],
  ['$-20', /negative/i],
  ['-20% coinsurance', /negative/i],
  ['120% coinsurance', /120%.*more than 100%/i],
  ['$100 copay plus 150% coinsurance', /150%.*more than 100%/i],
  ['$30 (nothing for children through age 17) per primary care visit', /by age/i],
  ['$750 per admission*, except nothing for maternity care delivery', /exception.*except nothing for maternity/i],
  ['Nothing after you pay the office visit copayment', /another copay/i],
  ['$20-$30 copay', /\$20-\$30.*range/i],
  ['$12.505 copay', /\$12\.505.*two decimals/i],
  ['$1,00 copay', /\$1,00.*thousands/i],
  ['30 copay', /no "\$" or "%"/i],
  ['$30 copay per month', /per month/i],
  ['20% coinsurance up to $1,000 per year', /per year/i],
  ['$20 every thirty days', /every thirty days/i],
  ['$15 copay/visit, 20 visits', /visit limit needs its period/i],
  ['$15 copay; 20 combined visits per year', /shared by several services/i],
  ['$15 copay/visit, limited to 0 visits per year', /visit limit of 0/i],
  ['$500/day up to $100/admission', /cap \(\$100\) is less than the copay \(\$500\)/i],
  ['$500/day up to $1,000/day', /cap per day/i],
  ['$35 copay per visit per trip', /two units.*per visit.*per trip/i],
  ['$30 copay after deductible; no deductible', /both.*deductible/i],
  ['Not covered after deductible', /not covered.*deductible/i],
  ['Not covered; limited to 20 visits per year', /visit limit.*not covered/i],
  ['In-network: $30 copay', /network label/i],
  ['50% of billed charges', /billed charges/i],
  ['$2,000,000,000 copay', /larger than any plan charges/i],
  ['Regular cost-sharing', /could not read "regular cost-sharing"/i],
  ['$30 copay per visit, see plan documents', /could not read "see plan documents"/i],
  ['$30 copay per visit and $40 copay per visit', /could not read/i],
  ['$30 copay and', /could not read "and"/i],
  ['$30 $60 max', /could not read "\$60 max"/i],
  ['x'.repeat(400), /characters long/i],
];

describe('parseCostShareText refuses what it cannot read exactly', () => {
  it('has at least 10 refusal rows', () => {
    expect(REFUSALS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(REFUSALS)('%j', (text, mentions) => {
    const result = parseCostShareText(text);
    if (result.ok) throw new Error(`read as ${JSON.stringify(result.costShare)}`);
    expect(result.error).toMatch(mentions);
    // Every refusal shows something that does work.
    expect(result.error).toMatch(/for example "[^"]+"|type (?:just )?"[^"]+"/i);
  });
});
