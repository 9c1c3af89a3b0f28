#!/usr/bin/env node
/**
 * A tiny static file server for the playground and the browser tests (node:http, no dependencies).
 * Serves the repository root; `/shared/seed/…` is served from `../shared/seed/` when it exists,
 * so browser tests can fetch the reference article.
 *
 * Usage: node scripts/serve.mjs [path-to-open] [--port N]   (PORT env works too; default 4173)
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
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

/** Maps a URL path to a file under `base`, or null when it would leave `base`. */
function within(base, urlPath) {
  const file = normalize(join(base, urlPath));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Starts the server on 127.0.0.1.
 * @param {{ port?: number }} [options] port 0 (the default) picks a free one.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 0 } = {}) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    let file = path.startsWith("/shared/seed/") ? within(SHARED_SEED, path.slice("/shared/seed/".length)) : within(REPO, path);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!file || !existsSync(file) || !statSync(file).isFile() || file.split(sep).includes("node_modules")) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
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
