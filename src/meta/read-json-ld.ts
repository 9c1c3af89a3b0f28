import type { Meta } from "../types";
import { JSON_LD_ARTICLE_TYPES, JSON_LD_PAGE_TYPES, JSON_LD_SITE_TYPE } from "../lexicon/meta-sources";
import { cleanText } from "./clean-text";
import { looksLikeUrl } from "./normalize-url";

/** At most this many JSON values are visited over all of a page's JSON-LD (a news page has a few hundred). */
export const MAX_JSON_LD_VALUES = 20_000;

/** Objects nested deeper than this are not looked into (`@graph` → node → author is depth 3). */
export const MAX_JSON_LD_DEPTH = 12;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * The raw facts the page's JSON-LD gives, one per `Meta` field, cleaned as text; dates, URLs and
 * languages are normalised by the caller, and author URLs are resolved to the name of the node
 * they identify, else dropped.
 */
export interface JsonLdFacts extends Meta {
  /** Names of the people and organisations the JSON-LD describes, by their `@id`, `url` and `sameAs`, for resolving author URLs in meta tags. */
  readonly nameByUrl: ReadonlyMap<string, string>;
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** `@type` names without prefix (`schema:NewsArticle`, `https://schema.org/NewsArticle` → `NewsArticle`). */
function typesOf(node: JsonObject): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.slice(Math.max(x.lastIndexOf("/"), x.lastIndexOf(":")) + 1));
}

/** Text of a JSON-LD value: a string, a number, the first of an array, `{"@value": …}`; entities decoded once. */
function textOf(v: Json | undefined): string | null {
  if (typeof v === "string") return cleanText(v, { decode: true });
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textOf(x);
      if (t !== null) return t;
    }
    return null;
  }
  if (isObject(v) && "@value" in v) return textOf(v["@value"]);
  return null;
}

/** Removes `prefix` from the start of `s`, else returns null. */
function dropStart(s: string, prefix: string): string | null {
  return s.startsWith(prefix) ? s.slice(prefix.length).trimStart() : null;
}

/** Removes `suffix` from the end of `s`, else returns null. */
function dropEnd(s: string, suffix: string): string | null {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length).trimEnd() : null;
}

/**
 * Strips what wraps JSON in some pages' scripts: `<!-- … -->`, `//<![CDATA[ … //]]>`, a trailing
 * `;`. With string operations, not a regular expression: `\s*-->$` would rescan a long run of
 * spaces from each of its positions.
 */
function unwrap(script: string): string {
  let s = script.trim();
  s = dropStart(s, "<!--") ?? s;
  s = dropStart(s.startsWith("//") ? s.slice(2).trimStart() : s, "<![CDATA[") ?? s;
  s = dropEnd(s, "-->") ?? s;
  const cdata = dropEnd(s, "]]>");
  if (cdata !== null) s = cdata.endsWith("//") ? cdata.slice(0, -2).trimEnd() : cdata;
  return s.endsWith(";") ? s.slice(0, -1) : s;
}

/** Every object of the parsed scripts with a `@type`, in document order, walked without recursion and within the bounds above. */
function typedNodes(roots: readonly Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  // Built by `push` (not `map`, whose optimised form makes a holey array where the builtin makes a packed one).
  const stack: Array<{ value: Json; depth: number }> = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ value: roots[i]!, depth: 0 });
  let visited = 0;
  while (stack.length > 0 && visited < MAX_JSON_LD_VALUES) {
    const { value, depth } = stack.pop()!;
    visited++;
    if (depth > MAX_JSON_LD_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i]!, depth: depth + 1 });
    } else if (isObject(value)) {
      if ("@type" in value) out.push(value);
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        // Text-bearing fields are never containers: skip them rather than walk a 100 KB articleBody.
        if (k === "articleBody" || k === "text") continue;
        const child = value[k]!;
        if (typeof child === "object" && child !== null) stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return out;
}

/** The `@id` or URL a reference names: `"https://…"`, `{"@id": "…"}`. */
function refOf(v: Json | undefined): string | null {
  if (typeof v === "string") return v.trim();
  if (isObject(v) && typeof v["@id"] === "string") return v["@id"].trim();
  return null;
}

/** A person's or organisation's name: `name`, else `givenName familyName`, else `alternateName`. */
function nameOf(node: JsonObject): string | null {
  const name = textOf(node["name"]);
  if (name !== null && !looksLikeUrl(name)) return name;
  const full = [textOf(node["givenName"]), textOf(node["familyName"])].filter((x) => x !== null).join(" ");
  if (full !== "") return full;
  const alt = textOf(node["alternateName"]);
  return alt !== null && !looksLikeUrl(alt) ? alt : null;
}

