/**
 * The CLI's quote filters: `--speaker NAME`, `--min-confidence X`, `--kind K[,K…]`. A filtered
 * result keeps the quotes that pass every filter, the speakers that still have a quote, and the
 * paragraphs, title and warnings as they were.
 */
import type { QuoteKind, Result, Speaker } from "../types";

/** The filters asked for; an empty object filters nothing. */
export interface QuoteFilters {
  /** Keep quotes whose speaker has this name or alias (case, accents and spacing ignored; whole words). */
  readonly speaker?: string;
  /** Keep quotes with at least this confidence. */
  readonly minConfidence?: number;
  /** Keep quotes of these kinds. */
  readonly kinds?: readonly QuoteKind[];
}

/** Lower-cased, accent-free words of a name: "Mayor Hélène  Varga" → ["mayor", "helene", "varga"]. */
export function nameWords(name: string): string[] {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether the words of `wanted` appear, in order and next to each other, in `name`. */
function containsWords(name: string, wanted: readonly string[]): boolean {
  const words = nameWords(name);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    let k = 0;
    while (k < wanted.length && words[i + k] === wanted[k]) k++;
    if (k === wanted.length) return true;
  }
  return false;
}

/**
 * Whether a speaker answers to `wanted`: its canonical name or an alias contains the words of
 * `wanted` as whole words ("varga", "Helena Varga" and "VÁRGA" all match "Mayor Helena Varga";
 * "Varg" does not).
 */
export function speakerMatches(speaker: Pick<Speaker, "name" | "aliases">, wanted: string): boolean {
  const words = nameWords(wanted);
  if (words.length === 0) return false;
  return containsWords(speaker.name, words) || speaker.aliases.some((a) => containsWords(a, words));
}

/** Whether any filter is set. */
export function hasFilters(filters: QuoteFilters): boolean {
  return filters.speaker !== undefined || filters.minConfidence !== undefined || filters.kinds !== undefined;
}

/** The result with only the quotes that pass the filters (and only the speakers who keep a quote). */
export function filterResult(result: Result, filters: QuoteFilters): Result {
  if (!hasFilters(filters)) return result;
  const wantedSpeakers =
    filters.speaker === undefined ? null : new Set(result.speakers.filter((s) => speakerMatches(s, filters.speaker!)).map((s) => s.id));
  const quotes = result.quotes.filter(
    (q) =>
      (wantedSpeakers === null || (q.speaker !== null && wantedSpeakers.has(q.speaker))) &&
      (filters.minConfidence === undefined || q.confidence >= filters.minConfidence) &&
      (filters.kinds === undefined || filters.kinds.includes(q.kind)),
  );
  const kept = new Set(quotes.map((q) => q.id));
  const speakers = result.speakers
    .map((s) => ({ ...s, quotes: s.quotes.filter((id) => kept.has(id)) }))
    .filter((s) => s.quotes.length > 0);
  return { ...result, quotes, speakers };
}
