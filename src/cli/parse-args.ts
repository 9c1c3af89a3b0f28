import { availableParallelism, cpus } from "node:os";
import type { QuoteKind } from "../types";
import type { QuoteFilters } from "./filters";
import { DEFAULT_TIMEOUT_MS, MAX_FORCED_JOBS } from "./job-limits";

/** Output formats of the CLI. */
export type OutputFormat = "json" | "text" | "ndjson" | "csv" | "tsv";

/** What the command line asked for. */
export interface CliOptions {
  /** Output format; `null` means "pick one": `json` for a single input, `ndjson` for several. */
  readonly format: OutputFormat | null;
  /** Worker threads for batches. @default os.availableParallelism() */
  readonly jobs: number;
  /** Read NDJSON records (`{"id","html"|"text"}`) from stdin. @default false */
  readonly stdinNdjson: boolean;
  /** Passed to the library as `maxInputBytes`; `null` keeps the library default. */
  readonly maxBytes: number | null;
  /** Passed to the library as `format`; `null` keeps the library default (`auto`). */
  readonly inputFormat: "auto" | "html" | "text" | null;
  /** Passed to the library as `indirect`. @default true */
  readonly indirect: boolean;
  /** No progress bar. @default false */
  readonly quiet: boolean;
  /** Per-article time limit in milliseconds in batches; 0 is none. @default 30000 */
  readonly timeout: number;
  /** Allow `--jobs` above the number of cores. @default false */
  readonly forceJobs: boolean;
  /** With `--stdin-ndjson`: exit 1 when any record failed. @default false */
  readonly failOnError: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** Files, directories, globs, http(s) URLs or `-`. */
  readonly inputs: readonly string[];
  /** `--speaker`, `--min-confidence`, `--kind`. */
  readonly filters: QuoteFilters;
  /** Print one summary of the speakers over all inputs instead of each result. @default false */
  readonly summary: boolean;
}

/** A mistake on the command line; main prints it in one line and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Usage text printed by `--help`. */
export const HELP = `Usage: whosaid [options] [file|dir|glob|url|-]...

Find every quotation in news articles and attribute it to a speaker.

Inputs:
  file            an article (HTML, entity-encoded HTML or plain text, any encoding
                  the library detects); read as bytes
  dir             every *.html, *.htm and *.txt (and their .gz) below it, recursively;
                  an error when there is none
  glob            a quoted pattern with *, ** and ? (e.g. 'news/**/*.html')
  url             an http(s) page, fetched (at most 5 redirects, --timeout or 30 s,
                  --max-bytes); its final URL is reported as "url"
  .gz files and gzip data are decompressed (--max-bytes applies after decompression)
  -               standard input (also the default when no input is given)

Output:
  one input       the JSON result of extractQuotes(), pretty-printed
  several inputs  NDJSON, one {"path", "result"} or {"path", "error"} per line, in order
                  (with "url" for fetched pages)

Options:
  -f, --format FMT     json | text | ndjson | csv | tsv (text is for people; csv and tsv
                       have a header and one row per quote of every input)
      --speaker NAME   only quotes of speakers with this name or alias (whole words;
                       case and accents ignored: "varga" finds Mayor Helena Varga)
      --min-confidence X  only quotes with confidence at least X (0 to 1)
      --kind K[,K]     only quotes of these kinds: direct, partial, indirect
      --summary        one summary over all inputs instead of each result: every speaker
                       (merged by name across articles) with quotes and articles, most
                       quoted first; JSON, or a table with --format text
      --stdin-ndjson   read NDJSON from stdin, one {"id", "html"} or {"id", "text"} per
                       line; write {"id", "result"} or {"id", "error"} lines in input order
  -j, --jobs N         worker threads (default and most: number of CPUs)
      --force-jobs     allow --jobs above the number of CPUs (up to ${MAX_FORCED_JOBS})
      --max-bytes N    refuse articles larger than N bytes (library maxInputBytes)
      --input-format F auto | html | text (library format option; default auto, and
                       "text" for NDJSON records given as {"text"})
      --no-indirect    do not report indirect (unmarked) speech
      --timeout MS     give up on an article after MS milliseconds with an ERR_TIMEOUT
                       record and go on (one article: an error, exit 1); also the
                       time limit of fetching a URL
                       (default ${DEFAULT_TIMEOUT_MS}; 0: no limit on the article)
      --fail-on-error  with --stdin-ndjson, exit 1 when any record failed
  -q, --quiet          no progress bar (it is only drawn when stderr is a terminal)
  -h, --help           show this help
  -V, --version        show the version

Exit status: 0 on success; 1 when an input could not be read or processed (in a batch
after all inputs, with an error record for each; with --stdin-ndjson bad records are
reported as data and only --fail-on-error makes them fail the run); 2 for usage errors.
`;

