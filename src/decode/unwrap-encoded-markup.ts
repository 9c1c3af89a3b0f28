import { decodeHTML as decodeEntities } from "entities/decode";
import { countHiddenTagStarts } from "./count-hidden-tag-starts";
import { countTags } from "./count-tags";

/** Most layers of entity encoding undone; real feeds rarely exceed two. */
export const MAX_ENCODING_LAYERS = 4;
/** A decoded layer is markup only if it adds at least this many tags (one stray `&lt;b&gt;` in text is not). */
export const MIN_TAG_GAIN = 2;
/**
 * …and multiplies the tag count by at least this much. Fully encoded markup goes from 0
 * tags to many; half-encoded markup like `<p>…<&sol;p>` roughly doubles; a page quoting a
 * few encoded tags in its text only adds a few percent.
 */
export const MIN_TAG_GAIN_RATIO = 1.5;

/** What `unwrapEncodedMarkup` returns. */
export interface Unwrapped {
  /** The HTML with the layers of encoding that hid markup undone; its text still holds one layer of entities for the HTML parser. */
  readonly html: string;
  /** How many layers were undone (0 when the markup was not encoded). */
  readonly layers: number;
}

/**
 * Undoes layers of entity encoding that hide markup (`&lt;p&gt;`, `&amp;lt;p&amp;gt;`,
 * `<p>…<&sol;p>`), detected from the content: a layer is undone when decoding it makes
 * many more tags appear ({@link MIN_TAG_GAIN}, {@link MIN_TAG_GAIN_RATIO}).
 *
 * A layer that adds no tag at all is looked through (the next one may), so two layers of
 * `&amp;lt;` are found; the first layer that reveals markup is the last one undone, so visible
 * `&amp;lt;` in the text of the revealed HTML is still decoded exactly once, by the parser.
 *
 * Decoding is tried only when it could reveal markup: {@link countHiddenTagStarts} bounds,
 * without decoding, how many tags any layer could add; a page where that bound cannot reach
 * the gain a layer needs is returned as it is (most real pages: decoding a whole page on trial
 * cost a third of the time spent on them).
 */
export function unwrapEncodedMarkup(html: string): Unwrapped {
  let best = html;
  let layers = 0;
  if (html.indexOf("&") === -1) return { html, layers };
  // No layer can add more tags than there are places where one could begin.
  const hidden = countHiddenTagStarts(html);
  if (hidden < MIN_TAG_GAIN) return { html, layers };
  // Past 2 × hidden tags no layer can reach the gain ratio, so counting stops there
  // (the test below then holds); below that the count is exact.
  let bestTags = countTags(html, 2 * hidden + 1);
  if (bestTags + hidden < bestTags * MIN_TAG_GAIN_RATIO) return { html, layers };
  let candidate = html;
  for (let layer = 1; layer <= MAX_ENCODING_LAYERS; layer++) {
    if (candidate.indexOf("&") === -1) break;
    const next = decodeEntities(candidate);
    if (next === candidate) break;
    const tags = countTags(next);
    if (tags - bestTags >= MIN_TAG_GAIN && tags >= bestTags * MIN_TAG_GAIN_RATIO) {
      best = next;
      bestTags = tags;
      layers = layer;
      // Stop at the first layer that reveals markup: what is still encoded below it is
      // the visible text of that markup (an article about `&lt;b&gt;` tags).
      break;
    }
    // A layer that revealed a few tags but not markup shows the text's own encoded tags:
    // what lies below is visible text, so do not look further.
    if (tags > bestTags) break;
    // Looking through a layer that revealed nothing is for documents encoded whole, twice
    // (`&amp;lt;p&amp;gt;`). Where the input has real markup of its own, what is still encoded
    // is its visible text (`<p>write &amp;lt;b&amp;gt;</p>` shows `&lt;b&gt;`).
    if (bestTags >= MIN_TAG_GAIN) break;
    candidate = next;
  }
  return { html: best, layers };
}
