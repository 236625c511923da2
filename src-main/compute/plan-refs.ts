import type { Plan } from '../../src-shared/plan-schema';
import { deepFreeze } from '../deep-freeze';
import type { Task } from './protocol';

// Plans go to each worker once, not in every message. A comparison of a family with two employers carries
// the whole library (nine plans, about 600 KB): copying it into both workers for every edit cost the main
// thread the copies and each worker their reading, and the worker's compile cache its key (the plan's
// text). The main process hands out shared, frozen plan objects (store/plans.repo.ts listPlansToPrice),
// so an object is a plan's identity here: the pool numbers each object once, sends its number with the
// plan to a worker that has not seen it, and the number alone to one that has. Both sides keep the most
// recently used numbers in the same order (one message stream per worker), the worker twice as many as
// the pool counts on, so a number the pool sends alone is always one the worker still holds.

/** A plan in a message: its number, with the plan itself when the worker may not hold it. */
export interface PlanRef {
  key: number;
  plan?: Plan;
}

/** A task as a message carries it: plan lists as references (a priced claim list's one plan stays whole). */
export type TaskMessage = (Omit<Extract<Task, { plans: Plan[] }>, 'plans'> & { plans: PlanRef[] }) | Exclude<Task, { plans: Plan[] }>;

/** What the pool counts on a worker holding; the worker holds twice as many. */
export const KNOWN_PLANS = 32;
export const HELD_PLANS = KNOWN_PLANS * 2;

/** Most recently used last: touching a key moves it to the end, the oldest is dropped past `capacity`. */
class RecentKeys<V> {
  private readonly map = new Map<number, V>();
  constructor(private readonly capacity: number) {}

  get(key: number): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  set(key: number, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as number);
  }
}

const keys = new WeakMap<Plan, number>();
let nextKey = 1;

/** The pool's side, one per worker: which plans this worker was sent. */
export class SentPlans {
  private known = new RecentKeys<true>(KNOWN_PLANS);

  /** A message that did not reach the worker: count on nothing, so the next ones carry their plans whole. */
  forget(): void {
    this.known = new RecentKeys<true>(KNOWN_PLANS);
  }

  message(task: Task): TaskMessage {
    if (!('plans' in task)) return task;
    const plans = task.plans.map((plan): PlanRef => {
      let key = keys.get(plan);
      if (key === undefined) keys.set(plan, (key = nextKey++));
      // get() moves a known number to the most recent end, as the worker's own lookup does.
      const known = this.known.get(key) !== undefined;
      if (!known) this.known.set(key, true);
      return known ? { key } : { key, plan };
    });
    return { ...task, plans } as TaskMessage;
  }
}

/** The worker's side: the plans it was sent, by number. */
export class HeldPlans {
  private readonly held = new RecentKeys<Plan>(HELD_PLANS);

  task(message: TaskMessage): Task {
    if (!('plans' in message)) return message;
    const plans = message.plans.map((ref) => {
      if (ref.plan) {
        // Frozen, as the main process's are: the compile cache keys its work by this object.
        const plan = deepFreeze(ref.plan);
        this.held.set(ref.key, plan);
        return plan;
      }
      const plan = this.held.get(ref.key);
      if (!plan) throw new RangeError(`plan #${ref.key} was not sent to this worker`);
      return plan;
    });
    return { ...message, plans } as Task;
  }
}
