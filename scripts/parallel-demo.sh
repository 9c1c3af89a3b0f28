#!/usr/bin/env bash
# Batch demo: the same NDJSON corpus through `whosaid --stdin-ndjson` directly and
# split across processes by GNU parallel (`--pipe`), then a check that both give the
# same record for every id. The corpus is built at run time in a temporary directory:
# from ../shared/eval/polnear-dev.jsonl when it sits beside the checkout, else from
# generated texts. Nothing is written into the repository.
#
#   bash scripts/parallel-demo.sh [articles]      (npm run demo:parallel)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-20}"
CLI="$ROOT/dist/cli.js"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/whosaid-demo.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if [[ ! -f "$CLI" ]]; then
  echo "building (dist/cli.js missing)…" >&2
  (cd "$ROOT" && npx tsup >/dev/null)
fi

SOURCE="${WHOSAID_DEMO_SOURCE:-$ROOT/../shared/eval/polnear-dev.jsonl}"
node - "$SOURCE" "$N" > "$WORK/corpus.ndjson" <<'JS'
const { existsSync, readFileSync } = require("node:fs");
const [source, n] = [process.argv[2], Number(process.argv[3])];
const out = [];
if (existsSync(source)) {
  const lines = readFileSync(source, "utf8").split("\n").filter(Boolean).slice(0, n);
  for (const line of lines) {
    const a = JSON.parse(line);
    out.push({ id: a.id, text: a.paragraphs.join("\n\n") });
  }
  console.error(`corpus: ${out.length} articles from ${source}`);
} else {
  const names = ["Ana Ruiz", "Ben Osei", "Chen Wei", "Dara Kelly", "Emil Novak"];
  for (let i = 0; i < n; i++) {
    const who = names[i % names.length];
    out.push({
      id: `generated-${String(i).padStart(4, "0")}`,
      text: `Council approves budget number ${i}\n\n` +
        `“We have done what we promised,” said ${who}, the council leader.\n\n` +
        `${who.split(" ")[1]} added that the vote was “long overdue”.\n\n` +
        `According to ${names[(i + 1) % names.length]}, the plan will cost ${i + 3} million.`,
    });
  }
  console.error(`corpus: ${out.length} generated articles (${source} not found)`);
}
// One broken line in the middle: it must come back as an error record, in place.
out.splice(Math.floor(out.length / 2), 0, "{not json");
process.stdout.write(out.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n");
JS

echo "== direct: whosaid --stdin-ndjson" >&2
start=$(date +%s%N)
node "$CLI" --stdin-ndjson --quiet < "$WORK/corpus.ndjson" > "$WORK/direct.ndjson"
echo "   $(wc -l < "$WORK/direct.ndjson") records in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2

compare() {
  node - "$WORK/corpus.ndjson" "$WORK/direct.ndjson" "$1" <<'JS'
const { readFileSync } = require("node:fs");
const read = (f) => readFileSync(f, "utf8").split("\n").filter(Boolean);
const [corpus, direct, other] = process.argv.slice(2).map(read);
const ids = (lines) => lines.map((l) => JSON.parse(l).id ?? null);
// 1. The direct run keeps input order: same ids as the corpus, line by line.
const inputIds = corpus.map((l) => { try { return JSON.parse(l).id; } catch { return null; } });
if (JSON.stringify(ids(direct)) !== JSON.stringify(inputIds)) throw new Error("direct output is not in input order");
// 2. Same record for every id, whatever the order (sorted by id). Error messages carry
//    line numbers, which differ when parallel cuts the input in chunks: compare codes.
const norm = (l) => { const r = JSON.parse(l); return r.error ? JSON.stringify({ id: r.id, error: r.error.code }) : l; };
const key = (l) => JSON.stringify(JSON.parse(l).id ?? null);
const sorted = (lines) => lines.map(norm).map((l) => [key(l), l]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((p) => p[1]);
const [a, b] = [sorted(direct), sorted(other)];
if (a.length !== b.length) throw new Error(`record counts differ: ${a.length} vs ${b.length}`);
const diff = a.findIndex((l, i) => l !== b[i]);
if (diff !== -1) throw new Error(`records differ for ${key(a[diff])}`);
const errors = direct.filter((l) => "error" in JSON.parse(l)).length;
console.error(`   same ${a.length} records (${errors} error record${errors === 1 ? "" : "s"}) ✓`);
JS
}

if command -v parallel >/dev/null 2>&1; then
  echo "== GNU parallel: parallel --pipe -N 4 whosaid --stdin-ndjson --jobs 1" >&2
  start=$(date +%s%N)
  # Without --keep-order the chunks come back in any order; the comparison sorts by id.
  parallel --will-cite --pipe -N 4 -j 4 node "$CLI" --stdin-ndjson --jobs 1 --quiet \
    < "$WORK/corpus.ndjson" > "$WORK/parallel.ndjson"
  echo "   $(wc -l < "$WORK/parallel.ndjson") records in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
  compare "$WORK/parallel.ndjson"
else
  echo "== GNU parallel is not installed: skipping the parallel --pipe run" >&2
  echo "   (install it with e.g. 'apt-get install parallel'); checking --jobs 1 vs default instead" >&2
fi

echo "== one worker: whosaid --stdin-ndjson --jobs 1" >&2
node "$CLI" --stdin-ndjson --jobs 1 --quiet < "$WORK/corpus.ndjson" > "$WORK/jobs1.ndjson"
compare "$WORK/jobs1.ndjson"
echo "ok" >&2