const FORMATS: readonly OutputFormat[] = ["json", "text", "ndjson", "csv", "tsv"];
const KINDS: readonly QuoteKind[] = ["direct", "partial", "indirect"];
const INPUT_FORMATS = ["auto", "html", "text"] as const;

/** Options that take a value, by every spelling. */
const VALUE_OPTIONS: Readonly<Record<string, string>> = {
  "-f": "format", "--format": "format",
  "-j": "jobs", "--jobs": "jobs",
  "--max-bytes": "max-bytes",
  "--input-format": "input-format",
  "--timeout": "timeout",
  "--speaker": "speaker",
  "--min-confidence": "min-confidence",
  "--kind": "kind",
};

/** Flags, by every spelling. */
const FLAGS: Readonly<Record<string, string>> = {
  "--stdin-ndjson": "stdin-ndjson",
  "--no-indirect": "no-indirect",
  "--fail-on-error": "fail-on-error",
  "--force-jobs": "force-jobs",
  "--summary": "summary",
  "-q": "quiet", "--quiet": "quiet",
  "-h": "help", "--help": "help",
  "-V": "version", "-v": "version", "--version": "version",
};

/** Number of CPUs, the default for `--jobs`. */
export function defaultJobs(): number {
  return typeof availableParallelism === "function" ? availableParallelism() : Math.max(1, cpus().length);
}

function parseInteger(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} expects a whole number, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be at least ${min}, got ${value}`);
  return n;
}

/** Parses `process.argv.slice(2)`; throws `UsageError` for anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliOptions {
  let format: OutputFormat | null = null;
  let jobs: number | null = null;
  let maxBytes: number | null = null;
  let inputFormat: CliOptions["inputFormat"] = null;
  let timeout = DEFAULT_TIMEOUT_MS;
  let speaker: string | undefined;
  let minConfidence: number | undefined;
  let kinds: QuoteKind[] | undefined;
  const flags = new Set<string>();
  const inputs: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      inputs.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const spelling = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS[spelling];
    if (flag !== undefined) {
      if (eq !== -1) throw new UsageError(`${spelling} takes no value`);
      flags.add(flag);
      continue;
    }
    const name = VALUE_OPTIONS[spelling];
    if (name === undefined) throw new UsageError(`unknown option ${spelling}`);
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`${spelling} needs a value`);
      value = next;
      i++;
    }
    switch (name) {
      case "format":
        if (!(FORMATS as readonly string[]).includes(value)) {
          throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${value}"`);
        }
        format = value as OutputFormat;
        break;
      case "jobs":
        jobs = parseInteger(name, value, 1);
        break;
      case "max-bytes":
        maxBytes = parseInteger(name, value, 0);
        break;
      case "timeout":
        timeout = parseInteger(name, value, 0);
        break;
      case "speaker":
        if (value.trim() === "") throw new UsageError("--speaker needs a name");
        speaker = value;
        break;
      case "min-confidence": {
        const n = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
        if (!(n >= 0 && n <= 1)) throw new UsageError(`--min-confidence expects a number from 0 to 1, got "${value}"`);
        minConfidence = n;
        break;
      }
      case "kind": {
        const list = value.split(",").map((k) => k.trim().toLowerCase()).filter((k) => k !== "");
        const bad = list.find((k) => !(KINDS as readonly string[]).includes(k));
        if (bad !== undefined || list.length === 0) {
          throw new UsageError(`--kind takes ${KINDS.join(", ")} (comma-separated), got "${value}"`);
        }
        kinds = [...new Set(list as QuoteKind[])];
        break;
      }
      case "input-format":
        if (!(INPUT_FORMATS as readonly string[]).includes(value)) {
          throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(", ")}, got "${value}"`);
        }
        inputFormat = value as CliOptions["inputFormat"];
        break;
    }
  }

  const stdinNdjson = flags.has("stdin-ndjson");
  if (stdinNdjson && inputs.length > 0) {
    throw new UsageError("--stdin-ndjson reads standard input; do not name files as well");
  }
  if (flags.has("summary") && format !== null && format !== "json" && format !== "text") {
    throw new UsageError(`--summary prints JSON or text, not ${format}`);
  }
  return {
    format,
    jobs: jobs ?? defaultJobs(),
    stdinNdjson,
    maxBytes,
    inputFormat,
    indirect: !flags.has("no-indirect"),
    quiet: flags.has("quiet"),
    timeout,
    forceJobs: flags.has("force-jobs"),
    failOnError: flags.has("fail-on-error"),
    help: flags.has("help"),
    version: flags.has("version"),
    inputs,
    filters: {
      ...(speaker !== undefined ? { speaker } : {}),
      ...(minConfidence !== undefined ? { minConfidence } : {}),
      ...(kinds !== undefined ? { kinds } : {}),
    },
    summary: flags.has("summary"),
  };
}
