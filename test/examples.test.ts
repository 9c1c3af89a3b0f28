/**
 * Every example's documented command (README and the examples' own comments) runs against the
 * built package (dist/, built by `npm test` or `npm ci`) and prints what it promises.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function node(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

describe("examples", () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  });

  test("npm run example: node examples/who-said-what.mjs", () => {
    const r = node(["examples/who-said-what.mjs"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: \d+ quotes, \d+ speakers\n/);
  });

  test("node examples/who-said-what.mjs examples/article.html: reported speech without quotation marks", () => {
    const r = node(["examples/who-said-what.mjs", "examples/article.html"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Helena Varga (person, Mayor)");
    // Paragraphs counted from 1: the mayor's first quote is in the JSON's paragraph 1.
    expect(r.stdout).toContain("  [para 2, direct] “We cannot ask people");
    expect(r.stdout).toContain("  [para 3, indirect] reported: the city would ask the regional government for emergency funds");
    expect(r.stdout).not.toMatch(/indirect\] “/);
  });

  test.each(["Varga", "helena varga", "Mayor Helena Varga", "VÁRGA"])(
    "node examples/fact-check.mjs examples/article.html %s finds the mayor",
    (name) => {
      const r = node(["examples/fact-check.mjs", "examples/article.html", name]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Helena Varga \(person\) — 4 quote\(s\)/);
      expect(r.stdout).toContain("    reported: the city would ask");
    },
  );

  test("fact-check: nobody of that name exits 1 and lists the speakers", () => {
    const r = node(["examples/fact-check.mjs", "examples/article.html", "Nobody"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no speaker "Nobody"');
    expect(r.stderr).toContain("Helena Varga");
  });

  test("fact-check: a missing argument prints the usage and exits 2", () => {
    const r = node(["examples/fact-check.mjs", "examples/article.html"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage:");
  });
});
