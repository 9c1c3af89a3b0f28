import type { Decoded } from "../decode";
import type { Meta } from "../types";

/**
 * The HTML parts of a decoded input joined into one page, for parsing; "" for plain text, so the
 * parsed page is empty and every field of its metadata null.
 */
export function htmlOf(decoded: Decoded): string {
  return decoded.parts.filter((p) => p.type === "html").map((p) => p.content).join("\n");
}

/** `meta` with the article's segmented title as headline when the page declares none (a plain-text title line, an `<h1>`). */
export function withHeadline(meta: Meta, title: string | null): Meta {
  return meta.headline !== null || title === null ? meta : { ...meta, headline: title };
}
