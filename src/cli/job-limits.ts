/**
 * Limits of a batch run: the time one article may take and how many worker threads run. Each
 * worker holds the library's tables and up to a 128 MB heap, so threads beyond the cores only
 * add memory (`--jobs 64` took 2.6 GB for 200 small records) without adding speed.
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
