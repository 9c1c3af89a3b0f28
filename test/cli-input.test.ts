/**
 * Inputs of the `whosaid` command line (dist/cli.js) beyond plain files: http(s) URLs (against
 * an HTTP server this test starts on 127.0.0.1, never the internet), gzip files and gzip bombs,
 * declared charsets, and directories or globs that hold no article.
 */
import { jest } from "@jest/globals";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { extractQuotes } from "../src/index";
import { maybeGunzip, isGzip } from "../src/cli/read-input";
import { isUrl } from "../src/cli/fetch-url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

const PAGE =
  "<html><head><title>Shuttle plan</title></head><body><article>" +
  "<p>&ldquo;We will run a free shuttle,&rdquo; said Dr Amara Lindqvist, the chief engineer.</p>" +
  "<p>Mayor Helena Varga said the city would pay for it.</p>" +
  "</article></body></html>";
/** The same page in windows-1252, declared only by the HTTP header. */
const PAGE_1252 = Buffer.from(
  "<html><head><title>Caf\xe9 fees</title></head><body><article><p>\x93We were never asked,\x94 said Ren\xe9 Dupr\xe9.</p></article></body></html>",
  "latin1",
);

// Each case starts Node and the CLI, several times in some; the machine may be busy.
jest.setTimeout(60_000);

let dir: string;
let server: Server;
let base: string;

interface Run { status: number | null; stdout: string; stderr: string }

/** Runs the CLI asynchronously (the test's own HTTP server must keep answering meanwhile). */
function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "whosaid-input-"));
  writeFileSync(join(dir, "page.html"), PAGE);
  writeFileSync(join(dir, "page.html.gz"), gzipSync(PAGE));
  writeFileSync(join(dir, "no-extension"), gzipSync(PAGE)); // gzip by its magic bytes only
  // 64 MB of spaces compresses to ~64 kB: a bomb for a 1 MB limit.
  writeFileSync(join(dir, "bomb.html.gz"), gzipSync(Buffer.alloc(64 << 20, 0x20), { level: 9 }));
  writeFileSync(join(dir, "broken.html.gz"), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  mkdirSync(join(dir, "empty"));
  mkdirSync(join(dir, "notes"));
  writeFileSync(join(dir, "notes", "readme.md"), "not an article");

  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" }).end();
      return;
    }
    switch (url.pathname) {
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
        return;
      case "/gzip-encoded":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(PAGE));
        return;
      case "/latin":
        res.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(PAGE_1252);
        return;
      case "/pdf":
        res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
        return;
      case "/big":
        res.writeHead(200, { "content-type": "text/html" });
        res.end(Buffer.alloc(2 << 20, 0x61));
        return;
      case "/bomb":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(64 << 20, 0x20), { level: 9 }));
        return;
      case "/slow":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>");
        setTimeout(() => res.end("late</p>"), 5_000).unref();
        return;
      default:
        res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const expectedPage = () => JSON.parse(JSON.stringify(extractQuotes(PAGE))) as object;

