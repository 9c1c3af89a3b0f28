import type { HtmlDocument as Document } from "./parse-html";
import type { Warning } from "../types";
import { cleanBody } from "./clean-body";
import { collectBlocks, type Block, type Container, type HtmlTitles } from "./collect-blocks";
import { mergeSiblings } from "./merge-siblings";
import { parseWarnings } from "./parse-html";
import { pickBody, type Evidence } from "./pick-body";
import { blockSums, MIN_SCORED_CHARS, scoreContainers } from "./score-containers";
import { jsonLdArticleBody } from "./structured-data";

/** A paragraph at least this long, mostly not links, is article-like text (one real sentence or two). */
export const MIN_ARTICLE_PARAGRAPH_CHARS = 80;

/** One paragraph of the article read from HTML. */
export interface ArticleBlock {
  readonly text: string;
  /** 1–6 for a heading, 0 otherwise. */
  readonly heading: number;
}

/** The article found in one HTML document. */
export interface HtmlArticle {
  /** Body paragraphs in reading order, before boilerplate filtering and title removal. */
  readonly blocks: readonly ArticleBlock[];
  readonly titles: HtmlTitles;
  /** Whether some paragraph of the body reads like article text (see {@link MIN_ARTICLE_PARAGRAPH_CHARS}). */
  readonly articleLike: boolean;
  /** How the body was chosen. */
  readonly evidence: Evidence;
  /** Parse warnings of the document (`truncated-html`, `deep-nesting`). */
  readonly warnings: readonly Warning[];
}

function isArticleLike(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.text.length >= MIN_ARTICLE_PARAGRAPH_CHARS && b.linkChars * 2 < b.text.length);
}

/**
 * Finds the article body in a parsed page, in small steps: collect paragraphs and
 * containers (`collectBlocks`), score containers (`scoreContainers`), pick the body by
 * evidence (`pickBody`: JSON-LD `articleBody`, `[itemprop=articleBody]`, content score),
 * add the siblings that continue it (`mergeSiblings`) and leave out the furniture inside
 * it (`cleanBody`). Without any candidate, every visible paragraph outside furniture is kept.
 */
export function readArticle(document: Document): HtmlArticle {
  const page = collectBlocks(document);
  const { blocks, containers } = page;
  const sums = blockSums(blocks);
  const paragraphSums = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const counts = !b.inFurniture && b.text.length >= MIN_SCORED_CHARS;
    paragraphSums[i + 1] = paragraphSums[i]! + (counts ? b.text.length : 0);
  }
  const paragraphChars = (c: Container): number => paragraphSums[c.lastBlock]! - paragraphSums[c.firstBlock]!;
  const scored = scoreContainers(blocks, sums);
  const articleBody = jsonLdArticleBody(page.jsonLd);
  const pick = pickBody(scored, containers, blocks, sums, paragraphChars, articleBody);
  const root = containers[0]!;
  // Siblings continue a body chosen by its score; JSON-LD bodies are often cut short, so
  // paragraphs beside the container they point at may continue them; itemprop marks the whole body.
  const body = pick.top === null ? [root]
    : pick.evidence === "itemprop" ? [pick.top]
    : mergeSiblings(pick.top, blocks, sums, pick.evidence === "score");
  const kept = cleanBody(body, blocks, containers, sums);
  return {
    // The blocks themselves (they carry `text` and `heading`): no copy per paragraph.
    blocks: kept,
    titles: page.titles,
    articleLike: isArticleLike(kept),
    evidence: pick.evidence,
    warnings: parseWarnings(document),
  };
}
