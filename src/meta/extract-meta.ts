import type { HtmlDocument as Document } from "../segment/parse-html";
import { META_KEYS } from "../lexicon/meta-sources";
import type { Meta } from "../types";
import { cleanText, MAX_FIELD_CHARS } from "./clean-text";
import { collectBylines, collectTags, type Tags } from "./collect-tags";
import { dropSiteName } from "./drop-site-name";
import { normalizeAuthors } from "./normalize-authors";
import { normalizeDate } from "./normalize-date";
import { normalizeLanguage } from "./normalize-language";
import { looksLikeUrl, normalizeUrl } from "./normalize-url";
import { readJsonLd } from "./read-json-ld";

/** Metadata of a page that states none: what plain text gets. */
export const EMPTY_META: Meta = Object.freeze({
  headline: null, authors: Object.freeze([]) as readonly string[], published: null, modified: null,
  url: null, siteName: null, language: null, description: null,
});

/** Longest headline kept; a longer one is a paragraph that a template put in `og:title`. */
export const MAX_HEADLINE_CHARS = 300;

/** Longest site name kept. */
export const MAX_SITE_NAME_CHARS = 100;

/** The first value of the candidates that `read` accepts. */
function firstOf<T>(candidates: ReadonlyArray<string | null | undefined>, read: (raw: string) => T | null): T | null {
  for (const raw of candidates) {
    if (raw === null || raw === undefined) continue;
    const v = read(raw);
    if (v !== null) return v;
  }
  return null;
}

/** Every value of the `<meta>` keys, in the order of the keys. */
function metaValues(tags: Tags, keys: readonly string[]): string[] {
  return keys.flatMap((k) => tags.meta.get(k) ?? []);
}

const text = (max: number) => (raw: string) => cleanText(raw, { maxChars: max });
const nonUrlText = (max: number) => (raw: string) => {
  const t = cleanText(raw, { maxChars: max });
  return t !== null && !looksLikeUrl(t) ? t : null;
};

/**
 * Reads what a parsed page says about its article: headline, authors, publication and
 * modification dates, canonical URL, site name, language and description.
 *
 * Sources, per field, most trusted first: JSON-LD (`readJsonLd`), then `<meta>` tags in the order
 * of `META_KEYS` (OpenGraph, `article:*`, Twitter, Dublin Core, common names), then the markup
 * itself — `<link rel=canonical>` for the URL (before everything: it is the page's own claim),
 * `<html lang>` for the language (before everything too), `<time datetime>` for dates (one
 * marked as publication time, else the first inside `<article>`, else the page's only one),
 * `rel=author`/`itemprop=author` elements for authors. Each field is normalised (`cleanText`,
 * `normalizeAuthors`, `normalizeDate`, `normalizeUrl`, `normalizeLanguage`; the site's name is
 * dropped from the end of the headline, `dropSiteName`); a value that does
 * not normalise falls through to the next source, and a field no source gives is null (`[]`
 * for authors).
 *
 * Pure; linear in the size of the tree; never throws.
 * @example
 * extractMeta(parseDocument('<html lang="en"><meta property="og:title" content="Storm hits coast">'))
 * // { headline: "Storm hits coast", authors: [], …, language: "en", description: null }
 */
export function extractMeta(document: Document): Meta {
  const tags = collectTags(document);
  const ld = readJsonLd(tags.jsonLd);
  const meta = (field: keyof typeof META_KEYS) => metaValues(tags, META_KEYS[field]);
  const base = firstOf([tags.base, ...meta("url")], (raw) => normalizeUrl(raw));

  const ldAuthors = normalizeAuthors(ld.authors);
  const tagAuthors = () => normalizeAuthors(meta("authors").map((raw) => {
    // `article:author` is often a profile URL: the JSON-LD may say whose.
    const t = raw.trim();
    return looksLikeUrl(t) ? ld.nameByUrl.get(t) ?? "" : raw;
  }));
  const bylineAuthors = () => normalizeAuthors(collectBylines(document));
  let authors = ldAuthors;
  if (authors.length === 0) authors = tagAuthors();
  if (authors.length === 0) authors = bylineAuthors();

  const onlyTime = tags.times.length === 1 ? tags.times[0] : null;
  const siteName = firstOf([ld.siteName, ...meta("siteName")], nonUrlText(MAX_SITE_NAME_CHARS));
  const headline = firstOf([ld.headline, ...meta("headline")], text(MAX_HEADLINE_CHARS));
  return {
    headline: headline === null ? null : dropSiteName(headline, siteName),
    authors,
    published: firstOf([ld.published, ...meta("published"), tags.timePublished, tags.timeInArticle, onlyTime], normalizeDate),
    modified: firstOf([ld.modified, ...meta("modified"), tags.timeModified], normalizeDate),
    url: firstOf([tags.canonical, ...meta("url"), ld.url], (raw) => normalizeUrl(raw, base)),
    siteName,
    language: firstOf([tags.lang, ...meta("language"), ld.language], normalizeLanguage),
    description: firstOf([ld.description, ...meta("description")], text(MAX_FIELD_CHARS)),
  };
}
