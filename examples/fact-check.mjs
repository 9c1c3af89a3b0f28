// Fact-check helper: every quote of one speaker, with where it is in the article.
//
//   node examples/fact-check.mjs <article> "<speaker name>"
//
// The speaker is matched against each speaker's canonical name and aliases, ignoring case
// and accents, as a whole name or as whole words of one ("Varga", "Helena Varga", "Mayor
// Helena Varga" all find Mayor Helena Varga). Exits 1 when nobody in the article matches.
// Paragraphs are numbered from 1 as a reader counts them; the offsets are the JSON's, within
// the paragraph. Run `npm run build` (or `npm ci`) first.
import { readFileSync } from "node:fs";
import { extractQuotes } from "whosaid";

const [path, wanted] = process.argv.slice(2);
if (!path || !wanted) {
  console.error('usage: node examples/fact-check.mjs <article> "<speaker name>"');
  process.exit(2);
}

let input;
try {
  input = readFileSync(path);
} catch (err) {
  console.error(`cannot read ${path}: ${err.code ?? err.message}`);
  process.exit(1);
}

const result = extractQuotes(input);
// Words of a name, lower-cased and without accents: "Mayor Hélène  Varga" → ["mayor", "helene", "varga"].
const words = (name) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
// Whether `needle` is a run of whole words of `name`.
const within = (needle, name) => {
  const hay = words(name);
  return needle.length > 0 && hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));
};
const needle = words(wanted);
const matches = result.speakers.filter((s) => [s.name, ...s.aliases].some((n) => within(needle, n)));
if (matches.length === 0) {
  const known = result.speakers.map((s) => s.name).join(", ") || "none";
  console.error(`no speaker "${wanted}" in ${path} (speakers: ${known})`);
  process.exit(1);
}

const span = (s) => (s ? `“${s.text}” (para ${s.paragraph + 1}, ${s.start}–${s.end})` : "—");
for (const speaker of matches) {
  console.log(`${speaker.name} (${speaker.kind}) — ${speaker.quotes.length} quote(s)`);
  if (speaker.roles.length > 0) console.log(`  roles:   ${speaker.roles.join("; ")}`);
  console.log(`  aliases: ${speaker.aliases.join(", ")}`);
  for (const q of result.quotes.filter((q) => q.speaker === speaker.id)) {
    console.log(`\n  ${q.id}  ${q.kind}, paragraph ${q.paragraph + 1}, offsets ${q.start}–${q.end}`);
    // Reported speech is the writer's paraphrase: not shown in quotation marks.
    console.log(q.kind === "indirect" ? `    reported: ${q.text}` : `    “${q.text}”`);
    console.log(`    cue:     ${span(q.cue)}`);
    console.log(`    mention: ${span(q.mention)}`);
    console.log(`    rule:    ${q.rule} (confidence ${q.confidence})`);
  }
  console.log();
}
