/**
 * Fetching an article from an http(s) URL with Node's built-in `fetch`: a time limit for the
 * whole exchange, at most `MAX_REDIRECTS` redirects (followed here, so each hop is checked),
 * a size cap enforced while the body streams in (after any Content-Encoding is undone, so a
 * compressed bomb stops at the cap), and clear errors for HTTP errors and content that is not
 * a web page.
 */
import { DEFAULT_MAX_INPUT_BYTES } from "../limits";

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

/** Default time limit for one fetch, redirects included, in milliseconds. */
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** Content types read as articles; anything else (PDF, images, JSON …) is refused. */
export const ARTICLE_CONTENT_TYPES: readonly string[] = ["text/html", "application/xhtml+xml", "text/plain"];

/** What went wrong fetching a URL; `code` is the error record's code. */
export class FetchError extends Error {
  constructor(
    readonly code: "ERR_FETCH" | "ERR_HTTP" | "ERR_NOT_HTML" | "ERR_TOO_MANY_REDIRECTS" | "ERR_FETCH_TIMEOUT" | "ERR_INPUT_TOO_LARGE",
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

/** A fetched page. */
export interface Fetched {
  /** The URL the page came from, after redirects. */
  readonly url: string;
  readonly bytes: Uint8Array;
  /** The `Content-Type` header, or null without one. */
  readonly contentType: string | null;
}

/** Options for `fetchArticle`. */
export interface FetchOptions {
  /** @default DEFAULT_FETCH_TIMEOUT_MS */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes (decoded). @default DEFAULT_MAX_INPUT_BYTES */
  readonly maxBytes?: number;
}

/** Whether a command-line argument is an http(s) URL rather than a path. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** `text/html; charset=x` → `text/html`. */
function mediaType(contentType: string): string {
  return contentType.split(";")[0]!.trim().toLowerCase();
}

/** Reads a body up to `limit` bytes; cancels the stream and throws past it. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  // Content-Length counts encoded bytes; only an identity body can be refused before reading.
  if (!response.headers.get("content-encoding") && Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new FetchError("ERR_INPUT_TOO_LARGE", `the page is ${declared} bytes, more than the limit (${limit})`);
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new FetchError("ERR_INPUT_TOO_LARGE", `the page is more than the limit (${limit} bytes)`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Fetches an article. Follows up to `MAX_REDIRECTS` redirects; refuses HTTP errors, content
 * types other than HTML or plain text (a missing Content-Type is accepted) and bodies larger
 * than `maxBytes`; gives up after `timeoutMs`.
 * @throws {FetchError} With a code for the error record and a one-line message.
 */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const limit = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: "manual",
          signal,
          headers: { accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8" },
        });
      } catch (err) {
        if (signal.aborted) throw err;
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        throw new FetchError("ERR_FETCH", `cannot fetch ${current}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new FetchError("ERR_TOO_MANY_REDIRECTS", `more than ${MAX_REDIRECTS} redirects from ${url}`);
        const next = new URL(response.headers.get("location")!, current);
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new FetchError("ERR_FETCH", `${current} redirects to ${next.protocol} URL, not http(s)`);
        }
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError("ERR_HTTP", `${current}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      }
      const contentType = response.headers.get("content-type");
      if (contentType !== null && !ARTICLE_CONTENT_TYPES.includes(mediaType(contentType))) {
        await response.body?.cancel();
        throw new FetchError("ERR_NOT_HTML", `${current} is ${mediaType(contentType) || "of no type"}, not an HTML page or text`);
      }
      return { url: current, bytes: await readCapped(response, limit), contentType };
    }
  } catch (err) {
    if (signal.aborted && !(err instanceof FetchError)) {
      throw new FetchError("ERR_FETCH_TIMEOUT", `${url}: no complete answer within ${timeoutMs} ms`);
    }
    throw err;
  }
}