describe("URLs", () => {
  test("a page: the library's result, with the final URL first", async () => {
    const r = await run([`${base}/article`]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { url: string };
    expect(Object.keys(out)[0]).toBe("url");
    expect(out).toEqual({ url: `${base}/article`, ...expectedPage() });
  });

  test("up to 5 redirects are followed and the final URL reported; a 6th is an error", async () => {
    const ok = await run([`${base}/hop/4`]); // 5 redirects: /hop/4 … /hop/0 → /article
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { url: string }).url).toBe(`${base}/article`);
    const tooMany = await run([`${base}/hop/5`]);
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toBe(`whosaid: more than 5 redirects from ${base}/hop/5\n`);
  });

  test("gzip Content-Encoding is undone; the header's charset decodes the bytes", async () => {
    const gz = await run([`${base}/gzip-encoded`]);
    expect(gz.status).toBe(0);
    expect(JSON.parse(gz.stdout)).toEqual({ url: `${base}/gzip-encoded`, ...expectedPage() });
    const latin = await run([`${base}/latin`, "-f", "text"]);
    expect(latin.status).toBe(0);
    expect(latin.stdout).toContain("Café fees");
    expect(latin.stdout).toContain("“We were never asked,”");
    expect(latin.stdout).toContain("René Dupré");
  });

  test.each([
    ["/missing", "HTTP 404 Not Found"],
    ["/pdf", "is application/pdf, not an HTML page or text"],
    ["/big", "more than the limit (1000000 bytes)"],
    ["/bomb", "more than the limit (1000000 bytes)"],
  ])("%s: exit 1 and a clear one-line error", async (path, message) => {
    const r = await run(["--max-bytes", "1000000", `${base}${path}`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("--timeout limits the fetch", async () => {
    const r = await run(["--timeout", "500", `${base}/slow`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`whosaid: ${base}/slow: no complete answer within 500 ms\n`);
  });

  test("a refused connection is an error, not a crash", async () => {
    // A port that was just free: listen, note it, close.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const r = await run([`http://127.0.0.1:${port}/x`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`whosaid: cannot fetch http://127.0.0.1:${port}/x: ECONNREFUSED\n`);
  });

  test("several URLs and files: one NDJSON record each, in order, with the final URL", async () => {
    const r = await run([`${base}/hop/1`, "page.html", `${base}/missing`]);
    expect(r.status).toBe(1);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((x) => [x["path"], x["url"] ?? null, "result" in x])).toEqual([
      [`${base}/hop/1`, `${base}/article`, true],
      ["page.html", null, true],
      [`${base}/missing`, null, false],
    ]);
    expect(records[2]!["error"]).toEqual({ code: "ERR_HTTP", message: `${base}/missing: HTTP 404 Not Found` });
  });

  test("isUrl", () => {
    expect(isUrl("https://example.org/a?b=1")).toBe(true);
    expect(isUrl("HTTP://x")).toBe(true);
    expect(isUrl("ftp://x")).toBe(false);
    expect(isUrl("news/http:/x.html")).toBe(false);
  });
});

describe("gzip", () => {
  test(".gz files and gzip magic bytes are gunzipped", async () => {
    for (const file of ["page.html.gz", "no-extension"]) {
      const r = await run([file]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expectedPage());
    }
  });

  test("a directory picks up .html.gz files", async () => {
    const r = await run(["--jobs", "1", "."]);
    const paths = r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toContain("bomb.html.gz");
    expect(paths).toContain("page.html.gz");
  });

  test("a gzip bomb stops at --max-bytes (after decompression), one file or in a batch", async () => {
    const one = await run(["--max-bytes", "1000000", "bomb.html.gz"]);
    expect(one.status).toBe(1);
    expect(one.stderr).toBe("whosaid: bomb.html.gz: Input is more than 1000000 bytes once decompressed (maxInputBytes)\n");
    const batch = await run(["--max-bytes", "1000000", "--jobs", "1", "bomb.html.gz", "page.html"]);
    expect(batch.status).toBe(1);
    const [bomb, page] = batch.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, { code?: string }>);
    expect(bomb!["error"]!.code).toBe("ERR_INPUT_TOO_LARGE");
    expect(page!["result"]).toBeDefined();
  });

  test("broken gzip is an error record", async () => {
    const r = await run(["broken.html.gz"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^whosaid: broken\.html\.gz: not a valid gzip file: /);
  });

  test("maybeGunzip leaves other bytes alone and bounds the output", () => {
    const plain = new TextEncoder().encode("<p>x</p>");
    expect(maybeGunzip(plain, "a.html")).toBe(plain);
    expect(isGzip(gzipSync("x"))).toBe(true);
    expect(new TextDecoder().decode(maybeGunzip(gzipSync("hello"), "", 5))).toBe("hello");
    expect(() => maybeGunzip(gzipSync("hello!"), "", 5)).toThrow(/more than 5 bytes/);
  });
});

describe("inputs that hold no article", () => {
  test.each([["empty"], ["notes"]])("directory %s: an error and exit 1", async (name) => {
    const r = await run([name]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`whosaid: no articles (.html, .htm, .txt, or .gz) in ${name}\n`);
  });

  test("a glob without matches: an error and exit 1", async () => {
    const r = await run(["nothing/**/*.html"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no files match nothing/**/*.html");
  });
});

test("the fixture page's bytes read from disk equal what the server sends", () => {
  expect(readFileSync(join(dir, "page.html"), "utf8")).toBe(PAGE);
});
