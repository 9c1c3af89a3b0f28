// Who said what: prints each speaker of an article with their quotes.
//
//   node examples/who-said-what.mjs [article.html|article.txt]
//
// Without an argument it reads the project's reference article when it sits beside
// the checkout (../shared/seed/article.txt), and the bundled examples/article.html
// otherwise. Run `npm run build` first: this imports the built package, as users do.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractQuotes } from "whosaid";

const repoRoot = new URL("../", import.meta.url);
const reference = fileURLToPath(new URL("../shared/seed/article.txt", repoRoot));
const bundled = fileURLToPath(new URL("examples/article.html", repoRoot));
const path = process.argv[2] ?? (existsSync(reference) ? reference : bundled);

let input;
try {
  input = readFileSync(path); // bytes: the library detects the encoding and format
} catch (err) {
  console.error(`cannot read ${path}: ${err.code ?? err.message}`);
  process.exit(1);
}

const result = extractQuotes(input);
console.log(result.title ?? "(untitled)");
console.log(`${path}: ${result.quotes.length} quotes, ${result.speakers.length} speakers\n`);

// Reported speech (kind "indirect") is the writer's paraphrase, so it is not put in quotation
// marks; paragraphs are numbered from 1, as a reader counts them (the JSON's are 0-based).
const show = (q) => `  [para ${q.paragraph + 1}, ${q.kind}] ${q.kind === "indirect" ? `reported: ${q.text}` : `“${q.text}”`}`;

const quotesById = new Map(result.quotes.map((q) => [q.id, q]));
for (const speaker of result.speakers) {
  const roles = speaker.roles.length > 0 ? `, ${speaker.roles.join("; ")}` : "";
  console.log(`${speaker.name} (${speaker.kind}${roles})`);
  for (const id of speaker.quotes) {
    const q = quotesById.get(id);
    if (q) console.log(show(q));
  }
  console.log();
}

const unattributed = result.quotes.filter((q) => q.speaker === null);
if (unattributed.length > 0) {
  console.log("Not attributed:");
  for (const q of unattributed) console.log(show(q));
}
