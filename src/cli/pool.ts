import { Worker } from "node:worker_threads";
import { DEFAULT_MAX_INPUT_BYTES } from "../limits";
import { workerOldGenerationMb } from "./job-limits";
import { rawJsonId } from "./raw-json-id";
import { keyLabel, lineText, renderRecord, type Job, type Key, type JobError, type JobSettings, type Outcome } from "./run-job";
import type { WorkerReply, WorkerRequest } from "./worker";

/** Runs jobs somewhere and resolves with their outcomes; `run` rejects only on a fatal failure. */
export interface Processor {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

/**
 * Young-generation size of each worker's heap: articles are processed one by one and their garbage dies young, so a
 * small nursery keeps the whole batch's memory bounded at little cost in speed.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

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
  /** Jobs sent to this worker and not answered yet, in the order sent (a worker answers in order). */
  readonly tasks: Task[];
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * How many jobs each worker holds at once: the next article is already waiting when one is done, so a worker
 * never idles on the round trip to the main thread. A worker answers in order, so the timeout of the job at
 * the head starts when the answer before it arrives, which is when the worker starts it.
 */
const PIPELINE_DEPTH = 4;

/** The key of an error record for a job whose worker died: the id is read from the line if it parses. */
function failedOutcome(job: Job, error: JobError, settings: JobSettings): Outcome {
  let key: Key;
  if (job.kind === "line") {
    let id: unknown = null;
    let rawId: string | null = null;
    try {
      const line = lineText(job.bytes);
      const parsed = JSON.parse(line) as { id?: unknown } | null;
      if (parsed && typeof parsed === "object" && parsed.id !== undefined) {
        id = parsed.id;
        rawId = rawJsonId(line);
      }
    } catch {
      /* the worker would have said so; keep null */
    }
    key = { id, rawId };
  } else key = job.kind === "failed" ? { id: null } : { path: job.path };
  return { out: renderRecord(key, { error }, settings.output), error, label: keyLabel(key) };
}

/**
 * A fixed number of worker threads, each loading the library once and working through the jobs it is
 * sent in order. A worker that crashes or overruns `timeout` is replaced; the job it was on gets an error
 * record (`ERR_WORKER_CRASHED`, `ERR_TIMEOUT`) and the jobs queued behind it are sent again.
 */
export class WorkerPool implements Processor {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly depth: number;
  /**
   * Old-generation ceiling of each worker's heap, sized from the run's article size limit
   * (`workerOldGenerationMb`) so that an article within the limit never crashes its worker. A worker
   * that dies anyway (a bug) gets its article an `ERR_WORKER_CRASHED` record and is replaced.
   */
  private readonly oldGenerationMb: number;
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
    this.depth = PIPELINE_DEPTH;
    this.oldGenerationMb = workerOldGenerationMb(settings.extract.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES);
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
    const worker = new Worker(this.workerUrl, { workerData: this.settings, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.oldGenerationMb } });
    const slot: Slot = { worker, ready: false, dead: false, tasks: [], timer: null };
    this.slots.add(slot);
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "ready") {
        slot.ready = true;
        this.startFailures = 0;
        this.pump();
        return;
      }
      const task = slot.tasks[0];
      if (!task || task.seq !== reply.seq) return;
      slot.tasks.shift();
      this.clearTimer(slot);
      task.resolve(reply.outcome);
      this.armTimer(slot);
      this.pump();
    });
    worker.on("error", (err) => this.onDeath(slot, err));
    worker.on("exit", (code) => this.onDeath(slot, new Error(`worker exited with code ${code}`)));
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Starts the timeout of the job the worker is on: the first it holds, as it works through them in order. */
  private armTimer(slot: Slot): void {
    if (this.timeout <= 0 || slot.timer || slot.tasks.length === 0) return;
    slot.timer = setTimeout(() => {
      const t = slot.tasks[0];
      if (!t || slot.dead) return;
      slot.dead = true;
      this.slots.delete(slot);
      this.clearTimer(slot);
      slot.tasks.shift();
      this.requeue(slot);
      void slot.worker.terminate();
      t.resolve(failedOutcome(t.job, { code: "ERR_TIMEOUT", message: `gave up after ${this.timeout} ms` }, this.settings));
      this.spawn();
    }, this.timeout);
  }

  /** Jobs a dead worker had not started go back to the front of the queue, in order. */
  private requeue(slot: Slot): void {
    this.queue.unshift(...slot.tasks.splice(0));
  }

  private onDeath(slot: Slot, err: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.delete(slot);
    this.clearTimer(slot);
    const task = slot.tasks.shift() ?? null;
    this.requeue(slot);
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
    for (const s of this.slots) for (const t of s.tasks.splice(0)) t.reject(err);
  }

  /** Sends queued jobs to the ready workers with room, the least loaded first. */
  private pump(): void {
    while (this.queue.length > 0) {
      let best: Slot | null = null;
      for (const s of this.slots) {
        if (s.ready && !s.dead && s.tasks.length < this.depth && (!best || s.tasks.length < best.tasks.length)) best = s;
      }
      if (!best) return;
      const task = this.queue.shift()!;
      best.tasks.push(task);
      const request: WorkerRequest = { seq: task.seq, job: task.job };
      best.worker.postMessage(request);
      this.armTimer(best);
    }
  }
}

/**
 * A processor for `jobs` threads. `--jobs 1` runs in a worker too: the same heap cap, and a timeout that
 * can stop an article, which the main thread could not do to itself.
 */
export function createProcessor(jobs: number, settings: JobSettings, timeout: number, workerUrl: URL): Processor {
  return new WorkerPool(Math.max(1, jobs), settings, timeout, workerUrl);
}
