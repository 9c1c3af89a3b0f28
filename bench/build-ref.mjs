// Resolves a build of the library for comparisons: a dist/ folder as it is, or a git ref built
// in a temporary worktree. Used by `npm run bench -- --baseline <ref>` and scripts/compare-builds.mjs.
//
// A ref is built once per commit: `git worktree add --detach` under the system's temp folder,
// node_modules linked from this checkout (the ref's own package.json must be satisfied by it),
// `npm run build`, then dist/ is kept in <tmp>/whosaid-build-<commit>/dist and the worktree is
// removed. Later runs reuse that dist/ (relinking node_modules if the checkout that built it is gone).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { REPO_ROOT } from "./corpus.mjs";

const git = (...args) => execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/**
 * Where the build named by `arg` is: `{ dist, label }`. `arg` is a folder holding index.js (a
 * dist/), a folder holding dist/index.js, or a git ref.
 */
export async function resolveBuild(arg) {
  for (const dist of [resolve(arg), resolve(arg, "dist")]) {
    if (existsSync(join(dist, "index.js"))) return { dist, label: arg };
  }
  let commit;
  try {
    commit = git("rev-parse", "--verify", `${arg}^{commit}`);
  } catch {
    throw new Error(`build-ref: ${arg} is neither a folder with a build nor a git ref`);
  }
  const home = join(tmpdir(), `whosaid-build-${commit.slice(0, 12)}`);
  const dist = join(home, "dist");
  const label = `${arg} (${commit.slice(0, 9)})`;
  if (existsSync(join(dist, "index.js"))) {
    // A cached build made from another checkout links that checkout's node_modules, which may
    // since be gone (a removed worktree): link this one's instead.
    const modules = join(home, "node_modules");
    if (!existsSync(modules)) {
      rmSync(modules, { force: true });
      symlinkSync(join(REPO_ROOT, "node_modules"), modules, "dir");
    }
    return { dist, label };
  }

  const tree = join(home, "worktree");
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  process.stderr.write(`build-ref: building ${label} in ${tree} …\n`);
  git("worktree", "add", "--detach", tree, commit);
  try {
    symlinkSync(join(REPO_ROOT, "node_modules"), join(tree, "node_modules"), "dir");
    execFileSync("npm", ["run", "build", "--silent"], { cwd: tree, stdio: ["ignore", "ignore", "inherit"] });
    cpSync(join(tree, "dist"), dist, { recursive: true });
  } finally {
    git("worktree", "remove", "--force", tree);
  }
  // dist/ imports its dependencies: resolve them from this checkout's node_modules.
  symlinkSync(join(REPO_ROOT, "node_modules"), join(home, "node_modules"), "dir");
  return { dist, label };
}
