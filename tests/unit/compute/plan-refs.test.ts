import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareRequest } from '../../../src-shared/household-schema';
import type { Plan } from '../../../src-shared/plan-schema';
import { HeldPlans, KNOWN_PLANS, SentPlans, type TaskMessage } from '../../../src-main/compute/plan-refs';
import type { Task } from '../../../src-main/compute/protocol';

// Each plan goes to a worker once; later messages carry its number (compute/plan-refs.ts). The worker must
// resolve every message to the very plans the pool was asked to send, however the library changes.

const root = join(__dirname, '..', '..', '..');
const fehb = (JSON.parse(readFileSync(join(root, 'data', 'plans', 'fehb-kpco-2022.json'), 'utf8')) as { plans: Plan[] }).plans;
const request = {} as CompareRequest;
const explain = (plans: Plan[]): Task => ({ type: 'explain', plans, request: { request, planId: 'x', year: 0 } }) as unknown as Task;
const sentWhole = (m: TaskMessage): number => ('plans' in m ? m.plans.filter((r) => r.plan !== undefined).length : 0);
/** The message as the worker receives it: a structured copy, as postMessage makes. */
const through = (m: TaskMessage): TaskMessage => structuredClone(m);

describe('plans sent to a worker once, then by number', () => {
  it('the first comparison carries its plans; the next, with the same plans, only their numbers', () => {
    const sent = new SentPlans();
    const held = new HeldPlans();
    const first = sent.message(explain(fehb));
    expect(sentWhole(first)).toBe(3);
    expect(held.task(through(first))).toMatchObject({ plans: fehb });
    const again = sent.message(explain(fehb));
    expect(sentWhole(again)).toBe(0);
    const resolved = held.task(through(again)) as Extract<Task, { plans: Plan[] }>;
    expect(resolved.plans).toEqual(fehb);
    // The worker's plans are frozen: its compile cache keys them by object.
    expect(Object.isFrozen(resolved.plans[0]) && Object.isFrozen(resolved.plans[0]!.benefits)).toBe(true);
  });

  it('an edited plan is another object: it is sent whole, and the worker prices the edit', () => {
    const sent = new SentPlans();
    const held = new HeldPlans();
    held.task(through(sent.message(explain(fehb))));
    const edited: Plan = { ...fehb[1]!, deductible: { ...fehb[1]!.deductible, personCents: 99_900 } } as Plan;
    const message = sent.message(explain([fehb[0]!, edited, fehb[2]!]));
    expect(sentWhole(message)).toBe(1);
    const plans = (held.task(through(message)) as Extract<Task, { plans: Plan[] }>).plans;
    expect(plans[1]!.deductible?.personCents).toBe(99_900);
    expect(plans[0]).toEqual(fehb[0]);
  });

  it('a task without a plan list (a priced claim list) passes unchanged', () => {
    const price = { type: 'price', plan: fehb[0]!, members: [], claims: [], ledger: false } as Task;
    expect(new HeldPlans().task(new SentPlans().message(price))).toBe(price);
  });

  it('many libraries in turn: a number sent alone is always one the worker still holds', () => {
    // 100 plan objects, in tasks of 1–9 of them, in a fixed pseudo-random order.
    const library = Array.from({ length: 100 }, (_, i) => ({ ...fehb[i % 3]!, id: `plan-${i}` }));
    const sent = new SentPlans();
    const held = new HeldPlans();
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
    let byNumber = 0;
    for (let t = 0; t < 2_000; t++) {
      // Mostly a few recent plans (a counselor's edits), sometimes far back in the library.
      const plans = Array.from({ length: 1 + next(9) }, () => library[next(4) === 0 ? next(100) : next(KNOWN_PLANS / 2)]!);
      const message = sent.message(explain(plans));
      if ('plans' in message) byNumber += message.plans.filter((r) => r.plan === undefined).length;
      const resolved = (held.task(through(message)) as Extract<Task, { plans: Plan[] }>).plans;
      expect(resolved.map((p) => p.id)).toEqual(plans.map((p) => p.id));
    }
    expect(byNumber).toBeGreaterThan(5_000);
  });

  it('after a message that did not reach the worker, the next one carries its plans whole', () => {
    const sent = new SentPlans();
    sent.message(explain(fehb));
    sent.forget();
    const again = sent.message(explain(fehb));
    expect(sentWhole(again)).toBe(3);
    expect((new HeldPlans().task(through(again)) as Extract<Task, { plans: Plan[] }>).plans).toEqual(fehb);
  });

  it('a number the worker does not hold is refused, not guessed', () => {
    const message = new SentPlans().message(explain(fehb));
    const numbers = { ...message, plans: 'plans' in message ? message.plans.map((r) => ({ key: r.key })) : [] } as TaskMessage;
    expect(() => new HeldPlans().task(numbers)).toThrow(/was not sent to this worker/);
  });
});
