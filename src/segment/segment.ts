import type { Decoded } from "../decode";
import type { Warning } from "../types";
import { cleanTitleTag } from "./clean-title-tag";
import { isBoilerplate } from "./is-boilerplate";
import { isTitleLike } from "./pick-title";
import type { HtmlDocument as Document } from "./parse-html";
import { parseHtml } from "./parse-html";
import { readArticle, type HtmlArticle } from "./read-article";
import { flatString } from "./flat-string";
import { forEachPlainParagraph } from "./split-plain-text";

/** The article as a title and body paragraphs in reading order. */
export interface Segmented {
  /** The headline, or null when none was found. */
  readonly title: string | null;
  /** Body paragraphs in reading order: whitespace collapsed, entities decoded once, no boilerplate. */
  readonly paragraphs: readonly string[];
  /** What was noticed on the way (`truncated-html`, `deep-nesting`, `no-article-body`, `no-paragraphs`). */
  readonly warnings: readonly Warning[];
}

/** Options for `segment`. */
export interface SegmentOptions {
  /**
   * Whether to drop site boilerplate paragraphs (subscribe prompts, ad labels, share
   * headings) listed in `src/lexicon/boilerplate.ts`.
   * @default true
   */
  readonly dropBoilerplate?: boolean;
  /**
   * Whether to look for a title; when false every paragraph stays in `paragraphs` and
   * `title` is null.
   * @default true
   */
  readonly detectTitle?: boolean;
}

/**
 * Splits decoded parts into a title and body paragraphs.
 *
 * HTML parts are parsed once (`parseHtml`) and their article body is found by evidence
 * (`readArticle`: JSON-LD, `[itemprop=articleBody]`, content scores; furniture inside the
 * body left out). Text parts are split on blank lines (`splitPlainText`). Boilerplate
 * paragraphs are then dropped (`isBoilerplate`).
 *
 * The title is the first paragraph of a leading text part when it looks like a headline
 * (`isTitleLike`: a short single line, see there for the exact rule), else the HTML's
 * `<h1>` inside the article, `og:title`, first `<h1>`, or `<title>` without its site
 * name. An `<h1>`, or an HTML paragraph that repeats the title, is never a body paragraph
 * once a title is known.
 *
 * Warns `no-article-body` when the input is HTML only and no paragraph of it reads like
 * article text (a page of links and teasers, an error page).
 * @example
 * segment(decode("Headline\n\nFirst paragraph.\n\nSecond."))
 * // { title: "Headline", paragraphs: ["First paragraph.", "Second."], warnings: [] }
 */
export function segment(doc: Decoded, options: Readonly<SegmentOptions> = {}): Segmented {
  return segmentParsed(parseParts(doc), options);
}

/** A decoded part with its HTML parsed: text as it is, HTML as the tree `parseHtml` built. */
export type ParsedPart =
  | { readonly type: "text"; readonly content: string }
  | { readonly type: "html"; readonly document: Document };

/**
 * Parses the HTML parts of a decoded input once (`parseHtml`), so that the article body
 * (`segmentParsed`) and other readers of the same trees (metadata) share one parse.
 */
export function parseParts(doc: Decoded): ParsedPart[] {
  // Arrays here and in `segmentParsed` by `push`, not `map`: an optimised `map` makes a holey array where the builtin
  // makes a packed one, and the readers optimised for one kind were thrown away when they met the other.
  const parts: ParsedPart[] = [];
  for (const part of doc.parts) {
    parts.push(part.type === "text" ? { type: "text", content: part.content } : { type: "html", document: parseHtml(part.content) });
  }
  return parts;
}

/** `segment` over parts already parsed by `parseParts`. */
export function segmentParsed(parts: readonly ParsedPart[], options: Readonly<SegmentOptions> = {}): Segmented {
  const articles: (HtmlArticle | string)[] = [];
  for (const part of parts) articles.push(part.type === "text" ? part.content : readArticle(part.document));
  return assemble(articles, parts[0]?.type === "text", options);
}

