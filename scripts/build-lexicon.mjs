#!/usr/bin/env node
/**
 * Writes src/speakers/word-table.generated.ts: the words and tags whosaid reads from
 * compromise's lexicon, taken out of the installed compromise so the library does not load
 * compromise at run time (its import unpacks and conjugates the whole lexicon: ~1 s).
 *
 * compromise stays the source of truth: after upgrading it, run
 *   node scripts/build-lexicon.mjs           # rewrite the table
 *   node scripts/build-lexicon.mjs --check   # exit 1 if the table is stale (test/word-table.test.ts runs this)
 *
 * What is kept:
 * - every lexicon entry (`world().model.one.lexicon`) that is one word — no whitespace —
 *   with all its tags. Entries of several words (`sq ft`, phrasal verbs such as `back up`)
 *   can never be looked up: whosaid looks up single tokens, and a token holds no whitespace;
 * - the ambiguous words (`world().model.two.switches`, `lost` → `Adj|Past`) that have one of
 *   the readings listed in SWITCH_READINGS, with their readings: in the word's lexicon entry
 *   (`Adjective:Adj|Past`) when the lexicon lists it, else in a list of their own.
 *
 * Format (read by src/speakers/unpack-word-table.ts): words sorted (proper names after the
 * other words, see NAME_TAGS), each entry coded against the previous word. An entry is one character '0' + d: drop the last d characters of the previous
 * word (d ≤ MAX_DROP; d = MAX_DROP + 1: start from nothing), then the characters to append,
 * then a code naming the word's tag set. Codes are characters that occur in no word (`CODES`):
 * the first CODES.length − 1 name sets 0, 1, …; the last character is an escape, and escape +
 * CODES[j] names set CODES.length − 1 + j. Sets are numbered by frequency, so most entries end
 * in one character. Counting what is dropped rather than what is kept makes the entries of
 * regular inflections identical from word to word (`walk` → `0edA`, `walked` → `2ingB`), which
 * gzip then stores once: the table gzips to under half of a plain word list with tags, which
 * is what keeps the browser build small.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";

/** Readings of compromise's ambiguous words that whosaid asks about (`isPastTense`). */
const SWITCH_READINGS = ["Past"];
/**
 * Tags of proper names (first names, surnames, places, organisations). Their words come after
 * the others: their spelling shares little with common words, and each group gzips better on
 * its own.
 */
const NAME_TAGS = ["FemaleName", "MaleName", "FirstName", "LastName", "Person", "Honorific", "City", "Country", "Place", "Region", "Organization", "SportsTeam", "ProperNoun"];
/** Most characters an entry drops from the previous word; beyond, the word is written whole. */
const MAX_DROP = 15;
/** Characters that may serve as codes, in order of preference; any that occurs in a word is skipped. `"` and `\` would be escaped in the file. */
const CODE_CANDIDATES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#%+,.>?[]_{}~`0123456789";

const OUT = fileURLToPath(new URL("../src/speakers/word-table.generated.ts", import.meta.url));
const VERSION = nlp.version;

/** Entries `[word, value]` sorted by word; values are grouped into numbered sets by frequency. */
function encode(entries, codes) {
  const counts = new Map();
  for (const [, v] of entries) counts.set(v, (counts.get(v) ?? 0) + 1);
  const values = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
  const index = new Map(values.map((v, i) => [v, i]));
  const single = codes.length - 1;
  if (values.length > single + codes.length) throw new Error(`build-lexicon: ${values.length} tag sets, only ${single + codes.length} codes`);
  const code = (i) => (i < single ? codes[i] : codes[single] + codes[i - single]);
  let prev = "";
  let out = "";
  for (const [word, v] of entries) {
    // Across the two groups a word may be a prefix of the one before: it then appends nothing.
    let shared = 0;
    while (shared < prev.length && shared < word.length && prev[shared] === word[shared]) shared++;
    let drop = prev.length - shared;
    if (drop > MAX_DROP) {
      drop = MAX_DROP + 1;
      shared = 0;
    }
    out += String.fromCharCode(48 + drop) + word.slice(shared) + code(index.get(v));
    prev = word;
  }
  return { words: out, values };
}

/** The generated module's text. */
export function buildTable() {
  const world = nlp.world();
  const lexicon = world.model.one.lexicon;
  const switches = world.model.two.switches;
  const tagsOf = (w) => (typeof lexicon[w] === "string" ? [lexicon[w]] : lexicon[w]);
  const isName = (w) => tagsOf(w).some((t) => NAME_TAGS.includes(t));
  const oneWord = Object.keys(lexicon).filter((w) => !/\s/.test(w)).sort();
  const words = [...oneWord.filter((w) => !isName(w)), ...oneWord.filter(isName)];
  const switched = new Set(Object.keys(switches).filter((w) => !/\s/.test(w) && switches[w].split("|").some((r) => SWITCH_READINGS.includes(r))));
  const switchedOnly = [...switched].filter((w) => !Object.prototype.hasOwnProperty.call(lexicon, w)).sort();
  if (words.length === 0) throw new Error("build-lexicon: compromise's lexicon is empty");

  const used = new Set();
  for (const w of [...words, ...switchedOnly]) for (const c of w) used.add(c);
  const codes = [...CODE_CANDIDATES].filter((c) => !used.has(c)).join("");

  const entry = (w) => {
    const tags = [...new Set(tagsOf(w))].sort().join(",");
    return switched.has(w) ? `${tags}:${switches[w]}` : tags;
  };
  const lex = encode(words.map((w) => [w, entry(w)]), codes);
  const sw = encode(switchedOnly.map((w) => [w, switches[w]]), codes);

  return `// Generated by scripts/build-lexicon.mjs from compromise ${VERSION}. Do not edit: run \`node scripts/build-lexicon.mjs\`.
// Format: see the script. Unpacked by unpack-word-table.ts.

/** Version of compromise the table was taken from. */
export const COMPROMISE_VERSION = ${JSON.stringify(VERSION)};

/** Characters that end an entry and name its set; the last one is an escape for a second character. */
export const CODES = ${JSON.stringify(codes)};

/** Most characters an entry drops from the previous word; one more means the entry starts from nothing. */
export const MAX_DROP = ${MAX_DROP};

/** Tag sets of the lexicon, most frequent first: tags joined by \`,\`, then \`:\` and the readings of an ambiguous word. */
export const TAG_SETS: readonly string[] = ${JSON.stringify(lex.values.map((v) => v))};

/** compromise's one-word lexicon (${words.length} words), front-coded. */
export const WORDS = ${JSON.stringify(lex.words)};

/** Readings of compromise's ambiguous words, as \`Adj|Past\`. */
export const SWITCH_SETS: readonly string[] = ${JSON.stringify(sw.values)};

/** compromise's ambiguous words with a reading in ${JSON.stringify(SWITCH_READINGS)} that its lexicon does not list (${switchedOnly.length} words), front-coded. */
export const SWITCH_WORDS = ${JSON.stringify(sw.words)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildTable();
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
