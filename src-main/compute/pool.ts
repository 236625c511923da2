import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../src-shared/result';
import type { YearRange } from '../compare';
import { SentPlans } from './plan-refs';
import { rangeBuffers, type FromWorker, type Task, type ToWorker, type WorkerInit } from './protocol';

// The compute pool: every comparison, explanation and pricing runs here, on worker threads, never on the
// main process's event loop (which keeps answering the window, the web host and Ctrl+C meanwhile). One
// worker per core. A comparison takes every worker at once (they share its years chunk by chunk, the
// lead joins them), so two comparisons can never wait on each other's parts. Jobs carry a lane (the
// window or browser tab that asked): a newer job in the same lane cancels the older one, which answers
// CANCELLED at once; End session and window close cancel a lane's work the same way.

export interface PoolOptions {
  appRoot: string;
  /** Worker threads; default one per core (at least one). */
  size?: number;
  /** The worker's entry: the bundled worker in the Electron build; default the TypeScript sources via tsx. */
  entry?: URL;
}

export type JobKind = 'compare' | 'explain' | 'price';

interface Job {
  id: number;
  lane: string | null;
  tasks: Task[];
  cancel: SharedArrayBuffer;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** Workers running this job's tasks (task index = position). */
  workers: Slot[];
  done: boolean;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  part: number;
  /** The plans this worker was sent (each goes once; later messages name it). */
  sent: SentPlans;
}

/** The lane of the warm-up comparison (no window or tab has it: theirs are "<client>:<channel>"). */
export const WARM_UP_LANE = '(warm-up)';

function defaultEntry(): { file: URL; entry?: string } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { file: new URL('./worker-boot.mjs', here), entry: new URL('./worker.ts', here).href };
  // Bundled: the main process's bundle sits beside the worker's (electron.vite.config.ts).
  return { file: new URL('./compute-worker.js', here) };
}

