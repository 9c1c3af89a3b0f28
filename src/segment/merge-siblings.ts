import type { Block, Container } from "./collect-blocks";
import { charsIn, linkDensity, type BlockSums } from "./score-containers";

/** A sibling joins the body when its score reaches this share of the body's score… */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this score (Readability's floor). */
export const MIN_SIBLING_SCORE = 10;
/** A sibling paragraph this long with link density below {@link MAX_SIBLING_LINK_DENSITY} continues the article. */
export const MIN_SIBLING_PARAGRAPH_CHARS = 80;
/** Link density above which a sibling paragraph is navigation. */
export const MAX_SIBLING_LINK_DENSITY = 0.25;

/** Sentence-ending punctuation in several scripts. */
const SENTENCE_END = new Set([".", "!", "?", "…", "。", "！", "？", "؟", "।", "»", "”", "\""]);

/** The blocks a sibling holds, for the paragraph tests. */
function siblingText(blocks: readonly Block[], c: Container): string {
  return c.lastBlock - c.firstBlock === 1 ? blocks[c.firstBlock]!.text : "";
}

/**
 * The body's containers: the chosen one and those of its siblings that continue it
 * (Readability): a sibling that scores at least {@link SIBLING_SCORE_SHARE} of the body
 * (with a bonus for the same class), or one paragraph of prose (long with few links, or
 * short, link-free and ending like a sentence). Kept in document order. A body named by
 * structured data (`byScore` false) takes only sibling paragraphs: a sibling container
 * that scores well is another text, since the data said where the article is.
 */
export function mergeSiblings(top: Container, blocks: readonly Block[], sums: BlockSums, byScore = true): Container[] {
  const parent = top.parent;
  if (parent === null || parent.tag === "html") return [top];
  const threshold = Math.max(MIN_SIBLING_SCORE, top.score * SIBLING_SCORE_SHARE);
  const topClass = top.element.attribs?.["class"] ?? "";
  const out: Container[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    if (sibling.inFurniture || sibling.lastBlock === sibling.firstBlock) continue;
    const bonus = topClass !== "" && (sibling.element.attribs?.["class"] ?? "") === topClass ? top.score * SIBLING_SCORE_SHARE : 0;
    if (byScore && sibling.scored && sibling.score + bonus >= threshold) {
      out.push(sibling);
      continue;
    }
    const text = siblingText(blocks, sibling);
    if (text === "" || sibling.hints.furniture) continue;
    const density = linkDensity(sums, sibling);
    const length = charsIn(sums, sibling);
    if (length > MIN_SIBLING_PARAGRAPH_CHARS && density < MAX_SIBLING_LINK_DENSITY) out.push(sibling);
    else if (length <= MIN_SIBLING_PARAGRAPH_CHARS && density === 0 && SENTENCE_END.has(text.charAt(text.length - 1))) out.push(sibling);
  }
  return out;
}
