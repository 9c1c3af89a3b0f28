// Fact-check helper: every quote of one speaker, with where it is in the article.
//
//   node examples/fact-check.mjs <article> "<speaker name>"
//
// The speaker is matched, case-insensitively, against each speaker's canonical name
// and aliases ("Varga", "Mayor Helena Varga", "the mayor" …). Exits 1 when nobody in
// the article matches. Run `npm run build` first.
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
const needle = wanted.trim().toLowerCase();
const matches = result.speakers.filter(
  (s) => s.name.toLowerCase() === needle || s.aliases.some((a) => a.toLowerCase() === needle),
);
if (matches.length === 0) {
  const known = result.speakers.map((s) => s.name).join(", ") || "none";
  console.error(`no speaker "${wanted}" in ${path} (speakers: ${known})`);
  process.exit(1);
}

const span = (s) => (s ? `“${s.text}” (para ${s.paragraph}, ${s.start}–${s.end})` : "—");
for (const speaker of matches) {
  console.log(`${speaker.name} (${speaker.kind}) — ${speaker.quotes.length} quote(s)`);
  if (speaker.roles.length > 0) console.log(`  roles:   ${speaker.roles.join("; ")}`);
  console.log(`  aliases: ${speaker.aliases.join(", ")}`);
  for (const q of result.quotes.filter((q) => q.speaker === speaker.id)) {
    console.log(`\n  ${q.id}  ${q.kind}, paragraph ${q.paragraph}, offsets ${q.start}–${q.end}`);
    console.log(`    “${q.text}”`);
    console.log(`    cue:     ${span(q.cue)}`);
    console.log(`    mention: ${span(q.mention)}`);
    console.log(`    rule:    ${q.rule} (confidence ${q.confidence})`);
  }
  console.log();
}