export class ComputePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  readonly size: number;

  constructor(private readonly options: PoolOptions) {
    this.size = Math.max(1, options.size ?? availableParallelism());
  }

  /** Runs a comparison split over every worker. */
  compare(task: Omit<Extract<Task, { type: 'compare-lead' }>, 'type' | 'chunks' | 'parts'>, lane: string | null): Promise<unknown> {
    // One counter of the years' chunks for every worker of the job (protocol.ts claimChunks).
    const chunks = new SharedArrayBuffer(4);
    const tasks: Task[] = Array.from({ length: this.size }, (_, j) =>
      j === 0 ? { type: 'compare-lead', ...task, chunks, parts: this.size } : { type: 'compare-part', plans: task.plans, request: task.request, chunks },
    );
    return this.submit(tasks, lane);
  }

  /**
   * Starts every worker and runs one comparison on them in a lane of its own, so that the first
   * comparison a counselor asks for finds the workers' code loaded and compiled: the first one after a
   * start took 2.9 s instead of ~0.15 s (loading the sources and the tables, then the engine's code
   * compiled while it runs). Any other job cancels it (see submit), so it never delays one by more than
   * a few years' work; its answer is dropped. Resolves true when it ran to the end.
   */
  warmUp(task: Omit<Extract<Task, { type: 'compare-lead' }>, 'type' | 'chunks' | 'parts'>): Promise<boolean> {
    return this.compare(task, WARM_UP_LANE).then(
      () => true,
      () => false,
    );
  }

  /** Runs one task on one worker. */
  run(task: Extract<Task, { type: 'explain' | 'explain-arrangement' | 'price' }>, lane: string | null): Promise<unknown> {
    return this.submit([task], lane);
  }

  /** Cancels every queued or running job of a lane (a lane prefix ends with ":" to cancel a window's every lane). */
  cancelLane(lane: string): number {
    const matches = (job: Job): boolean => job.lane !== null && (lane.endsWith(':') ? job.lane.startsWith(lane) : job.lane === lane);
    let n = 0;
    for (const job of [...this.queue, ...this.running()]) {
      if (!job.done && matches(job)) {
        this.cancelJob(job);
        n++;
      }
    }
    return n;
  }

  /** Cancels everything (End session on a kiosk: nothing of the last client may still be computing). */
  cancelAll(): number {
    let n = 0;
    for (const job of [...this.queue, ...this.running()]) {
      if (!job.done) {
        this.cancelJob(job);
        n++;
      }
    }
    return n;
  }

  /** Jobs waiting and running, for tests and the benchmark. */
  get load(): { queued: number; running: number } {
    return { queued: this.queue.length, running: this.running().length };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancelAll();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private running(): Job[] {
    return [...new Set(this.slots.map((s) => s.job).filter((j): j is Job => j !== null))];
  }

  private submit(tasks: Task[], lane: string | null): Promise<unknown> {
    if (this.closed) return Promise.reject(new AppError('UNAVAILABLE', 'The app is closing.'));
    if (lane !== null) this.cancelLane(lane);
    if (lane !== WARM_UP_LANE) this.cancelLane(WARM_UP_LANE);
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, lane, tasks, cancel: new SharedArrayBuffer(4), resolve, reject, workers: [], done: false };
      this.queue.push(job);
      this.pump();
    });
  }

  private cancelJob(job: Job): void {
    Atomics.store(new Int32Array(job.cancel), 0, 1);
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    // The lead may be waiting for parts that will never come.
    job.workers[0]?.worker.postMessage({ kind: 'cancel', id: job.id } satisfies ToWorker);
    this.settle(job, new AppError('CANCELLED', 'This request was replaced by a newer one or the session ended.'));
  }

  private settle(job: Job, error: unknown, value?: unknown): void {
    if (job.done) return;
    job.done = true;
    if (error) job.reject(error);
    else job.resolve(value);
  }

  /** Starts queued jobs, first come first served, while enough workers are free. */
  private pump(): void {
    while (this.queue.length > 0) {
      const job = this.queue[0] as Job;
      this.ensureWorkers();
      const free = this.slots.filter((s) => s.job === null);
      if (free.length < job.tasks.length) return;
      this.queue.shift();
      job.tasks.forEach((task, part) => {
        const slot = free[part] as Slot;
        slot.job = job;
        slot.part = part;
        job.workers[part] = slot;
        try {
          slot.worker.postMessage({ kind: 'run', id: job.id, task: slot.sent.message(task), cancel: job.cancel } satisfies ToWorker);
        } catch (error) {
          // Not sent: the worker holds none of the plans this message would have brought it.
          slot.sent.forget();
          throw error;
        }
      });
    }
  }

  private ensureWorkers(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const { file, entry } = this.options.entry ? { file: this.options.entry, entry: undefined } : defaultEntry();
    const init: WorkerInit = { appRoot: this.options.appRoot, ...(entry ? { entry } : {}) };
    const worker = new Worker(file, { workerData: init });
    // A worker waiting for work must not keep the command line's process alive.
    worker.unref();
    const slot: Slot = { worker, job: null, part: 0, sent: new SentPlans() };
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (error) => this.onCrash(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.onCrash(slot, new Error(`compute worker exited with code ${code}`));
    });
    return slot;
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    const job = slot.job;
    slot.job = null;
    if (job && job.id === message.id) {
      const isPart = slot.part > 0 && job.tasks[slot.part]?.type === 'compare-part';
      if (!message.ok) {
        if (message.error.code !== 'CANCELLED' && !job.done) {
          // One part failed: the whole comparison fails with its error, and the other parts stop.
          Atomics.store(new Int32Array(job.cancel), 0, 1);
          job.workers[0]?.worker.postMessage({ kind: 'cancel', id: job.id } satisfies ToWorker);
          const { code, message: text, issues, said, problems } = message.error;
          this.settle(job, new AppError(code, text, issues, { ...(said ? { said } : {}), ...(problems ? { problems } : {}) }));
        }
      } else if (isPart) {
        if (!job.done) {
          const ranges = message.value as YearRange[];
          job.workers[0]?.worker.postMessage({ kind: 'part', id: job.id, ranges } satisfies ToWorker, rangeBuffers(ranges));
        }
      } else {
        this.settle(job, null, message.value);
      }
    }
    this.pump();
  }

  private onCrash(slot: Slot, error: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    console.error('[compute] a worker stopped:', error);
    if (slot.job) {
      const job = slot.job;
      Atomics.store(new Int32Array(job.cancel), 0, 1);
      this.settle(job, new AppError('INTERNAL', 'Something went wrong inside the app. Nothing was changed.'));
      for (const other of job.workers) if (other !== slot && other.job === job) other.worker.postMessage({ kind: 'cancel', id: job.id } satisfies ToWorker);
    }
    if (!this.closed) this.pump();
  }
}
