/**
 * Outputs of the `whosaid` command line (dist/cli.js) for spreadsheets and overviews:
 * `--format csv|tsv` (round-tripped through csv-parse), the quote filters `--speaker`,
 * `--min-confidence` and `--kind`, and `--summary` over many articles.
 */
import { jest } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { extractQuotes } from "../src/index";
import type { Result } from "../src/types";
import { CSV_COLUMNS, formatDelimited, neutraliseFormula } from "../src/cli/format-csv";
import { filterResult, speakerMatches } from "../src/cli/filters";
import { parseArgs, UsageError } from "../src/cli/parse-args";
import { formatSummaryText, SummaryCollector, tallyArticle } from "../src/cli/summary";

jest.setTimeout(60_000);

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

/** Written for these tests: commas, quotes and a line break inside quotes, accents in a name. */
const ONE = [
  "Bridge to close for repairs",
  "“We cannot wait, not one more winter,” said Mayor Hélène Varga.",
  "She added that the work would take “at least a summer”.",
  "Councillor Tomas Reyes said the decision had been rushed.",
  "“Nobody showed us the \"report\",” Reyes said.",
].join("\n\n");
const TWO = [
  "Shuttle service planned",
  "“A free shuttle will run every ten minutes,” said Mayor Helene Varga.",
  "Amara Lindqvist, the engineer, said the cracks had grown.",
].join("\n\n");

let dir: string;

function run(args: readonly string[], input = ""): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: "utf8", timeout: 60_000 });
}

