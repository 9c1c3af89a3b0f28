import { Parser } from "htmlparser2";
import { BOILERPLATE_CONTAINER_WORDS } from "../lexicon/boilerplate";
import type { Warning } from "../types";
import { collapseWhitespace } from "./collapse-whitespace";
import {
  BLOCK_ELEMENTS, NEVER_SKIPPED_BY_CLASS, OPTIONAL_END_TAG_ELEMENTS, SKIPPED_ELEMENTS, SKIPPED_ROLES,
} from "./html-elements";

/**
 * Article scopes nested deeper than this are not tracked (their text counts for the
 * outer ones): keeps the per-paragraph bookkeeping bounded on hostile nesting.
 */
export const MAX_SCOPE_DEPTH = 16;

/** How strongly an element says "this is the article": lower is stronger. */
export type ScopeRank = 0 | 1 | 2;

/** An element that may hold the article: `[itemprop=articleBody]` (rank 0), `<article>` (1), `<main>` / `[role=main]` (2). */
export interface Scope {
  readonly rank: ScopeRank;
  readonly parent: Scope | null;
  /** Characters of paragraph text inside, nested scopes included. */
  chars: number;
  /** Length of the longest paragraph inside. */
  longest: number;
}

/** One paragraph of an HTML region, before article selection and boilerplate filtering. */
export interface HtmlBlock {
  /** Whitespace-collapsed text, entities decoded once (by htmlparser2). */
  readonly text: string;
  /** The innermost article scope holding the paragraph, or null. */
  readonly scope: Scope | null;
  /** 1–6 for a heading element, 0 otherwise. */
  readonly heading: number;
}

/** Title candidates seen in an HTML region, in order of preference. */
export interface HtmlTitles {
  /** First `<h1>` inside an `<article>` (or article scope). */
  articleH1: string | null;
  /** `<meta property="og:title">`. */
  ogTitle: string | null;
  /** First `<h1>` outside skipped furniture. */
  firstH1: string | null;
  /** `<title>`. */
  titleTag: string | null;
}

/** What `walkBlocks` returns. */
export interface WalkedHtml {
  readonly blocks: HtmlBlock[];
  readonly titles: HtmlTitles;
  readonly warnings: Warning[];
}

/** One open element, mirroring htmlparser2's stack. */
interface Frame {
  readonly name: string;
  /** This element starts a region whose text is dropped entirely. */
  readonly hard: boolean;
  /** This element starts a region whose text is not a paragraph but may still give the title (`<header>` in an article). */
  readonly soft: boolean;
  readonly block: boolean;
  readonly scope: boolean;
  readonly article: boolean;
}

const BLANK_LINE = /\n[ \t\f\v\u00a0]*\n/;

/** Splits a class or id attribute into lower-cased words on `-`, `_` and whitespace. */
function hasBoilerplateWord(value: string | undefined): boolean {
  if (!value) return false;
  let start = 0;
  const s = value.toLowerCase();
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (c === 0x2d || c === 0x5f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c) {
      if (i > start && BOILERPLATE_CONTAINER_WORDS.has(s.slice(start, i))) return true;
      start = i + 1;
    }
  }
  return false;
}

/** Inline `style` that hides the element. */
function isHiddenStyle(style: string | undefined): boolean {
  if (!style) return false;
  const compact = style.toLowerCase().replace(/\s+/g, "");
  return compact.includes("display:none") || compact.includes("visibility:hidden");
}

/**
 * Reads one HTML region with htmlparser2's streaming parser (no DOM, no recursion: 20 000
 * nested `<div>` cost a stack of frames, not a call stack) and returns its paragraphs in
 * reading order with the article scope each lies in, plus title candidates.
 *
 * Block elements (p, h1–h6, li, blockquote, pre, td, dd, figcaption, div, section, …)
 * start and end paragraphs, so text directly in a div is a paragraph too; two `<br>` in
 * a row end one. Left out with their content: script, style, embeds, controls, nav,
 * aside, page-level header and footer, hidden elements, ad containers (`amp-ad`, and any
 * element whose class or id words are in `BOILERPLATE_CONTAINER_WORDS`). A `<header>`
 * inside an `<article>` only gives the title. Text at the root (outside any block) is
 * split on blank lines, as in the plain-text parts of a mixed document.
 */
