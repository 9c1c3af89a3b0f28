#!/usr/bin/env node
// Dumps the full result of extractQuotes for every article of the given gold files (and the reference article), or
// compares a new dump with an earlier one: the check that a restructuring changed no output.
// usage: node scripts/compare-results.mjs dump OUT.json GOLD.jsonl… [--seed ARTICLE.txt]
//        node scripts/compare-results.mjs diff OLD.json NEW.json [--ignore-rule] [--max N]
// --ignore-rule leaves out the `rule` of reported (indirect) items, for a change that only renames rules.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [mode, ...rest] = process.argv.slice(2);
const flag = (name) => rest.includes(`--${name}`);
const value = (name) => { const i = rest.indexOf(`--${name}`); return i >= 0 ? rest[i + 1] : undefined; };

if (mode === "dump") {
  const [out, ...inputs] = rest.filter((a, i) => !a.startsWith("--") && rest[i - 1] !== "--seed");
  const { extractQuotes } = await import(pathToFileURL(resolve(process.env.WHOSAID_LIB ?? "dist/index.js")).href);
  const results = {};
  for (const file of inputs) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line) continue;
      const d = JSON.parse(line);
      results[d.id] = extractQuotes(d.paragraphs.join("\n\n"));
    }
  }
  const seed = value("seed");
  if (seed) results.seed = extractQuotes(readFileSync(seed, "utf8"));
  writeFileSync(out, JSON.stringify(results));
  console.log(`${Object.keys(results).length} articles dumped to ${out}`);
} else if (mode === "diff") {
  const [a, b] = rest.filter((x) => !x.startsWith("--") && !/^\d+$/.test(x));
  const max = Number(value("max") ?? 20);
  const ignoreRule = flag("ignore-rule");
  const clean = (r) => ignoreRule ? { ...r, quotes: r.quotes.map((q) => q.kind === "indirect" ? { ...q, rule: undefined } : q) } : r;
  const old = JSON.parse(readFileSync(a, "utf8"));
  const now = JSON.parse(readFileSync(b, "utf8"));
  let differ = 0;
  for (const id of new Set([...Object.keys(old), ...Object.keys(now)])) {
    const x = old[id] && JSON.stringify(clean(old[id]));
    const y = now[id] && JSON.stringify(clean(now[id]));
    if (x === y) continue;
    differ++;
    if (differ > max) continue;
    const qa = (old[id]?.quotes ?? []).map((q) => JSON.stringify(clean({ quotes: [q] }).quotes[0]));
    const qb = new Set((now[id]?.quotes ?? []).map((q) => JSON.stringify(clean({ quotes: [q] }).quotes[0])));
    const sa = new Set(qa);
    console.log(`~ ${id}`);
    for (const q of qa) if (!qb.has(q)) console.log(`  - ${q.slice(0, 300)}`);
    for (const q of qb) if (!sa.has(q)) console.log(`  + ${q.slice(0, 300)}`);
  }
  console.log(differ ? `${differ} articles differ` : "identical");
  process.exit(differ ? 1 : 0);
} else {
  console.error("usage: compare-results.mjs dump OUT.json GOLD.jsonl… [--seed ARTICLE.txt] | diff OLD.json NEW.json [--ignore-rule] [--max N]");
  process.exit(2);
}