const lib = (text: string): Result => JSON.parse(JSON.stringify(extractQuotes(text))) as Result;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "whosaid-output-"));
  writeFileSync(join(dir, "one.txt"), ONE);
  writeFileSync(join(dir, "two.txt"), TWO);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--format csv / tsv", () => {
  test("CSV: a header and one row per quote, round-tripping through a CSV parser", () => {
    const r = run(["--format", "csv", "one.txt", "two.txt"]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(CSV_COLUMNS.join(",") + "\r\n")).toBe(true);
    const rows = parse(r.stdout, { columns: true, relax_quotes: false }) as Record<string, string>[];
    const expected = [["one.txt", lib(ONE)], ["two.txt", lib(TWO)]] as const;
    const want = expected.flatMap(([source, result]) =>
      result.quotes.map((q) => {
        const s = result.speakers.find((sp) => sp.id === q.speaker);
        return {
          source, paragraph: String(q.paragraph), start: String(q.start), end: String(q.end), kind: q.kind,
          speaker: s?.name ?? "", speaker_kind: s?.kind ?? "", roles: s ? s.roles.join("; ") : "",
          cue: q.cue?.text ?? "", confidence: String(q.confidence), rule: q.rule, text: q.text,
        };
      }),
    );
    expect(rows).toEqual(want);
    // The awkward fields survived: a comma, doubled quotes, accents.
    expect(rows.map((x) => x["text"])).toContain("We cannot wait, not one more winter,");
    expect(rows.map((x) => x["text"])).toContain('Nobody showed us the "report",');
    expect(rows.map((x) => x["speaker"])).toContain("Hélène Varga");
  });

  test("RFC 4180 quoting of commas, quotes and line breaks", () => {
    const result = lib(ONE);
    const odd: Result = { ...result, quotes: result.quotes.map((q, i) => (i === 0 ? { ...q, text: 'a "b",\nc' } : q)) };
    const csv = formatDelimited(odd, "x,y.txt", "csv");
    expect(csv.split("\r\n")[0]).toMatch(/^"x,y\.txt",.*,"a ""b"",\nc"$/);
    const [row] = parse(csv) as string[][];
    expect(row![0]).toBe("x,y.txt");
    expect(row![11]).toBe('a "b",\nc');
    // TSV has no quoting: tabs and line breaks inside a field become spaces.
    const tsv = formatDelimited({ ...odd, quotes: [{ ...odd.quotes[0]!, text: "a\tb\nc" }] }, "s", "tsv");
    expect(tsv.split("\t")[11]).toBe("a b c\n");
  });

  test("formula injection: text cells that start a formula get a leading ' (OWASP), nothing else changes", () => {
    // Written for this test: quotations a spreadsheet would run as formulas.
    writeFileSync(join(dir, "formula.txt"), "“=SUM(A1:A9)*10,” Bob Smith said. “-2+3 is fine,” he added. “Fine,” Ann Lee said.");
    const r = run(["-f", "csv", "formula.txt"]);
    expect(r.status).toBe(0);
    const texts = (parse(r.stdout, { columns: true }) as Record<string, string>[]).map((x) => x["text"]);
    expect(texts).toEqual(["'=SUM(A1:A9)*10,", "'-2+3 is fine,", "Fine,"]);

    const result = lib(ONE);
    const [q0] = result.quotes;
    const speaker = result.speakers.find((s) => s.id === q0!.speaker)!;
    const odd: Result = {
      ...result,
      speakers: result.speakers.map((s) => (s === speaker ? { ...s, name: "@SUM(1)", roles: ["+cmd|' /C calc'!A0"] } : s)),
      quotes: [{ ...q0!, text: "\t=1+1", cue: { ...q0!.cue!, text: "\r=2" } }],
    };
    for (const format of ["csv", "tsv"] as const) {
      const out = formatDelimited(odd, "=HYPERLINK(1)", format);
      const [cells] = format === "csv" ? (parse(out) as string[][]) : [out.replace(/\n$/, "").split("\t")];
      const col = (name: (typeof CSV_COLUMNS)[number]): string => cells![CSV_COLUMNS.indexOf(name)]!;
      expect(col("source")).toBe("'=HYPERLINK(1)");
      expect(col("speaker")).toBe("'@SUM(1)");
      expect(col("roles")).toBe("'+cmd|' /C calc'!A0");
      // TSV turns the tab and CR into spaces after the prefix: the cell still starts with '.
      expect(col("text")).toBe(format === "csv" ? "'\t=1+1" : "' =1+1");
      expect(col("cue")).toBe(format === "csv" ? "'\r=2" : "' =2");
      expect(col("paragraph")).toBe(String(q0!.paragraph));
      expect(col("confidence")).toBe(String(q0!.confidence));
    }
    // Plain numbers (an NDJSON id) and ordinary text are left alone.
    expect(["-5", "-0.25", "12", "Fine", "", "a=b"].map(neutraliseFormula)).toEqual(["-5", "-0.25", "12", "Fine", "", "a=b"]);
    expect(["-", "-5x", "-.5", "+5", "@", "-1-1"].map(neutraliseFormula)).toEqual(["'-", "'-5x", "'-.5", "'+5", "'@", "'-1-1"]);
  });

  test("TSV: tab-separated, same columns", () => {
    const r = run(["-f", "tsv", "one.txt"]);
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split("\n");
    expect(header).toBe(CSV_COLUMNS.join("\t"));
    expect(rows).toHaveLength(lib(ONE).quotes.length);
    expect(rows.every((row) => row.split("\t").length === CSV_COLUMNS.length)).toBe(true);
  });

  test("NDJSON records in, CSV rows out, with the id as source; bad records on stderr", () => {
    const input = [JSON.stringify({ id: "a1", text: TWO }), "not json", ""].join("\n");
    const r = run(["--stdin-ndjson", "-f", "csv"], input);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(lib(TWO).quotes.length);
    expect(rows.every((x) => x["source"] === "a1")).toBe(true);
    expect(r.stderr).toContain("line 2: invalid JSON");
  });
});

