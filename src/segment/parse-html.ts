import { DomHandler, type Document } from "domhandler";
import { Parser } from "htmlparser2";
import type { Warning } from "../types";
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
  getSlice(start: number, end: number): string;
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
}

/** A DomHandler that also counts elements the parser had to close at the end of the input. */
class CountingHandler extends DomHandler {
  ending = false;
  unclosed = 0;
  // htmlparser2 calls onclosetag(name, isImplied); DomHandler's own signature takes neither.
  override onclosetag(name?: unknown, implied?: unknown): void {
    if (this.ending && implied === true && !OPTIONAL_END_TAG_ELEMENTS.has(typeof name === "string" ? name : "")) this.unclosed++;
    super.onclosetag();
  }
}

const PARSE_WARNINGS = new WeakMap<Document, readonly Warning[]>();

/**
 * Parses an HTML string once into a domhandler `Document` (htmlparser2, entities decoded
 * once), with nesting bounded by {@link MAX_NESTING_DEPTH} so that any input parses in
 * linear time. The document can be shared: `segmentDocument` reads the article from it and
 * other readers (metadata) can walk the same tree. What was noticed while parsing
 * (`truncated-html`, `deep-nesting`) is available through {@link parseWarnings}.
 * @example
 * const document = parseHtml("<article><p>Hello.</p></article>");
 * segmentDocument(document).paragraphs; // ["Hello."]
 */
export function parseHtml(html: string): Document {
  if (typeof html !== "string") throw new TypeError("parseHtml: html must be a string");
  const handler = new CountingHandler();
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
export function parseWarnings(document: Document): readonly Warning[] {
  return PARSE_WARNINGS.get(document) ?? [];
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
