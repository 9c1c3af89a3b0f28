import type { Decoded } from "../decode";
import type { Warning } from "../types";
import { cleanTitleTag } from "./clean-title-tag";
import { isBoilerplate } from "./is-boilerplate";
import { isTitleLike } from "./pick-title";
import { selectArticleBlocks } from "./select-article-blocks";
import { splitPlainText } from "./split-plain-text";
import { walkBlocks } from "./walk-blocks";

/** The article as a title and body paragraphs in reading order. */
export interface Segmented {
  /** The headline, or null when none was found. */
  readonly title: string | null;
  /** Body paragraphs in reading order: whitespace collapsed, entities decoded once, no boilerplate. */
  readonly paragraphs: readonly string[];
  /** What was noticed on the way (`truncated-html`, `no-paragraphs`). */
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
 * HTML parts are read by `walkBlocks` (block elements make paragraphs; scripts, ads,
 * navigation and page header/footer are left out) and narrowed to the article when the
 * page marks one (`selectArticleBlocks`). Text parts are split on blank lines
 * (`splitPlainText`). Boilerplate paragraphs are then dropped (`isBoilerplate`).
 *
 * The title is the first paragraph of a leading text part when it looks like a headline
 * (`isTitleLike`: a short single line, see there for the exact rule), else the HTML's
 * `<h1>` inside the article, `og:title`, first `<h1>`, or `<title>` without its site
 * name. An `<h1>` is the headline, never a body paragraph, once a title is known.
 * @example
 * segment(decode("Headline\n\nFirst paragraph.\n\nSecond."))
 * // { title: "Headline", paragraphs: ["First paragraph.", "Second."], warnings: [] }
 */
export function segment(doc: Decoded, options: Readonly<SegmentOptions> = {}): Segmented {
  const dropBoilerplate = options.dropBoilerplate ?? true;
  const detectTitle = options.detectTitle ?? true;
  const warnings: Warning[] = [];
  const items: Item[] = [];
  let htmlTitle: string | null = null;

  for (const part of doc.parts) {
    if (part.type === "text") {
      for (const block of splitPlainText(part.content)) {
        items.push({ text: block.text, singleLine: block.singleLine, heading: 0, fromText: true });
      }
      continue;
    }
    const walked = walkBlocks(part.content);
    warnings.push(...walked.warnings);
    for (const block of selectArticleBlocks(walked.blocks)) {
      items.push({ text: block.text, singleLine: true, heading: block.heading, fromText: false });
    }
    const t = walked.titles;
    htmlTitle ??= t.articleH1 ?? t.ogTitle ?? t.firstH1 ?? cleanTitleTag(t.titleTag);
  }

  const body = dropBoilerplate ? items.filter((item) => !isBoilerplate(item.text)) : items;
  let title: string | null = null;
  let from = 0;
  if (detectTitle) {
    const first = body[0];
    if (first !== undefined && first.fromText && doc.parts[0]?.type === "text"
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
    if (title === null || item.heading !== 1) paragraphs.push(item.text);
  }

  if (paragraphs.length === 0) {
    warnings.push({ code: "no-paragraphs", message: "No body paragraph was found in the input." });
  }
  return { title, paragraphs, warnings };
}