/** `@id`, `url` and `sameAs` values of every named node → its name. */
function indexNames(nodes: readonly JsonObject[]): Map<string, string> {
  const byUrl = new Map<string, string>();
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === null) continue;
    for (const key of ["@id", "url", "sameAs"]) {
      const v = node[key];
      for (const ref of Array.isArray(v) ? v : [v]) {
        const r = refOf(ref);
        if (r && !byUrl.has(r)) byUrl.set(r, name);
      }
    }
  }
  return byUrl;
}

/** Names of an `author` or `creator` value: strings, objects, references, or arrays of them. */
function authorNames(value: Json | undefined, byUrl: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
    if (typeof v === "string") {
      const text = cleanText(v, { decode: true });
      if (text === null) continue;
      const resolved = looksLikeUrl(text) ? byUrl.get(text.trim()) : text;
      if (resolved) out.push(resolved);
    } else if (isObject(v)) {
      const own = nameOf(v);
      const ref = own === null ? refOf(v["@id"] ?? null) ?? refOf(v["url"] ?? null) : null;
      const name = own ?? (ref === null ? undefined : byUrl.get(ref));
      if (name) out.push(name);
    }
  }
  return out;
}

/** A node given inline or by `@id` reference. */
function resolve(v: Json | undefined, byId: ReadonlyMap<string, JsonObject>): JsonObject | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (isObject(first)) {
    const ref = refOf(first);
    return Object.keys(first).length === 1 && ref !== null ? byId.get(ref) ?? null : first;
  }
  return typeof first === "string" ? byId.get(first) ?? null : null;
}

const EMPTY: JsonLdFacts = {
  headline: null, authors: [], published: null, modified: null, url: null,
  siteName: null, language: null, description: null, nameByUrl: new Map(),
};

/**
 * Reads a page's JSON-LD scripts: the first article node (`NewsArticle`, `Article`,
 * `BlogPosting`, `ReportageNewsArticle`… — one with a headline first), at any depth and inside
 * `@graph` arrays, gives the facts; a `WebPage` node fills what it leaves out; the publisher
 * (inline or by `@id`), else the `WebSite` node, names the site. Scripts that are not valid JSON
 * are skipped.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const roots: Json[] = [];
  for (const script of scripts) {
    try {
      roots.push(JSON.parse(unwrap(script)) as Json);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines in strings): the page just says less.
    }
  }
  if (roots.length === 0) return EMPTY;
  const nodes = typedNodes(roots);
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n["@id"] === "string" && !byId.has(n["@id"])) byId.set(n["@id"], n);
  const nameByUrl = indexNames(nodes);

  const articles = nodes.filter((n) => typesOf(n).some((t) => JSON_LD_ARTICLE_TYPES.has(t)));
  const article = articles.find((n) => textOf(n["headline"]) !== null) ?? articles[0] ?? null;
  const page = nodes.find((n) => typesOf(n).some((t) => JSON_LD_PAGE_TYPES.has(t))) ?? null;
  const site = nodes.find((n) => typesOf(n).includes(JSON_LD_SITE_TYPE)) ?? null;
  const sources = [article, page].filter((n): n is JsonObject => n !== null);
  const first = <T>(read: (n: JsonObject) => T | null): T | null => {
    for (const n of sources) {
      const v = read(n);
      if (v !== null) return v;
    }
    return null;
  };
  const publisher = first((n) => resolve(n["publisher"], byId));
  const authors = first((n) => {
    const names = authorNames(n["author"] ?? n["creator"], nameByUrl);
    return names.length > 0 ? names : null;
  });
  return {
    headline: first((n) => textOf(n["headline"]) ?? textOf(n["name"])),
    authors: authors ?? [],
    published: first((n) => textOf(n["datePublished"]) ?? textOf(n["dateCreated"])),
    modified: first((n) => textOf(n["dateModified"])),
    url: first((n) => textOf(n["url"]) ?? refOf(Array.isArray(n["mainEntityOfPage"]) ? n["mainEntityOfPage"][0] : n["mainEntityOfPage"])),
    siteName: (publisher && nameOf(publisher)) ?? (site && nameOf(site)),
    language: first((n) => textOf(n["inLanguage"]) ?? (isObject(n["inLanguage"]) ? textOf(n["inLanguage"]["alternateName"]) : null)),
    description: first((n) => textOf(n["description"])),
    nameByUrl,
  };
}
