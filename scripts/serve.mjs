#!/usr/bin/env node
/**
 * A tiny static file server for the playground and the browser tests (node:http, no dependencies).
 * Serves the repository root; `/shared/seed/…` is served from `../shared/seed/` when it exists,
 * so browser tests can fetch the reference article.
 *
 * Usage: node scripts/serve.mjs [path-to-open] [--port N]   (PORT env works too; default 4173)
 */
import { createReadStream, existsSync, realpathSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED_SEED = resolve(REPO, "../shared/seed");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/**
 * Sent with every response. The playground runs only its own scripts and styles (data: for
 * its icon); the browser tests evaluate through the DevTools protocol, which CSP does not
 * govern. nosniff: a text file is never run as a script.
 */
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
};

/** Host names this server answers to: a page on any other name (DNS rebinding) gets a 421. */
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The host name of a `Host` header (`localhost:4173` → `localhost`), or null when malformed. */
function hostName(header) {
  if (typeof header !== "string") return null;
  const m = /^(\[[0-9a-fA-F:.]{2,45}\]|[A-Za-z0-9.-]{1,253})(?::\d{1,5})?$/.exec(header);
  return m ? m[1].toLowerCase() : null;
}

/**
 * The path segments of a request target, decoded, or a status code: 400 when the target is not
 * an absolute path, does not decode, holds control characters, backslashes or empty segments
 * (an encoded `//host` would become a protocol-relative redirect), or a `.`/`..` segment; 404
 * for a hidden segment (`.git`, `.env`): dotfiles are never served.
 */
function parseTarget(target) {
  if (typeof target !== "string" || !target.startsWith("/")) return 400;
  const raw = target.split(/[?#]/, 1)[0];
  const parts = raw.split("/").slice(1);
  const trailingSlash = parts.length > 0 && parts[parts.length - 1] === "";
  if (trailingSlash) parts.pop();
  const segments = [];
  for (const part of parts) {
    let seg;
    try {
      seg = decodeURIComponent(part);
    } catch {
      return 400;
    }
    if (seg === "" || seg === "." || seg === ".." || /[\x00-\x1f\x7f\\/]/.test(seg)) return 400;
    if (seg.startsWith(".")) return 404;
    segments.push(seg);
  }
  return { segments, trailingSlash };
}

/** The real path of `file` when it lies under `base` (symlinks resolved), else null. */
function within(base, file) {
  let real, realBase;
  try {
    real = realpathSync(file);
    realBase = realpathSync(base);
  } catch {
    return null;
  }
  return real === realBase || real.startsWith(realBase + sep) ? real : null;
}

/** `stat` that says null instead of throwing. */
function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * Starts the server on 127.0.0.1: only GET and HEAD, only regular files under `root` (never a
 * dotfile or `node_modules`, symlinks followed only when they stay under it), only for a local
 * `Host`, redirects only to its own paths.
 * @param {{ port?: number, root?: string }} [options] port 0 (the default) picks a free one;
 *   root defaults to the repository (where `/shared/seed/…` maps to `../shared/seed/`).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 0, root = REPO } = {}) {
  const base = resolve(root);
  const send = (res, status, headers = {}, body = "") => {
    res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
    res.end(body);
  };
  const handle = (req, res) => {
    if (!LOCAL_HOSTS.has(hostName(req.headers.host) ?? "")) return send(res, 421, {}, "misdirected request\n");
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, { allow: "GET, HEAD" }, "method not allowed\n");
    const target = parseTarget(req.url);
    if (target === 400) return send(res, 400, {}, "bad request\n");
    if (target === 404) return send(res, 404, {}, "not found\n");
    const { segments, trailingSlash } = target;
    if (segments.includes("node_modules")) return send(res, 404, {}, "not found\n");
    const seed = base === REPO && segments[0] === "shared" && segments[1] === "seed";
    const dir = seed ? SHARED_SEED : base;
    const rel = seed ? segments.slice(2) : segments;
    let file = within(dir, join(dir, ...rel));
    let st = file ? statOrNull(file) : null;
    if (st?.isDirectory()) {
      // Built from the checked segments: always one leading slash, percent-encoded, on this server.
      if (!trailingSlash) return send(res, 301, { location: "/" + segments.map(encodeURIComponent).join("/") + "/" });
      file = within(dir, join(file, "index.html"));
      st = file ? statOrNull(file) : null;
    }
    if (!file || !st?.isFile()) return send(res, 404, {}, "not found\n");
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "content-length": st.size, "cache-control": "no-store" });
    if (req.method === "HEAD") return res.end();
    const stream = createReadStream(file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  };
  const server = createServer((req, res) => {
    // No request may take the server down: anything unexpected is a 500 for that request alone.
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) send(res, 500, {}, "internal error\n");
      else res.destroy();
    }
  });
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf("--port");
  const wanted = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT ?? 4173);
  const open = (args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port") ?? "").replace(/^\.?\//, "");
  let server;
  try {
    server = await startServer({ port: wanted });
  } catch (error) {
    if (error?.code !== "EADDRINUSE") throw error;
    server = await startServer({ port: 0 });
  }
  if (!existsSync(join(REPO, "dist/whosaid.browser.js"))) console.warn("warning: dist/whosaid.browser.js is missing; run npm run build");
  console.log(`Serving ${REPO} at ${server.url}/`);
  console.log(`Open ${server.url}/${open}`);
  console.log("Press Ctrl+C to stop.");
  process.on("SIGINT", () => server.close().then(() => process.exit(0)));
}
