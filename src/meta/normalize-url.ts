/** Longer URLs are not kept (tracking blobs, data URIs). */
export const MAX_URL_CHARS = 2048;

/**
 * Makes `href` an absolute http(s) URL, resolved against `base` when relative, without its
 * fragment (a canonical URL names the page, not a place in it). Null for other schemes
 * (`javascript:`, `data:`), relative URLs without a base, and anything unparseable.
 * @example
 * normalizeUrl("/news/a.html", "https://example.com/x") // "https://example.com/news/a.html"
 */
export function normalizeUrl(href: string, base?: string | null): string | null {
  const s = href.trim();
  if (s === "" || s.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  return url.href;
}

/** Whether a value is a URL or a handle rather than a name (`https://…`, `//…`, `www.…`, `/author/x`, `@jdoe`). */
export function looksLikeUrl(value: string): boolean {
  const s = value.trim();
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|www\.|@)/i.test(s) || /^[\w-]+(?:\.[\w-]+)+\/\S*$/.test(s);
}
