import type { Block, Container } from "./collect-blocks";
import { charsIn, linkDensity, type BlockSums } from "./score-containers";

/**
 * A container inside the body named as furniture (ads, share, related, byline, caption…)
 * is left out when it holds less than this share of the body's text: a class word is a
 * hint, and a wrapper holding most of the article (`div.article.modal-enabled`) stays.
 */
export const MAX_FURNITURE_SHARE = 0.25;
/** Containers inside the body whose text is mostly links (related stories, tag lists) are left out… */
export const MAX_CONTAINER_LINK_DENSITY = 0.5;
/** …as are paragraphs that are mostly a link ("Read more: …", a list of headlines). */
export const MAX_BLOCK_LINK_DENSITY = 0.6;
/** Tags whose link-heavy instances are lists of links, not prose. */
const LINK_LIST_TAGS: ReadonlySet<string> = new Set(["ul", "ol", "dl", "div", "section", "table", "form", "fieldset", "p", "li"]);

/**
 * Picks the blocks of the article from the body's containers: everything inside them
 * except furniture (nav, aside, header, footer, figcaption, furniture roles),
 * containers named as furniture, and forms (search, sign-up), that hold a small share of the body
 * ({@link MAX_FURNITURE_SHARE}), link lists ({@link MAX_CONTAINER_LINK_DENSITY}) and
 * link-only paragraphs ({@link MAX_BLOCK_LINK_DENSITY}), small `<article>` teaser cards, and
 * headings left at the end with nothing under them. Linear: one difference array
 * over the blocks, constant work per container.
 */
export function cleanBody(
  body: readonly Container[], blocks: readonly Block[], containers: readonly Container[], sums: BlockSums,
): Block[] {
  const n = blocks.length;
  const inBody = new Int32Array(n + 1);
  let bodyChars = 0;
  for (const c of body) {
    inBody[c.firstBlock]! += 1;
    inBody[c.lastBlock]! -= 1;
    bodyChars += charsIn(sums, c);
  }
  // Prefix sums: inside[i] = block i lies in the body; count[i] = body blocks before i.
  const inside = new Uint8Array(n);
  const count = new Int32Array(n + 1);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += inBody[i]!;
    inside[i] = depth > 0 ? 1 : 0;
    count[i + 1] = count[i]! + inside[i]!;
  }
  const chosen = new Set(body);
  // The largest <article> inside the body is the story; smaller ones beside it are teaser cards.
  let largestArticle: Container | null = null;
  for (const c of containers) {
    const span = c.lastBlock - c.firstBlock;
    if (c.tag !== "article" || span === 0 || count[c.lastBlock]! - count[c.firstBlock]! !== span) continue;
    if (largestArticle === null || charsIn(sums, c) > charsIn(sums, largestArticle)) largestArticle = c;
  }
  const removed = new Int32Array(n + 1);
  for (const c of containers) {
    const span = c.lastBlock - c.firstBlock;
    if (span === 0 || chosen.has(c) || count[c.lastBlock]! - count[c.firstBlock]! !== span) continue;
    const chars = charsIn(sums, c);
    const drop = c.furniture
      // A small <article> inside the body is a teaser card of another story ("You may also like").
      || (c.tag === "article" && c !== largestArticle && chars < MAX_FURNITURE_SHARE * bodyChars)
      || ((c.hints.furniture || c.tag === "form") && chars < MAX_FURNITURE_SHARE * bodyChars)
      || (LINK_LIST_TAGS.has(c.tag) && linkDensity(sums, c) > MAX_CONTAINER_LINK_DENSITY && chars < MAX_FURNITURE_SHARE * bodyChars);
    if (drop) {
      removed[c.firstBlock]! += 1;
      removed[c.lastBlock]! -= 1;
    }
  }
  const out: Block[] = [];
  depth = 0;
  for (let i = 0; i < n; i++) {
    depth += removed[i]!;
    const block = blocks[i]!;
    if (inside[i] === 0 || depth > 0 || block.inFurniture) continue;
    // A table row of linked names is data, not a link list.
    if (block.linkChars > MAX_BLOCK_LINK_DENSITY * block.text.length && block.owner.tag !== "tr") continue;
    out.push(block);
  }
  // A heading with nothing after it introduced what was left out (related stories, comments).
  while (out.length > 0 && out[out.length - 1]!.heading > 0) out.pop();
  return out;
}
