import type { Warning } from "../types";

/** A piece of the input in document order: HTML still to be parsed, or text already decoded. */
export interface DecodedPart {
  readonly type: "html" | "text";
  readonly content: string;
}

/** The input with every layer of escaping that hides markup undone. */
export interface Decoded {
  readonly parts: readonly DecodedPart[];
  readonly warnings: readonly Warning[];
}

/** Options for `decode`. */
export interface DecodeOptions {
  /** @default "auto" */
  readonly format?: "auto" | "html" | "text";
}

/** Turns a string or UTF-8 bytes into parts of HTML and text. (skeleton: to be replaced) */
export function decode(input: string | Uint8Array, _options: Readonly<DecodeOptions> = {}): Decoded {
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  return { parts: [{ type: "text", content: text }], warnings: [] };
}
