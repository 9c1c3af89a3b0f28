import { Parser } from "htmlparser2";
import type { Warning } from "../types";
import { flatString } from "./flat-string";
import { OPTIONAL_END_TAG_ELEMENTS } from "./html-elements";
import { ScanningTokenizer } from "./scanning-tokenizer";

/**
 * Deepest element nesting the parser builds. Real pages nest 20–60 elements deep; past
 * this, start tags are not opened (their text stays in the element at the limit, so no
 * text is lost) and a `deep-nesting` warning is given. Why a limit at all: htmlparser2
 * keeps its open-element stack in an array it `unshift`s and searches with `indexOf` on
 * every start tag, unmatched end tag and `<form>`, which is quadratic in the depth
 * (400 000 nested `<div>` took 39 s); with the limit every such step is bounded.
 */
export const MAX_NESTING_DEPTH = 256;

/** Elements that never go on the stack (no end tag): they do not count towards depth. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

/** The part of htmlparser2's Parser internals that the depth limit reads and writes. */
interface ParserInternals {
  stack: string[];
  tagname: string;
  openTagStart: number;
  startIndex: number;
  endIndex: number;
  attribs: Record<string, string> | null;
  lowerCaseTagNames: boolean;
  attribname: string;
  foreignContext: unknown[];
  buffers: string[];
  bufferOffset: number;
  getSlice(start: number, end: number): string;
  readTagName(start: number, end: number): string;
}

/** Longest tag or attribute name kept in {@link NAMES}. */
const MAX_NAME = 24;
/** Slots of the name cache (a power of two). */
const NAME_SLOTS = 256;
/** Tag and attribute names met, by a hash of their characters as written ({@link RAW_NAMES}) and lower-cased. */
const RAW_NAMES: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
const NAMES: string[] = new Array<string>(NAME_SLOTS).fill("");

/**
 * The lower-cased name at `[start, end)` of the input: a name met before (`div`, `class`) is the
 * same string again, found by a hash of its characters, not a new slice lower-cased for every
 * tag and attribute. The cache has a fixed number of slots (a new name takes its slot).
 */
function nameAt(p: ParserInternals, start: number, end: number): string {
  const length = end - start;
  const buffer = p.buffers[0];
  const from = start - p.bufferOffset;
  if (length === 0 || length > MAX_NAME || buffer === undefined || from < 0 || from + length > buffer.length) {
    return p.getSlice(start, end).toLowerCase();
  }
  let h = length;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, 31) + buffer.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 8)) & (NAME_SLOTS - 1);
  const raw = RAW_NAMES[slot];
  if (raw !== undefined && raw.length === length && buffer.startsWith(raw, from)) return NAMES[slot]!;
  // A flat copy: a slice of 13 characters or more is a view that would keep the whole page alive in the cache.
  const name = flatString(buffer.slice(from, from + length));
  const lower = name.toLowerCase();
  RAW_NAMES[slot] = name;
  NAMES[slot] = lower;
  return lower;
}

/**
 * htmlparser2's Parser with a bounded stack: a start tag that would nest deeper than
 * {@link MAX_NESTING_DEPTH} is ignored the way the parser itself ignores a second
 * `<form>` (empty tag name, no attributes kept), so its end tag finds nothing to close and
 * its content becomes content of the element at the limit.
 */
class BoundedParser extends Parser {
  /** Start tags ignored for depth. */
  ignored = 0;

  override onopentagname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    if (self.stack.length >= MAX_NESTING_DEPTH) {
      const raw = self.getSlice(start, endIndex);
      if (!VOID_ELEMENTS.has(raw.toLowerCase())) {
        this.ignored++;
        self.endIndex = endIndex;
        self.openTagStart = self.startIndex;
        self.tagname = "";
        self.attribs = null;
        return;
      }
    }
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    self.startIndex = start;
    self.attribname = nameAt(self, start, endIndex);
  }
}

// Tag names through the name cache where no SVG or MathML element is open (the stock reader's
// case adjustments apply only inside them; outside, only `image` becomes `img`).
const stockReadTagName = (Parser.prototype as unknown as ParserInternals).readTagName;
if (typeof stockReadTagName === "function") {
  (BoundedParser.prototype as unknown as ParserInternals).readTagName = function (this: ParserInternals, start: number, end: number): string {
    if (this.foreignContext.length !== 1) return stockReadTagName.call(this, start, end);
    const name = nameAt(this, start, end);
    return name === "image" ? "img" : name;
  };
}

/** An element of the tree `parseHtml` builds: `type` is `script` or `style` for those, `tag` for any other. */
export interface HtmlElement {
  readonly type: "tag" | "script" | "style";
  /** Lower-case tag name. */
  readonly name: string;
  /** Attributes by lower-case name, entities decoded; the first of a repeated name kept. */
  readonly attribs: Record<string, string>;
  readonly children: readonly HtmlNode[];
}

/** A run of text (entities decoded); text on both sides of a comment is two runs. */
export interface HtmlText {
  readonly type: "text";
  readonly data: string;
}

/** What the tree holds: elements and text (comments, doctypes and processing instructions are left out). */
export type HtmlNode = HtmlElement | HtmlText;

/** The root of the tree. */
export interface HtmlDocument {
  readonly type: "root";
  readonly children: readonly HtmlNode[];
}

/** An element while it is built: its children are set when it closes. */
interface OpenElement {
  type: "tag" | "script" | "style";
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}

/** A text node while it is built: text split by entities is joined into one. */
interface OpenText {
  type: "text";
  data: string;
}

/** Child list of every element without children (never written to). */
const NO_CHILDREN: HtmlNode[] = [];

