/**
 * `--format csv` and `--format tsv`: one row per quote, for spreadsheets and data tools.
 * CSV follows RFC 4180 (comma, CRLF line ends, fields with a comma, quote or line break in
 * double quotes, quotes doubled); TSV has no quoting, so tabs and line breaks inside a field
 * become spaces. Both are UTF-8 with a header row.
 */
import type { Result } from "../types";

/** The columns, in order. `paragraph`, `start` and `end` are the JSON's (paragraph from 0, UTF-16 offsets). */
export const CSV_COLUMNS = [
  "source", "paragraph", "start", "end", "kind", "speaker", "speaker_kind", "roles", "cue", "confidence", "rule", "text",
] as const;

/** Separator-separated values flavours. */
export type Delimited = "csv" | "tsv";

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
  let out = "";
  for (const q of result.quotes) {
    const s = q.speaker === null ? undefined : speakers.get(q.speaker);
    out += row(
      [
        source,
        String(q.paragraph),
        String(q.start),
        String(q.end),
        q.kind,
        s?.name ?? "",
        s?.kind ?? "",
        s ? s.roles.join("; ") : "",
        q.cue?.text ?? "",
        String(q.confidence),
        q.rule,
        q.text,
      ],
      format,
    );
  }
  return out;
}
