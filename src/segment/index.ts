import type { Decoded } from "../decode";
import type { Warning } from "../types";

/** The article as a title and body paragraphs in reading order. */
export interface Segmented {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  readonly warnings: readonly Warning[];
}

/** Options for `segment`. */
export interface SegmentOptions {}

/** Splits decoded parts into a title and paragraphs. (skeleton: to be replaced) */
export function segment(doc: Decoded, _options: Readonly<SegmentOptions> = {}): Segmented {
  const text = doc.parts.map((p) => p.content).join("\n\n");
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  return { title: null, paragraphs, warnings: [] };
}
