#!/usr/bin/env node
/**
 * The browser build decodes character references with the browser's HTML parser (src/decode/browser-entities.ts)
 * instead of the `entities` package's table: this checks, in headless Chromium, that it gives the same characters as
 * the `entities` decoder of the Node build for every named reference of the HTML standard (the names of `he`'s table),
 * with and without `;`, followed by each kind of character that changes a match (`;`, `=`, a letter, a digit, a space,
 * the end of the input), for numeric references at their edges, and as the page parser reads them: in text, in quoted
 * and unquoted attribute values, in `<textarea>`, at the end of a page. The same code is run in a module Web Worker,
 * where there is no DOM and the `entities` chunk is loaded instead, and the browser bundle itself is run there on the
 * reference article, and in a page enforcing Trusted Types (which refuses the DOM decoding: the chunk is loaded there too). Run after `npm run build` (`npm run test:browser`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { decodeMap, decodeMapLegacy } from "../../node_modules/he/src/data.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { firstDifference, launch, REPO, referenceArticle, watchErrors } from "./chromium.mjs";

const NAME = "browser entities";
const failures = [];
const fail = (message) => failures.push(message);

// What is decoded: every named reference in the situations that decide a match, and numeric references at their edges.
const names = [...new Set([...decodeMap.keys(), ...decodeMapLegacy.keys()])];
if (names.length < 2125) throw new Error(`${NAME}: only ${names.length} named references in he's table`);
const FOLLOW = [";", "", ";x", "x", "=", "1", " ", ";=", "=x", ";;", "X;"];
const cases = names.flatMap((n) => FOLLOW.map((f) => `&${n}${f}`));
cases.push(
  "&", "&;", "&&amp;", "& amp;", "&#", "&#;", "&#x", "&#x;", "&#xg;", "&#X41;", "&#65", "&#65x", "&#x41g", "&#0;", "&#9;", "&#10;",
  "&#13;", "&#127;", "&#xD800;", "&#xDFFF;", "&#xFFFE;", "&#x10FFFF;", "&#x110000;", "&#99999999999999999999;",
  "&#0000000000000065;", "&#x0000000000041;", `&${"a".repeat(40)};`, `&amp${"b".repeat(40)};`, `&${"x".repeat(33)}`,
  "&notit;", "&notin;", "&noti", "&ampamp;", "&amp;amp;", "&lt=", "&lt;=", "&semi;;", "&fjlig;", "&fjlig", "&ThickSpace;",
  ...Array.from({ length: 1100 }, (_, i) => `&#${i};`), ...Array.from({ length: 300 }, (_, i) => `&#x${i.toString(16)}`),
  ...[0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfdd0, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, 0x7fffffff, 0x100000000]
    .flatMap((v) => [`&#${v};`, `&#x${v.toString(16)};`, `&#X${v.toString(16).toUpperCase()}`, `&#${v}x`]),
);
const page = cases.map((c) => `<p title="${c}">${c}</p>`).join("\n")
  + cases.filter((c) => !c.includes(" ")).map((c) => `<b title=${c} x>${c}</b>`).join("")
  + cases.filter((_, i) => i % 7 === 0).map((c) => `<textarea>${c}</textarea>`).join("");
const endings = names.flatMap((n) => [`<p>a&${n}`, `<p title="&${n}`, `<p>&${n};`]).concat(["<p>&#65", "<p>&#x4", "<p>&#", "<p>&"]);

/** Run by the bundle in a page enforcing Trusted Types. */
const TT_TEXT = "<p>&ldquo;We will not wait&rdquo;, said Jane Doe&comma; the mayor&#x2019;s aide &amp; spokeswoman.</p><p title=\"a&amp=b\">&notit; &#150;</p>";

/** The test module: whosaid's page parser and `decodeHTML`, built for the browser as tsup.config.ts builds it, or for Node. */
const ENTRY = `
import { decodeHTML } from "entities/decode";
import { parseHtml } from "./src/segment/parse-html.ts";
const walk = (node, out) => {
  for (const c of node.children ?? []) {
    if (c.type === "text") out.push(["#", c.data]);
    else if (c.attribs) { out.push([c.name, JSON.stringify(c.attribs)]); walk(c, out); }
  }
  return out;
};
export const run = ({ cases, page, endings }) => ({
  decoded: cases.map((c) => decodeHTML(c)),
  page: walk(parseHtml(page), []),
  endings: endings.map((e) => walk(parseHtml(e), [])),
});
`;
const BROWSER_ENTITIES = join(REPO, "src/decode/browser-entities.ts");
const platformEntities = {
  name: "platform-entities",
  setup(b) {
    b.onResolve({ filter: /^entities\/decode$/ }, (args) => (args.importer.endsWith("entities-fallback.ts") ? undefined : { path: BROWSER_ENTITIES }));
  },
};
const common = { stdin: { contents: ENTRY, resolveDir: REPO, loader: "js" }, bundle: true, format: "esm", logLevel: "silent" };

