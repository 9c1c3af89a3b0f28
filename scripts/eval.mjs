#!/usr/bin/env node
// Measures whosaid on annotated news in the PolNeAR-style JSONL format (see README, "Evaluation data format").
// usage: npm run eval -- <gold.jsonl> [--html-dir DIR] [--limit N] [--errors N] [--json]
//        npm run eval -- --html-dir DIR          (the non-name speaker count only)
// Prints the same headline figures as the reference scorer, then a per-rule table, a calibration table
// (confidence bucket → share of right speakers) and the errors grouped by category. Gold lines with a `slug` (the
// pages format) read DIR/<slug>.html or DIR/<slug>.html.gz and are scored for the exact canonical name as well.
// With --html-dir, every page of DIR is also read for speakers whose name is no name (a pronoun, a contraction,
// a common noun, a dateline or label in capitals): their count, and the list when there are any.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { norm, overlap, words } from "./scoring.mjs";

// WHOSAID_LIB points at another build of the library (for comparing builds); the default is this checkout's dist/.
const lib = process.env.WHOSAID_LIB ? pathToFileURL(resolve(process.env.WHOSAID_LIB)).href : new URL("../dist/index.js", import.meta.url).href;
const { extractQuotes } = await import(lib);

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : dflt; };
const goldPath = argv.find((a, i) => !a.startsWith("--") && !(i > 0 && argv[i - 1].startsWith("--") && argv[i - 1] !== "--json"));
const htmlDir = opt("html-dir");
if (!goldPath && !htmlDir) {
  console.error("usage: npm run eval -- <gold.jsonl> [--html-dir DIR] [--limit N] [--errors N] [--json]");
  process.exit(2);
}
/** A page of the pages format: DIR/<slug>.html, or gzipped. */
function readPage(file) {
  return existsSync(file) ? readFileSync(file, "utf8") : gunzipSync(readFileSync(file + ".gz")).toString("utf8");
}
const limit = Number(opt("limit", "0"));
const showErrors = Number(opt("errors", "5"));