describe("filters", () => {
  test("--speaker matches any alias's whole words, ignoring case and accents", () => {
    const varga = { name: "Hélène Varga", aliases: ["Mayor Hélène Varga", "She"] };
    for (const name of ["varga", "HELENE VARGA", "Mayor Hélène Varga", "hélène"]) expect(speakerMatches(varga, name)).toBe(true);
    for (const name of ["Varg", "Reyes", "", "  "]) expect(speakerMatches(varga, name)).toBe(false);
  });

  test("--speaker in the CLI: only that speaker and their quotes", () => {
    const r = run(["--speaker", "HELENE varga", "one.txt"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Result;
    expect(out.speakers.map((s) => s.name)).toEqual(["Hélène Varga"]);
    expect(out.quotes.length).toBeGreaterThan(0);
    expect(out.quotes.every((q) => q.speaker === out.speakers[0]!.id)).toBe(true);
    expect(out).toEqual(filterResult(lib(ONE), { speaker: "HELENE varga" }));
    expect(out.paragraphs).toEqual(lib(ONE).paragraphs);
  });

  test("--min-confidence and --kind", () => {
    const all = lib(ONE);
    const r = run(["--min-confidence", "0.9", "--kind", "direct,partial", "one.txt"]);
    const out = JSON.parse(r.stdout) as Result;
    const want = all.quotes.filter((q) => q.confidence >= 0.9 && q.kind !== "indirect");
    expect(out.quotes).toEqual(want);
    expect(out.speakers.every((s) => s.quotes.every((id) => want.some((q) => q.id === id)))).toBe(true);
    const indirect = JSON.parse(run(["--kind", "indirect", "one.txt"]).stdout) as Result;
    expect(indirect.quotes.length).toBeGreaterThan(0);
    expect(indirect.quotes.every((q) => q.kind === "indirect")).toBe(true);
  });

  test("filters apply to CSV rows and batch records too", () => {
    const csv = parse(run(["-f", "csv", "--speaker", "varga", "one.txt", "two.txt"]).stdout, { columns: true }) as Record<string, string>[];
    expect(new Set(csv.map((x) => x["speaker"]))).toEqual(new Set(["Hélène Varga", "Helene Varga"]));
    const nd = run(["--kind", "partial", "one.txt", "two.txt"]).stdout.trim().split("\n").map((l) => JSON.parse(l) as { result: Result });
    expect(nd.flatMap((x) => x.result.quotes.map((q) => q.kind))).toEqual(["partial"]);
  });

  test.each([
    [["--min-confidence", "1.5"], "--min-confidence expects a number from 0 to 1"],
    [["--min-confidence", "high"], "--min-confidence expects a number from 0 to 1"],
    [["--kind", "direct,shouted"], "--kind takes direct, partial, indirect"],
    [["--speaker", " "], "--speaker needs a name"],
    [["--summary", "-f", "csv"], "--summary prints JSON or text, not csv"],
  ])("%j is a usage error", (args, message) => {
    expect(() => parseArgs([...args, "x.txt"])).toThrow(UsageError);
    expect(() => parseArgs([...args, "x.txt"])).toThrow(message);
    expect(run([...args, "one.txt"]).status).toBe(2);
  });
});

describe("--summary", () => {
  test("speakers merged by name across articles (case and accents ignored), sorted, in JSON", () => {
    const r = run(["--summary", "one.txt", "two.txt", "missing.txt"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cannot read missing.txt");
    const summary = JSON.parse(r.stdout) as { articles: number; failed: number; quotes: number; speakers: { name: string; quotes: number; articles: number }[] };
    expect(summary.articles).toBe(2);
    expect(summary.failed).toBe(1);
    expect(summary.quotes).toBe(lib(ONE).quotes.length + lib(TWO).quotes.length);
    const varga = summary.speakers.find((s) => s.name === "Hélène Varga")!;
    const vargaQuotes = (text: string) => {
      const res = lib(text);
      const id = res.speakers.find((s) => /Varga/.test(s.name))!.id;
      return res.quotes.filter((q) => q.speaker === id).length;
    };
    expect(varga).toEqual({ name: "Hélène Varga", kind: "person", quotes: vargaQuotes(ONE) + vargaQuotes(TWO), articles: 2 });
    expect(summary.speakers.filter((s) => /Varga/.test(s.name))).toHaveLength(1);
    const order = summary.speakers.map((s) => [-s.quotes, -s.articles, s.name] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1)));
  });

  test("as text, with correct plurals", () => {
    const c = new SummaryCollector();
    c.add(tallyArticle(lib(ONE)));
    c.add(tallyArticle(lib(TWO)));
    const text = formatSummaryText(c.summary());
    expect(run(["--summary", "-f", "text", "one.txt", "two.txt"]).stdout).toBe(text);
    expect(text.split("\n")[0]).toMatch(/^2 articles, \d+ quotes, \d+ speakers$/);
    expect(text).toMatch(/quotes in 2 articles {2}Hélène Varga \(person\)/);
    expect(text).toMatch(/^1 quote  in 1 article {2}/m);
  });
});
