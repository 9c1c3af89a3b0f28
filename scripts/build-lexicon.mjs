#!/usr/bin/env node
/**
 * Writes src/speakers/word-table.generated.ts: the classes whosaid reads from compromise's lexicon, word by word,
 * taken out of the installed compromise so the library does not load compromise at run time (its import unpacks and
 * conjugates the whole lexicon: ~1 s).
 *
 * compromise stays the source of truth: after upgrading it, or after changing src/speakers/tag-classes.ts, run
 *   node scripts/build-lexicon.mjs           # rewrite the table
 *   node scripts/build-lexicon.mjs --check   # exit 1 if the table is stale (test/word-table.test.ts runs this)
 *
 * What is kept:
 * - every lexicon entry (`world().model.one.lexicon`) that is one word — no whitespace. Entries of several words
 *   (`sq ft`, phrasal verbs such as `back up`) can never be looked up: whosaid looks up single tokens, and a token
 *   holds no whitespace;
 * - the ambiguous words (`world().model.two.switches`, `lost` → `Adj|Past`) with one of the readings listed in
 *   SWITCH_READINGS;
 * each with its classes: `classesOfTags` of src/speakers/tag-classes.ts on its tags and readings (the 69 tag sets of
 * the lexicon fall into 29 classes). The tags themselves are not kept: whosaid only ever tests the classes.
 *
 * Format (read by src/speakers/unpack-word-table.ts, which this script also runs on what it wrote, failing unless every
 * word comes back with its classes): words sorted, each entry coded against the previous word. An entry is one character '0' + d: drop the last d characters of the previous word
 * (d ≤ MAX_DROP; d = MAX_DROP + 1: start from nothing), then the characters to append, then a code naming the entry's
 * paradigm. Codes are characters that occur in no word (`CODES`): the first ones name paradigms 0, 1, … alone, each of
 * the last `ESCAPES` starts a code of two characters. Paradigms are numbered by frequency, so most entries end in one
 * character.
 * A paradigm is the written word's classes and the derivations it makes: a rule drops the last characters of the
 * written word and appends others, giving a word of the lexicon with its own classes (`walk` → `walks`, `walked`,
 * `walking`: one entry for four words). Rules are learnt from the lexicon (a drop, a suffix and the classes of both
 * words shared by at least MIN_RULE pairs of words), and a paradigm kept only when MIN_PARADIGM words have it, so the
 * lists stay short; every word is written or derived exactly once.
 * Counting what is dropped rather than what is kept makes the entries of regular forms identical from word to word,
 * which gzip then stores once: the table is what keeps the browser build small (`npm run bench:size`).
 *
 * Measured (compromise 14.17.0; browser build 126.6 KB gzipped, 91.2 KB with WORDS empty, so the table is 35.5 KB
 * of it and the 100 KB target would leave it 8.8 KB): the words themselves are the cost, not their classes nor this
 * coding. With one code for every paradigm WORDS gzips to 28.0 KB instead of 34.3; clearing the bits no reader tells
 * apart (PLACE and ORGANIZATION under PERSON, FEMALE_NAME and FIRST_NAME under MALE_NAME, the adjective and non-noun
 * readings under NOUN) saves nothing; nor do other settings here (MIN_RULE 20–80, MIN_PARADIGM 2–5, MAX_DROP 9 or 25,
 * MAX_RULE_APPEND 5: the same or up to 0.1 KB larger); leaving out the 80 entries no token can spell (`:-)`, `ac/dc`,
 * `°c`) saves 0.15 KB. Other coders of the WORDS string: bzip2 -9 29.8 KB, xz -9e 31.6, zstd -22 33.8, an adaptive 7-order
 * context-mixing model 29.2 (ideal code length, before its decoder and its ~500,000 modelled bits on the first
 * look-up); compromise's own packed lexicon, without the derived forms, 45.3. All but 388 words carry COMMON or a
 * name bit, which find-mentions tests on any capitalised token: leaving words out changes output somewhere.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import nlp from "compromise";

/** Readings of compromise's ambiguous words that whosaid asks about (`isPastTense`). */
const SWITCH_READINGS = ["Past"];
/** Most characters an entry drops from the previous word; beyond, the word is written whole. */
const MAX_DROP = 15;
/** Characters that may serve as codes, in order of preference; any that occurs in a word is skipped. `"` and `\` would be escaped in the file. */
const CODE_CANDIDATES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#%+,.>?[]_{}~`0123456789";
/**
 * Most characters a rule drops from the written word. 0: rules only append (`walk` → `walked`); letting them drop one
 * (`make` → `making`) derives more words, but the browser build then gzips 0.3 KB larger (more rules and paradigms).
 */