const dir = mkdtempSync(join(tmpdir(), "whosaid-entities-"));
const server = await startServer({ root: dir });
const browser = await launch();
try {
  await build({ ...common, platform: "browser", target: "es2022", splitting: true, outdir: dir, entryNames: "decode", plugins: [platformEntities] });
  await build({ ...common, platform: "node", outfile: join(dir, "node.mjs") });
  copyFileSync(join(REPO, "test/browser/blank.html"), join(dir, "blank.html"));
  for (const f of ["dist/whosaid.browser.js", "dist/index.js"]) if (!existsSync(join(REPO, f))) throw new Error(`${f} is missing; run npm run build`);
  const input = { cases, page, endings };
  const expected = (await import(pathToFileURL(join(dir, "node.mjs")).href)).run(input);
  // The browser bundle and its chunk, for the worker run on the article.
  const { readdirSync } = await import("node:fs");
  for (const f of readdirSync(join(REPO, "dist")).filter((f) => f.startsWith("whosaid.browser"))) copyFileSync(join(REPO, "dist", f), join(dir, f));
  const article = referenceArticle();
  copyFileSync(article.file, join(dir, "article.txt"));
  writeFileSync(join(dir, "worker.js"), `
    self.onmessage = async ({ data }) => {
      const { run } = await import("./decode.js");
      const { extractQuotes } = await import("./whosaid.browser.js");
      const text = await (await fetch("./article.txt")).text();
      self.postMessage({ hasDocument: typeof document !== "undefined", got: run(data), article: JSON.stringify(extractQuotes(text)) });
    };`);

  const tab = await browser.context.newPage();
  const errors = watchErrors(tab);
  await tab.goto(`${server.url}/blank.html`);
  const inPage = await tab.evaluate(async (data) => (await import("/decode.js")).run(data), input);
  const inWorker = await tab.evaluate((data) => new Promise((resolve, reject) => {
    const worker = new Worker("/worker.js", { type: "module" });
    worker.onmessage = ({ data: reply }) => resolve(reply);
    worker.onerror = (e) => reject(new Error(`worker: ${e.message}`));
    worker.postMessage(data);
  }), input);
  if (inWorker.hasDocument) fail("the worker has a document: the no-DOM path was not tested");

  // A page enforcing Trusted Types refuses `innerHTML` from a string: the bundle must notice and load the chunk.
  await tab.route("**/trusted-types.html", (route) => route.fulfill({
    contentType: "text/html", body: readFileSync(join(dir, "blank.html"), "utf8"),
    headers: { "content-security-policy": "require-trusted-types-for 'script'; default-src 'self'; img-src 'self' data:" },
  }));
  await tab.goto(`${server.url}/trusted-types.html`);
  const underTrustedTypes = await tab.evaluate(async (text) => {
    let refused = false;
    try {
      document.createElement("template").innerHTML = "&amp;";
    } catch {
      refused = true;
    }
    const { extractQuotes } = await import("/whosaid.browser.js");
    return { refused, result: JSON.stringify(extractQuotes(text)) };
  }, TT_TEXT);
  if (!underTrustedTypes.refused) fail("the Trusted Types page did not refuse innerHTML: that path was not tested");

  const { extractQuotes } = await import(pathToFileURL(join(REPO, "dist/index.js")).href);
  const nodeArticle = JSON.parse(JSON.stringify(extractQuotes(readFileSync(article.file, "utf8"))));
  const d = firstDifference(JSON.parse(inWorker.article), nodeArticle);
  if (d) fail(`the browser bundle in a worker differs from Node on the reference article: ${d}`);
  const dt = firstDifference(JSON.parse(underTrustedTypes.result), JSON.parse(JSON.stringify(extractQuotes(TT_TEXT))));
  if (dt) fail(`the browser bundle under Trusted Types differs from Node: ${dt}`);

  for (const [where, got] of [["page", inPage], ["worker", inWorker.got]]) {
    for (const key of ["decoded", "page", "endings"]) {
      const e = expected[key];
      const g = got[key];
      if (g.length !== e.length) {
        fail(`${where} ${key}: ${g.length} results for ${e.length}`);
        continue;
      }
      const wrong = [];
      for (let i = 0; i < e.length; i++) if (JSON.stringify(g[i]) !== JSON.stringify(e[i])) wrong.push(i);
      for (const i of wrong.slice(0, 5)) {
        const what = key === "decoded" ? cases[i] : key === "endings" ? endings[i] : `node ${i}`;
        fail(`${where} ${key} ${JSON.stringify(what)}: ${JSON.stringify(g[i])}, Node ${JSON.stringify(e[i])}`);
      }
      if (wrong.length > 5) fail(`${where} ${key}: ${wrong.length - 5} more differences`);
    }
  }
  // The refusals under Trusted Types are reported on the console: they are the point of that page.
  const unexpected = errors.filter((e) => !e.includes("requires 'TrustedHTML' assignment"));
  if (unexpected.length) fail(unexpected.join("\n"));
  console.log(`${NAME}: ${cases.length} references decoded, ${expected.page.length} page nodes, ${endings.length} page endings; in the page and in a worker; the bundle in a worker and under Trusted Types`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length) {
  for (const f of failures) console.error(`${NAME}: FAIL: ${f}`);
  process.exit(1);
}
console.log(`${NAME}: PASS`);
