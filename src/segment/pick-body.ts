import type { Block, Container } from "./collect-blocks";
import { charsIn, MIN_SCORED_CHARS, type BlockSums } from "./score-containers";

/** JSON-LD `articleBody` shorter than this is a summary, not evidence of the body. */
export const MIN_JSON_LD_CHARS = 200;
/** The JSON-LD body is found in the page when blocks matching it hold at least this share of its length. */
export const MIN_JSON_LD_FOUND_SHARE = 0.5;
/** The body is the smallest container that holds this share of the page's text matching the JSON-LD body. */
export const JSON_LD_COVER_SHARE = 0.8;
/** A block matches the JSON-LD body when this share of its word 4-grams occur there. */
export const BLOCK_MATCH_SHARE = 0.6;
/** `[itemprop=articleBody]` is the body when its paragraphs (of 25+ characters) hold at least this much text: a sentence or two. */
export const MIN_ITEMPROP_CHARS = 150;
/** Word 4-grams of a block checked against the JSON-LD body, evenly spaced: enough to tell a match, cheap on long blocks. */
export const MAX_GRAMS_CHECKED = 8;
/** A container holds article-like text when its scored paragraphs have at least this many characters. */
export const MIN_ARTICLE_CHARS = 250;
/** Alternative candidates within this share of the top score count as votes for a common ancestor (Readability). */
export const ALTERNATIVE_SHARE = 0.75;
/** Votes of alternative candidates that make their common ancestor the body. */
export const MIN_ALTERNATIVES = 3;
/** Most alternative candidates considered. */
export const MAX_ALTERNATIVES = 5;

/** How the body was found. */
export type Evidence = "json-ld" | "itemprop" | "score" | "none";

/** The chosen body container and the evidence for it. */
export interface Pick {
  readonly top: Container | null;
  readonly evidence: Evidence;
}

/** Lower-cased word tokens of a text in any script (letters and digits). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word 4-gram keys of a text, all of them or at most `limit` evenly spaced (a shorter text gives one key of all its words). */
function grams(text: string, limit = Infinity): string[] {
  const w = words(text);
  if (w.length < 4) return w.length === 0 ? [] : [w.join(" ")];
  const count = w.length - 3;
  const step = count > limit ? count / limit : 1;
  const out: string[] = [];
  for (let k = 0; k < count; k += step) {
    const i = Math.floor(k);
    out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`);
  }
  return out;
}

/**
 * Whether a container with text lies inside `b`, by their block ranges (ranges of elements
 * nest as the elements do): constant time, no walk up the tree.
 */
export function within(a: Container, b: Container): boolean {
  return a.lastBlock > a.firstBlock && b.firstBlock <= a.firstBlock && a.lastBlock <= b.lastBlock;
}

/**
 * The container of the JSON-LD article body: blocks whose 4-grams mostly occur in it are
 * matched, and the smallest container outside furniture that holds
 * {@link JSON_LD_COVER_SHARE} of the matched text wins. Null when the page's text does
 * not hold the JSON-LD body (rendered by script, or a different text).
 */
export function findJsonLdContainer(
  articleBody: string, blocks: readonly Block[], containers: readonly Container[],
): Container | null {
  if (articleBody.length < MIN_JSON_LD_CHARS) return null;
  const known = new Set(grams(articleBody));
  const matched = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    let hit = 0;
    const g = block.inFurniture || block.text.length < MIN_SCORED_CHARS ? [] : grams(block.text, MAX_GRAMS_CHECKED);
    for (const key of g) if (known.has(key)) hit++;
    matched[i + 1] = matched[i]! + (g.length > 0 && hit / g.length >= BLOCK_MATCH_SHARE ? block.text.length : 0);
  }
  const total = matched[blocks.length]!;
  if (total < MIN_JSON_LD_FOUND_SHARE * Math.min(articleBody.length, 20_000)) return null;
  let best: Container | null = null;
  let bestChars = Infinity;
  for (const c of containers) {
    if (c.inFurniture) continue;
    const m = matched[c.lastBlock]! - matched[c.firstBlock]!;
    const span = c.lastBlock - c.firstBlock;
    if (m >= JSON_LD_COVER_SHARE * total && span < bestChars) {
      best = c;
      bestChars = span;
    }
  }
  return best;
}

/**
 * Chooses the container of the article body by evidence: the JSON-LD `articleBody`
 * found in the page, then the largest `[itemprop=articleBody]` with article-like text,
 * then the best content score, moved up to the common ancestor of near-equal
 * candidates and to a parent that scores higher (Readability's refinements).
 */
export function pickBody(
  scored: readonly Container[], containers: readonly Container[], blocks: readonly Block[], sums: BlockSums,
  paragraphChars: (c: Container) => number, articleBody: string | null,
): Pick {
  if (articleBody !== null) {
    const found = findJsonLdContainer(articleBody, blocks, containers);
    if (found !== null) return { top: found, evidence: "json-ld" };
  }
  let item: Container | null = null;
  for (const c of containers) {
    if (c.itemBody && !c.inFurniture && paragraphChars(c) >= MIN_ITEMPROP_CHARS
      && (item === null || charsIn(sums, c) > charsIn(sums, item))) item = c;
  }
  if (item !== null) return { top: item, evidence: "itemprop" };

  const ranked = scored.filter((c) => !c.inFurniture).sort((a, b) => b.score - a.score);
  let top = ranked[0];
  if (top === undefined) return { top: null, evidence: "none" };

  // Near-equal candidates elsewhere vote for a common ancestor (articles split into several blocks).
  const alternatives = ranked.slice(1, 1 + MAX_ALTERNATIVES).filter((c) => c.score >= top!.score * ALTERNATIVE_SHARE);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let parent = top.parent; parent !== null && parent.tag !== "body" && parent.tag !== "html"; parent = parent.parent) {
      let votes = 0;
      for (const alt of alternatives) if (within(alt, parent)) votes++;
      if (votes >= MIN_ALTERNATIVES) {
        top = parent;
        break;
      }
    }
  }
  // A parent that scores higher than the top holds more of the article.
  let last = top.score;
  const threshold = last / 3;
  for (let parent = top.parent; parent !== null && parent.tag !== "body" && parent.tag !== "html"; parent = parent.parent) {
    if (!parent.scored) continue;
    if (parent.score < threshold) break;
    if (parent.score > last) {
      top = parent;
      break;
    }
    last = parent.score;
  }
  // An only child says nothing: its parent may hold siblings' text nodes too.
  while (top.parent !== null && top.parent.tag !== "body" && top.parent.tag !== "html" && top.parent.children.length === 1
    && top.parent.parent !== null) {
    top = top.parent;
  }
  return { top, evidence: "score" };
}
