/**
 * What `compare-builds.mjs` and `compare-chromium.mjs` share: the inputs both compare (the reference article, the
 * PolNeAR dev articles, the pages of pages-dev and the 80 pages of ../shared/eval/extraction, read from SHARED), the
 * first path where two results differ, and one library call by name, a throw kept as a result.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { gunzipSync } from "node:zlib";

const readPage = (path) => (existsSync(path) ? readFileSync(path, "utf8") : gunzipSync(readFileSync(path + ".gz")).toString("utf8"));

/** Every input, `{ id, input, page }`; `page` marks the extraction pages, whose decode + segment is compared too. */
export function compareInputs(shared) {
  const jsonl = (name) => readFileSync(join(shared, "eval", name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const inputs = [{ id: "seed/article.txt", input: readFileSync(join(shared, "seed", "article.txt"), "utf8") }];
  for (const d of jsonl("polnear-dev.jsonl")) inputs.push({ id: d.id, input: d.paragraphs.join("\n\n") });
  const htmlDir = join(shared, "eval", "extraction", "html");
  for (const d of jsonl("pages-dev.jsonl")) inputs.push({ id: `pages-dev/${d.slug.slice(0, 12)}`, input: readPage(resolve(htmlDir, d.slug + ".html")) });
  for (const f of readdirSync(htmlDir).filter((f) => /\.html(\.gz)?$/.test(f)).sort()) {
    inputs.push({ id: `extraction/${f.slice(0, 12)}`, input: readPage(join(htmlDir, f.replace(/\.gz$/, ""))), page: true });
  }
  return inputs;
}

/** First path where two JSON values differ, for the report; null when they are equal. */
export function firstDifference(x, y, path = "") {
  if (isDeepStrictEqual(x, y)) return null;
  if (x && y && typeof x === "object" && typeof y === "object") {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const d = firstDifference(x[k], y[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path || "(root)"}: ${JSON.stringify(x)?.slice(0, 120)} → ${JSON.stringify(y)?.slice(0, 120)}`;
}

/** `extractQuotes(input)` or `segment(decode(input))` of `lib`; a throw becomes `{ threw }`. */
export function runOn(lib, input, what) {
  try {
    return what === "extractQuotes" ? lib.extractQuotes(input) : lib.segment(lib.decode(input));
  } catch (e) {
    return { threw: String(e) };
  }
}
