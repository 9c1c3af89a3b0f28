/**
 * `--format csv` and `--format tsv`: one row per quote, for spreadsheets and data tools.
 * CSV follows RFC 4180 (comma, CRLF line ends, fields with a comma, quote or line break in
 * double quotes, quotes doubled); TSV has no quoting, so tabs and line breaks inside a field
 * become spaces. Both are UTF-8 with a header row.
 *
 * Text cells are neutralised against formula injection (OWASP "CSV Injection"): a spreadsheet
 * runs a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula, and every text
 * column (quote, cue, speaker, roles, source) can come from the page or the input, so such a
 * cell gets a leading `'`, which spreadsheets read as "text" and do not display.
 */
import type { Result } from "../types";

/** The columns, in order. `paragraph`, `start` and `end` are the JSON's (paragraph from 0, UTF-16 offsets). */
export const CSV_COLUMNS = [
  "source", "paragraph", "start", "end", "kind", "speaker", "speaker_kind", "roles", "cue", "confidence", "rule", "text",
] as const;

/** Separator-separated values flavours. */
export type Delimited = "csv" | "tsv";

/** Cells that a spreadsheet would evaluate: their first character starts a formula. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * `value` with a `'` in front when it would start a formula. A plain number (`-5`, an NDJSON
 * id) is left alone: a spreadsheet reads it as the number it is, and the prefix would turn it
 * into text. Checked by a scan, not a regular expression.
 */
export function neutraliseFormula(value: string): string {
  if (value === "" || !FORMULA_START.has(value[0]!)) return value;
  return isPlainNumber(value) ? value : `'${value}`;
}

/** `-?digits(.digits)?`, as JSON writes a number without exponent. */
function isPlainNumber(value: string): boolean {
  let i = value[0] === "-" ? 1 : 0;
  const digitsFrom = (from: number): number => {
    let j = from;
    while (j < value.length && value.charCodeAt(j) >= 48 && value.charCodeAt(j) <= 57) j++;
    return j;
  };
  let j = digitsFrom(i);
  if (j === i) return false;
  if (j < value.length && value[j] === ".") {
    i = j + 1;
    j = digitsFrom(i);
    if (j === i) return false;
  }
  return j === value.length;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ");
}

function row(values: readonly string[], format: Delimited): string {
  return format === "csv" ? values.map(csvField).join(",") + "\r\n" : values.map(tsvField).join("\t") + "\n";
}

/** The header row, line end included. */
export function delimitedHeader(format: Delimited): string {
  return row(CSV_COLUMNS, format);
}

/**
 * One row per quote of `result`, in the result's order, line ends included (no header).
 * `source` is the file path, URL or record id the result came from.
 */
export function formatDelimited(result: Result, source: string, format: Delimited): string {
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  const text = neutraliseFormula;
  let out = "";
  for (const q of result.quotes) {
    const s = q.speaker === null ? undefined : speakers.get(q.speaker);
    out += row(
      [
        text(source),
        String(q.paragraph),
        String(q.start),
        String(q.end),
        q.kind,
        text(s?.name ?? ""),
        s?.kind ?? "",
        text(s ? s.roles.join("; ") : ""),
        text(q.cue?.text ?? ""),
        String(q.confidence),
        q.rule,
        text(q.text),
      ],
      format,
    );
  }
  return out;
}
