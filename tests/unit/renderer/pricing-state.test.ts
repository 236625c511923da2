import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompareRequest } from '../../../src-shared/household-schema';
import { DEBOUNCE_MS, PricingState } from '../../../src-renderer/src/state/pricing.svelte';

// The running estimate's request logic (src-renderer/src/state/pricing.svelte.ts): the first edit is
// sent at once, a burst is sent once at its end, a late answer never overwrites newer inputs, and a
// cancelled request is not an error. The bridge below stands in for the main process: it records each
// request and answers when the test says so.

interface Sent {
  args: CompareRequest;
  answer: (value: unknown) => void;
  fail: (code: string) => void;
}

let sent: Sent[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  const bridge = {
    'engine:compare': (args: CompareRequest) =>
      new Promise((resolve) => {
        sent.push({
          args,
          answer: (value) => resolve({ ok: true, value }),
          fail: (code) => resolve({ ok: false, error: { code, message: code } }),
        });
      }),
  };
  vi.stubGlobal('window', { api: bridge });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const request = (visits: number, priority: CompareRequest['priority'] = 'lowest_expected'): CompareRequest =>
  ({ household: { members: [{ id: 'a', age: 40 }], care: { visits } }, priority, simulations: 10_000, seed: 1 }) as unknown as CompareRequest;

describe('the running estimate', () => {
  it('sends the first edit after a pause at once, without waiting for the debounce', () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    expect(sent).toHaveLength(1);
    expect(pricing.status).toBe('pricing');
  });

  it('sends a burst of edits once, at the end of the window, with the last inputs', async () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    pricing.schedule(request(2));
    pricing.schedule(request(3));
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(sent.map((s) => (s.args.household as unknown as { care: { visits: number } }).care.visits)).toEqual([1, 3]);
  });

  it('drops an answer that arrives after a newer edit, and shows the newer one', async () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    pricing.schedule(request(2));
    expect(sent).toHaveLength(2);
    sent[1]?.answer({ answer: 'two' });
    await vi.advanceTimersByTimeAsync(0);
    sent[0]?.answer({ answer: 'one' });
    await vi.advanceTimersByTimeAsync(0);
    expect(pricing.result).toEqual({ answer: 'two' });
    expect(pricing.status).toBe('ready');
    expect(pricing.stale).toBe(false);
  });

  it('does not re-price for a priority change: the result ranks under every priority', () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    pricing.schedule(request(1, 'lowest_premium'));
    expect(sent).toHaveLength(1);
  });

  it('treats a cancelled request as nothing to show, and prices the same inputs again next time', async () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    sent[0]?.fail('CANCELLED');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(pricing.status).toBe('idle');
    expect(pricing.error).toBeNull();
    pricing.schedule(request(1));
    expect(sent).toHaveLength(2);
  });

  it('shows an error from the main process with its message, and clears it on the next good answer', async () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    sent[0]?.fail('INVALID_ARGUMENT');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(pricing.status).toBe('error');
    expect(pricing.error).toBe('INVALID_ARGUMENT');
    pricing.schedule(request(2));
    sent[1]?.answer({ ok: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(pricing.status).toBe('ready');
    expect(pricing.error).toBeNull();
  });

  it('clears the figures when the inputs become unfinished, and forgets an edit waiting in the window', async () => {
    const pricing = new PricingState();
    pricing.schedule(request(1));
    sent[0]?.answer({ first: true });
    await vi.advanceTimersByTimeAsync(0);
    pricing.schedule(request(2));
    pricing.schedule(null);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(sent).toHaveLength(1);
    expect(pricing.status).toBe('idle');
    expect(pricing.stale).toBe(true);
  });
});
