#!/usr/bin/env node
// Lists the quotations whose speaker is not the gold canonical name, with the paragraph around each, the rule that
// decided and the mention it read, grouped by rule: where attribution goes wrong on real pages.
// usage: node scripts/speaker-misses.mjs [--gold ../shared/eval/pages-dev.jsonl] [--html-dir ../shared/eval/extraction/html]
//        [--lenient] (only misses the lenient surname test also counts) [--context N] (characters of paragraph, default 300)
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { resolve } from "node:path";
import { extractQuotes } from "../dist/index.js";
import { norm, overlap, words } from "./scoring.mjs";

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[i + 1] : fallback; };
const goldPath = opt("gold", "../shared/eval/pages-dev.jsonl");
const htmlDir = opt("html-dir", "../shared/eval/extraction/html");
const lenientOnly = argv.includes("--lenient");
const context = Number(opt("context", "300"));
if (!existsSync(goldPath)) { console.log(`skipped: ${goldPath} is absent`); process.exit(0); }

/** The lenient test: the predicted name's last word is a word of the gold name (or the names contain each other). */
function lenient(gold, name) {
  if (!name) return false;
  const g = new Set(words(gold));
  const w = words(name);
  return (w.length > 0 && g.has(w[w.length - 1])) || ` ${norm(gold)} `.includes(` ${norm(name)} `) || ` ${norm(name)} `.includes(` ${norm(gold)} `);
}

const groups = new Map();
/** Confidence bands, highest first: how often a speaker given with that confidence is right. */
const bands = [0.9, 0.8, 0.6, 0].map((at) => ({ at, n: 0, lenient: 0, exact: 0 }));
let scored = 0;
for (const line of readFileSync(goldPath, "utf8").split("\n").filter(Boolean)) {
  const d = JSON.parse(line);
  const page = resolve(htmlDir, `${d.slug}.html`);
  const input = existsSync(page) ? readFileSync(page, "utf8") : gunzipSync(readFileSync(`${page}.gz`)).toString("utf8");
  const r = extractQuotes(input);
  const speakers = new Map(r.speakers.map((s) => [s.id, s]));
  const pred = r.quotes.filter((q) => q.kind !== "indirect");
  const used = new Set();
  for (const g of d.quotes) {
    if (g.speaker == null) continue;
    let best = -1, bestO = 0.8;
    pred.forEach((p, j) => { const o = overlap(g.text, p.text); if (!used.has(j) && o >= bestO) { best = j; bestO = o; } });
    if (best < 0) continue;
    used.add(best);
    scored++;
    const p = pred[best];
    const name = p.speaker ? speakers.get(p.speaker).name : null;
    const band = bands.find((b) => p.confidence >= b.at);
    band.n++;
    if (lenient(g.speaker, name)) band.lenient++;
    if (norm(name) === norm(g.speaker)) band.exact++;
    if (norm(name) === norm(g.speaker) || (lenientOnly && lenient(g.speaker, name))) continue;
    const para = r.paragraphs[p.paragraph].text;
    const from = Math.max(0, p.start - context), to = Math.min(para.length, p.end + context);
    const key = p.rule;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ page: d.slug.slice(0, 8), gold: g.speaker, got: name, lenient: lenient(g.speaker, name), mention: p.mention?.text ?? null,
      confidence: p.confidence, how: g.how, context: `${from > 0 ? "…" : ""}${para.slice(from, p.start)}[[${p.text}]]${para.slice(p.end, to)}${to < para.length ? "…" : ""}` });
  }
}
const all = [...groups].sort((a, b) => b[1].length - a[1].length);
console.log(`scored ${scored}, misses ${all.reduce((n, [, l]) => n + l.length, 0)}`);
for (const b of bands) console.log(`confidence ≥ ${b.at}: ${b.n} quotes, right ${b.n ? (b.lenient / b.n).toFixed(3) : "-"} (lenient), ${b.n ? (b.exact / b.n).toFixed(3) : "-"} (exact name)`);
for (const [rule, list] of all) {
  console.log(`\n## ${rule}: ${list.length}`);
  for (const x of list) {
    console.log(`- ${x.page} gold=${JSON.stringify(x.gold)} got=${JSON.stringify(x.got)}${x.lenient ? " (lenient ok)" : ""} mention=${JSON.stringify(x.mention)} conf=${x.confidence}`);
    console.log(`    how: ${x.how}`);
    console.log(`    ${x.context.replace(/\s+/g, " ")}`);
  }
}
