/**
 * Behaviour of the `whosaid` command line (dist/cli.js, built by `npm run build`).
 * These tests compare the CLI with the library and check structure, order and errors;
 * they do not depend on how good attribution is.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractQuotes } from "../src/index";
import type { Result } from "../src/types";
import { parseArgs, UsageError } from "../src/cli/parse-args";
import { formatText } from "../src/cli/format-text";
import { expandGlob, expandInputs } from "../src/cli/expand-inputs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

let dir: string;
const ARTICLE_TXT = [
  "Council votes to close the old bridge",
  "“We cannot ask people to drive over it,” said Mayor Helena Varga on Tuesday.",
  "She added that repairs would take “at least a full summer”.",
  "Councillor Tomas Reyes said the decision was rushed. “Nobody showed us the report,” he said.",
].join("\n\n");
const ARTICLE_HTML =
  "<html><head><title>Shuttle plan</title></head><body><article>" +
  "<p>&ldquo;We will run a free shuttle,&rdquo; said Dr Amara Lindqvist, the chief engineer.</p>" +
  "<p>According to the Chamber of Commerce, traders are &ldquo;deeply concerned&rdquo;.</p>" +
  "</article></body></html>";

function run(args: readonly string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    input: input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
}

function lines(text: string): unknown[] {
  return text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as unknown);
}

/** The library result as the CLI serialises it (JSON round trip drops nothing that matters). */
function libraryResult(file: string): Result {
  return JSON.parse(JSON.stringify(extractQuotes(readFileSync(join(dir, file))))) as Result;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  dir = mkdtempSync(join(tmpdir(), "whosaid-cli-"));
  writeFileSync(join(dir, "a.txt"), ARTICLE_TXT);
  writeFileSync(join(dir, "b.html"), ARTICLE_HTML);
  writeFileSync(join(dir, "bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE_TXT)]));
  mkdirSync(join(dir, "news", "2024", ".cache"), { recursive: true });
  writeFileSync(join(dir, "news", "one.html"), ARTICLE_HTML);
  writeFileSync(join(dir, "news", "2024", "two.txt"), ARTICLE_TXT);
  writeFileSync(join(dir, "news", "2024", "notes.md"), "not an article");
  writeFileSync(join(dir, "news", "2024", ".cache", "hidden.txt"), ARTICLE_TXT);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("one article", () => {
  test.each(["a.txt", "b.html", "bom.txt"])("JSON output of %s equals the library result", (file) => {
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(libraryResult(file));
    expect(r.stdout).toBe(JSON.stringify(libraryResult(file), null, 2) + "\n");
  });

  test("stdin (`-` or no argument) gives the same result as the file", () => {
    const expected = libraryResult("a.txt");
    expect(JSON.parse(run(["-"], ARTICLE_TXT).stdout)).toEqual(expected);
    expect(JSON.parse(run([], ARTICLE_TXT).stdout)).toEqual(expected);
  });

  test("--max-bytes is passed as maxInputBytes", () => {
    const r = run(["--max-bytes", "10", "a.txt"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^whosaid: a\.txt: .*maxInputBytes/);
  });

  test("--no-indirect and --input-format are passed to the library", () => {
    const r = run(["--no-indirect", "--input-format", "text", "b.html"]);
    expect(r.status).toBe(0);
    const expected = extractQuotes(readFileSync(join(dir, "b.html")), { indirect: false, format: "text" });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  test("--format text shows the title, every speaker and every quote", () => {
    const r = run(["--format", "text", "a.txt"]);
    expect(r.status).toBe(0);
    const result = libraryResult("a.txt");
    expect(r.stdout).toBe(formatText(result));
    for (const s of result.speakers) expect(r.stdout).toContain(s.name);
    for (const q of result.quotes) expect(r.stdout).toContain(q.text);
  });

  test("a missing file: exit 1 and one line on stderr, no stack trace", () => {
    const r = run(["does-not-exist.html"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("whosaid: cannot read does-not-exist.html: no such file or directory\n");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("formatText", () => {
  const result: Result = {
    title: "Bridge closes",
    meta: {
      headline: "Bridge closes after inspection", authors: ["Ana Lind", "Tom Berg"], published: "2024-03-05T09:00:00+01:00",
      modified: null, url: "https://example.com/bridge", siteName: "City Post", language: "en", description: null,
    },
    paragraphs: [{ index: 0, text: "“It is unsafe,” said Mayor Helena Varga." }, { index: 1, text: "“Why?” asked someone." }],
    quotes: [
      {
        id: "q1", text: "It is unsafe,", paragraph: 0, start: 1, end: 14, kind: "direct", speaker: "s1",
        cue: { text: "said", paragraph: 0, start: 16, end: 20 },
        mention: { text: "Mayor Helena Varga", paragraph: 0, start: 21, end: 39 },
        confidence: 0.9, rule: "cue-after",
      },
      {
        id: "q2", text: "Why?", paragraph: 1, start: 1, end: 5, kind: "direct", speaker: null,
        cue: null, mention: null, confidence: 0, rule: "none",
      },
    ],
    speakers: [{
      id: "s1", name: "Helena Varga", kind: "person", aliases: ["Helena Varga", "Mayor Helena Varga", "She"],
      roles: ["mayor"], quotes: ["q1"],
    }],
    warnings: [{ code: "stray-mark", message: "A quotation mark is never closed.", paragraph: 1 }],
  };

  test("speakers with kind, roles and aliases, each followed by their quotes, then the rest", () => {
    const text = formatText(result);
    expect(text.split("\n").slice(0, 2)).toEqual([
      "Bridge closes after inspection",
      "By Ana Lind, Tom Berg · 2024-03-05T09:00:00+01:00 · City Post",
    ]);
    const speakerLine = text.indexOf("Helena Varga (person)");
    expect(speakerLine).toBeGreaterThan(0);
    expect(text).toContain("roles: mayor");
    expect(text).toContain("aliases: Mayor Helena Varga, She");
    // Paragraphs as a reader counts them, from 1 (the JSON's index 0).
    expect(text).toContain("para 1  direct: “It is unsafe,” [0.9 cue-after]");
    const unattributed = text.indexOf("Unattributed");
    expect(unattributed).toBeGreaterThan(text.indexOf("It is unsafe"));
    expect(text.indexOf("Why?")).toBeGreaterThan(unattributed);
    expect(text).toContain("stray-mark (para 2)");
    expect(text.split("\n")[2]).toBe("2 paragraphs, 2 quotes, 1 speaker");
  });

  test("reported speech is not shown in quotation marks; a fetched page's URL follows the title", () => {
    const reported: Result = {
      ...result,
      quotes: [...result.quotes, {
        id: "q3", text: "the bridge would reopen", paragraph: 1, start: 0, end: 23, kind: "indirect", speaker: "s1",
        cue: null, mention: null, confidence: 0.8, rule: "reported-speech",
      }],
    };
    const text = formatText(reported, "https://example.org/bridge");
    expect(text).toContain("  para 2  reported: the bridge would reopen [0.8 reported-speech]");
    expect(text).not.toContain("“the bridge would reopen”");
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Bridge closes after inspection",
      "By Ana Lind, Tom Berg · 2024-03-05T09:00:00+01:00 · City Post",
      "https://example.org/bridge",
    ]);
  });

  test("without metadata: the title alone on top; an updated date when no publication date", () => {
    const none = { headline: null, authors: [], published: null, modified: null, url: null, siteName: null, language: null, description: null };
    expect(formatText({ ...result, meta: none }).split("\n")[1]).toMatch(/^2 paragraphs/);
    expect(formatText({ ...result, meta: none }).split("\n")[0]).toBe("Bridge closes");
    expect(formatText({ ...result, title: null, meta: none }).split("\n")[0]).toBe("(untitled)");
    expect(formatText({ ...result, meta: { ...none, modified: "2024-03-06" } }).split("\n")[1]).toBe("updated 2024-03-06");
  });

  test("a not-english warning is shown", () => {
    const text = formatText({ ...result, warnings: [{ code: "not-english", message: "The article's text does not read as English." }] });
    expect(text).toContain("not-english: The article's text does not read as English.");
  });
});

describe("batch of files", () => {
  test("several files give NDJSON records in argument order, with an error record for a missing one", () => {
    const r = run(["b.html", "missing.txt", "a.txt"]);
    expect(r.status).toBe(1);
    const records = lines(r.stdout) as Array<{ path: string; result?: Result; error?: { code: string; message: string } }>;
    expect(records.map((x) => x.path)).toEqual(["b.html", "missing.txt", "a.txt"]);
    expect(records[0]!.result).toEqual(libraryResult("b.html"));
    expect(records[1]!.error).toEqual({ code: "ENOENT", message: "cannot read missing.txt: no such file or directory" });
    expect(records[2]!.result).toEqual(libraryResult("a.txt"));
    expect(r.stderr).toBe("whosaid: cannot read missing.txt: no such file or directory\n");
  });

  test("a directory is walked recursively for .html/.htm/.txt, skipping hidden entries", () => {
    const r = run(["--jobs", "2", "news"]);
    expect(r.status).toBe(0);
    const paths = (lines(r.stdout) as Array<{ path: string }>).map((x) => x.path);
    expect(paths).toEqual([join("news", "2024", "two.txt"), join("news", "one.html")]);
  });

  test("globs with ** and * expand in sorted order", () => {
    const r = run(["news/**/*.txt", "*.html"]);
    expect(r.status).toBe(0);
    const paths = (lines(r.stdout) as Array<{ path: string }>).map((x) => x.path);
    expect(paths).toEqual([join("news", "2024", "two.txt"), "b.html"]);
  });

  test("--format json writes one array; --format ndjson works for one file too", () => {
    const arr = JSON.parse(run(["-f", "json", "a.txt", "b.html"]).stdout) as Array<{ path: string; result: Result }>;
    expect(arr.map((x) => x.path)).toEqual(["a.txt", "b.html"]);
    expect(arr[0]!.result).toEqual(libraryResult("a.txt"));
    const one = lines(run(["--format=ndjson", "a.txt"]).stdout);
    expect(one).toEqual([{ path: "a.txt", result: libraryResult("a.txt") }]);
  });
});

describe("--stdin-ndjson", () => {
  const records = [
    JSON.stringify({ id: "first", text: ARTICLE_TXT }),
    JSON.stringify({ id: 2, html: ARTICLE_HTML }),
    "{this is not json",
    "",
    JSON.stringify({ id: "no-body" }),
    JSON.stringify({ id: "last", text: "Short text, “no speaker here.”" }),
  ];

  test.each(["1", "2"])("results in input order, a bad line becomes an error record in place (--jobs %s)", (jobs) => {
    const r = run(["--stdin-ndjson", "--jobs", jobs, "--quiet"], records.join("\n") + "\n");
    expect(r.status).toBe(0);
    const out = lines(r.stdout) as Array<{ id: unknown; result?: Result; error?: { code: string; message: string } }>;
    expect(out.map((x) => x.id)).toEqual(["first", 2, null, "no-body", "last"]);
    expect(out[0]!.result).toEqual(JSON.parse(JSON.stringify(extractQuotes(ARTICLE_TXT, { format: "text" }))));
    expect(out[1]!.result).toEqual(JSON.parse(JSON.stringify(extractQuotes(ARTICLE_HTML))));
    expect(out[2]!.error?.code).toBe("ERR_INVALID_JSON");
    expect(out[2]!.error?.message).toMatch(/^line 3: /);
    expect(out[3]!.error?.code).toBe("ERR_INVALID_RECORD");
    expect(out[4]!.result).toBeDefined();
    expect(r.stderr).toBe("");
  });

  test("many records over several workers keep input order", () => {
    const input = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: i, text: `Item ${i}. “Quote ${i},” said Person ${i}.` }));
    const r = run(["--stdin-ndjson", "--jobs", "3"], input.join("\r\n"));
    expect(r.status).toBe(0);
    expect((lines(r.stdout) as Array<{ id: number }>).map((x) => x.id)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  test("too large articles are error records; --fail-on-error makes the run fail", () => {
    const input = [JSON.stringify({ id: "big", text: "x".repeat(500) }), JSON.stringify({ id: "small", text: "ok" })].join("\n");
    const r = run(["--stdin-ndjson", "--max-bytes", "100", "--fail-on-error"], input);
    expect(r.status).toBe(1);
    const out = lines(r.stdout) as Array<{ id: string; error?: { code: string } }>;
    expect(out.map((x) => x.id)).toEqual(["big", "small"]);
    expect(out[0]!.error?.code).toBe("ERR_INPUT_TOO_LARGE");
    expect(r.stderr).toBe("whosaid: 1 of 2 records failed (see their \"error\")\n");
  });
});

describe("help, version and usage errors", () => {
  test("--help prints usage and exits 0", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: whosaid /);
    expect(r.stdout).toContain("--stdin-ndjson");
  });

  test("--version prints the package version", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`whosaid ${pkg.version}\n`);
  });

  test("an unknown option exits 2 without a stack trace", () => {
    const r = run(["--frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^whosaid: unknown option --frobnicate\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("parseArgs and expandInputs", () => {
  test("options and inputs", () => {
    const o = parseArgs(["-j", "3", "--format=text", "--max-bytes", "500", "x.html", "--", "-weird"]);
    expect(o).toMatchObject({ jobs: 3, format: "text", maxBytes: 500, inputs: ["x.html", "-weird"] });
    expect(() => parseArgs(["--jobs", "0"])).toThrow(UsageError);
    expect(() => parseArgs(["--format", "xml"])).toThrow(UsageError);
    expect(() => parseArgs(["--stdin-ndjson", "a.txt"])).toThrow(UsageError);
  });

  test("a glob that matches nothing is an error entry", () => {
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(expandGlob("news/*/t?o.txt")).toEqual([{ path: join("news", "2024", "two.txt") }]);
      expect(expandInputs(["nothing-*.txt"])).toEqual([
        { path: "nothing-*.txt", error: { code: "ENOENT", message: "no files match nothing-*.txt" } },
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});
