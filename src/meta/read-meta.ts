import { describe } from "../errors";
import { parseHtml, type ParsedPart } from "../segment";
import type { Meta } from "../types";
import { EMPTY_META, extractMeta } from "./extract-meta";

/**
 * The metadata of a page's first HTML part (a decoded input has at most one HTML region; a
 * mixed document's text around it says nothing machine-readable); every field null for plain text.
 */
export function metaOfParts(parts: readonly ParsedPart[]): Meta {
  for (const part of parts) if (part.type === "html") return extractMeta(part.document);
  return EMPTY_META;
}

/** `meta` with the article's segmented title as headline when the page declares none (a plain-text title line, an `<h1>`). */
export function withHeadline(meta: Meta, title: string | null): Meta {
  return meta.headline !== null || title === null ? meta : { ...meta, headline: title };
}

/**
 * The metadata of a web page given as HTML: headline, authors, publication and modification
 * dates (ISO 8601), canonical URL, site name, language and description, each null (authors
 * `[]`) where the page does not say. The same `meta` that `extractQuotes` returns, without
 * reading the article. Never throws on a string.
 * @example
 * readMeta('<html lang="en"><meta property="og:title" content="Storm hits coast">')
 * // { headline: "Storm hits coast", authors: [], …, language: "en", description: null }
 */
export function readMeta(html: string): Meta {
  if (typeof html !== "string") throw new TypeError(`readMeta expects a string, got ${describe(html)}`);
  return extractMeta(parseHtml(html));
}
