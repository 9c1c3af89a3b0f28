/**
 * Issue #14, the command line under hostile files and input (dist/cli.js, built by `npm run build`):
 * special files, symlinks and loops in walks, unreadable directories, a time budget per article,
 * worker limits, NDJSON quirks (BOM, big ids, invalid UTF-8) and signals. Every child process is
 * bounded in time; no test asserts a timing.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, type Dirent } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expandInputs, walkDirectory } from "../src/cli/expand-inputs";
import { DEFAULT_TIMEOUT_MS, effectiveJobs, workerOldGenerationMb } from "../src/cli/job-limits";
import { parseArgs } from "../src/cli/parse-args";
import { rawJsonId } from "../src/cli/raw-json-id";
import { readInputFile } from "../src/cli/read-input";
import { InputTooLargeError } from "../src/index";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const ARTICLE = "<p>“We will win,” said Mayor Helena Varga.</p>";
let dir: string;

function run(args: readonly string[], input: string | Buffer = ""): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: "utf8", timeout: 60_000 });
}

const records = (stdout: string): Record<string, unknown>[] => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "whosaid-hostile-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("walking directories", () => {
  it("skips a FIFO (with a warning) instead of hanging on it", () => {
    mkdirSync(join(dir, "news"));
    writeFileSync(join(dir, "news", "a.html"), ARTICLE);
    const fifo = spawnSync("mkfifo", [join(dir, "news", "b.html")]);
    if (fifo.status !== 0) return; // no mkfifo on this system
    const r = run(["news"]);
    expect(r.error).toBeUndefined();
    expect(records(r.stdout).map((x) => x.path)).toEqual([join("news", "a.html")]);
    expect(r.stderr).toMatch(/skipping news\/b\.html: a FIFO/);
    expect(r.status).toBe(0);
    // A name with a terminal escape is reported escaped.
    spawnSync("mkfifo", [join(dir, "news", "c\x1b]0;x\x07.html")]);
    const named = run(["news"]);
    expect(named.stderr).toContain("skipping news/c\\x1b]0;x\\x07.html");
    expect(named.stderr).not.toMatch(/\x1b/);
  });

  it("never reads a symlink to /dev/zero: skipped in a walk, refused by size when named", () => {
    mkdirSync(join(dir, "news"));
    writeFileSync(join(dir, "news", "a.html"), ARTICLE);
    symlinkSync("/dev/zero", join(dir, "news", "zero.html"));
    const walked = run(["news"]);
    expect(records(walked.stdout).map((x) => x.path)).toEqual([join("news", "a.html")]);
    expect(walked.stderr).toMatch(/zero\.html: a link to a device/);
    const named = run(["--max-bytes", "1000", "news/zero.html", "news/a.html"]);
    const out = records(named.stdout);
    expect(out[0]).toMatchObject({ path: "news/zero.html", error: { code: "ERR_INPUT_TOO_LARGE" } });
    expect(out[1]).toHaveProperty("result");
    expect(named.status).toBe(1);
  });

  it("a regular file over the limit is refused before it is read", () => {
    const file = join(dir, "big.txt");
    writeFileSync(file, "x".repeat(5000));
    expect(() => readInputFile(file, 100)).toThrow(InputTooLargeError);
    expect(readInputFile(file, 5000).byteLength).toBe(5000);
  });

  it("symlink loops: ** lists each file once and ends", () => {
    mkdirSync(join(dir, "news", "2024"), { recursive: true });
    writeFileSync(join(dir, "news", "2024", "a.html"), ARTICLE);
    symlinkSync(".", join(dir, "news", "loop"));
    symlinkSync("..", join(dir, "news", "2024", "up"));
    const r = run(["news/**/*.html"]);
    expect(r.error).toBeUndefined();
    expect(records(r.stdout).map((x) => x.path)).toEqual([join("news", "2024", "a.html")]);
    const walked = run(["news"]);
    expect(records(walked.stdout).map((x) => x.path)).toEqual([join("news", "2024", "a.html")]);
  });

  it("an unreadable directory is an error input", () => {
    mkdirSync(join(dir, "news", "locked"), { recursive: true });
    writeFileSync(join(dir, "news", "a.html"), ARTICLE);
    const warnings: string[] = [];
    const readdir = (d: string): Dirent[] => {
      if (d.endsWith("locked")) throw Object.assign(new Error(`EACCES: permission denied, scandir '${d}'`), { code: "EACCES" });
      return readdirSync(d, { withFileTypes: true });
    };
    const out = walkDirectory(join(dir, "news"), [], { warn: (m) => warnings.push(m), readdir });
    expect(out).toEqual([
      { path: join(dir, "news", "a.html") },
      { path: join(dir, "news", "locked"), error: { code: "EACCES", message: `cannot read directory ${join(dir, "news", "locked")}: permission denied` } },
    ]);
  });

  it("an unreadable directory makes the run fail (when not running as root)", () => {
    if (process.getuid?.() === 0) return; // root reads every directory: covered by the test above
    mkdirSync(join(dir, "news", "locked"), { recursive: true });
    writeFileSync(join(dir, "news", "a.html"), ARTICLE);
    spawnSync("chmod", ["000", join(dir, "news", "locked")]);
    try {
      const r = run(["news"]);
      expect(records(r.stdout).find((x) => x.path === join("news", "locked"))).toMatchObject({ error: { code: "EACCES" } });
      expect(r.status).toBe(1);
    } finally {
      spawnSync("chmod", ["755", join(dir, "news", "locked")]);
    }
  });

  it("a glob with many stars against a long name answers (no backtracking)", () => {
    writeFileSync(join(dir, "a".repeat(200)), ARTICLE);
    writeFileSync(join(dir, "aab"), ARTICLE);
    process.chdir(dir);
    try {
      // `aab` has too few a's, the long name no b.
      expect(expandInputs(["*a*a*a*a*b"], { warn: () => {} }).map((x) => x.error?.code)).toEqual(["ENOENT"]);
      expect(expandInputs(["*a*a*b"], { warn: () => {} })).toEqual([{ path: "aab" }]);
    } finally {
      process.chdir(ROOT);
    }
  });
});

