// The article-body extraction metric of the public article-extraction benchmark, exactly as
// ../shared/tools/extraction-score.mjs computes it (eval:extraction checks the figures agree):
// word 4-gram shingles of gold and extracted body; per page true/false positives and false
// negatives as shares; precision and recall per page, averaged over pages; F1 of the averages.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { SHARED } from "./corpus.mjs";

/** Where the team's page set lives (read-only research data, never copied into the project). */
export const EXTRACTION_DATA = join(SHARED, "eval", "extraction");

const tokens = (s) => String(s ?? "").match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Word 4-gram shingles with counts (one shingle of all words when there are fewer than four). */
function shingles(text) {
  const t = tokens(text);
  const m = new Map();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join("\u0001");
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** [tp, fp, fn] of a page as shares of their sum. */
export function tpFpFn(truth, pred) {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const prec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const rec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/**
 * Scores bodies ({id: text}) against the gold set: F1, precision, recall (rounded to 4 places as
 * the reference scorer does), pages under F1 0.5 and 0.8, and each page's F1 in `ids` order.
 */
export function scoreBodies(gold, ids, bodies) {
  const per = ids.map((id) => tpFpFn(gold[id].articleBody ?? "", bodies[id] ?? ""));
  const P = mean(per.filter(([tp, fp]) => tp + fp > 0).map(prec));
  const R = mean(per.filter(([tp, , fn]) => tp + fn > 0).map(rec));
  const docF1 = per.map((x) => { const p = prec(x), r = rec(x); return p + r ? 2 * p * r / (p + r) : 0; });
  return {
    f1: +(2 * P * R / (P + R || 1)).toFixed(4), precision: +P.toFixed(4), recall: +R.toFixed(4),
    pagesBelow05: docF1.filter((f) => f < 0.5).length, pagesBelow08: docF1.filter((f) => f < 0.8).length, docF1,
  };
}

/** The page set: gold bodies, sorted ids, and a reader of each page's HTML; null when the folder is absent. */
export function loadExtractionData(dir = EXTRACTION_DATA) {
  if (!existsSync(join(dir, "ground-truth.json"))) return null;
  const gold = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  const ids = Object.keys(gold).sort();
  const html = (id) => gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
  return { dir, gold, ids, html };
}

/** One row as the reference scorer prints it. */
export function formatRow(name, s) {
  return `${name.padEnd(22)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  pages F1<0.5: ${s.pagesBelow05}  <0.8: ${s.pagesBelow08}`;
}