/**
 * Segments a page already parsed by `parseHtml`, so that one parse serves the article
 * body and other readers of the same tree (metadata). Same result as `segment` on the
 * page's HTML.
 * @example
 * const document = parseHtml(html);
 * const { title, paragraphs } = segmentDocument(document);
 */
export function segmentDocument(document: Document, options: Readonly<SegmentOptions> = {}): Segmented {
  return assemble([readArticle(document)], false, options);
}

/** Bits of a paragraph's kind beside its heading level (1–6, low bits): from a text part, one line in the source. */
const FROM_TEXT = 8;
const SINGLE_LINE = 16;
const HEADING_BITS = 7;

/**
 * Joins text parts (as strings) and HTML articles into title and paragraphs. Paragraphs are
 * kept as their texts plus one number of flags each (no object per paragraph: inputs of
 * hundreds of thousands of short paragraphs spent their time allocating and collecting them),
 * and boilerplate is dropped as they come.
 */
function assemble(parts: readonly (HtmlArticle | string)[], leadingText: boolean, options: Readonly<SegmentOptions>): Segmented {
  const dropBoilerplate = options.dropBoilerplate ?? true;
  const detectTitle = options.detectTitle ?? true;
  const warnings: Warning[] = [];
  const texts: string[] = [];
  const kinds: number[] = [];
  let htmlTitle: string | null = null;
  let html = false;
  let articleLike = false;
  let textItems = 0;
  const add = (text: string, kind: number): void => {
    // One flat copy per paragraph: every later stage, the boilerplate test first, reads it character by character
    // (flat-string.ts).
    const flat = flatString(text);
    if (dropBoilerplate && isBoilerplate(flat)) return;
    texts.push(flat);
    kinds.push(kind);
  };
  const addText = (text: string, singleLine: boolean): void => {
    textItems++;
    add(text, FROM_TEXT | (singleLine ? SINGLE_LINE : 0));
  };

  for (const part of parts) {
    if (typeof part === "string") {
      forEachPlainParagraph(part, addText);
      continue;
    }
    html = true;
    articleLike ||= part.articleLike;
    warnings.push(...part.warnings);
    for (const block of part.blocks) add(block.text, SINGLE_LINE | block.heading);
    const t = part.titles;
    htmlTitle ??= t.articleH1 ?? t.ogTitle ?? t.firstH1 ?? cleanTitleTag(t.titleTag);
  }
  if (html && !articleLike && textItems === 0) {
    warnings.push({ code: "no-article-body", message: "No part of the page reads like article text: it may be a list of links, teasers or an error page." });
  }

  let title: string | null = null;
  let from = 0;
  if (detectTitle) {
    const first = texts[0];
    const kind = kinds[0] ?? 0;
    if (first !== undefined && (kind & FROM_TEXT) !== 0 && leadingText
      && isTitleLike(first, (kind & SINGLE_LINE) !== 0, texts.length > 1)) {
      title = first;
      from = 1;
    } else {
      title = htmlTitle;
    }
  }
  let paragraphs = texts;
  if (title !== null) {
    // The headline is not part of the body: an <h1>, or any HTML paragraph that repeats the title.
    const isHeadline = (i: number) => (kinds[i]! & FROM_TEXT) === 0 && ((kinds[i]! & HEADING_BITS) === 1 || texts[i] === title);
    // Copied in one slice up to the first paragraph left out (a text part: all of them).
    let i = from;
    while (i < texts.length && !isHeadline(i)) i++;
    paragraphs = texts.slice(from, i);
    for (; i < texts.length; i++) if (!isHeadline(i)) paragraphs.push(texts[i]!);
  }

  if (paragraphs.length === 0) {
    warnings.push({ code: "no-paragraphs", message: "No body paragraph was found in the input." });
  }
  return { title, paragraphs, warnings };
}
