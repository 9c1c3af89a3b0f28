import type { HtmlBlock, Scope } from "./walk-blocks";

/**
 * An article scope is preferred only if it holds real paragraphs: one paragraph of at
 * least this many characters (a sentence or two), so a teaser card marked `<article>`
 * with a one-line blurb does not hide the page's actual text…
 */
export const MIN_REAL_PARAGRAPH_CHARS = 80;
/** …or at least this many characters of text in all. */
export const MIN_SCOPE_CHARS = 300;

function isReal(scope: Scope): boolean {
  return scope.longest >= MIN_REAL_PARAGRAPH_CHARS || scope.chars >= MIN_SCOPE_CHARS;
}

/**
 * Keeps the paragraphs of the article when the page marks one: the strongest kind of
 * scope with real paragraphs wins (`[itemprop=articleBody]`, then `<article>`, then
 * `<main>`), and among several of that kind (teaser cards are often `<article>` too) the
 * one with the most text. Without such a scope every paragraph is kept.
 */
export function selectArticleBlocks(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  let best: Scope | null = null;
  const seen = new Set<Scope>();
  for (const block of blocks) {
    for (let s = block.scope; s !== null && !seen.has(s); s = s.parent) {
      seen.add(s);
      if (!isReal(s)) continue;
      if (best === null || s.rank < best.rank || (s.rank === best.rank && s.chars > best.chars)) best = s;
    }
  }
  if (best === null) return [...blocks];
  const chosen = best;
  return blocks.filter((block) => {
    for (let s = block.scope; s !== null; s = s.parent) if (s === chosen) return true;
    return false;
  });
}
