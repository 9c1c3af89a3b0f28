import type { ExtractOptions, Result } from "../types";
import { escapeTerminal } from "./escape-terminal";
import { filterResult, type QuoteFilters } from "./filters";
import { formatDelimited } from "./format-csv";
import { formatText } from "./format-text";
import type { OutputFormat } from "./parse-args";
import { tallyArticle } from "./summary";

/** One article to process: a file to read, bytes already read, or one NDJSON line. */
export type Job =
  | { readonly kind: "file"; readonly path: string }
  | {
      readonly kind: "bytes";
      readonly path: string;
      readonly bytes: Uint8Array;
      /** For a fetched page: the URL after redirects, and the HTTP Content-Type (it may name the charset). */
      readonly url?: string;
      readonly contentType?: string | null;
      /** The bytes are the article itself, already gunzipped by the reader (a single-article run): not gunzipped again. */
      readonly gunzipped?: boolean;
    }
  /**
   * One NDJSON line as read: its bytes (without the newline, a final `\r` or a leading byte order mark),
   * decoded by the worker that runs it, so the main thread never turns lines into strings.
   */
  | { readonly kind: "line"; readonly bytes: Uint8Array; readonly lineNo: number }
  | { readonly kind: "failed"; readonly path: string | null; readonly error: JobError };

/** How jobs are processed and rendered; the same for every job of a run. */
export interface JobSettings {
  /** Library options; `format` here is the explicit `--input-format`, if any. */
  readonly extract: ExtractOptions;
  /** How a record is rendered in a batch; `summary` renders an `ArticleTally` as JSON for the main thread. */
  readonly output: RecordFormat;
  /** Quote filters applied to each result before it is rendered. */
  readonly filters?: QuoteFilters;
}

/**
 * How one record is rendered. `single-json` and `single-text` are a single-article run's output: the
 * result as `whosaid one-file` prints it (pretty JSON with the final URL first, or text), nothing for an error.
 */
export type RecordFormat = OutputFormat | "summary" | "single-json" | "single-text";

/** What went wrong with one article, as written in error records. */
export interface JobError {
  readonly code: string;
  readonly message: string;
}

/** A processed job: the rendered record, and the error when it failed. */
export interface Outcome {
  /**
   * The record, rendered for the output format (no separator or trailing newline): a string, or its
   * UTF-8 bytes when a worker thread encoded it (the main thread then writes them as they are).
   */
  readonly out: string | Uint8Array;
  readonly error: JobError | null;
  /** The path, or the id as JSON, for messages. */
  readonly label: string;
}

/**
 * The key of a record: `{path}` for files (and `url`, the final one, for fetched pages), `{id}` for
 * NDJSON lines. `rawId` is the id's JSON text as written in the line, echoed instead of
 * re-serialising `id` (big numbers, escapes stay as they were).
 */
export type Key = { readonly path: string; readonly url?: string } | { readonly id: unknown; readonly rawId?: string | null };

/** The UTF-8 text of a line job's bytes (invalid sequences become U+FFFD, as reading a file does). */
export function lineText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** Error codes of the CLI's own that error records keep (anything else thrown is an internal error). */
const KNOWN_CODES = new Set([
  "ERR_INPUT_TOO_LARGE", "ERR_BAD_GZIP", "ERR_FETCH", "ERR_HTTP", "ERR_NOT_HTML", "ERR_TOO_MANY_REDIRECTS", "ERR_FETCH_TIMEOUT",
]);

/** `ENOENT: no such file or directory, open 'x'` → `no such file or directory`. */
export function describeFsError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^[A-Z0-9_]+: ([^,]+)/.exec(message);
  return m ? m[1]! : message;
}

/** Turns anything `extractQuotes` threw into an error record. */
export function toJobError(err: unknown): JobError {
  const e = err as { code?: unknown; message?: unknown; name?: unknown } | null;
  if (e && typeof e.code === "string" && KNOWN_CODES.has(e.code)) return { code: e.code, message: String(e.message) };
  const message = e && typeof e.message === "string" ? e.message : String(err);
  return { code: "ERR_INTERNAL", message: `internal error: ${message}` };
}

function indent(text: string): string {
  return text.replace(/^/gm, "  ");
}

/** Renders one batch record for the output format (after the filters, when given). */
export function renderRecord(
  key: Key,
  body: { result: Result } | { error: JobError },
  output: RecordFormat,
  filters: QuoteFilters = {},
): string {
  if ("result" in body) body = { result: filterResult(body.result, filters) };
  if (output === "single-json" || output === "single-text") {
    // The caller reports an error on stderr, as for an article it could not read.
    if (!("result" in body)) return "";
    const url = "url" in key ? key.url : undefined;
    return output === "single-text" ? formatText(body.result, url) : JSON.stringify(url === undefined ? body.result : { url, ...body.result }, null, 2) + "\n";
  }
  // Errors of csv, tsv and summary runs go to stderr only; the rows stay one kind of row.
  if (output === "csv" || output === "tsv") return "result" in body ? formatDelimited(body.result, sourceOf(key), output) : "";
  if (output === "summary") return "result" in body ? JSON.stringify(tallyArticle(body.result)) : "";
  if (output === "text") {
    const label = keyLabel(key);
    const text = "result" in body ? formatText(body.result, "url" in key ? key.url : undefined) : `error: ${body.error.message} (${body.error.code})\n`;
    return `== ${escapeTerminal(label)} ==\n${"result" in body ? text : escapeTerminal(text.slice(0, -1)) + "\n"}`;
  }
  if ("id" in key && typeof key.rawId === "string") {
    // The body's own JSON with the raw id put first, where `{ id, ...body }` would have it.
    const rest = output === "json" ? JSON.stringify(body, null, 2) : JSON.stringify(body);
    return output === "json" ? indent(`{\n  "id": ${key.rawId},\n${rest.slice(2)}`) : `{"id":${key.rawId},${rest.slice(1)}`;
  }
  const record = "id" in key ? { id: key.id, ...body } : { ...key, ...body };
  return output === "json" ? indent(JSON.stringify(record, null, 2)) : JSON.stringify(record);
}

/** Where a row came from: the final URL, the path, or the id as given. */
function sourceOf(key: Key): string {
  if ("path" in key) return key.url ?? key.path;
  return typeof key.id === "string" ? key.id : JSON.stringify(key.id) ?? "";
}

/** The path, or the id as JSON, of a record key. */
export function keyLabel(key: Key): string {
  return "path" in key ? key.path : typeof key.rawId === "string" ? key.rawId : JSON.stringify(key.id) ?? "null";
}
