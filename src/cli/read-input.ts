/**
 * Reading an article from a path without trusting what the path is. The size of a regular file
 * is checked before a byte is read, so a 5 GB file costs nothing; anything else (a FIFO, `<(…)`,
 * a character device such as a symlink to `/dev/zero`) is read in chunks and given up on as soon
 * as it passes the limit, instead of being read until memory runs out.
 *
 * Compressed articles are gunzipped: `.gz` files and anything that starts with gzip's magic bytes. The size limit applies to
 * the decompressed bytes and is enforced while decompressing, so a gzip bomb stops at the
 * limit instead of filling memory.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { InputTooLargeError } from "../errors";
import { DEFAULT_MAX_INPUT_BYTES } from "../limits";

const CHUNK = 1 << 16;

/**
 * Reads at most `limit` bytes from `path`.
 * @throws {InputTooLargeError} When the file is larger than `limit` (a stream: when it goes on past it).
 * @throws The `fs` error when the path cannot be opened or read.
 */
export function readInputFile(path: string, limit: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const st = fstatSync(fd);
    if (st.isFile()) {
      if (st.size > limit) throw new InputTooLargeError(st.size, limit);
    } else if (st.isDirectory()) {
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
    }
    // Read to the end even for a regular file: it may have grown since fstat.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, limit + 1 - total)));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > limit) throw new InputTooLargeError(total, limit);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input) to its end, giving up as soon as it passes `limit` bytes. */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) throw new InputTooLargeError(total, limit);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

/** An article that is larger than the limit once decompressed (the code the library's `InputTooLargeError` has). */
export class DecompressedTooLargeError extends RangeError {
  readonly code = "ERR_INPUT_TOO_LARGE";
  constructor(readonly limit: number) {
    super(`Input is more than ${limit} bytes once decompressed (maxInputBytes)`);
    this.name = "DecompressedTooLargeError";
  }
}

/** A gzip stream that cannot be decompressed. */
export class BadGzipError extends Error {
  readonly code = "ERR_BAD_GZIP";
  constructor(reason: string) {
    super(`not a valid gzip file: ${reason}`);
    this.name = "BadGzipError";
  }
}

/** Whether the bytes start with gzip's magic number (1F 8B). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Gunzips `bytes` when they are gzip (by their magic bytes, or because `name` ends in `.gz`);
 * other bytes are returned as they are. At most `limit` bytes are produced.
 * @throws {DecompressedTooLargeError} When the decompressed article is larger than `limit`.
 * @throws {BadGzipError} When the bytes claim to be gzip but are not valid.
 */
export function maybeGunzip(bytes: Uint8Array, name: string, limit: number = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  const named = name.toLowerCase().endsWith(".gz");
  if (!isGzip(bytes) && !(named && bytes.length > 0)) return bytes;
  let out: Buffer;
  try {
    // One byte more than the limit tells "exactly at the limit" from "over it".
    out = gunzipSync(bytes, { maxOutputLength: limit + 1 });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw new DecompressedTooLargeError(limit);
    throw new BadGzipError(err instanceof Error ? err.message : String(err));
  }
  if (out.length > limit) throw new DecompressedTooLargeError(limit);
  return out;
}

/** Reads a file's bytes (bounded, see `readInputFile`), gunzipped when compressed. Errors from the file system are thrown as they are. */
export function readArticleFile(path: string, limit: number = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  return maybeGunzip(readInputFile(path, limit), path, limit);
}
