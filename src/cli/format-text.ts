import type { Meta, Quote, Result, Speaker } from "../types";
import { escapeTerminal } from "./escape-terminal";

/** Confidence as people read it: two decimals, no trailing noise. */
function formatConfidence(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "?";
}

/**
 * One quote line. Paragraphs are numbered from 1, as a reader counts them. Reported speech
 * (`indirect`) is the writer's paraphrase, not the speaker's words, so it is not put in
 * quotation marks.
 */
function formatQuote(q: Quote): string {
  const words = q.kind === "indirect" ? `reported: ${q.text}` : `${q.kind}: “${q.text}”`;
  return `  para ${q.paragraph + 1}  ${words} [${formatConfidence(q.confidence)} ${q.rule}]`;
}

function formatSpeaker(s: Speaker): string {
  const parts = [`${s.name} (${s.kind})`];
  if (s.roles.length > 0) parts.push(`roles: ${s.roles.join("; ")}`);
  const aliases = s.aliases.filter((a) => a !== s.name);
  if (aliases.length > 0) parts.push(`aliases: ${aliases.join(", ")}`);
  return parts.join(" — ");
}

/** The line under the headline: authors, date and site, those the page states; null when it states none. */
function formatByline(meta: Meta): string | null {
  const parts: string[] = [];
  if (meta.authors.length > 0) parts.push(`By ${meta.authors.join(", ")}`);
  if (meta.published !== null) parts.push(meta.published);
  else if (meta.modified !== null) parts.push(`updated ${meta.modified}`);
  if (meta.siteName !== null) parts.push(meta.siteName);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/**
 * Renders a result for people: the headline with authors, date and site (and the page's URL
 * when it was fetched), each speaker (kind, roles, aliases) followed by their quotes, then
 * unattributed quotes and warnings. Paragraphs are numbered from 1 as a reader counts them (the
 * JSON's `paragraph` index plus one); reported speech is shown as `reported: …`, without
 * quotation marks.
 */
export function formatText(result: Result, url?: string): string {
  const lines: string[] = [];
  const headline = result.meta.headline ?? result.title;
  lines.push(headline !== null && headline !== "" ? headline : "(untitled)");
  const byline = formatByline(result.meta);
  if (byline !== null) lines.push(byline);
  if (url !== undefined) lines.push(url);
  const nq = result.quotes.length;
  const ns = result.speakers.length;
  lines.push(
    `${result.paragraphs.length} paragraph${result.paragraphs.length === 1 ? "" : "s"}, ` +
      `${nq} quote${nq === 1 ? "" : "s"}, ${ns} speaker${ns === 1 ? "" : "s"}`,
  );

  // Group by the quote's own `speaker` field so a quote is printed once even if a
  // speaker's `quotes` list were incomplete.
  const bySpeaker = new Map<string, Quote[]>();
  for (const s of result.speakers) bySpeaker.set(s.id, []);
  const unattributed: Quote[] = [];
  for (const q of result.quotes) {
    const list = q.speaker === null ? undefined : bySpeaker.get(q.speaker);
    if (list) list.push(q);
    else unattributed.push(q);
  }

  for (const s of result.speakers) {
    lines.push("", formatSpeaker(s));
    for (const q of bySpeaker.get(s.id)!) lines.push(formatQuote(q));
  }
  if (unattributed.length > 0) {
    lines.push("", "Unattributed");
    for (const q of unattributed) lines.push(formatQuote(q));
  }
  if (result.warnings.length > 0) {
    lines.push("", "Warnings");
    for (const w of result.warnings) {
      const where = w.paragraph !== undefined ? ` (para ${w.paragraph + 1})` : "";
      lines.push(`  ${w.code}${where}: ${w.message}`);
    }
  }
  // Article text may hold terminal control sequences: each line is escaped, the line breaks added here are not.
  return lines.map(escapeTerminal).join("\n") + "\n";
}
