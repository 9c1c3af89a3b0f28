import type { HtmlDocument as Document, HtmlElement as Element, HtmlNode as ChildNode } from "./parse-html";
import { classHints, type ClassHints } from "./class-hints";
import { collapseWhitespace } from "./collapse-whitespace";
import { BLOCK_ELEMENTS, FURNITURE_ELEMENTS, FURNITURE_ROLES, INVISIBLE_ELEMENTS } from "./html-elements";
import { stripTags } from "./strip-tags";

/** One element of the page that holds visible text, with what the walk learnt about it. */
export interface Container {
  readonly element: Element;
  readonly tag: string;
  readonly parent: Container | null;
  /** Blocks `[firstBlock, lastBlock)` lie inside the element (exact for block elements). */
  readonly firstBlock: number;
  lastBlock: number;
  /** What its class and id words say. */
  readonly hints: ClassHints;
  /** The element is page furniture by its name or role (nav, aside, header, footer, figcaption…). */
  readonly furniture: boolean;
  /** The element or one of its ancestors is furniture. */
  readonly inFurniture: boolean;
  /** `itemprop="articleBody"`. */
  readonly itemBody: boolean;
  /** The element or an ancestor is named as furniture by its class or id (`comment`, `related`, `ad`…). */
  readonly namedFurniture: boolean;
  /** Child elements that hold visible text. */
  children: Container[];
  /** Content score gathered from the paragraphs below it (see `scoreContainers`). */
  score: number;
  /** Whether some paragraph gave it a score: only those are candidates. */
  scored: boolean;
}

/** One paragraph of visible text, in reading order. */
export interface Block {
  /** Whitespace-collapsed text, entities decoded once. */
  readonly text: string;
  /** The innermost block element holding the text. */
  readonly owner: Container;
  /** 1–6 inside a heading element, 0 otherwise. */
  readonly heading: number;
  /** Characters of the text that lie inside links. */
  readonly linkChars: number;
  /** Inside page furniture (nav, aside, header, footer, figcaption, furniture roles). */
  readonly inFurniture: boolean;
}

/** Title candidates seen in a page, in order of preference. */
export interface HtmlTitles {
  /** First `<h1>` inside an `<article>` or `[itemprop=articleBody]`. */
  articleH1: string | null;
  /** `<meta property="og:title">`. */
  ogTitle: string | null;
  /** First `<h1>` outside navigation, asides and the page's header and footer. */
  firstH1: string | null;
  /** `<title>`. */
  titleTag: string | null;
}

/** What `collectBlocks` returns. */
export interface CollectedPage {
  readonly blocks: Block[];
  /** Every container, in document order; `containers[0]` is the document's root. */
  readonly containers: Container[];
  readonly titles: HtmlTitles;
  /** Raw text of each `<script type="application/ld+json">`, for structured data. */
  readonly jsonLd: string[];
}

const BLANK_LINE = /\n[ \t\f\v\u00a0]*\n/;

/** Inline `style` that hides the element. */
function isHiddenStyle(style: string | undefined): boolean {
  if (!style || style.length > 2000) return false;
  const compact = style.toLowerCase().replace(/\s+/g, "");
  return compact.includes("display:none") || compact.includes("visibility:hidden");
}

/** Whether a reader never sees the element: invisible elements and hidden ones. */
function isInvisible(element: Element): boolean {
  if (INVISIBLE_ELEMENTS.has(element.name)) return true;
  const a = element.attribs;
  return a["hidden"] !== undefined || a["aria-hidden"] === "true" || isHiddenStyle(a["style"]);
}

function headingLevel(name: string): number {
  return name.length === 2 && name.charCodeAt(0) === 0x68 && name >= "h1" && name <= "h6" ? name.charCodeAt(1) - 0x30 : 0;
}

/**
 * A script's own text (JSON-LD; also read by the page-metadata reader), joined in a loop: `children.map(…).join("")`
 * was optimised for the array kind it met first (an element without children has an empty array of another kind) and
 * thrown away when it met the other.
 */
export function scriptText(node: Element): string {
  let text = "";
  for (const c of node.children) if (c.type === "text") text += c.data;
  return text;
}

/** Text of a node's subtree (title, h1), tags that leaked in as text removed. */
function textOf(node: Element): string {
  const pieces: string[] = [];
  const stack: ChildNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") pieces.push(n.data);
    else if (n.type === "tag" && !isInvisible(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return collapseWhitespace(stripTags(pieces.join("")));
}

/** Whether a text holds only whitespace (a scan, no new string). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c && c !== 0xa0) return false;
  }
  return true;
}

/** Whether an element has a block element among its direct children (one pass over them). */
function hasBlockChild(element: Element): boolean {
  for (const child of element.children) if (child.type === "tag" && BLOCK_ELEMENTS.has(child.name)) return true;
  return false;
}

/**
 * Phrasing elements: they never hold the article, so they get no container of their own
 * (less to allocate on pages of many small elements) unless their class names furniture.
 */
const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
  "img", "ins", "kbd", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike",
  "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
]);

