// npm run bench:size — what the browser build is made of (issue #13: ≤ 100 KB gzipped).
//
// Prints the size of dist/whosaid.browser.js (raw, gzipped at level 6 as bench:startup measures
// it, and at level 9), then an account by input file and by folder or package: the bytes each
// input leaves in the minified bundle (esbuild's metafile) and what that code weighs gzipped on its
// own. Gzipped alone overstates a little (the bundle shares one compression window), so the column
// does not add up to the total; it ranks the inputs by what they cost.
//
// The bundle is rebuilt in memory with the settings of the browser build in tsup.config.ts (entry
// src/index.ts, ESM, minified, es2022, platform browser, everything bundled, `entities/decode` the platform decoder of
// src/decode/browser-entities.ts and its no-DOM chunk apart) by esbuild, which tsup
// builds with; the totals of that rebuild and of dist/ are printed side by side, so a drift
// between the two shows.
//
// Options: --top N (default 25 input files)  --json-only
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { REPO_ROOT } from "./corpus.mjs";
import { arg } from "./cli-args.mjs";

const jsonOnly = process.argv.includes("--json-only");
const top = Math.max(1, Number(arg("--top", "25")) | 0);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const gz = (b, level = 6) => gzipSync(b, { level }).length;

const dist = join(REPO_ROOT, "dist", "whosaid.browser.js");
const built = existsSync(dist) ? readFileSync(dist) : null;
if (!built) console.error("bench:size: dist/whosaid.browser.js not found (npm run bench:size builds it); accounting the in-memory rebuild only");

// As tsup.config.ts: `entities/decode` is the platform decoder, the real one only in the chunk loaded where there is no
// DOM (counted apart: a page never loads it).
const platformEntities = {
  name: "platform-entities",
  setup(b) {
    b.onResolve({ filter: /^entities\/decode$/ }, (args) =>
      args.importer.endsWith("entities-fallback.ts") ? undefined : { path: join(REPO_ROOT, "src/decode/browser-entities.ts") });
  },
};
const options = {
  absWorkingDir: REPO_ROOT,
  entryPoints: { "whosaid.browser": "src/index.ts" },
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  platform: "browser",
  write: false,
  metafile: true,
  splitting: true,
  outdir: "out",
  chunkNames: "whosaid.browser.entities-[hash]",
  plugins: [platformEntities],
};
const minified = await build(options);
const entryOut = minified.outputFiles.find((f) => f.path.endsWith("/whosaid.browser.js"));
const out = entryOut.contents;
const chunk = minified.outputFiles.find((f) => f !== entryOut);
const entryMeta = Object.entries(minified.metafile.outputs).find(([k]) => k.endsWith("/whosaid.browser.js"))[1];
const inputs = Object.entries(entryMeta.inputs).map(([file, v]) => ({ file, bytes: v.bytesInOutput }));

// Each input's own code: esbuild marks where a module starts in an unminified bundle (`// path`);
// each piece is then minified and gzipped alone.
const plain = await build({ ...options, minify: false, metafile: false });
const alone = new Map();
for (const piece of plain.outputFiles.find((f) => f.path.endsWith("/whosaid.browser.js")).text.split(/\n(?=\/\/ (?:src|node_modules)\/)/)) {
  const file = /^\/\/ (\S+)/.exec(piece)?.[1];
  if (!file) continue;
  let code = piece;
  try {
    code = (await transform(piece, { minify: true, loader: "js", target: "es2022" })).code;
  } catch {
    // a piece that does not parse alone (it should not happen) is counted unminified
  }
  alone.set(file, gz(code));
}
for (const i of inputs) i.gzAlone = alone.get(i.file) ?? 0;

const groupOf = (file) => {
  const parts = file.split("/");
  if (parts[0] === "node_modules") return parts.slice(0, parts[1].startsWith("@") ? 3 : 2).join("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : file;
};
const groups = new Map();
for (const i of inputs) {
  const g = groups.get(groupOf(i.file)) ?? { group: groupOf(i.file), bytes: 0, gzAlone: 0, files: 0 };
  g.bytes += i.bytes;
  g.gzAlone += i.gzAlone;
  g.files++;
  groups.set(g.group, g);
}

const summary = {
  bench: "browser-size",
  date: new Date().toISOString(),
  dist: built ? { bytes: built.length, gzip6: gz(built), gzip9: gz(built, 9) } : null,
  rebuild: { bytes: out.length, gzip6: gz(out), gzip9: gz(out, 9) },
  noDomChunk: chunk ? { bytes: chunk.contents.length, gzip6: gz(chunk.contents) } : null,
  targetGzipKb: 100,
  groups: [...groups.values()].sort((a, b) => b.gzAlone - a.gzAlone),
  files: inputs.sort((a, b) => b.gzAlone - a.gzAlone).slice(0, top),
};
if (!jsonOnly) {
  const s = summary;
  if (s.dist) console.log(`dist/whosaid.browser.js: ${kb(s.dist.bytes)}, gzip ${kb(s.dist.gzip6)} (level 9: ${kb(s.dist.gzip9)}); target ≤ 100 KB gzipped: ${s.dist.gzip6 <= 100_000 ? "met" : "NOT met"}`);
  console.log(`in-memory rebuild:       ${kb(s.rebuild.bytes)}, gzip ${kb(s.rebuild.gzip6)}`);
  if (s.noDomChunk) console.log(`entity decoder chunk, loaded only where there is no DOM (a Web Worker): ${kb(s.noDomChunk.bytes)}, gzip ${kb(s.noDomChunk.gzip6)}`);
  console.log("\n| folder or package | files | bytes in bundle | gzipped alone |\n| --- | --- | --- | --- |");
  for (const g of s.groups) console.log(`| ${g.group} | ${g.files} | ${kb(g.bytes)} | ${kb(g.gzAlone)} |`);
  console.log(`\n| input (top ${top} by gzipped alone) | bytes in bundle | gzipped alone |\n| --- | --- | --- |`);
  for (const f of s.files) console.log(`| ${f.file} | ${kb(f.bytes)} | ${kb(f.gzAlone)} |`);
}
console.log(JSON.stringify(summary));