const MAX_RULE_DROP = 0;
/** Longest suffix a rule appends (`walk` → `walking`). */
const MAX_RULE_APPEND = 4;
/** Fewest word pairs a rule must derive to be kept; rarer ones would cost more to list than they save. */
const MIN_RULE = 50;
/** Fewest words a paradigm with derivations must have; the others' derived words are written out. */
const MIN_PARADIGM = 3;

const OUT = fileURLToPath(new URL("../src/speakers/word-table.generated.ts", import.meta.url));
const SPEAKERS = fileURLToPath(new URL("../src/speakers/", import.meta.url));
const VERSION = nlp.version;

/** tag-classes.ts and unpack-word-table.ts, compiled in memory: the classes and the reader the library itself uses. */
async function loadLibraryParts() {
  const result = await build({
    stdin: { contents: 'export { classesOfTags } from "./tag-classes"; export { unpackWordTable } from "./unpack-word-table";', resolveDir: SPEAKERS, loader: "ts" },
    bundle: true, write: false, format: "esm", platform: "neutral", logLevel: "silent",
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

/**
 * The lexicon's words, sorted, and the classes of each. Proper names are sorted in with the other words: kept apart
 * (after them, each group sorted) the browser build gzips 0.35 KB larger, and grouped by class 1.2 KB larger.
 */
function lexiconClasses(classesOfTags) {
  const world = nlp.world();
  const lexicon = world.model.one.lexicon;
  const switches = world.model.two.switches;
  const own = (o, w) => Object.prototype.hasOwnProperty.call(o, w);
  const tagsOf = (w) => (own(lexicon, w) ? [...new Set(typeof lexicon[w] === "string" ? [lexicon[w]] : lexicon[w])] : []);
  const readingsOf = (w) => {
    const readings = own(switches, w) ? switches[w].split("|") : [];
    return readings.some((r) => SWITCH_READINGS.includes(r)) ? readings : [];
  };
  const oneWord = (w) => !/\s/.test(w);
  const all = new Set([...Object.keys(lexicon).filter(oneWord), ...Object.keys(switches).filter((w) => oneWord(w) && readingsOf(w).length > 0)]);
  if (all.size === 0) throw new Error("build-lexicon: compromise's lexicon is empty");
  const sorted = [...all].sort();
  const classes = new Map(sorted.map((w) => [w, classesOfTags(tagsOf(w), readingsOf(w))]));
  return { words: sorted, classes };
}

/**
 * Which words are derived from which: rules learnt from the pairs of words the lexicon holds, applied greedily, the
 * most frequent rule first, so that a word is derived once and from a word that is written.
 */
function derive(words, classes) {
  const sorted = [...words].sort();
  const firstWithPrefix = (p) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const ruleKey = (drop, append, from, to) => `${drop}\t${append}\t${from}\t${to}`;
  const counts = new Map();
  const pairs = [];
  for (const base of sorted) {
    for (let drop = 0; drop <= MAX_RULE_DROP && base.length - drop >= 2; drop++) {
      const stem = base.slice(0, base.length - drop);
      for (let i = firstWithPrefix(stem); i < sorted.length && sorted[i].startsWith(stem); i++) {
        const word = sorted[i];
        if (word === base || word.length - stem.length > MAX_RULE_APPEND) continue;
        const key = ruleKey(drop, word.slice(stem.length), classes.get(base), classes.get(word));
        counts.set(key, (counts.get(key) ?? 0) + 1);
        pairs.push({ base, word, key });
      }
    }
  }
  const rules = [...counts].filter(([, n]) => n >= MIN_RULE).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const rank = new Map(rules.map((k, i) => [k, i]));
  const candidates = pairs.filter((p) => rank.has(p.key))
    .sort((a, b) => rank.get(a.key) - rank.get(b.key) || (a.base < b.base ? -1 : a.base > b.base ? 1 : a.word < b.word ? -1 : 1));
  const from = new Map();
  const written = new Set();
  for (const { base, word, key } of candidates) {
    if (from.has(word) || from.has(base) || written.has(word)) continue;
    from.set(word, { base, rule: rank.get(key) });
    written.add(base);
  }
  const paradigmOf = () => {
    const rulesOf = new Map();
    for (const [, { base, rule }] of from) rulesOf.set(base, [...(rulesOf.get(base) ?? []), rule].sort((a, b) => a - b));
    return (w) => [classes.get(w), ...(rulesOf.get(w) ?? [])];
  };
  // A paradigm few words share would be listed for little: its words' derived words are written out instead.
  let paradigm = paradigmOf();
  const uses = new Map();
  for (const w of words) if (!from.has(w)) uses.set(paradigm(w).join(), (uses.get(paradigm(w).join()) ?? 0) + 1);
  for (const [word, { base }] of [...from]) {
    if (uses.get(paradigm(base).join()) < MIN_PARADIGM) from.delete(word);
  }
  paradigm = paradigmOf();
  return { rules, written: words.filter((w) => !from.has(w)), paradigm };
}

/** The generated module's text. */
export async function buildTable() {
  const { classesOfTags, unpackWordTable } = await loadLibraryParts();
  const { words, classes } = lexiconClasses(classesOfTags);
  const { rules, written, paradigm } = derive(words, classes);

  // Paradigms numbered by how many entries name them; only the rules they use are listed, in the order first named.
  const counts = new Map();
  for (const w of written) counts.set(paradigm(w).join(), (counts.get(paradigm(w).join()) ?? 0) + 1);
  const paradigmKeys = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const paradigmIndex = new Map(paradigmKeys.map((k, i) => [k, i]));
  // Rules learnt apart because their written words differ in class derive alike: listed once.
  const usedRules = [];
  const ruleIndex = new Map();
  const paradigms = paradigmKeys.map((k) => k.split(",").map(Number)).map(([c, ...rs]) => [c, ...rs.map((r) => {
    const [drop, append, , to] = rules[r].split("\t");
    const rule = [Number(drop), append, Number(to)];
    const key = JSON.stringify(rule);
    if (!ruleIndex.has(key)) {
      ruleIndex.set(key, usedRules.length);
      usedRules.push(rule);
    }
    return ruleIndex.get(key);
  }).sort((a, b) => a - b)]);

  const used = new Set();
  for (const w of words) for (const c of w) used.add(c);
  const codes = [...CODE_CANDIDATES].filter((c) => !used.has(c)).join("");
  let escapes = 1;
  while (codes.length - escapes + escapes * codes.length < paradigms.length) escapes++;
  if (escapes >= codes.length) throw new Error(`build-lexicon: ${paradigms.length} paradigms, too few code characters`);
  const single = codes.length - escapes;
  const code = (i) => (i < single ? codes[i] : codes[single + Math.floor((i - single) / codes.length)] + codes[(i - single) % codes.length]);

  let prev = "";
  let out = "";
  for (const word of written) {
    let shared = 0;
    while (shared < prev.length && shared < word.length && prev[shared] === word[shared]) shared++;
    let drop = prev.length - shared;
    if (drop > MAX_DROP) {
      drop = MAX_DROP + 1;
      shared = 0;
    }
    out += String.fromCharCode(48 + drop) + word.slice(shared) + code(paradigmIndex.get(paradigm(word).join()));
    prev = word;
  }

  // The table must give back every word with its classes, and nothing else.
  const back = unpackWordTable(out, codes, escapes, MAX_DROP, paradigms, usedRules);
  const wrong = words.filter((w) => back.get(w) !== classes.get(w));
  if (wrong.length > 0 || back.size !== words.length) throw new Error(`build-lexicon: the table does not read back (${wrong.slice(0, 5).join(", ")}; ${back.size} words for ${words.length})`);

  return `// Generated by scripts/build-lexicon.mjs from compromise ${VERSION}. Do not edit: run \`node scripts/build-lexicon.mjs\`.
// Format: see the script. Unpacked by unpack-word-table.ts; classes are the bits of tag-classes.ts.
import type { Rule } from "./unpack-word-table";

/** Version of compromise the table was taken from. */
export const COMPROMISE_VERSION = ${JSON.stringify(VERSION)};

/** Characters that end an entry and name its paradigm; the last \`ESCAPES\` start a code of two characters. */
export const CODES = ${JSON.stringify(codes)};

/** How many of \`CODES\` are escapes. */
export const ESCAPES = ${escapes};

/** Most characters an entry drops from the previous word; one more means the entry starts from nothing. */
export const MAX_DROP = ${MAX_DROP};

/** Derivations: characters dropped from the written word, characters appended, the derived word's classes. */
export const RULES: readonly Rule[] = ${JSON.stringify(usedRules)};

/** Paradigms, most frequent first: the written word's classes, then the rules deriving other words from it. */
export const PARADIGMS: readonly (readonly number[])[] = ${JSON.stringify(paradigms)};

/** compromise's one-word lexicon and its ambiguous words with a reading in ${JSON.stringify(SWITCH_READINGS)} (${words.length} words, ${written.length} written, the others derived), front-coded. */
export const WORDS = ${JSON.stringify(out)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await buildTable();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(OUT, "utf8");
    } catch {
      // missing: stale
    }
    if (current !== text) {
      console.error(`build-lexicon: ${OUT} is not what compromise ${VERSION} gives; run \`node scripts/build-lexicon.mjs\``);
      process.exit(1);
    }
    console.log(`build-lexicon: up to date with compromise ${VERSION}`);
  } else {
    writeFileSync(OUT, text);
    console.log(`build-lexicon: wrote ${OUT} (${text.length} bytes) from compromise ${VERSION}`);
  }
}
