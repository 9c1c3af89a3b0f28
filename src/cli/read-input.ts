/**
 * Reading an article from a path without trusting what the path is. The size of a regular file
 * is checked before a byte is read, so a 5 GB file costs nothing; anything else (a FIFO, `<(…)`,
 * a character device such as a symlink to `/dev/zero`) is read in chunks and given up on as soon
 * as it passes the limit, instead of being read until memory runs out.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { InputTooLargeError } from "../errors";

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
