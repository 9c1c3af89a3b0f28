export { segment } from "./segment";
export type { Segmented, SegmentOptions } from "./segment";
export { walkBlocks, MAX_SCOPE_DEPTH } from "./walk-blocks";
export type { HtmlBlock, HtmlTitles, Scope, ScopeRank, WalkedHtml } from "./walk-blocks";
export { selectArticleBlocks, MIN_REAL_PARAGRAPH_CHARS, MIN_SCOPE_CHARS } from "./select-article-blocks";
export { splitPlainText } from "./split-plain-text";
export type { TextBlock } from "./split-plain-text";
export { isBoilerplate, MAX_BOILERPLATE_CHARS } from "./is-boilerplate";
export { isTitleLike, isHeadlineCase, MAX_TITLE_CHARS, HEADLINE_CASE_SHARE, MIN_HEADLINE_WORDS } from "./pick-title";
export { cleanTitleTag, MAX_SITE_NAME_CHARS } from "./clean-title-tag";
export { collapseWhitespace } from "./collapse-whitespace";
export {
  BLOCK_ELEMENTS, SKIPPED_ELEMENTS, SKIPPED_ROLES, NEVER_SKIPPED_BY_CLASS, OPTIONAL_END_TAG_ELEMENTS,
} from "./html-elements";
