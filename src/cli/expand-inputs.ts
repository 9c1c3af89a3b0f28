import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { escapeTerminal } from "./escape-terminal";
import { compileSegment } from "./glob-match";
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

function isDirectoryPath(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function hasArticleExtension(name: string): boolean {
  const lower = name.toLowerCase();
  const base = lower.endsWith(".gz") ? lower.slice(0, -3) : lower;
  return ARTICLE_EXTENSIONS.some((ext) => base.endsWith(ext));
}

/**
 * Where a walk reports what it met: an unreadable directory becomes an error input (so the run
 * exits non-zero), a FIFO, socket or device is skipped with a warning (reading a FIFO would hang
 * the run, a device may never end).
 */
export interface WalkReport {
  warn(message: string): void;
  /** Reads a directory; `readdirSync` with file types unless a test replaces it. */
  readdir?(dir: string): Dirent[];
}

// File names may hold terminal control characters: escaped like the text output.
const STDERR_REPORT: WalkReport = { warn: (message) => process.stderr.write(`whosaid: ${escapeTerminal(message)}\n`) };

/** The entries of `dir` in name order, or the error that stopped reading it. */
function sortedEntries(dir: string, report: WalkReport): Dirent[] | { code: string; message: string } {
  try {
    const entries = report.readdir ? report.readdir(dir) : readdirSync(dir, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const message = err instanceof Error ? err.message.replace(/^[A-Z0-9_]+: ([^,]+).*$/s, "$1") : String(err);
    return { code: typeof code === "string" ? code : "ERR_READ", message: `cannot read directory ${dir}: ${message}` };
  }
}

/**
 * What a walk does with an entry: descend into a real directory (a symlinked one is not followed,
 * so `ln -s . loop` cannot make a walk endless or list a file twice), take a regular file (a
 * symlink to one too), skip anything else with a warning.
 */
function entryKind(dir: string, entry: Dirent, report: WalkReport): "dir" | "file" | "skip" {
  if (entry.isDirectory()) return "dir";
  if (entry.isFile()) return "file";
  const path = join(dir, entry.name);
  if (entry.isSymbolicLink()) {
    let st;
    try {
      st = statSync(path);
    } catch {
      return "skip"; // a dangling link
    }
    if (st.isFile()) return "file";
    if (st.isDirectory()) return "skip";
    report.warn(`skipping ${path}: a link to ${specialKind(st)}, not a regular file`);
    return "skip";
  }
  report.warn(`skipping ${path}: ${specialKind(entry)}, not a regular file`);
  return "skip";
}

function specialKind(x: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  return x.isFIFO() ? "a FIFO" : x.isSocket() ? "a socket" : x.isCharacterDevice() || x.isBlockDevice() ? "a device" : "a special file";
}

/**
 * Every article file below `dir`, depth first in name order; hidden entries are skipped, symlinked
 * directories are not followed, and an unreadable directory is an input with an error.
 */
export function walkDirectory(dir: string, out: ExpandedInput[] = [], report: WalkReport = STDERR_REPORT): ExpandedInput[] {
  const entries = sortedEntries(dir, report);
  if (!Array.isArray(entries)) {
    out.push({ path: dir, error: entries });
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const kind = entryKind(dir, entry, report);
    if (kind === "dir") walkDirectory(path, out, report);
    else if (kind === "file" && hasArticleExtension(entry.name)) out.push({ path });
  }
  return out;
}

/** Error codes of a directory that is not there (as opposed to one that cannot be read). */
const MISSING: ReadonlySet<string> = new Set(["ENOENT", "ENOTDIR"]);

/**
 * Expands a glob with `*` (any characters within a path segment), `?` (one character)
 * and `**` (any number of directories). Like shells, wildcards do not match names that
 * start with a dot. Results are sorted.
 */
export function expandGlob(pattern: string, report: WalkReport = STDERR_REPORT): ExpandedInput[] {
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((s, i) => s !== "" && !(s === "." && i > 0));
  // Leading segments without wildcards form the directory the walk starts from.
  let baseCount = 0;
  while (baseCount < segments.length - 1 && !isGlob(segments[baseCount]!)) baseCount++;
  const baseParts = segments.slice(0, baseCount);
  const base = absolute ? "/" + baseParts.join("/") : baseParts.join("/");
  const rest = segments.slice(baseCount).map((s) => (s === "**" ? s : isGlob(s) ? compileSegment(s) : s));

  const results = new Map<string, ExpandedInput>();
  const add = (input: ExpandedInput): void => {
    if (!results.has(input.path)) results.set(input.path, input);
  };
  const list = (dir: string): Dirent[] => {
    const entries = sortedEntries(dir, report);
    if (Array.isArray(entries)) return entries;
    // A directory the pattern names but that is not there is no match; one that cannot be read is an error.
    if (!MISSING.has(entries.code)) add({ path: dir, error: entries });
    return [];
  };
  const visit = (dir: string, index: number): void => {
    const seg = rest[index];
    if (seg === undefined) return;
    const last = index === rest.length - 1;
    const here = dir === "" ? "." : dir;
    if (seg === "**") {
      if (last) {
        for (const input of walkDirectory(here, [], report)) if (!input.error || !MISSING.has(input.error.code)) add(input);
        return;
      }
      visit(dir, index + 1); // zero directories
      for (const entry of list(here)) {
        if (entry.name.startsWith(".") || !entry.isDirectory()) continue;
        visit(dir === "" ? entry.name : join(dir, entry.name), index); // one more directory
      }
      return;
    }
    if (typeof seg === "string") {
      const path = dir === "" ? seg : join(dir, seg);
      if (last) {
        try {
          if (statSync(path).isFile()) add({ path });
        } catch {
          /* no match */
        }
      } else visit(path, index + 1);
      return;
    }
    for (const entry of list(here)) {
      if (entry.name.startsWith(".") || !seg.test(entry.name)) continue;
      const path = dir === "" ? entry.name : join(dir, entry.name);
      // A named segment may go through a symlinked directory (one step, no recursion); `**` does not.
      if (last) {
        if (entryKind(here, entry, report) === "file") add({ path });
      } else if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectoryPath(path))) visit(path, index + 1);
    }
  };
  visit(base, 0);
  return [...results.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Expands command-line inputs in order: directories to their article files, globs to
 * their matches; files and `-` stay as given (a missing file fails later, when read).
 */
export function expandInputs(args: readonly string[], report: WalkReport = STDERR_REPORT): ExpandedInput[] {
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
      const before = out.length;
      walkDirectory(arg, out, report);
      // An empty directory is a mistake worth an error (exit 1), not a silent empty run.
      if (out.length === before) out.push({ path: arg, error: { code: "ENOENT", message: `no articles (${ARTICLE_EXTENSIONS.join(", ")}, or .gz) in ${arg}` } });
    } else if (!exists && isGlob(arg)) {
      const matches = expandGlob(arg, report);
      if (matches.length === 0) out.push({ path: arg, error: { code: "ENOENT", message: `no files match ${arg}` } });
      out.push(...matches);
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
