/**
 * Reading an article's bytes from a file or standard input, gunzipping compressed ones:
 * `.gz` files and anything that starts with gzip's magic bytes. The size limit applies to
 * the decompressed bytes and is enforced while decompressing, so a gzip bomb stops at the
 * limit instead of filling memory.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DEFAULT_MAX_INPUT_BYTES } from "../limits";

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

/** Reads a file's bytes, gunzipped when compressed. Errors from the file system are thrown as they are. */
export function readArticleFile(path: string, limit: number = DEFAULT_MAX_INPUT_BYTES): Uint8Array {
  return maybeGunzip(readFileSync(path), path, limit);
}
