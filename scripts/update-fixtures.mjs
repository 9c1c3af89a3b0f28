#!/usr/bin/env node
/**
 * Regenerates test/fixtures/<slug>/expected.json from the library's current output.
 *
 * Usage:
 *   npm run build
 *   node scripts/update-fixtures.mjs                 # every fixture
 *   node scripts/update-fixtures.mjs attr-cue-after  # only these slugs
 *   node scripts/update-fixtures.mjs --dry-run …     # print the summary, write nothing
 *
 * Each expected.json keeps the keys it already has (a quotes-only fixture stays
 * quotes-only) and each quote keeps the fields the file already uses; `speakers` keeps its
 * fields and `exactSpeakers` flag (without the flag, only the speakers already listed are
 * kept; alias and role lists that are still subsets of the output stay as written). The
 * i-th quote keeps the fields the old i-th quote listed (extra quotes get every field used
 * in the file). A fixture without expected.json gets title, meta, paragraphs, quotes, speakers; one
 * without `meta` gets it (after `title`): every page's metadata is checked. Indirect quotes are written only when the file already lists one.
 * Then review `git diff test/fixtures`: expected files are hand-checked expectations, not
 * snapshots — regenerate only what you have just fixed, and read every changed line.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

const { extractQuotes } = await import("../dist/index.js").catch(() => {
  console.error("Cannot load dist/index.js: run `npm run build` first.");
  process.exit(2);
});

const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
const INPUTS = ["input.html", "input.txt", "input.bin"];
const QUOTE_FIELDS = ["text", "paragraph", "start", "end", "kind", "speaker", "mention", "cue", "rule"];
const SPEAKER_FIELDS = ["name", "kind", "aliases", "roles"];
const DEFAULT_KEYS = ["title", "meta", "paragraphs", "quotes", "speakers"];

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const wanted = args.filter((a) => !a.startsWith("--"));
const all = readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory()).sort();
const unknown = wanted.filter((s) => !all.includes(s));
if (unknown.length > 0) {
  console.error(`No such fixture: ${unknown.join(", ")}`);
  process.exit(2);
}
const slugs = wanted.length > 0 ? wanted : all;

let changed = 0;
for (const slug of slugs) {
  const dir = join(FIXTURES, slug);
  const input = INPUTS.find((name) => existsSync(join(dir, name)));
  if (!input) {
    console.log(`${slug}: skipped (no ${INPUTS.join(" / ")})`);
    continue;
  }
  const file = join(dir, "expected.json");
  const old = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  const data = input.endsWith(".bin") ? new Uint8Array(readFileSync(join(dir, input))) : readFileSync(join(dir, input), "utf8");
  const header = join(dir, "content-type.txt");
  const result = extractQuotes(data, existsSync(header) ? { contentType: readFileSync(header, "utf8").trim() } : {});
  const next = regenerate(old, result);
  const summary = describeChanges(old, next);
  if (summary.length === 0) {
    console.log(`${slug}: unchanged`);
    continue;
  }
  changed++;
  console.log(`${slug}: ${summary.join("; ")}`);
  if (!dryRun) writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
}
console.log(`${changed} of ${slugs.length} fixture(s) ${dryRun ? "would change" : "changed"}.${changed > 0 && !dryRun ? " Review: git diff test/fixtures" : ""}`);

/** A new expected object with the keys (and per-item fields) of the old one, values from the result. */
function regenerate(old, result) {
  const keys = old ? withMeta(Object.keys(old)) : DEFAULT_KEYS;
  const out = {};
  for (const key of keys) {
    switch (key) {
      case "title": out.title = result.title; break;
      case "meta": out.meta = result.meta; break;
      case "paragraphs": out.paragraphs = result.paragraphs.map((p) => p.text); break;
      case "quotes": out.quotes = quotesOf(old?.quotes, result); break;
      case "speakers": out.speakers = speakersOf(old?.speakers, result, old?.exactSpeakers === true); break;
      default: out[key] = old[key]; // flags such as exactSpeakers, notes
    }
  }
  return out;
}

/** The keys with `meta` added after `title` (or first) when missing. */
function withMeta(keys) {
  if (keys.includes("meta")) return keys;
  const at = keys.indexOf("title") + 1;
  return [...keys.slice(0, at), "meta", ...keys.slice(at)];
}

function quotesOf(oldQuotes, result) {
  const used = new Set((oldQuotes ?? []).flatMap((q) => Object.keys(q)));
  const fields = used.size > 0 ? QUOTE_FIELDS.filter((f) => used.has(f)) : QUOTE_FIELDS;
  const withIndirect = (oldQuotes ?? []).some((q) => q.kind === "indirect");
  const nameOf = (id) => (id === null ? null : result.speakers.find((s) => s.id === id)?.name ?? null);
  return result.quotes
    .filter((q) => withIndirect || q.kind !== "indirect")
    .map((q, i) => {
      const o = {};
      const mine = oldQuotes?.[i] ? QUOTE_FIELDS.filter((f) => f in oldQuotes[i]) : fields;
      for (const f of mine) {
        if (f === "speaker") o.speaker = nameOf(q.speaker);
        else if (f === "mention") o.mention = q.mention?.text ?? null;
        else if (f === "cue") o.cue = q.cue?.text ?? null;
        else o[f] = q[f];
      }
      return o;
    });
}

function speakersOf(oldSpeakers, result, exact) {
  const used = new Set((oldSpeakers ?? []).flatMap((s) => Object.keys(s)));
  const fields = used.size > 0 ? SPEAKER_FIELDS.filter((f) => f === "name" || used.has(f)) : SPEAKER_FIELDS;
  const before = new Map((oldSpeakers ?? []).map((s) => [s.name, s]));
  // Without exactSpeakers, a fixture lists only the speakers it is about: keep those that still exist.
  const keep = oldSpeakers && !exact ? result.speakers.filter((s) => before.has(s.name)) : result.speakers;
  return keep.map((s) => {
    const o = {};
    for (const f of fields) {
      if (!Array.isArray(s[f])) { o[f] = s[f]; continue; }
      // A hand-written subset that still holds stays as written.
      const prev = before.get(s.name)?.[f];
      o[f] = Array.isArray(prev) && prev.every((x) => s[f].includes(x)) ? prev : [...s[f]];
    }
    return o;
  });
}

/** One short phrase per key that differs: what was added, removed or changed. */
function describeChanges(old, next) {
  if (!old) return ["created"];
  const out = [];
  for (const key of Object.keys(next)) {
    const a = old[key];
    const b = next[key];
    if (isDeepStrictEqual(a, b)) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      let diff = 0;
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (!isDeepStrictEqual(a[i], b[i])) diff++;
      const size = a.length === b.length ? `${a.length}` : `${a.length} → ${b.length}`;
      const fieldDiffs = new Set();
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        if (a[i] && b[i] && typeof a[i] === "object") {
          for (const f of Object.keys(b[i])) if (!isDeepStrictEqual(a[i][f], b[i][f])) fieldDiffs.add(f);
        }
      }
      out.push(`${key} ${size} (${diff} changed${fieldDiffs.size > 0 ? `: ${[...fieldDiffs].join(", ")}` : ""})`);
    } else {
      out.push(`${key} ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
    }
  }
  return out;
}
