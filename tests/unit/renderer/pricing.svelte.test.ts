import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareResult } from '../../../src-shared/compare-result-schema';
import type { CompareRequest } from '../../../src-shared/household-schema';
import { ANSWERS_KEPT, DEBOUNCE_MS, PricingState } from '../../../src-renderer/src/state/pricing.svelte';
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

  it('shows the figures of inputs already priced at once, without asking the main process again', async () => {
    const api = new FakeApi({
      'engine:compare': (args) => result(`${(args as CompareRequest & { household: { care: { visits: number } } }).household.care.visits} visits`),
    });
    const pricing = new PricingState(api);
    pricing.schedule(request(1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pricing.schedule(request(2));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(pricing.result).toEqual(result('2 visits'));
    pricing.schedule({ ...request(1), priority: 'balanced' });
    expect(pricing.result).toEqual(result('1 visits'));
    expect(pricing.status).toBe('ready');
    expect(pricing.resultRequest?.priority).toBe('balanced');
    expect(api.calls('engine:compare')).toHaveLength(2);
  });

  it('keeps an answer that came after newer inputs, shows it only when those inputs come back', async () => {
    const api = new FakeApi();
    const pricing = new PricingState(api);
    pricing.schedule(request(1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pricing.schedule(request(2));
    const [one, two] = api.calls('engine:compare');
    one?.answer(result('one visit'));
    await vi.advanceTimersByTimeAsync(0);
    expect(pricing.result).toBeNull();
    two?.answer(result('two visits'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pricing.schedule(request(1));
    expect(pricing.result).toEqual(result('one visit'));
    expect(api.calls('engine:compare')).toHaveLength(2);
  });

  it('forgets the answers kept on End session, even one still on its way, and when the plans change', async () => {
    const api = new FakeApi();
    const pricing = new PricingState(api);
    pricing.schedule(request(1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    api.calls('engine:compare')[0]?.answer(result('the last client'));
    await vi.advanceTimersByTimeAsync(0);
    pricing.schedule(request(2));
    pricing.clear();
    api.calls('engine:compare')[1]?.answer(result('also the last client'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    for (const visits of [1, 2]) {
      pricing.schedule(request(visits));
      expect(pricing.result).toBeNull();
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    }
    expect(api.calls('engine:compare')).toHaveLength(4);
    api.calls('engine:compare')[3]?.answer(result('two visits, new client'));
    await vi.advanceTimersByTimeAsync(0);
    pricing.invalidate();
    pricing.schedule(request(1));
    pricing.schedule(request(2));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(api.calls('engine:compare')).toHaveLength(6);
  });

  it(`keeps the last ${ANSWERS_KEPT} answers`, async () => {
    const api = new FakeApi({ 'engine:compare': () => result('priced') });
    const pricing = new PricingState(api);
    for (let visits = 0; visits <= ANSWERS_KEPT; visits++) {
      pricing.schedule(request(visits));
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    }
    const asked = api.calls('engine:compare').length;
    pricing.schedule(request(1));
    expect(api.calls('engine:compare')).toHaveLength(asked);
    pricing.schedule(request(0));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(api.calls('engine:compare')).toHaveLength(asked + 1);
  });
});
