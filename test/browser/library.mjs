#!/usr/bin/env node
/**
 * The browser bundle (dist/whosaid.browser.js) in headless Chromium gives the same result as the
 * Node library (dist/index.js) on the reference article — as a string and as bytes — and on
 * examples/article.html. Run after `npm run build` (`npm run test:browser`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { firstDifference, launch, offsetProblems, REPO, referenceArticle, watchErrors } from "./chromium.mjs";

const NAME = "browser library";
const failures = [];
const fail = (message) => failures.push(message);

for (const f of ["dist/whosaid.browser.js", "dist/index.js"]) {
  if (!existsSync(join(REPO, f))) {
    console.error(`${NAME}: FAIL: ${f} is missing; run npm run build`);
    process.exit(1);
  }
}
const bundleSource = readFileSync(join(REPO, "dist/whosaid.browser.js"), "utf8");
// The bundle must carry everything: a bare import would need an import map in the page.
const bare = [...bundleSource.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w{}*\s,$]+from\s*)?["']([^"'./][^"']*)["']/g)].map((m) => m[1]);
if (bare.length) fail(`dist/whosaid.browser.js imports ${bare.join(", ")}: the browser bundle must be self-contained`);

const { extractQuotes } = await import(pathToFileURL(join(REPO, "dist/index.js")).href);
const reference = referenceArticle();
const inputs = [{ name: reference.path, path: reference.path, file: reference.file }];
if (reference.path !== "/examples/article.html" && existsSync(join(REPO, "examples/article.html"))) {
  inputs.push({ name: "/examples/article.html", path: "/examples/article.html", file: join(REPO, "examples/article.html") });
}

const server = await startServer();
const browser = await launch();
try {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/test/browser/blank.html`);
  const version = await page.evaluate(() => navigator.userAgent.match(/Chrom(?:e|ium)\/[\d.]+/)?.[0] ?? navigator.userAgent);

  for (const input of inputs) {
    // In the page: fetch the article from the server and run the bundle on it as text and as bytes.
    const inPage = await page.evaluate(async (path) => {
      const { extractQuotes } = await import("/dist/whosaid.browser.js");
      const response = await fetch(path);
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      const t0 = performance.now();
      const fromText = extractQuotes(text);
      const ms = performance.now() - t0;
      return { fromText: JSON.stringify(fromText), fromBytes: JSON.stringify(extractQuotes(bytes)), ms };
    }, input.path);

    const fromText = JSON.parse(inPage.fromText);
    const fromBytes = JSON.parse(inPage.fromBytes);
    const node = JSON.parse(JSON.stringify(extractQuotes(readFileSync(input.file, "utf8"))));
    const nodeBytes = JSON.parse(JSON.stringify(extractQuotes(readFileSync(input.file))));

    const d1 = firstDifference(fromText, node);
    if (d1) fail(`${input.name} (string): browser differs from Node at ${d1}`);
    const d2 = firstDifference(fromBytes, nodeBytes);
    if (d2) fail(`${input.name} (bytes): browser differs from Node at ${d2}`);
    for (const p of offsetProblems(fromText)) fail(`${input.name}: ${p}`);
    if (fromText.paragraphs.length === 0) fail(`${input.name}: no paragraphs`);
    if (fromText.quotes.length === 0) fail(`${input.name}: no quotes`);
    const speakers = fromText.speakers.length;
    console.log(`${NAME}: ${input.name}: ${fromText.paragraphs.length} paragraphs, ${fromText.quotes.length} quotes, ${speakers} speakers, ${inPage.ms.toFixed(1)} ms in the page; equal to Node (string and bytes)${speakers ? "" : " — note: no speakers yet"}`);
  }
  for (const e of errors) fail(e);

  if (failures.length) {
    for (const f of failures) console.error(`${NAME}: FAIL: ${f}`);
    process.exitCode = 1;
  } else {
    console.log(`${NAME}: PASS (${version}, bundle ${(bundleSource.length / 1024).toFixed(0)} kB)`);
  }
} finally {
  await browser.close();
  await server.close();
}
