import type { Decoded } from "../decode";
import type { Warning } from "../types";
import { cleanTitleTag } from "./clean-title-tag";
import { isBoilerplate } from "./is-boilerplate";
import { isTitleLike } from "./pick-title";
import type { Document } from "domhandler";
import { parseHtml } from "./parse-html";
import { readArticle, type HtmlArticle } from "./read-article";
import { splitPlainText } from "./split-plain-text";

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

interface Item {
  readonly text: string;
  readonly singleLine: boolean;
  readonly heading: number;
  readonly fromText: boolean;
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
  return doc.parts.map((part) => part.type === "text"
    ? { type: "text", content: part.content }
    : { type: "html", document: parseHtml(part.content) });
}

/** `segment` over parts already parsed by `parseParts`. */
export function segmentParsed(parts: readonly ParsedPart[], options: Readonly<SegmentOptions> = {}): Segmented {
  const articles = parts.map((part) => (part.type === "text" ? part.content : readArticle(part.document)));
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

/** Joins text parts (as strings) and HTML articles into title and paragraphs. */
function assemble(parts: readonly (HtmlArticle | string)[], leadingText: boolean, options: Readonly<SegmentOptions>): Segmented {
  const dropBoilerplate = options.dropBoilerplate ?? true;
  const detectTitle = options.detectTitle ?? true;
  const warnings: Warning[] = [];
  const items: Item[] = [];
  let htmlTitle: string | null = null;
  let html = false;
  let articleLike = false;
  let textItems = 0;

  for (const part of parts) {
    if (typeof part === "string") {
      for (const block of splitPlainText(part)) {
        items.push({ text: block.text, singleLine: block.singleLine, heading: 0, fromText: true });
        textItems++;
      }
      continue;
    }
    html = true;
    articleLike ||= part.articleLike;
    warnings.push(...part.warnings);
    for (const block of part.blocks) items.push({ text: block.text, singleLine: true, heading: block.heading, fromText: false });
    const t = part.titles;
    htmlTitle ??= t.articleH1 ?? t.ogTitle ?? t.firstH1 ?? cleanTitleTag(t.titleTag);
  }
  if (html && !articleLike && textItems === 0) {
    warnings.push({ code: "no-article-body", message: "No part of the page reads like article text: it may be a list of links, teasers or an error page." });
  }

  const body = dropBoilerplate ? items.filter((item) => !isBoilerplate(item.text)) : items;
  let title: string | null = null;
  let from = 0;
  if (detectTitle) {
    const first = body[0];
    if (first !== undefined && first.fromText && leadingText
      && isTitleLike(first.text, first.singleLine, body.length > 1)) {
      title = first.text;
      from = 1;
    } else {
      title = htmlTitle;
    }
  }
  const paragraphs: string[] = [];
  for (let i = from; i < body.length; i++) {
    const item = body[i]!;
    // The headline is not part of the body: an <h1>, or any HTML paragraph that repeats the title.
    if (title !== null && !item.fromText && (item.heading === 1 || item.text === title)) continue;
    paragraphs.push(item.text);
  }

  if (paragraphs.length === 0) {
    warnings.push({ code: "no-paragraphs", message: "No body paragraph was found in the input." });
  }
  return { title, paragraphs, warnings };
}
