/**
 * Shared helpers for the browser tests (plain Node scripts run by `npm run test:browser`, not jest):
 * launching Debian's headless Chromium through playwright-core with a fresh profile, and finding
 * the reference article.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Chromium flags for a sandboxless container with no network beyond localhost. */
const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * Launches headless Chromium with a fresh `--user-data-dir` (a persistent context is how
 * playwright takes one) and returns the context plus a `close` that also removes the profile.
 * @param {{ viewport?: { width: number, height: number }, deviceScaleFactor?: number }} [options]
 */
export async function launch(options = {}) {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const profile = mkdtempSync(join(tmpdir(), "whosaid-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors and console errors, so a test can fail on them. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console.error: ${m.text()}`); });
  return errors;
}

/** The reference article as served by scripts/serve.mjs: ../shared/seed/article.txt, else examples/article.html. */
export function referenceArticle() {
  if (existsSync(join(REPO, "../shared/seed/article.txt"))) {
    return { file: join(REPO, "../shared/seed/article.txt"), path: "/shared/seed/article.txt" };
  }
  if (existsSync(join(REPO, "examples/article.html"))) {
    return { file: join(REPO, "examples/article.html"), path: "/examples/article.html" };
  }
  throw new Error("no reference article: ../shared/seed/article.txt and examples/article.html are both missing");
}

/** Fails on any `text !== paragraphs[paragraph].text.slice(start, end)` for quotes, cues and mentions. */
export function offsetProblems(result) {
  const problems = [];
  const check = (where, s) => {
    const p = result.paragraphs[s.paragraph];
    if (!p || p.text.slice(s.start, s.end) !== s.text) problems.push(`${where} ${JSON.stringify(s.text)} is not paragraphs[${s.paragraph}].text.slice(${s.start}, ${s.end})`);
  };
  for (const q of result.quotes) {
    check(q.id, q);
    if (q.cue) check(`${q.id}.cue`, q.cue);
    if (q.mention) check(`${q.id}.mention`, q.mention);
  }
  return problems;
}

/** The JSON path of the first difference between two JSON values, or null when they are equal. */
export function firstDifference(a, b, path = "$") {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object" || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} !== ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
