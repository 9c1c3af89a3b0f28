#!/usr/bin/env node
/**
 * Package round trip: `npm pack`, install the tarball into a fresh project, and use it there the
 * three ways users do — `import` (ESM), `require` (CJS, also as Node < 20.19 would, without
 * require(esm)) and `npx whosaid` — plus `whosaid/browser`, `whosaid/schema.json` and the types.
 * All must agree on the reference article. Run after `npm run build` (`npm run test:package`).
 *
 * Usage: node scripts/pack-check.mjs [article] [--keep]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const article = resolve(args.find((a) => !a.startsWith("--"))
  ?? [join(repo, "../shared/seed/article.txt"), join(repo, "examples/article.html")].find(existsSync)
  ?? fail("no reference article: ../shared/seed/article.txt and examples/article.html are both missing"));

function fail(message) {
  console.error(`pack-check: FAIL: ${message}`);
  process.exit(1);
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) {
    fail(`${cmd} ${argv.join(" ")} exited with ${r.status ?? r.signal}\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

const work = mkdtempSync(join(tmpdir(), "whosaid-pack-"));
try {
  // 1. Pack, and check what goes into the tarball.
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: repo }));
  const files = new Set(packed.files.map((f) => f.path));
  const expected = ["package.json", "README.md", "schema.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "dist/whosaid.browser.js"];
  for (const f of expected) if (!files.has(f)) fail(`${f} is not in the tarball`);
  // The browser build's entity decoder for where there is no DOM, imported by dist/whosaid.browser.js.
  if (![...files].some((f) => /^dist\/whosaid\.browser\.entities-[\w-]+\.js$/.test(f))) fail("dist/whosaid.browser.entities-*.js is not in the tarball");
  for (const f of files) if (/^(src|test|scripts|examples|docs|bench)\//.test(f) || f.endsWith(".tgz")) fail(`${f} should not be in the tarball`);
  console.log(`pack-check: ${packed.filename}: ${files.size} files, ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked`);

  // The CJS build must not require() an ESM-only package: bundle those instead (tsup.config.ts).
  const cjs = readFileSync(join(repo, "dist/index.cjs"), "utf8");
  for (const [, dep] of cjs.matchAll(/require\(["']([^"'.][^"']*)["']\)/g)) {
    const pkg = JSON.parse(readFileSync(join(repo, "node_modules", dep.startsWith("@") ? dep.split("/").slice(0, 2).join("/") : dep.split("/")[0], "package.json"), "utf8"));
    const hasCjs = pkg.type !== "module" || JSON.stringify(pkg.exports ?? {}).includes('"require"');
    if (!hasCjs) fail(`dist/index.cjs requires ${dep}, which is ESM-only`);
  }

  // 2. A fresh project that installs the tarball (dependencies come from the registry).
  const app = join(work, "app");
  run("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "whosaid-consumer", private: true, version: "0.0.0" }, null, 2));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(work, packed.filename)], { cwd: app });

  const summarise = `
    const summary = (r) => JSON.stringify({
      paragraphs: r.paragraphs.length, quotes: r.quotes.length, speakers: r.speakers.length,
      digest: r.quotes.map((q) => [q.paragraph, q.start, q.end, q.kind, q.speaker].join(":")).join(","),
    });`;
  writeFileSync(join(app, "esm.mjs"), `
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    import { extractQuotes, InputTooLargeError } from "whosaid";
    ${summarise}
    if (typeof InputTooLargeError !== "function") throw new Error("InputTooLargeError is not exported");
    const schema = createRequire(import.meta.url)("whosaid/schema.json");
    if (!schema.$defs?.Quote) throw new Error("whosaid/schema.json has no Quote definition");
    const r = extractQuotes(readFileSync(process.argv[2], "utf8"));
    const browser = await import("whosaid/browser");
    const b = browser.extractQuotes(readFileSync(process.argv[2], "utf8"));
    if (JSON.stringify(b) !== JSON.stringify(r)) throw new Error("whosaid/browser disagrees with whosaid");
    console.log(summary(r));
  `);
  writeFileSync(join(app, "cjs.cjs"), `
    const { readFileSync } = require("node:fs");
    const { extractQuotes } = require("whosaid");
    ${summarise}
    console.log(summary(extractQuotes(readFileSync(process.argv[2], "utf8"))));
  `);
  writeFileSync(join(app, "types.mts"), `
    import { extractQuotes, type Result, type Quote, type Speaker } from "whosaid";
    const r: Result = extractQuotes("x", { indirect: false, format: "text" });
    const q: Quote | undefined = r.quotes[0];
    const s: Speaker | undefined = r.speakers.find((sp) => sp.id === q?.speaker);
    export const kind: "direct" | "partial" | "indirect" | undefined = q?.kind;
    export const name: string | undefined = s?.name;
  `);
  writeFileSync(join(app, "types.cts"), `
    import whosaid = require("whosaid");
    const r: whosaid.Result = whosaid.extractQuotes(new Uint8Array([104, 105]));
    export const n: number = r.paragraphs.length;
  `);

  const results = {};
  results["import (ESM)"] = run("node", ["esm.mjs", article], { cwd: app }).trim();
  results["require (CJS)"] = run("node", ["cjs.cjs", article], { cwd: app }).trim();
  const noRequireEsm = spawnSync("node", ["--no-experimental-require-module", "-e", ""], { encoding: "utf8" }).status === 0;
  if (noRequireEsm) results["require (CJS, no require(esm))"] = run("node", ["--no-experimental-require-module", "cjs.cjs", article], { cwd: app }).trim();
  const cliOut = run("npx", ["--no-install", "whosaid", article], { cwd: app });
  let cli;
  try {
    cli = JSON.parse(cliOut);
  } catch {
    // The CLI may print a readable report by default; ask for JSON explicitly.
    cli = JSON.parse(run("npx", ["--no-install", "whosaid", "--json", article], { cwd: app }));
  }
  results["npx whosaid"] = JSON.stringify({
    paragraphs: cli.paragraphs.length, quotes: cli.quotes.length, speakers: cli.speakers.length,
    digest: cli.quotes.map((q) => [q.paragraph, q.start, q.end, q.kind, q.speaker].join(":")).join(","),
  });

  // Types resolve for both module systems (node16 resolution, as attw checks, but against the installed copy).
  const tsc = join(repo, "node_modules/typescript/bin/tsc");
  run("node", [tsc, "--noEmit", "--strict", "--module", "node16", "--moduleResolution", "node16", "--skipLibCheck", "false", "types.mts", "types.cts"], { cwd: app });

  const first = Object.values(results)[0];
  for (const [how, summary] of Object.entries(results)) {
    const { paragraphs, quotes, speakers } = JSON.parse(summary);
    console.log(`pack-check: ${how.padEnd(30)} ${paragraphs} paragraphs, ${quotes} quotes, ${speakers} speakers`);
    if (summary !== first) fail(`${how} disagrees with ${Object.keys(results)[0]}`);
  }
  if (JSON.parse(first).paragraphs === 0) fail("no paragraphs found in the reference article");
  console.log(`pack-check: PASS on Node ${process.version} (${article}; types OK for ESM and CJS)`);
} finally {
  if (keep) console.log(`pack-check: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
