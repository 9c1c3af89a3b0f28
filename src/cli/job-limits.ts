/**
 * Limits of a run: the time one article may take, how many worker threads run and the heap each
 * may use. Each worker holds the library's tables and a heap sized for the largest article the
 * run accepts, so threads beyond the cores only add memory (`--jobs 64` took 2.6 GB for 200
 * small records) without adding speed.
 */

/** Default of `--timeout`: an article that takes longer gets an `ERR_TIMEOUT` record and the run goes on. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Most worker threads even with `--force-jobs`. */
export const MAX_FORCED_JOBS = 256;

/**
 * The number of worker threads to start: what was asked, at most the number of cores unless
 * forced (then at most `MAX_FORCED_JOBS`), and never more than there are articles.
 */
export function effectiveJobs(requested: number, force: boolean, cores: number, articles: number | null): { jobs: number; capped: boolean } {
  const ceiling = force ? MAX_FORCED_JOBS : Math.max(1, cores);
  const jobs = Math.max(1, Math.min(requested, ceiling, articles ?? Infinity));
  return { jobs, capped: requested > ceiling };
}

/**
 * Old-generation heap of a worker beyond what its articles need: the library's tables (about
 * 30 MB once loaded), the small article the worker warms up on, and headroom.
 */
export const WORKER_HEAP_BASE_MB = 64;

/**
 * Old-generation heap a worker needs per MB of article, with a margin. Measured with
 * `node bench/worker-heap.mjs` (the least heap under which the batch worker still answers, per
 * shape of bench/pathological-inputs.mjs): the worst shapes need about 250 MB per MB
 * (`blank-lines`: hundreds of thousands of one-letter paragraphs, each an object of the result;
 * straight-quote floods about 100), ordinary news far less. An NDJSON line adds its own text,
 * at most 6 × 2 bytes per byte of article (escapes, two-byte strings): 12 MB per MB.
 */
export const WORKER_HEAP_MB_PER_INPUT_MB = 300;

/**
 * The old-generation ceiling of each worker for a run whose articles are at most `maxInputBytes`
 * long: `WORKER_HEAP_BASE_MB + WORKER_HEAP_MB_PER_INPUT_MB × maxInputBytes / 1 MB`, so that any
 * article within the size limit fits (3,064 MB for the default 10 MB). It is a ceiling, not a
 * reservation: V8 takes heap as an article needs it, and the young generation stays small.
 */
export function workerOldGenerationMb(maxInputBytes: number): number {
  return Math.ceil(WORKER_HEAP_BASE_MB + (WORKER_HEAP_MB_PER_INPUT_MB * maxInputBytes) / 1_000_000);
}
