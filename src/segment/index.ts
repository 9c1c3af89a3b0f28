export { segment, segmentDocument, segmentParsed, parseParts } from "./segment";
export type { ParsedPart, Segmented, SegmentOptions } from "./segment";
export { parseHtml, parseWarnings, MAX_NESTING_DEPTH } from "./parse-html";
export { readArticle, MIN_ARTICLE_PARAGRAPH_CHARS } from "./read-article";
export type { ArticleBlock, HtmlArticle } from "./read-article";
export { collectBlocks } from "./collect-blocks";
export type { Block, Container, CollectedPage, HtmlTitles } from "./collect-blocks";
export { scoreContainers, paragraphPoints, MIN_SCORED_CHARS, CHARS_PER_POINT, MAX_LENGTH_POINTS, SCORED_ANCESTORS } from "./score-containers";
export { pickBody, MIN_JSON_LD_CHARS, MIN_ARTICLE_CHARS } from "./pick-body";
export type { Evidence, Pick } from "./pick-body";
export { mergeSiblings } from "./merge-siblings";
export { cleanBody, MAX_FURNITURE_SHARE } from "./clean-body";
export { jsonLdArticleBody } from "./structured-data";
export { classHints, CLASS_WEIGHT } from "./class-hints";
export type { ClassHints } from "./class-hints";
export { stripTags } from "./strip-tags";
export { splitPlainText } from "./split-plain-text";
export type { TextBlock } from "./split-plain-text";
export { isBoilerplate, MAX_BOILERPLATE_CHARS } from "./is-boilerplate";
export { isTitleLike, isHeadlineCase, MAX_TITLE_CHARS, HEADLINE_CASE_SHARE, MIN_HEADLINE_WORDS } from "./pick-title";
export { cleanTitleTag, MAX_SITE_NAME_CHARS } from "./clean-title-tag";
export { collapseWhitespace } from "./collapse-whitespace";
export {
  BLOCK_ELEMENTS, INVISIBLE_ELEMENTS, FURNITURE_ELEMENTS, FURNITURE_ROLES, OPTIONAL_END_TAG_ELEMENTS,
} from "./html-elements";
