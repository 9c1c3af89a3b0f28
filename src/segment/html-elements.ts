/**
 * Element tables for reading article HTML. Built once at module level.
 */

/** Elements whose start and end separate paragraphs. Text directly inside any of them is a paragraph. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "img", "picture",
  "video", "audio", "iframe",
]);

/** Elements left out with everything inside them: code, embeds, controls, navigation, ads, photo captions. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "head", "script", "style", "noscript", "iframe", "template", "svg", "math", "canvas", "object",
  "embed", "video", "audio", "button", "form", "select", "textarea", "input", "option", "label",
  "nav", "aside", "dialog", "menu", "figcaption", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads",
  "amp-analytics", "amp-pixel",
]);

/** `role` values that mark page furniture rather than content. */
export const SKIPPED_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
]);

/** Elements never left out because of their class or id words: they hold the whole page or article. */
export const NEVER_SKIPPED_BY_CLASS: ReadonlySet<string> = new Set(["html", "body", "main", "article"]);

/**
 * Elements whose end tag may be left out (or that the parser closes implicitly at the
 * end): still open at the end of the input is normal for them, not a sign of truncation.
 */
export const OPTIONAL_END_TAG_ELEMENTS: ReadonlySet<string> = new Set([
  "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
  "option", "optgroup", "colgroup", "caption", "rb", "rt", "rtc", "rp",
]);
