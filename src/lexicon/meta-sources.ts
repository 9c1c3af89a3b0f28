/**
 * Where pages state their metadata: `<meta>` keys (the `name`, `property`, `itemprop` or
 * `http-equiv` attribute, lower-cased) and JSON-LD `@type`s, per field of `Meta`, in the order
 * they are trusted. Data only; the rules that read them live in `src/meta`.
 *
 * Within a field the first key that gives a usable value wins; JSON-LD comes before every
 * meta tag (it is written for machines and rarely carries a site suffix).
 */

/** `<meta>` keys per field, most trusted first: OpenGraph, `article:*`, Twitter, Dublin Core, then common ad hoc names. */
export const META_KEYS = {
  headline: ["og:title", "twitter:title", "headline", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title"],
  authors: [
    "author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author",
    "article:author", "og:article:author", "creator",
  ],
  published: [
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date",
    "publish-date", "publishdate", "publish_date", "pubdate", "date",
  ],
  modified: [
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "dc.date.modified", "dcterms.modified", "last-modified",
  ],
  url: ["og:url", "twitter:url", "dc.identifier", "dcterms.identifier"],
  siteName: ["og:site_name", "application-name", "dc.publisher", "dcterms.publisher"],
  language: ["content-language", "og:locale", "dc.language", "dcterms.language", "inlanguage", "language"],
  description: ["og:description", "twitter:description", "description", "dc.description", "dcterms.description"],
} as const satisfies Record<string, readonly string[]>;

/** JSON-LD `@type`s of an article; the first such node of the page gives the metadata. */
export const JSON_LD_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
  "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
  "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle",
]);

/** JSON-LD `@type`s of the page around the article: read for what the article node leaves out. */
export const JSON_LD_PAGE_TYPES: ReadonlySet<string> = new Set(["WebPage", "ItemPage"]);

/** JSON-LD `@type` of the site as a whole, whose `name` is the site name when no publisher is given. */
export const JSON_LD_SITE_TYPE = "WebSite";

/**
 * Words that mark a piece of a byline as a role or an outlet rather than a person
 * (`TOM KRISHER, AP Auto Writer`, `Jill Disis, CNN Business`): a byline with such a piece is not
 * split into names. Compared lower-cased, word by word.
 */
export const BYLINE_ROLE_WORDS: ReadonlySet<string> = new Set([
  "writer", "editor", "editors", "correspondent", "reporter", "reporters", "staff", "columnist", "contributor",
  "contributors", "producer", "photographer", "analyst", "critic", "bureau", "desk", "team", "press", "news",
  "newsroom", "business", "media", "wire", "wires", "service", "services", "agency", "associated", "times", "post",
  "journal", "magazine", "daily", "politics", "sports", "opinion", "senior", "chief", "special", "national",
  "international", "political", "editor-at-large", "contributing", "for",
]);

/** Words before `by` that open a byline (`Analysis by`, `Reporting by`), removed with it. */
export const BYLINE_PREFIX_WORDS: readonly string[] = [
  "written", "posted", "reported", "reporting", "story", "words", "text", "analysis", "opinion", "commentary",
  "interview", "photos", "video", "edited", "compiled", "published",
];

/** Class names of elements that hold a byline's names, compared token by token (`<span class="author">`). */
export const BYLINE_CLASSES: ReadonlySet<string> = new Set([
  "author", "byline", "author-name", "authorname", "author__name", "byline__name", "byline-name", "byline__author",
  "article-author", "article__author", "contributor-name", "posted-by",
]);