describe("time budget and workers", () => {
  it("the default --timeout is 30 s; --force-jobs is a flag", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
    expect(parseArgs([]).timeout).toBe(30_000);
    expect(parseArgs(["--timeout", "0"]).timeout).toBe(0);
    expect(parseArgs(["--force-jobs"]).forceJobs).toBe(true);
    expect(parseArgs([]).forceJobs).toBe(false);
  });

  it("--jobs is capped at the number of cores unless forced, and at the number of articles", () => {
    expect(effectiveJobs(64, false, 2, null)).toEqual({ jobs: 2, capped: true });
    expect(effectiveJobs(64, true, 2, null)).toEqual({ jobs: 64, capped: false });
    expect(effectiveJobs(100_000, true, 2, null).jobs).toBe(256);
    expect(effectiveJobs(4, false, 8, 3)).toEqual({ jobs: 3, capped: false });
    expect(effectiveJobs(1, false, 8, 0).jobs).toBe(1);
  });

  it("an article over --timeout gets ERR_TIMEOUT and the run goes on, with --jobs 1 too (it runs in a worker)", () => {
    const slow = JSON.stringify({ id: 1, text: "Mr Smith said “yes”. ".repeat(60_000) });
    const quick = JSON.stringify({ id: 2, text: "“Hi,” Bob said." });
    // The slow article takes seconds (and would hit the heap cap later still); the quick one, on the
    // replacement worker, a few milliseconds once the worker has warmed up.
    const r = run(["--stdin-ndjson", "--jobs", "1", "--timeout", "1000"], `${slow}\n${quick}\n`);
    const out = records(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ id: 1, error: { code: "ERR_TIMEOUT" } });
    expect(out[1]).toMatchObject({ id: 2 });
    expect(out[1]).toHaveProperty("result");
  });

  it("in file mode too: a slow file gets ERR_TIMEOUT, the next one its result", () => {
    writeFileSync(join(dir, "a-slow.txt"), "Mr Smith said “yes”. ".repeat(60_000));
    writeFileSync(join(dir, "b.html"), ARTICLE);
    const r = run(["--timeout", "1000", "a-slow.txt", "b.html"]);
    const out = records(r.stdout);
    expect(out[0]).toMatchObject({ path: "a-slow.txt", error: { code: "ERR_TIMEOUT" } });
    expect(out[1]).toMatchObject({ path: "b.html" });
    expect(out[1]).toHaveProperty("result");
    expect(r.status).toBe(1);
  });

  it("a single article (file or stdin) honours --timeout: ERR_TIMEOUT on stderr, nothing on stdout, exit 1", () => {
    const slow = "Mr Smith said “yes”. ".repeat(60_000);
    writeFileSync(join(dir, "slow.txt"), slow);
    for (const r of [run(["--timeout", "1", "slow.txt"]), run(["--timeout", "1", "-f", "text"], slow)]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^whosaid: (slow\.txt|standard input): gave up after 1 ms \(ERR_TIMEOUT\)\n$/);
    }
  });

  it("a single article in its worker prints byte for byte what the in-process run (--timeout 0) prints", () => {
    writeFileSync(join(dir, "a.html"), `<html><head><title>Vote</title></head><body>${ARTICLE}<p>She said that the bridge would close.</p></body></html>`);
    for (const extra of [[], ["-f", "text"], ["--speaker", "varga", "--kind", "direct"]]) {
      const inWorker = run([...extra, "a.html"]);
      const inProcess = run([...extra, "--timeout", "0", "a.html"]);
      expect(inWorker.status).toBe(0);
      expect(inWorker.stdout.length).toBeGreaterThan(0);
      expect(inWorker.stdout).toBe(inProcess.stdout);
    }
    const bad = run(["--max-bytes", "10", "a.html"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(run(["--max-bytes", "10", "--timeout", "0", "a.html"]).stderr);
  });

  it("an article within the size limit never crashes its worker: ~2 MB of one dense paragraph with --jobs 1", () => {
    // 79k quotations (2 MB) by one speaker in one paragraph: hundreds of MB of heap once processed, which
    // the former fixed 128 MB cap could not hold; the cap now grows with --max-bytes.
    const big = JSON.stringify({ id: "big", text: "Mr Smith said “yes”. ".repeat(79_000) });
    const quick = JSON.stringify({ id: "quick", text: "“Hi,” Bob said." });
    const r = spawnSync(process.execPath, [CLI, "--stdin-ndjson", "--jobs", "1", "--timeout", "0", "--max-bytes", "2000000"], {
      cwd: dir, input: `${big}\n${quick}\n`, encoding: "utf8", timeout: 60_000, maxBuffer: 256 * 1024 * 1024,
    });
    const out = records(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ id: "big" });
    expect((out[0]!["result"] as { quotes: unknown[] }).quotes.length).toBeGreaterThan(75_000);
    expect(out[1]).toMatchObject({ id: "quick" });
    expect(out[1]).toHaveProperty("result");
  });

  it("the workers' heap cap grows with the size limit (64 MB + 300 MB per MB)", () => {
    expect(workerOldGenerationMb(10_000_000)).toBe(3064);
    expect(workerOldGenerationMb(1_000_000)).toBe(364);
    expect(workerOldGenerationMb(0)).toBe(64);
  });

  it("--jobs above the cores is lowered with a note", () => {
    writeFileSync(join(dir, "a.html"), ARTICLE);
    writeFileSync(join(dir, "b.html"), ARTICLE);
    const r = run(["--jobs", "100000", "a.html", "b.html"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/--force-jobs/);
    expect(records(r.stdout)).toHaveLength(2);
  });
});

