import { readFileSync } from "node:fs";
import { extractQuotes } from "../index";
// skeleton: the CLI helper replaces this file
const file = process.argv[2];
const input = file && file !== "-" ? readFileSync(file, "utf8") : readFileSync(0, "utf8");
process.stdout.write(JSON.stringify(extractQuotes(input), null, 2) + "\n");