/**
 * Builds the tree from htmlparser2's events: the nodes hold what the readers read and no more
 * (no parent or sibling links, no source positions, no comments), and each child list is made
 * once, at its exact length, when its element closes: the children of all open elements wait in
 * one shared list. It also counts elements the parser had to close at the end of the input.
 */
class TreeBuilder {
  readonly root: { type: "root"; children: HtmlNode[] } = { type: "root", children: NO_CHILDREN };
  /** Open elements, innermost last (the root first). */
  private readonly open: (OpenElement | { type: "root"; children: HtmlNode[] })[] = [this.root];
  /** Where each open element's children start in `pending`. */
  private readonly starts: number[] = [0];
  /**
   * Children of the open elements so far, outermost first: `pending[0 .. count)`. The list is
   * never shortened (a shortened array may be trimmed and copied again as it grows back).
   */
  private readonly pending: HtmlNode[] = [];
  private count = 0;
  /** The text node that text goes on to, or null when the next text starts a node. */
  private lastText: OpenText | null = null;
  ending = false;
  unclosed = 0;

  onopentag(name: string, attribs: Record<string, string>): void {
    const element: OpenElement = {
      type: name === "script" ? "script" : name === "style" ? "style" : "tag", name, attribs, children: NO_CHILDREN,
    };
    this.pending[this.count++] = element;
    this.lastText = null;
    this.open.push(element);
    this.starts.push(this.count);
  }

  // htmlparser2 calls onclosetag(name, isImplied).
  onclosetag(name: string, implied: boolean): void {
    if (this.ending && implied && !OPTIONAL_END_TAG_ELEMENTS.has(name)) this.unclosed++;
    this.lastText = null;
    if (this.open.length > 1) this.close();
  }

  ontext(data: string): void {
    const last = this.lastText;
    if (last !== null) {
      last.data += data;
      return;
    }
    const text: OpenText = { type: "text", data };
    this.pending[this.count++] = text;
    this.lastText = text;
  }

  oncomment(): void {
    this.lastText = null;
  }

  onprocessinginstruction(): void {
    this.lastText = null;
  }

  onend(): void {
    while (this.open.length > 1) this.close();
    this.close();
  }

  /** Gives the innermost open element its children. */
  private close(): void {
    const element = this.open.pop()!;
    const start = this.starts.pop()!;
    if (this.count > start) {
      element.children = this.pending.slice(start, this.count);
      this.count = start;
    }
  }
}

const PARSE_WARNINGS = new WeakMap<HtmlDocument, readonly Warning[]>();

/**
 * Parses an HTML string once into an {@link HtmlDocument} (htmlparser2, entities decoded
 * once), with nesting bounded by {@link MAX_NESTING_DEPTH} so that any input parses in
 * linear time. The document can be shared: `segmentDocument` reads the article from it and
 * other readers (metadata) can walk the same tree. What was noticed while parsing
 * (`truncated-html`, `deep-nesting`) is available through {@link parseWarnings}.
 * @example
 * const document = parseHtml("<article><p>Hello.</p></article>");
 * segmentDocument(document).paragraphs; // ["Hello."]
 */
export function parseHtml(html: string): HtmlDocument {
  if (typeof html !== "string") throw new TypeError("parseHtml: html must be a string");
  const handler = new TreeBuilder();
  const parser = new BoundedParser(handler, { decodeEntities: true, Tokenizer: ScanningTokenizer });
  parser.write(html);
  handler.ending = true;
  parser.end();
  const document = handler.root;
  const warnings: Warning[] = [];
  if (handler.unclosed > 0 || endsInsideTag(html)) {
    warnings.push({
      code: "truncated-html",
      message: handler.unclosed > 0
        ? `The HTML ended with ${handler.unclosed} element${handler.unclosed === 1 ? "" : "s"} still open; it may be truncated.`
        : "The HTML ended inside a tag or comment; it may be truncated.",
    });
  }
  if (parser.ignored > 0) {
    warnings.push({
      code: "deep-nesting",
      message: `${parser.ignored} start tag${parser.ignored === 1 ? " was" : "s were"} nested deeper than ${MAX_NESTING_DEPTH} elements and ignored; their text was kept.`,
    });
  }
  PARSE_WARNINGS.set(document, warnings);
  return document;
}

/** What `parseHtml` noticed about this document (`truncated-html`, `deep-nesting`); empty for a document it did not parse. */
export function parseWarnings(document: HtmlDocument): readonly Warning[] {
  return PARSE_WARNINGS.get(document) ?? [];
}

/** Whether the input ends inside a comment or an unfinished tag (`…<p class="x`). */
function endsInsideTag(html: string): boolean {
  const commentOpen = lastCommentOpen(html);
  if (commentOpen !== -1 && html.indexOf("-->", commentOpen + 4) === -1) return true;
  const lastOpen = html.lastIndexOf("<");
  if (lastOpen === -1 || html.lastIndexOf(">") > lastOpen) return false;
  const next = html.charCodeAt(lastOpen + 1);
  return (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a) || next === 0x2f || next === 0x21;
}

/**
 * Where the last `<!--` of `html` starts (`html.lastIndexOf("<!--")`), or -1. Found by its `!--`, searched forwards:
 * `!` is rare in markup where `<` is everywhere, and `lastIndexOf` compares at every position of a page without
 * comments (ten times the time).
 */
function lastCommentOpen(html: string): number {
  let last = -1;
  for (let i = html.indexOf("!--", 1); i !== -1; i = html.indexOf("!--", i + 1)) if (html.charCodeAt(i - 1) === 0x3c) last = i - 1;
  return last;
}
