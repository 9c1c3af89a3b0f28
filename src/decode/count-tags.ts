/**
 * Element names that count as evidence of HTML. Unknown names such as the `<tweet …>`
 * markers of some news corpora do not: a text that only holds those stays plain text.
 * Custom elements (a name with a hyphen, e.g. `amp-ad`) count too.
 */
export const HTML_ELEMENT_NAMES: ReadonlySet<string> = new Set([
  "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo",
  "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
  "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed",
  "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
  "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript",
  "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q",
  "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small", "source", "span",
  "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
  "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
  // MathML's root, and elements the HTML standard lists as obsolete that old pages and CMS
  // templates still hold (a footer block of `<xmp>` or `<tt>` is markup, not text).
  "math", "search", "slot", "acronym", "applet", "basefont", "big", "dir", "frame", "frameset", "keygen",
  "marquee", "menuitem", "nobr", "noembed", "noframes", "plaintext", "rb", "rtc", "strike", "tt", "xmp",
]);

/** Longest tag name read when classifying a tag; longer names are not HTML we know. */
const MAX_TAG_NAME = 32;

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f; // /
const BANG = 0x21; // !
const HYPHEN = 0x2d; // -

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === HYPHEN || c === 0x3a; // digits, -, :
}

/** Whitespace that may end a tag name: space, tab, LF, FF, CR. */
function isTagSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/**
 * Reads a tag name at `i` (just after `<` or `</`) and tells whether it names HTML:
 * a known element or a custom element, followed by `>`, `/`, whitespace or the end.
 * `&` also ends a name so `<div class&equals;…>` counts while its markup is still encoded.
 */
function isKnownTagAt(s: string, i: number): boolean {
  if (!isAsciiLetter(s.charCodeAt(i))) return false;
  let j = i + 1;
  const limit = Math.min(s.length, i + MAX_TAG_NAME);
  while (j < limit && isNameChar(s.charCodeAt(j))) j++;
  if (j < s.length) {
    const next = s.charCodeAt(j);
    if (next !== GT && next !== SLASH && next !== 0x26 && !isTagSpace(next)) return false;
  }
  const name = s.slice(i, j).toLowerCase();
  return HTML_ELEMENT_NAMES.has(name) || (name.indexOf("-") > 0 && !name.endsWith("-"));
}

/**
 * Counts raw tag-like things (`<p>`, `</div>`, `<amp-ad …`, `<!--`, `<!DOCTYPE`) in `s`.
 * With `limit`, stops counting there (the answer is then `limit`): a caller that only
 * needs to know whether there are that many does not scan a whole page.
 *
 * One forward scan from `<` to `<`; no regular expression, linear in `s.length`.
 */
export function countTags(s: string, limit = Infinity): number {
  let count = 0;
  let i = s.indexOf("<");
  while (i !== -1 && count < limit) {
    const c = s.charCodeAt(i + 1);
    if (c === BANG) count++;
    else if (c === SLASH ? isKnownTagAt(s, i + 2) : isKnownTagAt(s, i + 1)) count++;
    i = s.indexOf("<", i + 1);
  }
  return count;
}

/** Spellings of `<` as a character reference, lower-cased. */
const ENCODED_LT = ["lt;", "#60;", "#060;", "#x3c;", "#x03c;"];
/** The body of `&amp;`, which wraps one more layer. */
const AMP = ["amp;"];
/** Spellings of `/` as a character reference, lower-cased. */
const ENCODED_SLASH = ["sol;", "#47;", "#047;", "#x2f;", "#x02f;"];

/** If `s` at `i` (lower-cased comparison) starts with one of `options`, its length, else 0. */
function matchAnyAt(s: string, i: number, options: readonly string[]): number {
  for (const option of options) {
    if (s.length - i >= option.length && s.slice(i, i + option.length).toLowerCase() === option) {
      return option.length;
    }
  }
  return 0;
}

/**
 * Counts entity-encoded tag starts (`&lt;p`, `&lt;/p`, `&amp;lt;div`, `&#60;&sol;span`,
 * any number of `amp;` layers) that name HTML elements; with `limit`, stops counting there.
 *
 * One forward scan from `&` to `&`; every `&` is looked at a bounded number of times.
 */
export function countEncodedTags(s: string, limit = Infinity): number {
  let count = 0;
  let i = s.indexOf("&");
  while (i !== -1 && count < limit) {
    let j = i + 1;
    // Skip nested `amp;` layers: `&amp;amp;lt;` is `<` under two more layers.
    while (matchAnyAt(s, j, AMP) > 0) j += 4;
    const first = s.charCodeAt(j) | 0x20; // lower-cased for letters; `#` stays `#`
    const lt = first === 0x6c || first === 0x23 ? matchAnyAt(s, j, ENCODED_LT) : 0; // l or #
    if (lt > 0) {
      j += lt;
      if (s.charCodeAt(j) === SLASH) j++;
      else if (s.charCodeAt(j) === 0x26) {
        let k = j + 1;
        while (matchAnyAt(s, k, AMP) > 0) k += 4;
        const slash = matchAnyAt(s, k, ENCODED_SLASH);
        if (slash > 0) j = k + slash;
      }
      if (isKnownTagAt(s, j)) count++;
    }
    // Continue after the run of `amp;` so a flood of `&amp;amp;…` stays linear.
    i = s.indexOf("&", Math.max(i + 1, j));
  }
  return count;
}
