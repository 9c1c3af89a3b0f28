/**
 * The playground server (scripts/serve.mjs) under the attacks of issue #14. The server runs on
 * 127.0.0.1 with a free port, over a temporary root; every request is sent raw (as
 * `curl --path-as-is` would) and bounded in time, and only to that address.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type StartedServer } from "../scripts/serve.mjs";

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let top: string;
let root: string;
let server: StartedServer;
let port: number;

/** Sends one raw HTTP/1.1 request to the test server and reads the whole reply (5 s at most). */
function request(target: string, { host = `127.0.0.1:${port}`, method = "GET" }: { host?: string | null; method?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => { socket.destroy(); reject(new Error(`no reply to ${target} within 5 s`)); }, 5000);
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", (e) => { clearTimeout(timer); reject(e); });
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("latin1");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(":");
        if (i > 0) headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\r\n\r\n") });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\n${host === null ? "" : `Host: ${host}\r\n`}Connection: close\r\n\r\n`);
  });
}

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), "whosaid-serve-"));
  root = join(top, "root");
  mkdirSync(join(root, "examples", "playground"), { recursive: true });
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "node_modules", "pkg"), { recursive: true });
  writeFileSync(join(root, "examples", "playground", "index.html"), "<!doctype html><title>playground</title>");
  writeFileSync(join(root, "examples", "note.txt"), "hello");
  writeFileSync(join(root, ".git", "config"), "[remote] secret");
  writeFileSync(join(root, ".env"), "TOKEN=secret");
  writeFileSync(join(root, "node_modules", "pkg", "index.js"), "secret");
  writeFileSync(join(top, "outside.txt"), "secret outside the root");
  symlinkSync(join(top, "outside.txt"), join(root, "link-out.txt"));
  symlinkSync(top, join(root, "dir-out"));
  server = await startServer({ port: 0, root });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
  rmSync(top, { recursive: true, force: true });
});

describe("scripts/serve.mjs", () => {
  it("listens on 127.0.0.1 and serves files under its root with security headers", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await request("/examples/note.txt");
    expect(r.status).toBe(200);
    expect(r.body).toBe("hello");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect((await request("/examples/playground/")).body).toContain("playground");
  });

  it("a newline in the path is a 400, and the server lives on", async () => {
    expect((await request("/%0A%2F..")).status).toBe(400);
    expect((await request("/examples%0A")).status).toBe(400);
    expect((await request("/%E0%A4%A")).status).toBe(400);
    expect((await request("/examples/note.txt")).status).toBe(200);
  });

  it("sends no redirect outside itself", async () => {
    const r = await request("/%2F%2Fevil.example/..%2Fexamples");
    expect(r.status).toBe(400);
    expect(r.headers.location).toBeUndefined();
    expect((await request("//evil.example/")).headers.location).toBeUndefined();
    const ok = await request("/examples/playground");
    expect(ok.status).toBe(301);
    expect(ok.headers.location).toBe("/examples/playground/");
  });

  it.each(["/.git/config", "/.env", "/examples/../.git/config", "/%2Egit/config", "/node_modules/pkg/index.js"])("never serves %s", async (target) => {
    const r = await request(target);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain("secret");
  });

  it.each(["/../outside.txt", "/..%2Foutside.txt", "/link-out.txt", "/dir-out/outside.txt", "/examples/..%5C..%5Coutside.txt"])("serves nothing outside its root: %s", async (target) => {
    const r = await request(target);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain("secret");
  });

  it("answers only requests for a local host name (DNS rebinding)", async () => {
    expect((await request("/examples/note.txt", { host: "evil.example" })).status).toBe(421);
    expect((await request("/examples/note.txt", { host: `evil.example:${port}` })).status).toBe(421);
    expect((await request("/examples/note.txt", { host: null })).status).toBe(400);
    expect((await request("/examples/note.txt", { host: `localhost:${port}` })).status).toBe(200);
  });

  it("only GET and HEAD", async () => {
    expect((await request("/examples/note.txt", { method: "POST" })).status).toBe(405);
    const head = await request("/examples/note.txt", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });
});
