/** Processing one batch job with the library: loaded by the worker threads only. */
import { INVALID_UTF8_WARNING } from "../decode";
import { extractQuotes } from "../index";
import { DEFAULT_MAX_INPUT_BYTES } from "../limits";
import type { ExtractOptions, Result } from "../types";
import { rawJsonId } from "./raw-json-id";
import { maybeGunzip, readArticleFile } from "./read-input";
import { describeFsError, keyLabel, lineText, renderRecord, toJobError, type Job, type JobSettings, type Key, type Outcome, type JobError, type RecordFormat } from "./run-job";

function fail(key: Key, error: JobError, output: RecordFormat): Outcome {
  return { out: renderRecord(key, { error }, output), error, label: keyLabel(key) };
}

function extract(key: Key, input: string | Uint8Array | (() => Uint8Array), options: ExtractOptions, settings: JobSettings, invalidUtf8 = false): Outcome {
  let result: Result;
  try {
    result = extractQuotes(typeof input === "function" ? input() : input, options);
  } catch (err) {
    return fail(key, toJobError(err), settings.output);
  }
  // The line's bytes were not valid UTF-8 and the article holds what replaced them: the warning that
  // reading the same bytes from a file gives.
  if (invalidUtf8 && typeof input === "string" && input.includes("\ufffd")) {
    result = { ...result, warnings: [{ ...INVALID_UTF8_WARNING }, ...result.warnings] };
  }
  return { out: renderRecord(key, { result }, settings.output, settings.filters), error: null, label: keyLabel(key) };
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Whether the bytes of a line were not valid UTF-8 (checked only when the decoded line holds U+FFFD). */
function isInvalidUtf8(line: string, bytes: Uint8Array): boolean {
  if (!line.includes("\ufffd")) return false;
  try {
    STRICT_UTF8.decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** Parses one NDJSON line and processes the article in it. */
function runLine(line: string, lineNo: number, settings: JobSettings, invalidUtf8: boolean): Outcome {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return fail({ id: null }, { code: "ERR_INVALID_JSON", message: `line ${lineNo}: invalid JSON: ${reason}` }, settings.output);
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return fail({ id: null }, { code: "ERR_INVALID_RECORD", message: `line ${lineNo}: expected an object` }, settings.output);
  }
  const r = record as { id?: unknown; html?: unknown; text?: unknown };
  const key = { id: r.id ?? null, rawId: r.id === undefined ? null : rawJsonId(line) };
  const format = settings.extract.format;
  if (typeof r.html === "string") {
    return extract(key, r.html, settings.extract, settings, invalidUtf8);
  }
  if (typeof r.text === "string") {
    // A record that says "text" is plain text unless --input-format says otherwise.
    return extract(key, r.text, { ...settings.extract, format: format ?? "text" }, settings, invalidUtf8);
  }
  return fail(key, {
    code: "ERR_INVALID_RECORD",
    message: `line ${lineNo}: expected a string "html" or "text" field`,
  }, settings.output);
}

/**
 * Runs the library once on a short article, so that what it builds on first use (lexicon
 * expansions, compiled code) is ready before the first real article: a `--timeout` then
 * measures articles, not the library's start. Never throws.
 */
export function warmUp(): void {
  try {
    extractQuotes("“We are ready,” Ms Lee said. She said that the talks would go on.");
  } catch {
    /* a broken library shows on the first real job */
  }
}

/** Processes one job; never throws. */
export function runJob(job: Job, settings: JobSettings): Outcome {
  const limit = settings.extract.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  try {
    switch (job.kind) {
      case "failed":
        return fail(job.path === null ? { id: null } : { path: job.path }, job.error, settings.output);
      case "line": {
        const line = lineText(job.bytes);
        return runLine(line, job.lineNo, settings, isInvalidUtf8(line, job.bytes));
      }
      case "bytes": {
        const key = job.url !== undefined ? { path: job.path, url: job.url } : { path: job.path };
        const options = job.contentType ? { ...settings.extract, contentType: job.contentType } : settings.extract;
        // Gunzipped lazily inside extract(), so a gzip error or bomb becomes this record's error.
        return extract(key, job.gunzipped ? job.bytes : () => maybeGunzip(job.bytes, job.url ?? job.path, limit), options, settings);
      }
      case "file": {
        let bytes: Uint8Array;
        try {
          // Size checked before reading: a symlink to /dev/zero or a huge file is refused, not read.
          bytes = readArticleFile(job.path, limit);
        } catch (err) {
          if (typeof (err as { code?: unknown }).code === "string" && (err as { code: string }).code.startsWith("ERR_")) {
            return fail({ path: job.path }, toJobError(err), settings.output);
          }
          const code = (err as { code?: unknown }).code;
          return fail({ path: job.path }, {
            code: typeof code === "string" ? code : "ERR_READ",
            message: `cannot read ${job.path}: ${describeFsError(err)}`,
          }, settings.output);
        }
        return extract({ path: job.path }, bytes, settings.extract, settings);
      }
    }
  } catch (err) {
    // Rendering a result should not fail; if it does, it is still one article's problem.
    const key = job.kind === "line" || job.kind === "failed" ? { id: null } : { path: job.path };
    return fail(key, toJobError(err), settings.output);
  }
}
