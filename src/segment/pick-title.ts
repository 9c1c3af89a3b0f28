/**
 * A plain-text first paragraph longer than this is body text, not a headline. News
 * headlines run to about 70–120 characters; 150 leaves room for long ones.
 */
export const MAX_TITLE_CHARS = 150;

/**
 * Share of capitalised words (short function words aside) from which a line counts as
 * headline case ("Only 24 Percent of Hillary Clinton’s Contributors Are Small Donors.").
 * Sentence-case body text with a few names stays well below (typically under 0.5).
 */
export const HEADLINE_CASE_SHARE = 0.75;

/** Fewest words (function words aside) to judge headline case on. */
export const MIN_HEADLINE_WORDS = 2;

/** Function words that headline case leaves in lower case. */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by",
  "with", "from", "as", "vs", "vs.", "via", "per", "up", "into", "onto", "off", "out", "over", "than",
  "is", "be", "de", "la", "van", "von",
]);

/** Marks that may close a sentence or headline after its final punctuation. */
const CLOSERS = "\"'’”»)]}*";
/** Punctuation that ends a sentence. */
const SENTENCE_END = ".!?…";
/** Punctuation after which a line is plainly not a complete headline: it introduces or continues something. */
const CONTINUES = ",:;-–—(";

/**
 * Whether most words of `line` start with a capital letter, function words aside.
 */
export function isHeadlineCase(line: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (const token of line.split(" ")) {
    // Strip opening quotes and brackets: ‘Mocking’ is a capitalised word.
    let i = 0;
    while (i < token.length && "\"'‘“«([".includes(token.charAt(i))) i++;
    const first = token.charAt(i);
    if (first === "" || first.toLowerCase() === first.toUpperCase()) continue; // numbers, symbols
    if (SMALL_WORDS.has(token.slice(i).toLowerCase())) continue;
    words++;
    if (first !== first.toLowerCase()) capitalised++;
  }
  return words >= MIN_HEADLINE_WORDS && capitalised / words >= HEADLINE_CASE_SHARE;
}

/**
 * Whether the first paragraph of a plain-text document is its title.
 *
 * The heuristic, chosen so that no body paragraph of a typical article is lost:
 * - it must be one line, at most {@link MAX_TITLE_CHARS} characters, with a letter in it,
 *   and more paragraphs must follow (a one-paragraph text keeps its paragraph);
 * - a line that does not end like a sentence is a title ("Putin calls for closer
 *   Russia-China cooperation on satellites and weapons", "Super PAC haul surges past $1B;"),
 *   unless it ends in `,` `:` `-` or `(` (an introduction that continues below);
 * - a line ending in `.`, `!`, `?` or `…` (closing quotes aside) is a title only when it is
 *   in headline case ("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted
 *   to Avoid Bad Optics."): corpora such as PolNeAR end every headline with a period, while
 *   a short sentence-case first paragraph ending in a period may be a lede and is kept.
 */
export function isTitleLike(text: string, singleLine: boolean, followed: boolean): boolean {
  if (!followed || !singleLine || text.length > MAX_TITLE_CHARS) return false;
  if (text.toLowerCase() === text.toUpperCase()) return false; // no letter at all
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end--;
  const last = text.charAt(end - 1);
  if (CONTINUES.includes(last) && last !== ";") return false;
  if (SENTENCE_END.includes(last)) return isHeadlineCase(text);
  return true;
}
