import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, type CliIo } from '../../src-main/cli/commands';
import { tempApp } from '../support/temp-app';

// Issue 17: employer HSA/HRA money below zero or (for HSA money) above the year's IRS limit, and a tax
// rate out of range, refused in plain words naming the field — through the IPC pipeline's error envelope
// (what the window gets) and the command line, as the form says it beside the field.

let app: ReturnType<typeof tempApp>;
beforeAll(() => {
  app = tempApp();
});
afterAll(() => app.dispose());

const HIGH = 'fehb-kpco-2022-high';
const request = (household: object) => ({
  household: { members: [{ id: 'e', relationship: 'employee', age: 40 }], ...household },
  planIds: [HIGH],
  priority: 'lowest_expected',
  simulations: 100,
});
const io = (files: Record<string, unknown>): CliIo => ({ app: () => app, readFile: (p) => JSON.stringify(files[p]), writeFile: () => undefined });

describe('the IPC error envelope', () => {
  it('a tax rate of 75: INVALID_ARGUMENT naming household.taxRatePercent and the range', async () => {
    const r = await app.dispatch('engine:compare', request({ taxRatePercent: 75 }));
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    if (r.ok) return;
    expect(r.error.message).toBe(
      'Invalid request for engine:compare: args.household.taxRatePercent: a tax rate of 75% is above 60%: enter a percent from 0 to 60 (the marginal rate: federal, state and payroll tax on the next dollar earned), or leave it empty',
    );
  });

  it('account money below zero', async () => {
    const r = await app.dispatch('engine:compare', request({ accountCentsByPlan: { [HIGH]: -100 } }));
    expect(r.ok ? null : r.error.message).toBe(
      `Invalid request for engine:compare: args.household.accountCentsByPlan.${HIGH}: the employer HSA or HRA money cannot be below zero (got -$1.00): enter an amount in dollars, 0 or more, or leave it empty`,
    );
  });

  it('HSA money above the 2022 self-only limit: refused with every problem listed by field; as HRA money it is priced', async () => {
    const r = await app.dispatch('engine:compare', request({ accountCentsByPlan: { [HIGH]: 400_000 }, accountTypeByPlan: { [HIGH]: 'hsa' } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    if (r.ok) return;
    expect(r.error.message).toMatch(
      /^Employer account money: request\.household\.accountCentsByPlan\.fehb-kpco-2022-high: employer HSA money for .*: \$4,000 is more than the IRS allows in an HSA for 2022 \(\$3,650 for self-only coverage/,
    );
    expect(r.error.issues).toHaveLength(1);
    const hra = await app.dispatch('engine:compare', request({ accountCentsByPlan: { [HIGH]: 400_000 }, accountTypeByPlan: { [HIGH]: 'hra' } }));
    expect(hra.ok).toBe(true);
  });
});

describe('npm run cli -- compare', () => {
  it('prints the same words for HSA money above the limit', async () => {
    const file = { ...request({ accountCentsByPlan: { [HIGH]: 400_000 }, accountTypeByPlan: { [HIGH]: 'hsa' } }) };
    await expect(runCommand(['compare', '--household', 'h.json'], io({ 'h.json': file }))).rejects.toThrow(
      /^Employer account money: request\.household\.accountCentsByPlan\.fehb-kpco-2022-high: employer HSA money/,
    );
  });
  it('and for a tax rate out of range', async () => {
    await expect(runCommand(['compare', '--household', 'h.json'], io({ 'h.json': request({ taxRatePercent: -5 }) }))).rejects.toThrow(
      /household\.taxRatePercent: a tax rate of -5% is below zero: enter a percent from 0 to 60/,
    );
  });
});
