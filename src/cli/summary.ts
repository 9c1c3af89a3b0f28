/**
 * `--summary`: who is quoted how often across many articles. Speakers are merged by canonical
 * name (case and accents ignored, so "Helena Varga" in one article and "HELENA VARGA" in another
 * are one person) and sorted by number of quotes, then of articles, then name.
 */
import type { Result, SpeakerKind } from "../types";
import { nameWords } from "./filters";

/** One article's contribution, small enough to pass from a worker thread as JSON. */
export interface ArticleTally {
  readonly speakers: readonly { readonly name: string; readonly kind: SpeakerKind; readonly quotes: number }[];
  readonly unattributed: number;
}

/** A speaker's line of the summary. */
export interface SummarySpeaker {
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Quotes attributed to the speaker, over all articles. */
  readonly quotes: number;
  /** Articles with at least one quote of the speaker. */
  readonly articles: number;
}

/** The whole summary, as `--summary` prints it in JSON. */
export interface Summary {
  /** Articles read and processed. */
  readonly articles: number;
  /** Inputs that failed (not counted in `articles`). */
  readonly failed: number;
  readonly quotes: number;
  readonly unattributed: number;
  readonly speakers: readonly SummarySpeaker[];
}

/** The tally of one result: each speaker with quotes, and the unattributed quotes. */
export function tallyArticle(result: Result): ArticleTally {
  const counts = new Map<string, number>();
  let unattributed = 0;
  for (const q of result.quotes) {
    if (q.speaker === null) unattributed++;
    else counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  }
  const speakers = result.speakers
    .filter((s) => counts.has(s.id))
    .map((s) => ({ name: s.name, kind: s.kind, quotes: counts.get(s.id)! }));
  return { speakers, unattributed };
}

/** Adds up article tallies. */
export class SummaryCollector {
  private readonly bySpeaker = new Map<string, { name: string; kind: SpeakerKind; quotes: number; articles: number }>();
  private articles = 0;
  private failed = 0;
  private quotes = 0;
  private unattributed = 0;

  add(tally: ArticleTally): void {
    this.articles++;
    this.unattributed += tally.unattributed;
    this.quotes += tally.unattributed;
    const seen = new Set<string>();
    for (const s of tally.speakers) {
      const key = nameWords(s.name).join(" ") || s.name;
      const entry = this.bySpeaker.get(key) ?? { name: s.name, kind: s.kind, quotes: 0, articles: 0 };
      entry.quotes += s.quotes;
      if (!seen.has(key)) entry.articles++;
      seen.add(key);
      this.bySpeaker.set(key, entry);
      this.quotes += s.quotes;
    }
  }

  addFailure(): void {
    this.failed++;
  }

  summary(): Summary {
    const speakers = [...this.bySpeaker.values()].sort(
      (a, b) => b.quotes - a.quotes || b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    return { articles: this.articles, failed: this.failed, quotes: this.quotes, unattributed: this.unattributed, speakers };
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The summary for people: totals, then one line per speaker. */
export function formatSummaryText(summary: Summary): string {
  const lines = [
    `${plural(summary.articles, "article")}, ${plural(summary.quotes, "quote")}, ${plural(summary.speakers.length, "speaker")}` +
      (summary.failed > 0 ? `, ${summary.failed} failed` : ""),
    "",
  ];
  const width = String(Math.max(0, ...summary.speakers.map((s) => s.quotes))).length;
  for (const s of summary.speakers) {
    lines.push(`${String(s.quotes).padStart(width)} ${s.quotes === 1 ? "quote " : "quotes"} in ${plural(s.articles, "article")}  ${s.name} (${s.kind})`);
  }
  if (summary.unattributed > 0) lines.push(`${String(summary.unattributed).padStart(width)} ${summary.unattributed === 1 ? "quote " : "quotes"} unattributed`);
  return lines.join("\n") + "\n";
}
