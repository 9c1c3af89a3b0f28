import { BYLINE_CLASSES } from "../lexicon/meta-sources";
import { scriptText } from "../segment/collect-blocks";
import type { HtmlDocument as Document, HtmlElement as Element, HtmlNode as AnyNode, HtmlText } from "../segment/parse-html";

function isTag(node: AnyNode): node is Element {
  const type = node.type;
  return type === "tag" || type === "script" || type === "style";
}

function isText(node: AnyNode): node is HtmlText {
  return node.type === "text";
}

/** At most this many JSON-LD scripts are read (a page has one to three). */
export const MAX_JSON_LD_SCRIPTS = 16;

/** A JSON-LD script longer than this many characters is not parsed (an article's is a few KB; its `articleBody` may take 100 KB). */
export const MAX_JSON_LD_CHARS = 500_000;

/** At most this many values are kept per `<meta>` key (`article:author` may repeat). */
export const MAX_VALUES_PER_KEY = 20;

/** At most this many distinct `<meta>` keys are kept. */
export const MAX_META_KEYS = 500;

/** At most this many byline elements (`rel=author`, `itemprop=author`) are read, each up to `MAX_BYLINE_CHARS`. */
export const MAX_BYLINE_ELEMENTS = 10;

/** Characters of a byline element's text read. */
export const MAX_BYLINE_CHARS = 200;

/** What the page's markup states, gathered in one pass over the tree. */
export interface Tags {
  /** `<html lang>` (or `xml:lang`), raw. */
  lang: string | null;
  /** `<meta>` values by lower-cased key (`name`, `property`, `itemprop` or `http-equiv`), in document order. */
  readonly meta: Map<string, string[]>;
  /** `<link rel=canonical href>`, raw. */
  canonical: string | null;
  /** `<base href>`, raw. */
  base: string | null;
  /** Texts of `<script type=application/ld+json>`, each at most `MAX_JSON_LD_CHARS`. */
  readonly jsonLd: string[];
  /** `datetime` of the first `<time>` marked as publication time (`pubdate`, `itemprop=datePublished`, a `publish` class). */
  timePublished: string | null;
  /** `datetime` of the first `<time itemprop=dateModified>` or one with an `updated`/`modified` class. */
  timeModified: string | null;
  /** `datetime` of the first `<time>` inside an `<article>`. */
  timeInArticle: string | null;
  /** `datetime` of every `<time>`, up to two (one is telling; more are a list of dates). */
  readonly times: string[];
}

/** Text inside `node`, up to `max` characters, read without recursion. */
function textOf(node: Element, max: number): string {
  let out = "";
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0 && out.length < max) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n) && n.name !== "script" && n.name !== "style") for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.slice(0, max);
}

/** `datetime` of a `<time>` element, or its text when it has none (`<time>May 14, 2019</time>`). */
function timeValue(el: Element): string {
  return el.attribs["datetime"] ?? textOf(el, 64);
}

function addMeta(tags: Tags, key: string, value: string): void {
  let list = tags.meta.get(key);
  if (!list) {
    if (tags.meta.size >= MAX_META_KEYS) return;
    list = [];
    tags.meta.set(key, list);
  }
  if (list.length < MAX_VALUES_PER_KEY) list.push(value);
}

function readElement(tags: Tags, el: Element, inArticle: boolean): void {
  const a = el.attribs;
  switch (el.name) {
    case "html":
      tags.lang ??= a["lang"] ?? a["xml:lang"] ?? null;
      break;
    case "meta": {
      const content = a["content"];
      if (content === undefined) break;
      for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
        const key = a[attr];
        // A tag may carry both (`<meta name="title" property="og:title">`): each names the value.
        if (key) for (const k of key.toLowerCase().split(/\s+/)) if (k) addMeta(tags, k, content);
      }
      break;
    }
    case "link":
      if (tags.canonical === null && a["href"] && /(?:^|\s)canonical(?:\s|$)/i.test(a["rel"] ?? "")) tags.canonical = a["href"];
      break;
    case "base":
      tags.base ??= a["href"] ?? null;
      break;
    case "script":
      if (tags.jsonLd.length < MAX_JSON_LD_SCRIPTS && (a["type"] ?? "").trim().toLowerCase() === "application/ld+json") {
        const text = scriptText(el);
        if (text.length <= MAX_JSON_LD_CHARS) tags.jsonLd.push(text);
      }
      break;
    case "time": {
      const itemprop = (a["itemprop"] ?? "").toLowerCase();
      const cls = (a["class"] ?? "").toLowerCase();
      if (tags.timePublished === null && ("pubdate" in a || itemprop === "datepublished" || cls.includes("publish"))) tags.timePublished = timeValue(el);
      if (tags.timeModified === null && (itemprop === "datemodified" || cls.includes("updated") || cls.includes("modified"))) tags.timeModified = timeValue(el);
      if (tags.timeInArticle === null && inArticle && a["datetime"]) tags.timeInArticle = a["datetime"];
      if (tags.times.length < 2 && a["datetime"]) tags.times.push(a["datetime"]);
      break;
    }
  }
}

