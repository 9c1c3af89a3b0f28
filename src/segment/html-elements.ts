/**
 * Element tables for reading article HTML. Built once at module level.
 */

/**
 * Elements whose start and end separate paragraphs. Text directly inside any of them is a
 * paragraph. Table cells (`td`, `th`) are blocks only when they hold blocks themselves.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "picture",
  "video", "audio", "iframe", "legend",
]);

/**
 * Elements a reader never sees as text, left out with everything inside them: code,
 * embeds, controls, fallbacks that browsers do not render (`noembed`, `noframes`,
 * `noscript` with scripts on), raw-text relics (`xmp`, `plaintext`) and templates.
 */
export const INVISIBLE_ELEMENTS: ReadonlySet<string> = new Set([
  "head", "title", "script", "style", "noscript", "noembed", "noframes", "xmp", "plaintext", "iframe",
  "template", "svg", "math", "canvas", "object", "embed", "video", "audio", "button", "select",
  "textarea", "input", "option", "optgroup", "datalist", "label", "dialog", "map", "frameset", "frame",
  "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
]);

/** Page furniture by element: its text is never part of an article body, and no candidate lies inside it. */
export const FURNITURE_ELEMENTS: ReadonlySet<string> = new Set(["nav", "aside", "menu", "figcaption"]);

/** `role` values that mark page furniture rather than content. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
]);

/**
 * Elements whose end tag may be left out (or that the parser closes implicitly at the
 * end): still open at the end of the input is normal for them, not a sign of truncation.
 */
export const OPTIONAL_END_TAG_ELEMENTS: ReadonlySet<string> = new Set([
  "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
  "option", "optgroup", "colgroup", "caption", "rb", "rt", "rtc", "rp",
]);
