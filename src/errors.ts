/** Thrown by `extractQuotes` before any work when the input is larger than `maxInputBytes`. */
export class InputTooLargeError extends RangeError {
  /** Stable code for programs: `ERR_INPUT_TOO_LARGE`. */
  readonly code = "ERR_INPUT_TOO_LARGE";
  /** Size of the input in bytes (UTF-8 for strings). */
  readonly size: number;
  /** The limit that was exceeded. */
  readonly limit: number;

  constructor(size: number, limit: number) {
    super(`Input is ${size} bytes, more than maxInputBytes (${limit})`);
    this.name = "InputTooLargeError";
    this.size = size;
    this.limit = limit;
  }
}

/** Describes a value for an error message: `null`, `an array`, `a number (42)`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  if (t === "number" || t === "boolean" || t === "bigint") return `a ${t} (${String(value)})`;
  if (t === "object") return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return t === "undefined" ? "undefined" : `a ${t}`;
}
