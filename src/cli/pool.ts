import { Worker } from "node:worker_threads";
import { keyLabel, renderRecord, runJob, type Job, type JobError, type JobSettings, type Outcome } from "./run-job";
import type { WorkerReply, WorkerRequest } from "./worker";

/** Runs jobs somewhere and resolves with their outcomes; `run` rejects only on a fatal failure. */
export interface Processor {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

/** Processes jobs on the main thread (`--jobs 1`): no threads, no copies. */
export class InProcessProcessor implements Processor {
  constructor(private readonly settings: JobSettings) {}

  run(job: Job): Promise<Outcome> {
    return Promise.resolve(runJob(job, this.settings));
  }

  async close(): Promise<void> {}
}

/** Workers that die before they have loaded, in a row, after which the pool gives up. */
const MAX_START_FAILURES = 3;

interface Task {
  readonly seq: number;
  readonly job: Job;
  readonly resolve: (outcome: Outcome) => void;
  readonly reject: (err: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  dead: boolean;
  task: Task | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** The key of an error record for a job whose worker died: the id is read from the line if it parses. */
function failedOutcome(job: Job, error: JobError, settings: JobSettings): Outcome {
  let key: { path: string } | { id: unknown };
  if (job.kind === "line") {
    let id: unknown = null;
    try {
      const parsed = JSON.parse(job.line) as { id?: unknown } | null;
      if (parsed && typeof parsed === "object") id = parsed.id ?? null;
    } catch {
      /* the worker would have said so; keep null */
    }
    key = { id };
  } else key = job.kind === "failed" ? { id: null } : { path: job.path };
  return { out: renderRecord(key, { error }, settings.output), error, label: keyLabel(key) };
}

/**
 * A fixed number of worker threads, each loading the library once and working on one
 * job at a time. A worker that crashes or overruns `timeout` is replaced, and its job
 * gets an error record (`ERR_WORKER_CRASHED`, `ERR_TIMEOUT`).
 */
export class WorkerPool implements Processor {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly queue: Task[] = [];
  private seq = 0;
  private startFailures = 0;
  private fatal: Error | null = null;
  private closed = false;

  constructor(
    size: number,
    private readonly settings: JobSettings,
    private readonly timeout: number,
    private readonly workerUrl: URL,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(job: Job): Promise<Outcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(slots.map((s) => {
      s.dead = true;
      return s.worker.terminate();
    }));
  }

  private spawn(): void {
    const worker = new Worker(this.workerUrl, { workerData: this.settings });
    const slot: Slot = { worker, ready: false, dead: false, task: null, timer: null };
    this.slots.add(slot);
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "ready") {
        slot.ready = true;
        this.startFailures = 0;
        this.idle.push(slot);
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.seq !== reply.seq) return;
      this.finish(slot);
      task.resolve(reply.outcome);
      this.idle.push(slot);
      this.pump();
    });
    worker.on("error", (err) => this.onDeath(slot, err));
    worker.on("exit", (code) => this.onDeath(slot, new Error(`worker exited with code ${code}`)));
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  private onDeath(slot: Slot, err: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.delete(slot);
    const i = this.idle.indexOf(slot);
    if (i !== -1) this.idle.splice(i, 1);
    const task = slot.task;
    this.finish(slot);
    void slot.worker.terminate();
    if (this.closed) return;
    if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      this.fail(new Error(`cannot start worker threads: ${err.message}`), task);
      return;
    }
    if (task) {
      task.resolve(failedOutcome(task.job, { code: "ERR_WORKER_CRASHED", message: `worker crashed: ${err.message}` }, this.settings));
    }
    this.spawn();
  }

  private fail(err: Error, task: Task | null): void {
    this.fatal = err;
    task?.reject(err);
    for (const t of this.queue.splice(0)) t.reject(err);
    for (const s of this.slots) s.task?.reject(err);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.pop()!;
      const task = this.queue.shift()!;
      slot.task = task;
      if (this.timeout > 0) {
        slot.timer = setTimeout(() => {
          const t = slot.task;
          if (!t || slot.dead) return;
          slot.dead = true;
          this.slots.delete(slot);
          this.finish(slot);
          void slot.worker.terminate();
          t.resolve(failedOutcome(t.job, {
            code: "ERR_TIMEOUT",
            message: `gave up after ${this.timeout} ms`,
          }, this.settings));
          this.spawn();
        }, this.timeout);
      }
      const request: WorkerRequest = { seq: task.seq, job: task.job };
      slot.worker.postMessage(request);
    }
  }
}

/** A processor for `jobs` threads; one thread without a timeout runs in-process. */
export function createProcessor(jobs: number, settings: JobSettings, timeout: number, workerUrl: URL): Processor {
  return jobs <= 1 && timeout === 0 ? new InProcessProcessor(settings) : new WorkerPool(jobs, settings, timeout, workerUrl);
}
