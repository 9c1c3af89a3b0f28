import type { Block, Container } from "./collect-blocks";

/** Paragraphs shorter than this give no score: captions, labels and links are not article text. */
export const MIN_SCORED_CHARS = 25;
/** One point per this many characters of a paragraph… */
export const CHARS_PER_POINT = 100;
/** …up to this many, so one huge block (a pasted table) does not outweigh many paragraphs. */
export const MAX_LENGTH_POINTS = 3;
/** Ancestors of a paragraph's element that share its score (parent in full, then ½, then 1/(3·level)). */
export const SCORED_ANCESTORS = 5;

/**
 * Containers that hold text directly only as runs between their child blocks: such a run
 * is a paragraph of its own (Readability wraps it in a `<p>`), so the container itself is
 * the element around it. Text directly in any other block (p, li, pre, headings) makes
 * that element the paragraph and its parent the element around it.
 */
const WRAPPER_TAGS: ReadonlySet<string> = new Set([
  "#document", "html", "body", "div", "section", "article", "main", "form", "center", "td", "fieldset",
  "details", "figure", "header", "footer",
]);

/**
 * Score factor of a container inside one named as furniture (comments, related stories,
 * ads): its own words may look like content (`div.content` of a comment), so the
 * ancestor's name weighs in. All candidates inside a site-wide wrapper named so
 * (`div.Page-ad-margins`) are scaled alike, which keeps their order.
 */
export const NAMED_FURNITURE_FACTOR = 0.5;

/**
 * A comma in one of several scripts (Latin, CJK, Arabic): a sign of sentences. Searched natively: block texts come in
 * several internal string kinds (slices, concatenations, copies), so a `charCodeAt` loop over them was a generic
 * property load and call per character.
 */
const COMMA = /[,\uFF0C\u3001\u060C\uFE50\uFF64]/g;

/** Starting score of a container by tag: divs and sections usually wrap text, lists and headings rarely do. */
function tagWeight(tag: string): number {
  switch (tag) {
    case "div": case "article": case "section": case "main": return 5;
    case "pre": case "td": case "blockquote": return 3;
    case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": return -3;
    case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": return -5;
    default: return 0;
  }
}

/** Points one paragraph gives: 1 + its commas + one per {@link CHARS_PER_POINT} characters (capped). */
export function paragraphPoints(text: string): number {
  let commas = 0;
  COMMA.lastIndex = 0;
  while (COMMA.test(text)) commas++;
  return 1 + commas + Math.min(Math.floor(text.length / CHARS_PER_POINT), MAX_LENGTH_POINTS);
}

/** Prefix sums over blocks, for the text and link length of any container in O(1). */
export interface BlockSums {
  readonly chars: Float64Array;
  readonly linkChars: Float64Array;
}

/** Builds {@link BlockSums} (index i holds the sum over blocks [0, i)). */
export function blockSums(blocks: readonly Block[]): BlockSums {
  const chars = new Float64Array(blocks.length + 1);
  const linkChars = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    chars[i + 1] = chars[i]! + blocks[i]!.text.length;
    linkChars[i + 1] = linkChars[i]! + blocks[i]!.linkChars;
  }
  return { chars, linkChars };
}

/** Characters of text inside a container. */
export function charsIn(sums: BlockSums, c: Container): number {
  return sums.chars[c.lastBlock]! - sums.chars[c.firstBlock]!;
}

/** Share of a container's text that lies inside links (0 for an empty one). */
export function linkDensity(sums: BlockSums, c: Container): number {
  const chars = charsIn(sums, c);
  return chars === 0 ? 0 : (sums.linkChars[c.lastBlock]! - sums.linkChars[c.firstBlock]!) / chars;
}

/**
 * Gives every container a content score from the paragraphs below it, the way
 * Readability does: each paragraph of at least {@link MIN_SCORED_CHARS} characters
 * outside furniture gives {@link paragraphPoints} to the element around it and, less, to
 * {@link SCORED_ANCESTORS} levels above; a container starts from its tag weight and class
 * hints; the sum is scaled by (1 − link density), and by {@link NAMED_FURNITURE_FACTOR}
 * inside a container named as furniture. Constant work per paragraph.
 * Returns the scored containers.
 */
export function scoreContainers(blocks: readonly Block[], sums: BlockSums): Container[] {
  const scored: Container[] = [];
  for (const block of blocks) {
    if (block.inFurniture || block.text.length < MIN_SCORED_CHARS) continue;
    const points = paragraphPoints(block.text);
    let c: Container | null = WRAPPER_TAGS.has(block.owner.tag) ? block.owner : block.owner.parent;
    for (let level = 0; c !== null && level < SCORED_ANCESTORS; level++, c = c.parent) {
      if (c.inFurniture) break;
      if (!c.scored) {
        c.scored = true;
        c.score = tagWeight(c.tag) + c.hints.weight;
        scored.push(c);
      }
      c.score += level === 0 ? points : level === 1 ? points / 2 : points / (level * 3);
    }
  }
  for (const c of scored) c.score *= (1 - linkDensity(sums, c)) * (c.namedFurniture ? NAMED_FURNITURE_FACTOR : 1);
  return scored;
}
