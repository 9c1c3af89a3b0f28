/**
 * Worker thread of `whosaid` batches: loads the library once, then processes the jobs
 * the main thread sends, one at a time, and posts back each rendered record.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runJob, warmUp } from "./process-job";
import type { Job, JobSettings } from "./run-job";

/** Main thread → worker. */
export interface WorkerRequest {
  readonly seq: number;
  readonly job: Job;
}

/** Worker → main thread: `ready` once loaded, then one reply per request. */
export type WorkerReply =
  | { readonly type: "ready" }
  | { readonly type: "done"; readonly seq: number; readonly outcome: ReturnType<typeof runJob> };

if (parentPort) {
  const port = parentPort;
  const settings = workerData as JobSettings;
  port.on("message", (request: WorkerRequest) => {
    const reply: WorkerReply = { type: "done", seq: request.seq, outcome: runJob(request.job, settings) };
    port.postMessage(reply);
  });
  warmUp();
  port.postMessage({ type: "ready" } satisfies WorkerReply);
}
