import { availableParallelism, cpus } from "node:os";
import { DEFAULT_TIMEOUT_MS, MAX_FORCED_JOBS } from "./job-limits";

/** Output formats of the CLI. */
export type OutputFormat = "json" | "text" | "ndjson";

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
  /** Files, directories, globs or `-`. */
  readonly inputs: readonly string[];
}

/** A mistake on the command line; main prints it in one line and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Usage text printed by `--help`. */
export const HELP = `Usage: whosaid [options] [file|dir|glob|-]...

Find every quotation in news articles and attribute it to a speaker.

Inputs:
  file            an article (HTML, entity-encoded HTML or plain text, any encoding
                  the library detects); read as bytes
  dir             every *.html, *.htm and *.txt below it, recursively
  glob            a quoted pattern with *, ** and ? (e.g. 'news/**/*.html')
  -               standard input (also the default when no input is given)

Output:
  one input       the JSON result of extractQuotes(), pretty-printed
  several inputs  NDJSON, one {"path", "result"} or {"path", "error"} per line, in order

Options:
  -f, --format FMT     json | text | ndjson (text is for people)
      --stdin-ndjson   read NDJSON from stdin, one {"id", "html"} or {"id", "text"} per
                       line; write {"id", "result"} or {"id", "error"} lines in input order
  -j, --jobs N         worker threads (default and most: number of CPUs)
      --force-jobs     allow --jobs above the number of CPUs (up to ${MAX_FORCED_JOBS})
      --max-bytes N    refuse articles larger than N bytes (library maxInputBytes)
      --input-format F auto | html | text (library format option; default auto, and
                       "text" for NDJSON records given as {"text"})
      --no-indirect    do not report indirect (unmarked) speech
      --timeout MS     in a batch, give up on an article after MS milliseconds with an
                       ERR_TIMEOUT record and go on (default ${DEFAULT_TIMEOUT_MS}; 0: no limit)
      --fail-on-error  with --stdin-ndjson, exit 1 when any record failed
  -q, --quiet          no progress bar (it is only drawn when stderr is a terminal)
  -h, --help           show this help
  -V, --version        show the version

Exit status: 0 on success; 1 when an input could not be read or processed (in a batch
after all inputs, with an error record for each; with --stdin-ndjson bad records are
reported as data and only --fail-on-error makes them fail the run); 2 for usage errors.
`;

const FORMATS: readonly OutputFormat[] = ["json", "text", "ndjson"];
const INPUT_FORMATS = ["auto", "html", "text"] as const;

/** Options that take a value, by every spelling. */
const VALUE_OPTIONS: Readonly<Record<string, string>> = {
  "-f": "format", "--format": "format",
  "-j": "jobs", "--jobs": "jobs",
  "--max-bytes": "max-bytes",
  "--input-format": "input-format",
  "--timeout": "timeout",
};

/** Flags, by every spelling. */
const FLAGS: Readonly<Record<string, string>> = {
  "--stdin-ndjson": "stdin-ndjson",
  "--no-indirect": "no-indirect",
  "--fail-on-error": "fail-on-error",
  "--force-jobs": "force-jobs",
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
  };
}
