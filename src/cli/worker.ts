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
  // Records go back as UTF-8 bytes, moved rather than copied: the main thread writes them as they are,
  // without decoding a copy of the string and encoding it again (it is one thread for all the workers).
  // A summary's tally stays a string: the main thread reads it.
  const encode = settings.output !== "summary";
  const encoder = new TextEncoder();
  port.on("message", (request: WorkerRequest) => {
    const outcome = runJob(request.job, settings);
    if (encode && typeof outcome.out === "string") {
      const out = encoder.encode(outcome.out);
      const reply: WorkerReply = { type: "done", seq: request.seq, outcome: { ...outcome, out } };
      port.postMessage(reply, [out.buffer]);
    } else port.postMessage({ type: "done", seq: request.seq, outcome } satisfies WorkerReply);
  });
  warmUp();
  port.postMessage({ type: "ready" } satisfies WorkerReply);
}