describe("NDJSON input", () => {
  it("a BOM at the start of the input is no part of line 1", () => {
    const r = run(["--stdin-ndjson"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`{"id":"a","text":"“Hi,” Bob said."}\n`)]));
    expect(records(r.stdout)[0]).toMatchObject({ id: "a" });
    expect(records(r.stdout)[0]).toHaveProperty("result");
  });

  it("lines of white space, ASCII or not, are skipped and still counted", () => {
    // The main thread tells blank lines from their bytes; U+00A0, U+2028 and U+3000 are white space to trim() too.
    const input = ["  \t", '{"id":"a","text":"a"}', "\u00a0\u2028\u3000 ", "\u00a0x", '{"id":"b","text":"b"}\r', "\r", "\u00a0"].join("\n");
    const out = records(run(["--stdin-ndjson"], input).stdout) as { id: unknown; error?: { code: string; message: string } }[];
    expect(out.map((x) => x.id)).toEqual(["a", null, "b"]);
    expect(out[1]!.error).toMatchObject({ code: "ERR_INVALID_JSON" });
    expect(out[1]!.error!.message).toMatch(/^line 4: /);
  });

  it("ids are echoed exactly as written", () => {
    const input = ['{"id":12345678901234567891,"text":"a"}', '{"id":12345678901234567892,"text":"a"}', '{"text":"a","id": 1.50 }', '{"id":"\\u0041","text":"a"}', '{"id":[1, {"x":"}"}],"text":"a"}', "[1]"].join("\n");
    const lines = run(["--stdin-ndjson"], input).stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^\{"id":12345678901234567891,"result":/);
    expect(lines[1]).toMatch(/^\{"id":12345678901234567892,"result":/);
    expect(lines[2]).toMatch(/^\{"id":1\.50,"result":/);
    expect(lines[3]).toMatch(/^\{"id":"\\u0041","result":/);
    expect(lines[4]).toMatch(/^\{"id":\[1, \{"x":"\}"\}\],"result":/);
    expect(JSON.parse(lines[5]!)).toMatchObject({ id: null, error: { code: "ERR_INVALID_RECORD" } });
    const pretty = JSON.parse(run(["--stdin-ndjson", "-f", "json"], input).stdout) as { id: unknown }[];
    expect(pretty.map((x) => x.id)).toEqual([12345678901234567891, 12345678901234567892, 1.5, "A", [1, { x: "}" }], null]);
  });

  it("rawJsonId reads the last top-level id, skipping nested ones", () => {
    expect(rawJsonId('{"a":{"id":1},"id":2}')).toBe("2");
    expect(rawJsonId('{"id":1,"id":"x"}')).toBe('"x"');
    expect(rawJsonId('{"\\u0069d":7}')).toBe("7");
    expect(rawJsonId('{"a":"\\"id\\":3"}')).toBeNull();
    expect(rawJsonId("[1]")).toBeNull();
  });

  it("invalid UTF-8 in a record gives the same warning as in a file", () => {
    const article = Buffer.concat([Buffer.from("<p>"), Buffer.from([0xff]), Buffer.from(" “Yo,” Al said.</p>")]);
    writeFileSync(join(dir, "a.html"), article);
    const fromFile = JSON.parse(run(["a.html"]).stdout) as { warnings: unknown[] };
    const line = Buffer.concat([Buffer.from('{"id":1,"html":"<p>'), Buffer.from([0xff]), Buffer.from(' “Yo,” Al said.</p>"}\n')]);
    const fromLine = records(run(["--stdin-ndjson"], line).stdout)[0] as { result: { warnings: unknown[] } };
    expect(fromFile.warnings.length).toBeGreaterThan(0);
    expect(fromLine.result.warnings).toEqual(fromFile.warnings);
  });

  it("SIGINT ends the run between records: no cut-off last line", async () => {
    const child = spawn(process.execPath, [CLI, "--stdin-ndjson", "--jobs", "1", "--timeout", "0"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    const big = JSON.stringify({ id: 0, text: "Mr Smith said “yes”. ".repeat(4000) });
    let stdout = "";
    let signalled = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      stdout += d;
      if (!signalled) {
        signalled = true;
        child.kill("SIGINT");
      }
    });
    child.stdin.on("error", () => {});
    for (let i = 0; i < 40; i++) child.stdin.write(big.replace('"id":0', `"id":${i}`) + "\n");
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.on("close", (c) => { clearTimeout(timer); resolve(c); });
    });
    expect(code).toBe(130);
    expect(stdout.endsWith("\n")).toBe(true);
    const lines = stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  }, 90_000);
});

describe("text output", () => {
  it("escapes terminal control characters from the article and the path", () => {
    writeFileSync(join(dir, "a\x1b[2Jb.txt"), "“\x1b]0;pwned\x07Hi there,” Bob said.");
    writeFileSync(join(dir, "c.txt"), "“Fine,” Al said.");
    const r = run(["-f", "text", "a\x1b[2Jb.txt", "c.txt"]);
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(r.stdout).toContain("\\x1b]0;pwned\\x07");
    expect(r.stdout).toContain("== a\\x1b[2Jb.txt ==");
  });
});
