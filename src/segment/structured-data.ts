import { collapseWhitespace } from "./collapse-whitespace";

/** schema.org types whose `articleBody` is the page's article. */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
  "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "socialmediaposting", "liveblogposting",
  "techarticle", "scholarlyarticle", "report", "posting",
]);

/** Most JSON-LD objects visited per page: hostile data stays cheap. */
const MAX_JSON_LD_NODES = 10_000;

function isArticleType(type: unknown): boolean {
  if (typeof type === "string") return ARTICLE_TYPES.has(type.toLowerCase().replace(/^.*[/:]/, ""));
  return Array.isArray(type) && type.some((t) => isArticleType(t));
}

/**
 * The longest `articleBody` of an Article-like object (NewsArticle, BlogPosting,
 * ReportageNewsArticle, …) in a page's JSON-LD scripts, whitespace collapsed, or null.
 * Invalid JSON is skipped. Such bodies are often cut short or lose their paragraph
 * breaks, so the caller uses them as evidence to find the body in the page.
 */
export function jsonLdArticleBody(scripts: readonly string[]): string | null {
  let best: string | null = null;
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.trim());
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let visited = 0;
    while (queue.length > 0 && visited++ < MAX_JSON_LD_NODES) {
      const node = queue.pop();
      if (Array.isArray(node)) {
        for (const item of node) queue.push(item);
        continue;
      }
      if (node === null || typeof node !== "object") continue;
      const record = node as Record<string, unknown>;
      const body = record["articleBody"];
      if (typeof body === "string" && isArticleType(record["@type"])) {
        const text = collapseWhitespace(body);
        if (best === null || text.length > best.length) best = text;
      }
      for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"]) {
        if (record[key] !== undefined) queue.push(record[key]);
      }
    }
  }
  return best;
}
