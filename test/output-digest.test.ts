/**
 * Output unchanged by work on speed: the quotes and speakers whosaid gives for the reference article
 * (`../shared/seed/article.txt`) and every PolNeAR dev article (`../shared/eval/polnear-dev.jsonl`, paragraphs
 * joined by a blank line, as the scorer reads them) are compared with digests committed in
 * `test/fixtures/output-digest.json`: one SHA-256 prefix of the JSON of `{ quotes, speakers }` per article.
 *
 * Digests, not results: the shared data may not be copied into the project, and a digest holds none of it. A
 * digest also says nothing of what changed — `node scripts/compare-builds.mjs <ref>` lists the differences
 * field by field. When a change of results is intended (an accuracy fix), check it with the reference scores,
 * then rewrite the digests: `WHOSAID_UPDATE_DIGEST=1 node --experimental-vm-modules node_modules/jest/bin/jest.js
 * test/output-digest.test.ts`. Skipped, with a message, when the shared folder is not there.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractQuotes } from "../src/index";

const SHARED = fileURLToPath(new URL("../../shared/", import.meta.url));
const SEED = `${SHARED}seed/article.txt`;
const DEV = `${SHARED}eval/polnear-dev.jsonl`;
const DIGESTS = fileURLToPath(new URL("./fixtures/output-digest.json", import.meta.url));
/** Hex digits kept of each SHA-256: enough that a changed result cannot match by chance. */
const DIGEST_LENGTH = 16;

function digest(input: string): string {
  const { quotes, speakers } = extractQuotes(input);
  return createHash("sha256").update(JSON.stringify({ quotes, speakers })).digest("hex").slice(0, DIGEST_LENGTH);
}

/** Every input by id: the reference article, then the PolNeAR dev articles. */
function inputs(): [id: string, input: string][] {
  const out: [string, string][] = [["seed/article.txt", readFileSync(SEED, "utf8")]];
  for (const line of readFileSync(DEV, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const article = JSON.parse(line) as { id: string; paragraphs: string[] };
    out.push([article.id, article.paragraphs.join("\n\n")]);
  }
  return out;
}

const present = existsSync(SEED) && existsSync(DEV);

describe("output digests (reference article and PolNeAR dev)", () => {
  if (!present) {
    it.skip(`skipped: ${SHARED} is not there (the shared data lives outside the repository)`, () => {});
    return;
  }

  it("gives the quotes and speakers of the committed digests for every article", () => {
    const actual = Object.fromEntries(inputs().map(([id, input]) => [id, digest(input)]));
    if (process.env.WHOSAID_UPDATE_DIGEST === "1") writeFileSync(DIGESTS, JSON.stringify(actual, null, 2) + "\n");
    const expected = JSON.parse(readFileSync(DIGESTS, "utf8")) as Record<string, string>;
    expect(Object.keys(actual).length).toBeGreaterThan(50);
    const differ = Object.keys({ ...expected, ...actual }).filter((id) => expected[id] !== actual[id]);
    expect(differ).toEqual([]);
  });
});
