import type { Meta, Quote, Result, Speaker } from "../types";

/** Confidence as people read it: two decimals, no trailing noise. */
function formatConfidence(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "?";
}

function formatQuote(q: Quote): string {
  return `  para ${q.paragraph}  ${q.kind}: “${q.text}” [${formatConfidence(q.confidence)} ${q.rule}]`;
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
 * Renders a result for people: the headline with authors, date and site, each speaker (kind, roles, aliases) followed by
 * their quotes, then unattributed quotes and warnings. Paragraph numbers are the JSON
 * `paragraph` indexes (from 0), so a reader can look them up in the JSON output.
 */
export function formatText(result: Result): string {
  const lines: string[] = [];
  const headline = result.meta.headline ?? result.title;
  lines.push(headline !== null && headline !== "" ? headline : "(untitled)");
  const byline = formatByline(result.meta);
  if (byline !== null) lines.push(byline);
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
      const where = w.paragraph !== undefined ? ` (para ${w.paragraph})` : "";
      lines.push(`  ${w.code}${where}: ${w.message}`);
    }
  }
  return lines.join("\n") + "\n";
}