// Scoring, as the reference scorer defines it: word overlap, greedy one-to-one, lenient speaker names.
const HONORIFICS = new Set("mr mrs ms miss dr prof gen sen rep gov president minister sir lord lady rev judge justice mayor secretary".split(" "));
const PRONOUNS = new Set("he she they it we i you him her them his hers their".split(" "));
function surname(n) { const t = words(n).filter((w) => !HONORIFICS.has(w)); return t.length ? t[t.length - 1] : null; }
const padded = (s) => " " + norm(s) + " ";
function speakerRight(gold, sp, mention) {
  if (!sp) return false;
  const g = new Set(words(gold));
  const s = surname(sp.name);
  if (s && g.has(s) && !PRONOUNS.has(s)) return true;
  const nn = norm(sp.name);
  if (nn && (padded(gold).includes(" " + nn + " ") || padded(sp.name).includes(" " + norm(gold) + " "))) return true;
  return Boolean(mention && !PRONOUNS.has(norm(mention)) && overlap(mention, gold) >= 0.6);
}
const isName = (s) => s != null && /\p{Lu}/u.test(s) && !PRONOUNS.has(norm(s));
function match(gold, pred, thr) {
  const pairs = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const o = overlap(g.text, p.text);
    if (o < thr) return;
    const same = g.paragraph === p.paragraph ? 1 : 0;
    const dist = Math.abs(g.paragraph - p.paragraph) * 1e6 + Math.abs((g.start ?? 0) - (p.start ?? 0));
    pairs.push([o, same, -dist, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const gi = new Map(), pj = new Set();
  for (const [, , , i, j] of pairs) if (!gi.has(i) && !pj.has(j)) { gi.set(i, j); pj.add(j); }
  return gi;
}

// Speakers that are no names, judged without the library's own word lists: a pronoun or a contraction
// (`They’ll`, `We’ve`); a phrase without a capital that is not a plural group (`company`, `the letter`, `2018 survey`);
// a name whose first word the article writes in lower case elsewhere and never capitalises inside a sentence (`There`,
// `Untreated`, `Hosting Cook`, `Teachers` when not a group); a word in capitals longer than an acronym (`COLUMBIA`).
const CONTRACTION = /^(?:i|you|he|she|it|we|they|that|there|who|what)['’](?:ll|ve|re|d|m|s)$/i;
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "both", "some", "many", "several", "one", "two", "three"]);
const COLLECTIVE = new Set(["men", "women", "children", "people", "staff", "police", "public", "crowd", "media", "press", "military", "clergy", "personnel"]);
function caseOfWords(paragraphs) {
  const lower = new Set(), inner = new Set();
  for (const p of paragraphs) {
    let prevLower = false;
    for (const m of String(p).matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu)) {
      const w = m[0];
      if (!/^\p{L}/u.test(w)) { if (w !== " ") prevLower = false; continue; }
      const lw = w.toLowerCase();
      if (w === lw) { lower.add(lw); prevLower = true; } else { if (prevLower) inner.add(lw); prevLower = false; }
    }
  }
  return { lower, inner };
}
function notAName(sp, doc) {
  const name = String(sp.name ?? "").trim();
  const ws = name.split(/\s+/);
  if (ws.length === 1 && (PRONOUNS.has(name.toLowerCase()) || CONTRACTION.test(name))) return "pronoun";
  // `The oxygen bar`, `His office`, `Both men`: the phrase without its determiner.
  const rest = ws.slice(ws.findIndex((w) => !DETERMINERS.has(w.toLowerCase())));
  if (rest.length === 0 || ws.every((w) => DETERMINERS.has(w.toLowerCase()))) return "common noun";
  const plural = (w) => { const x = w.toLowerCase(); return (!/\p{Lu}/u.test(w) || rest.length === 1) && ((x.endsWith("s") && !x.endsWith("ss")) || COLLECTIVE.has(x)); };
  if (sp.kind === "group" && rest.some(plural)) return null;
  if (!/\p{Lu}/u.test(rest.join(" "))) return "common noun";
  const first = rest[0].replace(/['’]s$/, "");
  const lw = first.toLowerCase();
  // An organisation's name may open with a common word (`State Police`, `Home Depot`).
  if ((rest.length === 1 || sp.kind !== "organization") && /^\p{Lu}/u.test(first) && doc.lower.has(lw) && !doc.inner.has(lw)) return "common word";
  if (ws.length === 1 && first.replace(/[^\p{L}]/gu, "").length > 5 && first === first.toUpperCase() && /\p{L}/u.test(first)) return "capitals";
  return null;
}
function nonNameSpeakers(dir) {
  const list = [];
  let speakers = 0;
  const files = readdirSync(dir).filter((f) => /\.html(?:\.gz)?$/.test(f)).sort();
  for (const f of files) {
    let r;
    try { r = extractQuotes(readPage(resolve(dir, f.replace(/\.gz$/, "")))); } catch { continue; }
    const doc = caseOfWords(r.paragraphs.map((p) => (typeof p === "string" ? p : p.text)));
    for (const sp of r.speakers) {
      speakers++;
      const why = notAName(sp, doc);
      if (why) list.push({ page: f.slice(0, 8), name: sp.name, kind: sp.kind, why });
    }
  }
  return { pages: files.length, speakers, list };
}
if (!goldPath) {
  const n = nonNameSpeakers(htmlDir);
  console.log(`Non-name speakers  ${n.list.length} of ${n.speakers} speakers on ${n.pages} pages`);
  for (const x of n.list) console.log(`  ${JSON.stringify(x)}`);
  process.exit(0);
}

const docs = readFileSync(goldPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const sel = limit ? docs.slice(0, limit) : docs;
const t = { gold: 0, pred: 0, hit: 0, spkGold: 0, spkRight: 0, spkExact: 0, crashed: 0, indGold: 0, indPred: 0, indHit: 0, indSpk: 0, indSpkScored: 0, sayGold: 0, sayHit: 0 };
const rules = new Map(); // rule → { fired, scored, right }
const reportedRules = new Map(); // reported-speech rule → { fired, matched, scored, right }
// Cues that are verbs of saying (or `according to`), as the reference scorer defines them: the claims a reader expects.
const SAY_CUE = /\b(say|says|said|saying|tell|tells|told|telling|according|add|adds|added|adding|note|notes|noted|noting|report|reports|reported|announc\w*|argu\w*|acknowledg\w*|claim\w*|explain\w*|insist\w*|warn\w*|write|writes|wrote|written|tweet\w*|declar\w*|confirm\w*|deny|denies|denied|stat(e|es|ed|ing)|assert\w*|recall\w*|repl(y|ies|ied)|respond\w*|predict\w*|reveal\w*|stress\w*|emphasi[sz]\w*|admit\w*|suggest\w*|contend\w*|maintain\w*|complain\w*|testif\w*|conced\w*|alleg\w*|vow\w*|promis\w*|pledg\w*)\b/i;
const buckets = [[0.9, 1.01], [0.8, 0.9], [0.7, 0.8], [0.5, 0.7], [0, 0.5]].map(([lo, hi]) => ({ lo, hi, n: 0, right: 0 }));
const errors = new Map(); // category → examples
const addError = (cat, ex) => { if (!errors.has(cat)) errors.set(cat, []); errors.get(cat).push(ex); };

for (const d of sel) {
  const input = d.slug ? readPage(resolve(htmlDir, d.slug + ".html")) : d.paragraphs.join("\n\n");
  let r;
  try { r = extractQuotes(input); } catch (e) { t.crashed++; addError("crash", { id: d.id ?? d.slug, error: String(e) }); continue; }
  const speakers = new Map(r.speakers.map((s) => [s.id, s]));
  const pred = r.quotes.filter((q) => q.kind !== "indirect");
  t.gold += d.quotes.length; t.pred += pred.length;
  const m = match(d.quotes, pred, 0.8);
  t.hit += m.size;
  const matchedPred = new Set(m.values());
  pred.forEach((p, j) => {
    const rs = rules.get(p.rule) ?? { fired: 0, scored: 0, right: 0 };
    rs.fired++;
    rules.set(p.rule, rs);
    if (!matchedPred.has(j)) addError(p.rule === "none" ? "extra quote, no speaker (scare quote or title?)" : "extra quote, attributed", { id: d.id, text: p.text.slice(0, 70), rule: p.rule });
  });
  d.quotes.forEach((g, i) => {
    if (!m.has(i)) { addError("missed quote", { id: d.id, text: g.text.slice(0, 70) }); return; }
    const p = pred[m.get(i)];
    if (!isName(g.speaker)) return;
    t.spkGold++;
    const sp = p.speaker ? speakers.get(p.speaker) : null;
    const right = speakerRight(g.speaker, sp, p.mention?.text);
    if (right) t.spkRight++;
    if (sp && norm(sp.name) === norm(g.speaker)) t.spkExact++;
    const rs = rules.get(p.rule);
    rs.scored++; if (right) rs.right++;
    const b = buckets.find((x) => p.confidence >= x.lo && p.confidence < x.hi);
    b.n++; if (right) b.right++;
    if (!right) addError(sp ? `wrong speaker (${p.rule})` : "no speaker", { id: d.id, quote: g.text.slice(0, 50), gold: g.speaker, got: sp?.name ?? null, mention: p.mention?.text ?? null });
  });
  if (d.attributions) {
    const gi = d.attributions.filter((a) => !a.hasQuoteMarks).map((a) => ({ text: a.content.text, paragraph: a.content.paragraph, start: a.content.start, speaker: a.source?.text ?? null, cue: a.cue?.text ?? null, say: SAY_CUE.test(a.cue?.text ?? "") }));
    const pi = r.quotes.filter((q) => q.kind === "indirect");
    t.indGold += gi.length; t.indPred += pi.length;
    t.sayGold += gi.filter((g) => g.say).length;
    const mi = match(gi, pi, 0.5);
    t.indHit += mi.size;
    for (const p of pi) {
      const rs = reportedRules.get(p.rule) ?? { fired: 0, matched: 0, scored: 0, right: 0 };
      rs.fired++;
      reportedRules.set(p.rule, rs);
    }
    for (const [i, j] of mi) {
      const rs = reportedRules.get(pi[j].rule);
      rs.matched++;
      if (gi[i].say) t.sayHit++;
      if (!isName(gi[i].speaker)) continue;
      t.indSpkScored++; rs.scored++;
      if (speakerRight(gi[i].speaker, pi[j].speaker ? speakers.get(pi[j].speaker) : null, pi[j].mention?.text)) { t.indSpk++; rs.right++; }
    }
    const hitP = new Set(mi.values());
    pi.forEach((p, j) => { if (!hitP.has(j)) addError(`reported speech: extra (${p.rule})`, { id: d.id, text: p.text.slice(0, 80) }); });
    const hitG = new Set(mi.keys());
    gi.forEach((g, i) => { if (!hitG.has(i) && g.say) addError("reported speech: missed, verb of saying", { id: d.id, text: g.text.slice(0, 80), source: g.speaker, cue: g.cue }); });
  }
}

const P = t.pred ? t.hit / t.pred : 0, R = t.gold ? t.hit / t.gold : 0, F = P + R ? (2 * P * R) / (P + R) : 0;
const f4 = (x) => +x.toFixed(4);
const summary = {
  docs: sel.length, crashed: t.crashed, goldQuotes: t.gold, predQuotes: t.pred, matched: t.hit,
  precision: f4(P), recall: f4(R), f1: f4(F), speakerScored: t.spkGold, speakerAccuracy: t.spkGold ? f4(t.spkRight / t.spkGold) : 0,
  speakerExactName: t.spkGold ? f4(t.spkExact / t.spkGold) : 0,
  reported: { gold: t.indGold, pred: t.indPred, matched: t.indHit, precision: t.indPred ? f4(t.indHit / t.indPred) : 0,
    recall: t.indGold ? f4(t.indHit / t.indGold) : 0, speechCueRecall: t.sayGold ? f4(t.sayHit / t.sayGold) : 0,
    speakerRightOfMatched: t.indSpkScored ? f4(t.indSpk / t.indSpkScored) : 0 },
};
const nonNames = htmlDir ? nonNameSpeakers(htmlDir) : null;
if (nonNames) summary.nonNameSpeakers = nonNames.list.length;
if (argv.includes("--json")) { console.log(JSON.stringify({ summary, rules: Object.fromEntries(rules), reportedRules: Object.fromEntries(reportedRules), buckets })); process.exit(0); }
console.log(`Quotes     P ${summary.precision}  R ${summary.recall}  F1 ${summary.f1}  (${t.hit}/${t.gold} gold, ${t.pred} predicted, ${t.crashed} crashed)`);
console.log(`Speakers   ${summary.speakerAccuracy} right of ${t.spkGold} named gold speakers; exact canonical name ${summary.speakerExactName}`);
if (nonNames) {
  console.log(`Non-name speakers  ${nonNames.list.length} of ${nonNames.speakers} speakers on the ${nonNames.pages} pages of ${htmlDir}`);
  for (const x of nonNames.list) console.log(`  ${JSON.stringify(x)}`);
}
if (t.indGold > 0) console.log(`Reported   P ${summary.reported.precision}  R ${summary.reported.recall}  speech-cue R ${summary.reported.speechCueRecall}  (${t.indHit}/${t.indGold} gold, ${t.sayHit}/${t.sayGold} with a verb of saying, ${t.indPred} predicted; speaker right ${summary.reported.speakerRightOfMatched})`);
console.log("\nRule                 fired  scored  right  accuracy");
for (const [name, s] of [...rules].sort((a, b) => b[1].fired - a[1].fired)) {
  console.log(`${name.padEnd(20)} ${String(s.fired).padStart(5)}  ${String(s.scored).padStart(6)}  ${String(s.right).padStart(5)}  ${s.scored ? (s.right / s.scored).toFixed(3) : "-"}`);
}
console.log("\nReported-speech rule          fired  matched  precision  scored  right  accuracy");
for (const [name, s] of [...reportedRules].sort((a, b) => b[1].fired - a[1].fired)) {
  console.log(`${name.padEnd(28)} ${String(s.fired).padStart(6)}  ${String(s.matched).padStart(7)}  ${(s.matched / s.fired).toFixed(3).padStart(9)}  ${String(s.scored).padStart(6)}  ${String(s.right).padStart(5)}  ${s.scored ? (s.right / s.scored).toFixed(3) : "-"}`);
}
console.log("\nConfidence   quotes  right speaker");
for (const b of buckets) console.log(`${`[${b.lo.toFixed(1)}, ${Math.min(1, b.hi).toFixed(1)}${b.hi > 1 ? "]" : ")"}`.padEnd(12)} ${String(b.n).padStart(6)}  ${b.n ? (b.right / b.n).toFixed(3) : "-"}`);
console.log("\nErrors by category");
for (const [cat, list] of [...errors].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${String(list.length).padStart(5)}  ${cat}`);
  for (const ex of list.slice(0, showErrors)) console.log(`         ${JSON.stringify(ex)}`);
}
console.log("\n" + JSON.stringify(summary));
