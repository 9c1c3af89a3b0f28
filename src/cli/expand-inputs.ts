import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { isUrl } from "./fetch-url";

/** Extensions picked up when a directory is given (each also gzipped, e.g. `.html.gz`). */
export const ARTICLE_EXTENSIONS: readonly string[] = [".html", ".htm", ".txt"];

/** One input after expansion: a path to read, `-` for stdin, or a pattern that matched nothing. */
export interface ExpandedInput {
  readonly path: string;
  /** Set when the argument could not be expanded (a glob without matches). */
  readonly error?: { readonly code: string; readonly message: string };
}

/** Whether an argument is a glob pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return /[*?]/.test(arg);
}

function hasArticleExtension(name: string): boolean {
  const lower = name.toLowerCase();
  const base = lower.endsWith(".gz") ? lower.slice(0, -3) : lower;
  return ARTICLE_EXTENSIONS.some((ext) => base.endsWith(ext));
}

function sortedEntries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/** Whether an entry is a directory, following symlinks. */
function isDirectory(dir: string, entry: Dirent): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isDirectory();
  } catch {
    return false;
  }
}

/** Every article file below `dir`, depth first in name order; hidden entries are skipped. */
export function walkDirectory(dir: string, out: string[] = [], seen = new Set<string>()): string[] {
  let real: string;
  try {
    const st = statSync(dir);
    real = `${st.dev}:${st.ino}`;
  } catch {
    return out;
  }
  if (seen.has(real)) return out; // symlink loop
  seen.add(real);
  for (const entry of sortedEntries(dir)) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (isDirectory(dir, entry)) walkDirectory(path, out, seen);
    else if (hasArticleExtension(entry.name)) out.push(path);
  }
  return out;
}

/** Turns one glob segment (`*.htm?`) into an anchored regular expression. */
export function segmentToRegExp(segment: string): RegExp {
  let source = "";
  for (const ch of segment) {
    if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/**
 * Expands a glob with `*` (any characters within a path segment), `?` (one character)
 * and `**` (any number of directories). Like shells, wildcards do not match names that
 * start with a dot. Results are sorted.
 */
export function expandGlob(pattern: string): string[] {
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((s, i) => s !== "" && !(s === "." && i > 0));
  // Leading segments without wildcards form the directory the walk starts from.
  let baseCount = 0;
  while (baseCount < segments.length - 1 && !isGlob(segments[baseCount]!)) baseCount++;
  const baseParts = segments.slice(0, baseCount);
  const base = absolute ? "/" + baseParts.join("/") : baseParts.join("/");
  const rest = segments.slice(baseCount).map((s) => (s === "**" ? s : isGlob(s) ? segmentToRegExp(s) : s));

  const results = new Set<string>();
  const visit = (dir: string, index: number): void => {
    const seg = rest[index];
    if (seg === undefined) return;
    const last = index === rest.length - 1;
    const here = dir === "" ? "." : dir;
    if (seg === "**") {
      if (last) {
        for (const file of walkDirectory(here)) results.add(file);
        return;
      }
      visit(dir, index + 1); // zero directories
      for (const entry of sortedEntries(here)) {
        if (entry.name.startsWith(".") || !isDirectory(here, entry)) continue;
        visit(dir === "" ? entry.name : join(dir, entry.name), index); // one more directory
      }
      return;
    }
    if (typeof seg === "string") {
      const path = dir === "" ? seg : join(dir, seg);
      if (last) {
        try {
          if (statSync(path).isFile()) results.add(path);
        } catch {
          /* no match */
        }
      } else visit(path, index + 1);
      return;
    }
    for (const entry of sortedEntries(here)) {
      if (entry.name.startsWith(".") || !seg.test(entry.name)) continue;
      const path = dir === "" ? entry.name : join(dir, entry.name);
      const directory = isDirectory(here, entry);
      if (last) {
        if (!directory) results.add(path);
      } else if (directory) visit(path, index + 1);
    }
  };
  visit(base, 0);
  return [...results].sort();
}

/**
 * Expands command-line inputs in order: directories to their article files, globs to
 * their matches; files and `-` stay as given (a missing file fails later, when read).
 */
export function expandInputs(args: readonly string[]): ExpandedInput[] {
  const out: ExpandedInput[] = [];
  for (const arg of args) {
    if (arg === "-" || isUrl(arg)) {
      out.push({ path: arg });
      continue;
    }
    let directory = false;
    let exists = false;
    try {
      directory = statSync(arg).isDirectory();
      exists = true;
    } catch {
      /* not there: a glob, or a missing file reported when read */
    }
    if (directory) {
      const files = walkDirectory(arg);
      // An empty directory is a mistake worth an error (exit 1), not a silent empty run.
      if (files.length === 0) out.push({ path: arg, error: { code: "ENOENT", message: `no articles (${ARTICLE_EXTENSIONS.join(", ")}, or .gz) in ${arg}` } });
      for (const path of files) out.push({ path });
    } else if (!exists && isGlob(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) out.push({ path: arg, error: { code: "ENOENT", message: `no files match ${arg}` } });
      for (const path of matches) out.push({ path });
    } else {
      out.push({ path: arg });
    }
  }
  return out;
}

/** Whether the arguments name exactly one article (one file or `-`), so output is a single result. */
export function isSingleInput(args: readonly string[]): boolean {
  if (args.length === 0) return true; // stdin
  if (args.length !== 1) return false;
  const arg = args[0]!;
  if (arg === "-" || isUrl(arg)) return true;
  try {
    if (statSync(arg).isDirectory()) return false;
  } catch {
    return !isGlob(arg);
  }
  return true;
}
