import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCompareTables, type YearRange } from '../compare';
import { HeldPlans } from './plan-refs';
import type { FromWorker, Task, ToWorker, WorkerInit } from './protocol';
import { Cancelled, errorShape, runTask } from './run-task';

// A compute worker: prices and compares off the main thread, one task at a time. It loads the default
// price and usage tables once and owns the engine's scratch memory for its plans. A job is cancelled
// through its shared flag, which the simulation checks between years.

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const init = workerData as WorkerInit;
const tables = loadCompareTables(join(init.appRoot, 'data'));

/** The plans the pool sent, by the number it gave each (plan-refs.ts). */
const held = new HeldPlans();

/** Other parts' years waiting for (or already delivered to) the lead of each job. */
const parts = new Map<number, { ranges: YearRange[]; arrived: number; need: number; wake: (() => void) | null; cancelled: boolean }>();

function partsOf(id: number) {
  let entry = parts.get(id);
  if (!entry) {
    entry = { ranges: [], arrived: 0, need: 0, wake: null, cancelled: false };
    parts.set(id, entry);
  }
  return entry;
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'part') {
    const entry = partsOf(message.id);
    entry.ranges.push(...message.ranges);
    entry.arrived++;
    entry.wake?.();
    return;
  }
  if (message.kind === 'cancel') {
    const entry = partsOf(message.id);
    entry.cancelled = true;
    entry.wake?.();
    return;
  }
  void run(message);
});

async function run({ id, task: message, cancel }: Extract<ToWorker, { kind: 'run' }>): Promise<void> {
  // First, cancelled or not: the pool counts on this worker holding every plan it was sent.
  let task: Task;
  try {
    task = held.task(message);
  } catch (error) {
    port?.postMessage({ id, ok: false, error: errorShape(error) } satisfies FromWorker);
    return;
  }
  const flag = new Int32Array(cancel);
  const checkpoint = (): void => {
    if (Atomics.load(flag, 0) !== 0) throw new Cancelled();
  };
  const otherParts = (): Promise<YearRange[]> => {
    const entry = partsOf(id);
    entry.need = task.type === 'compare-lead' ? task.parts - 1 : 0;
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (entry.cancelled || Atomics.load(flag, 0) !== 0) reject(new Cancelled());
        else if (entry.arrived >= entry.need) resolve(entry.ranges);
      };
      entry.wake = check;
      check();
    });
  };
  let reply: FromWorker;
  let transfer: ArrayBuffer[] = [];
  try {
    const out = await runTask(task, { tables, checkpoint, otherParts });
    reply = { id, ok: true, value: out.value };
    transfer = out.transfer;
  } catch (error) {
    reply = { id, ok: false, error: errorShape(error) };
  } finally {
    parts.delete(id);
  }
  port?.postMessage(reply, transfer);
}