/** Shared empty child list, replaced on a container's first child. */
const NO_CHILDREN: Container[] = [];

/**
 * One open element of the walk. Frames are reused by depth (the walk allocates one per level
 * of nesting, not one per element), so their fields are written on entry.
 */
interface Frame {
  node: Element | Document;
  /** The element's container, or the nearest one above it for a phrasing element. */
  container: Container;
  /** Whether `container` belongs to this element. */
  own: boolean;
  index: number;
  block: boolean;
  furniture: boolean;
  link: boolean;
  article: boolean;
  heading: number;
  h1: boolean;
  /** Value of `skipInline` to restore when leaving the element. */
  savedSkip: boolean;
}

/**
 * Walks the document once, without recursion, into paragraphs of visible text and the
 * containers that hold them.
 *
 * Block elements start and end paragraphs (text directly in a div is a paragraph too; a
 * table row of plain cells is one paragraph, its cells separated by spaces);
 * two `<br>` in a row end one; text outside any block is split on blank lines, as in a
 * plain-text document. Invisible content is left out with everything inside it
 * (`INVISIBLE_ELEMENTS`, `hidden`, `aria-hidden="true"`, `display:none`, `visibility:hidden`).
 * Furniture (nav, aside, header, footer, figcaption, furniture roles) is read but marked,
 * so the article is never looked for inside it. Every step is constant work per node.
 */