/**
 * Texts of `rel=author` links, `itemprop=author` elements and elements with a byline class
 * (`BYLINE_CLASSES`), in document order, at most `MAX_BYLINE_ELEMENTS`. A walk of its own, run
 * only when no metadata names an author: testing every element's attributes costs more than
 * all of `collectTags`.
 */
export function collectBylines(document: Document): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0 && out.length < MAX_BYLINE_ELEMENTS) {
    const node = stack.pop()!;
    if (!isTag(node) || node.name === "script" || node.name === "style") continue;
    // The innermost byline element holds the names; an outer one (`footer.article-author`) adds dates and bios.
    if (isByline(node) && !hasBylineInside(node)) {
      out.push(textOf(node, MAX_BYLINE_CHARS));
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Elements looked at below a byline element for a nested one: a bound, so nested bylines stay linear. */
export const MAX_BYLINE_SEARCH = 200;

/** Whether a byline element holds another one within its first `MAX_BYLINE_SEARCH` elements. */
function hasBylineInside(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  for (let seen = 0; stack.length > 0 && seen < MAX_BYLINE_SEARCH; seen++) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (isByline(node)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** Cheap pre-test (no allocation, no regular expression) before the exact one: most attributes hold no such word. */
function hasAuthorWord(v: string): boolean {
  return v.includes("uthor") || v.includes("yline") || v.includes("osted-by");
}

const AUTHOR_TOKEN = /(?:^|\s)author(?:\s|$)/i;

/** Whether an element holds a byline: `rel=author`, `itemprop=author`, or a class of `BYLINE_CLASSES`. */
function isByline(el: Element): boolean {
  const a = el.attribs;
  const cls = a["class"];
  if (cls !== undefined && hasAuthorWord(cls)) {
    // A heading with an author class names a quoted source (fact-check sites), not the byline.
    if (!/^h[1-6]$/.test(el.name) && cls.toLowerCase().split(/\s+/).some((c) => BYLINE_CLASSES.has(c))) return true;
  }
  const rel = a["rel"];
  if (rel !== undefined && hasAuthorWord(rel) && AUTHOR_TOKEN.test(rel) && el.name !== "link") return true;
  const itemprop = a["itemprop"];
  return itemprop !== undefined && hasAuthorWord(itemprop) && AUTHOR_TOKEN.test(itemprop) && el.name !== "meta";
}

/**
 * Gathers every metadata-bearing element of the page in one pass over the tree: `<html lang>`,
 * `<meta>`, `<link rel=canonical>`, `<base>`, JSON-LD scripts and `<time>`.
 * Iterative (a page 20 000 elements deep is fine), linear in the number of nodes; script and
 * style contents are not walked.
 */
export function collectTags(document: Document): Tags {
  const tags: Tags = {
    lang: null, meta: new Map(), canonical: null, base: null, jsonLd: [],
    timePublished: null, timeModified: null, timeInArticle: null, times: [],
  };
  // Two parallel stacks rather than one of objects: no allocation per element.
  const nodes: AnyNode[] = [];
  const inArticle: boolean[] = [];
  for (let i = document.children.length - 1; i >= 0; i--) {
    nodes.push(document.children[i]!);
    inArticle.push(false);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const within = inArticle.pop()!;
    if (!isTag(node)) continue;
    readElement(tags, node, within);
    if (node.name === "script" || node.name === "style") continue;
    const inside = within || node.name === "article";
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (isTag(child)) {
        nodes.push(child);
        inArticle.push(inside);
      }
    }
  }
  return tags;
}