export function walkBlocks(html: string): WalkedHtml {
  const blocks: HtmlBlock[] = [];
  const warnings: Warning[] = [];
  const titles: HtmlTitles = { articleH1: null, ogTitle: null, firstH1: null, titleTag: null };
  const stack: Frame[] = [];
  let hardDepth = 0;
  let softDepth = 0;
  let blockDepth = 0; // open block elements other than html and body
  let articleDepth = 0;
  let scopeDepth = 0;
  let scope: Scope | null = null;
  let titleDepth = 0;
  let h1Depth = 0;
  let heading = 0;

  let pieces: string[] = [];
  let rootText = false;
  let pendingBreaks = 0;
  let h1Pieces: string[] = [];
  let titlePieces: string[] = [];
  let ending = false;
  let unclosed = 0;

  const emit = (raw: string): void => {
    const text = collapseWhitespace(raw);
    if (text === "") return;
    blocks.push({ text, scope, heading });
    for (let s: Scope | null = scope; s !== null; s = s.parent) {
      s.chars += text.length;
      if (text.length > s.longest) s.longest = text.length;
    }
  };
  const flush = (): void => {
    pendingBreaks = 0;
    if (pieces.length === 0) return;
    const raw = pieces.join("");
    pieces = [];
    if (rootText && BLANK_LINE.test(raw)) for (const part of raw.split(BLANK_LINE)) emit(part);
    else emit(raw);
    rootText = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const classy = !NEVER_SKIPPED_BY_CLASS.has(name)
          && (hasBoilerplateWord(attribs["class"]) || hasBoilerplateWord(attribs["id"]));
        const inArticle = articleDepth > 0;
        const hard = SKIPPED_ELEMENTS.has(name) || classy
          || ((name === "header" || name === "footer") && !(inArticle && name === "header"))
          || (attribs["role"] !== undefined && SKIPPED_ROLES.has(attribs["role"].toLowerCase()))
          || attribs["hidden"] !== undefined || attribs["aria-hidden"] === "true" || isHiddenStyle(attribs["style"]);
        const soft = name === "header" && inArticle;
        const block = BLOCK_ELEMENTS.has(name);
        const itemprop = attribs["itemprop"];
        const rank: ScopeRank | -1 = itemprop !== undefined && itemprop.toLowerCase().split(" ").includes("articlebody") ? 0
          : name === "article" ? 1
          : name === "main" || attribs["role"] === "main" ? 2 : -1;
        const opensScope = rank !== -1 && hardDepth === 0 && scopeDepth < MAX_SCOPE_DEPTH;
        const article = rank === 0 || rank === 1;
        if (name === "br") {
          pendingBreaks++;
          if (hardDepth === 0 && softDepth === 0) pieces.push(" ");
        } else if (block && !(hardDepth > 0 && !hard)) {
          flush();
        }
        if (name === "meta" && titles.ogTitle === null) {
          const property = (attribs["property"] ?? attribs["name"] ?? "").toLowerCase();
          const content = attribs["content"];
          if (property === "og:title" && content) titles.ogTitle = collapseWhitespace(content) || null;
        }
        stack.push({ name, hard, soft, block, scope: opensScope, article });
        if (hard) hardDepth++;
        if (soft) softDepth++;
        if (block && name !== "html" && name !== "body") blockDepth++;
        if (article) articleDepth++;
        if (opensScope) {
          scopeDepth++;
          scope = { rank: rank as ScopeRank, parent: scope, chars: 0, longest: 0 };
        }
        if (name === "title") titleDepth++;
        if (name === "h1") h1Depth++;
        if (name.length === 2 && name.charCodeAt(0) === 0x68 && name >= "h1" && name <= "h6") heading = Number(name[1]);
      },
      onclosetag(name, isImplied) {
        const frame = stack.pop();
        if (!frame) return;
        if (ending && isImplied && !OPTIONAL_END_TAG_ELEMENTS.has(frame.name)) unclosed++;
        if (frame.block && hardDepth === (frame.hard ? 1 : 0)) flush();
        if (frame.hard) hardDepth--;
        if (frame.soft) softDepth--;
        if (frame.block && frame.name !== "html" && frame.name !== "body") blockDepth--;
        if (frame.article) articleDepth--;
        if (frame.scope) {
          scopeDepth--;
          scope = scope ? scope.parent : null;
        }
        if (frame.name === "title") {
          titleDepth--;
          if (titleDepth === 0 && titles.titleTag === null) titles.titleTag = collapseWhitespace(titlePieces.join("")) || null;
          titlePieces = [];
        }
        if (frame.name === "h1") {
          h1Depth--;
          if (h1Depth === 0) {
            const text = collapseWhitespace(h1Pieces.join(""));
            h1Pieces = [];
            if (text && hardDepth === 0) {
              if (titles.firstH1 === null) titles.firstH1 = text;
              if (titles.articleH1 === null && articleDepth > 0) titles.articleH1 = text;
            }
          }
        }
        if (name.length === 2 && name.charCodeAt(0) === 0x68 && name >= "h1" && name <= "h6") heading = 0;
      },
      ontext(data) {
        if (titleDepth > 0) {
          if (hardDepth === 0 || stack.some((f) => f.name === "head")) titlePieces.push(data);
          return;
        }
        if (hardDepth > 0) return;
        if (h1Depth > 0) h1Pieces.push(data);
        if (softDepth > 0) return;
        if (pendingBreaks >= 2 && data.trim() !== "") flush();
        if (data.trim() !== "") pendingBreaks = 0;
        if (blockDepth === 0) rootText = true;
        pieces.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  ending = true;
  parser.end();
  flush();

  if (unclosed > 0 || endsInsideTag(html)) {
    warnings.push({
      code: "truncated-html",
      message: unclosed > 0
        ? `The HTML ended with ${unclosed} element${unclosed === 1 ? "" : "s"} still open; it may be truncated.`
        : "The HTML ended inside a tag or comment; it may be truncated.",
    });
  }
  return { blocks, titles, warnings };
}

/** Whether the input ends inside a comment or an unfinished tag (`…<p class="x`). */
function endsInsideTag(html: string): boolean {
  const commentOpen = html.lastIndexOf("<!--");
  if (commentOpen !== -1 && html.indexOf("-->", commentOpen + 4) === -1) return true;
  const lastOpen = html.lastIndexOf("<");
  if (lastOpen === -1 || html.lastIndexOf(">") > lastOpen) return false;
  const next = html.charCodeAt(lastOpen + 1);
  return (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21;
}
