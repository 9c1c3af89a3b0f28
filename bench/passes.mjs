// Runs extractQuotes over the text articles of the bench corpus (bench/corpus.mjs) a given number of times, for
// instruction counts that do not depend on the machine's load:
//
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded bench/passes.mjs <dist folder> 4
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded bench/passes.mjs <dist folder> 1
//
// `--single-threaded` keeps V8's compiler and garbage collector on the main thread, whose background threads callgrind
// counts too and whose timing varies: two builds 0.6% apart with it came out 12% apart without it.
//
// The difference of the two totals ("I refs") is what 3 warm passes cost (start-up, loading and the first,
// mostly unoptimised pass cancel out); compare it between two builds (a dist/ folder each).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadCorpus } from "./corpus.mjs";

const [distArg = "dist", repsArg = "1"] = process.argv.slice(2);
const lib = await import(pathToFileURL(resolve(distArg, "index.js")).href);
const reps = Math.max(0, Number(repsArg) | 0);
const docs = loadCorpus().docs.filter((d) => d.kind === "text");
let quotes = 0;
for (let r = 0; r < reps; r++) for (const d of docs) quotes += lib.extractQuotes(d.input).quotes.length;
console.log(`${docs.length} articles × ${reps}: ${quotes} quotes`);