export function collectBlocks(document: Document): CollectedPage {
  const blocks: Block[] = [];
  const containers: Container[] = [];
  const titles: HtmlTitles = { articleH1: null, ogTitle: null, firstH1: null, titleTag: null };
  const jsonLd: string[] = [];

  const root: Container = {
    element: document as unknown as Element, tag: "#document", parent: null, firstBlock: 0, lastBlock: 0,
    hints: classHints(undefined, undefined), furniture: false, inFurniture: false, itemBody: false, namedFurniture: false, children: NO_CHILDREN, score: 0, scored: false,
  };
  containers.push(root);

  // The paragraph's text so far, joined as it comes (a paragraph of one text node is that node's string, nothing
  // allocated); `open` tells an empty paragraph from none, as an empty text node may start one.
  let raw = "";
  let open = false;
  let pieceLinkChars = 0;
  let owner: Container = root;
  let heading = 0;
  let furnitureDepth = 0;
  let titleFurnitureDepth = 0; // furniture other than an article's own header
  let linkDepth = 0;
  let articleDepth = 0;
  let blockDepth = 0; // open block elements other than html and body
  let rootText = false;
  let pendingBreaks = 0;
  let h1Text: string | null = null;
  // Text directly inside an inline element named as furniture (`<ins class="adsbygoogle">`,
  // `<span class="byline">`) is left out; a block inside it starts afresh.
  let skipInline = false;

  const emit = (raw: string, linkChars: number): void => {
    const text = collapseWhitespace(raw);
    if (text === "") return;
    blocks.push({ text, owner, heading, linkChars: Math.min(linkChars, text.length), inFurniture: furnitureDepth > 0 });
  };
  const flush = (): void => {
    pendingBreaks = 0;
    if (!open) return;
    const text = raw;
    const linkChars = pieceLinkChars;
    raw = "";
    open = false;
    pieceLinkChars = 0;
    if (rootText && BLANK_LINE.test(text)) for (const part of text.split(BLANK_LINE)) emit(part, 0);
    else emit(text, linkChars);
    rootText = false;
  };

  // frames[0 .. depth) are the open elements, innermost last; frames past depth are kept for reuse.
  const frames: Frame[] = [{
    node: document, container: root, own: true, index: 0, block: true, furniture: false, link: false, article: false, heading: 0, h1: false, savedSkip: false,
  }];
  let depth = 1;
  const owners: Container[] = [root];

  while (depth > 0) {
    const frame = frames[depth - 1]!;
    const children = frame.node.children;
    if (frame.index >= children.length) {
      // Leaving the element.
      depth--;
      skipInline = frame.savedSkip;
      if (frame.block) {
        flush();
        owners.pop();
        owner = owners[owners.length - 1] ?? root;
        if (frame.node !== document && !(frame.container.tag === "html" || frame.container.tag === "body")) blockDepth--;
      }
      if (frame.own) frame.container.lastBlock = blocks.length;
      if (frame.furniture) {
        furnitureDepth--;
        if (!(frame.container.tag === "header" && articleDepth > 0)) titleFurnitureDepth--;
      }
      if (frame.link) linkDepth--;
      if (frame.article) articleDepth--;
      if (frame.heading > 0) heading = 0;
      if (frame.h1 && h1Text !== null) {
        const text = collapseWhitespace(stripTags(h1Text));
        h1Text = null;
        if (text !== "") {
          if (titles.firstH1 === null && titleFurnitureDepth === 0) titles.firstH1 = text;
          if (titles.articleH1 === null && articleDepth > 0) titles.articleH1 = text;
        }
      }
      continue;
    }
    const node = children[frame.index++]!;
    if (node.type === "text") {
      const data = node.data;
      if (h1Text !== null) h1Text += data;
      if (skipInline) continue;
      const blank = isBlank(data);
      if (pendingBreaks >= 2 && !blank) flush();
      if (!blank) pendingBreaks = 0;
      if (blockDepth === 0) rootText = true;
      raw += data;
      open = true;
      if (linkDepth > 0) pieceLinkChars += data.length;
      continue;
    }
    if (node.type === "script" && node.name === "script") {
      if ((node.attribs["type"] ?? "").toLowerCase().includes("ld+json")) {
        jsonLd.push(scriptText(node));
      }
      continue;
    }
    if (node.type !== "tag") continue;
    const name = node.name;
    const attribs = node.attribs;
    if (name === "br") {
      pendingBreaks++;
      raw += " ";
      open = true;
      continue;
    }
    if (name === "meta") {
      if (titles.ogTitle === null) {
        const property = (attribs["property"] ?? attribs["name"] ?? "").toLowerCase();
        const content = attribs["content"];
        if (property === "og:title" && content) titles.ogTitle = collapseWhitespace(stripTags(content)) || null;
      }
      continue;
    }
    if (name === "title" && titles.titleTag === null) {
      titles.titleTag = textOf(node) || null;
      continue;
    }
    if (name === "head") {
      // The head holds no visible text, but its metadata and JSON-LD count.
      for (const child of node.children) {
        if (child.type === "tag" && child.name === "meta" && titles.ogTitle === null) {
          const property = (child.attribs["property"] ?? child.attribs["name"] ?? "").toLowerCase();
          const content = child.attribs["content"];
          if (property === "og:title" && content) titles.ogTitle = collapseWhitespace(stripTags(content)) || null;
        } else if (child.type === "tag" && child.name === "title" && titles.titleTag === null) {
          titles.titleTag = textOf(child) || null;
        } else if (child.type === "script" && (child.attribs["type"] ?? "").toLowerCase().includes("ld+json")) {
          jsonLd.push(scriptText(child));
        }
      }
      continue;
    }
    if (isInvisible(node)) continue;

    const cell = name === "td" || name === "th";
    // A table cell of words and numbers is part of its row's line ("1 Kyle Busch 5040");
    // a cell that holds blocks (a layout table) is a block itself.
    const block = cell ? hasBlockChild(node) : BLOCK_ELEMENTS.has(name);
    if (block) flush();
    else if (cell) {
      raw += " ";
      open = true;
    }
    const role = attribs["role"];
    const inArticle = articleDepth > 0;
    const furniture = FURNITURE_ELEMENTS.has(name) || name === "header" || name === "footer"
      || (role !== undefined && FURNITURE_ROLES.has(role.toLowerCase()));
    const itemprop = attribs["itemprop"];
    const itemBody = itemprop !== undefined && itemprop.toLowerCase().split(" ").includes("articlebody");
    const article = name === "article" || itemBody;
    const parentContainer = frame.container;
    const hints = classHints(attribs["class"], attribs["id"]);
    const own = !INLINE_ELEMENTS.has(name) || hints.furniture || itemBody;
    let container = parentContainer;
    if (own) {
      container = {
        element: node, tag: name, parent: parentContainer, firstBlock: blocks.length, lastBlock: blocks.length,
        hints, furniture, inFurniture: furniture || furnitureDepth > 0, itemBody,
        namedFurniture: hints.furniture || parentContainer.namedFurniture, children: NO_CHILDREN, score: 0, scored: false,
      };
      containers.push(container);
      if (parentContainer.children === NO_CHILDREN) parentContainer.children = [];
      parentContainer.children.push(container);
    }
    const level = headingLevel(name);
    const h1 = level === 1 && h1Text === null;
    const entered = frames[depth];
    if (entered === undefined) {
      frames.push({ node, container, own, index: 0, block, furniture, link: name === "a", article, heading: level, h1, savedSkip: skipInline });
    } else {
      entered.node = node;
      entered.container = container;
      entered.own = own;
      entered.index = 0;
      entered.block = block;
      entered.furniture = furniture;
      entered.link = name === "a";
      entered.article = article;
      entered.heading = level;
      entered.h1 = h1;
      entered.savedSkip = skipInline;
    }
    depth++;
    if (block) skipInline = false;
    else if (hints.furniture) skipInline = true;
    if (block) {
      owners.push(container);
      owner = container;
      if (name !== "html" && name !== "body") blockDepth++;
    }
    if (furniture) {
      furnitureDepth++;
      if (!(name === "header" && inArticle)) titleFurnitureDepth++;
    }
    if (name === "a") linkDepth++;
    if (article) articleDepth++;
    if (level > 0) heading = level;
    if (h1) h1Text = "";
  }
  flush();
  root.lastBlock = blocks.length;
  return { blocks, containers, titles, jsonLd };
}
