import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import type { CompareRequest } from '../../../src-shared/household-schema';
import { DEBOUNCE_MS, PricingState } from '../../../src-renderer/src/state/pricing.svelte';
import { FakeApi } from './fake-api';

// The running estimate's request logic (src-renderer/src/state/pricing.svelte.ts), the cases
// pricing-state.test.ts leaves out: an answer for inputs no longer on screen is never shown, not even
// before the newer one arrives; End session drops an answer still on its way; a plan change re-prices
// inputs that did not change. The fake main process answers when the test says.

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const request = (visits: number): CompareRequest =>
  ({
    household: { members: [{ id: 'a', age: 40 }], care: { visits } },
    priority: 'lowest_expected',
    simulations: 10_000,
    seed: 1,
  }) as unknown as CompareRequest;
const result = (name: string) => ({ name }) as unknown as CompareResult;

describe('the running estimate, with a fake main process', () => {
  it('never shows the answer for older inputs, even while the newer answer is still on its way', async () => {
    const api = new FakeApi();
    const pricing = new PricingState(api);
    pricing.schedule(request(1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pricing.schedule(request(2));
    const [older, newer] = api.calls('engine:compare');
    older?.answer(result('one visit'));
    await vi.advanceTimersByTimeAsync(0);
    expect(pricing.result).toBeNull();
    expect(pricing.status).toBe('pricing');
    newer?.answer(result('two visits'));
    await vi.advanceTimersByTimeAsync(0);
    expect(pricing.result).toEqual(result('two visits'));
    expect(pricing.resultRequest).toEqual(request(2));
  });

  it('drops an answer still on its way when the session is cleared (End session)', async () => {
    const api = new FakeApi();
    const pricing = new PricingState(api);
    pricing.schedule(request(1));
    pricing.clear();
    api.calls('engine:compare')[0]?.answer(result('the last client'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(pricing.result).toBeNull();
    expect(pricing.status).toBe('idle');
  });

  it('prices unchanged inputs again after the plans changed (invalidate), and not otherwise', async () => {
    const api = new FakeApi({ 'engine:compare': () => result('priced') });
    const pricing = new PricingState(api);
    pricing.schedule(request(1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pricing.schedule(request(1));
    expect(api.calls('engine:compare')).toHaveLength(1);
    pricing.invalidate();
    pricing.schedule(request(1));
    expect(api.calls('engine:compare')).toHaveLength(2);
  });
});
