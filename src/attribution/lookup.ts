import type { Mention } from "../speakers/find-mentions";

/**
 * Constant-time lookups of a sentence's mentions and cues by token index, built once per array and cached,
 * so that rules asking "which mention ends here?" stay linear however many quotations a sentence holds.
 */
export interface MentionIndex {
  readonly byFirst: ReadonlyMap<number, Mention>;
  readonly byLast: ReadonlyMap<number, Mention>;
  readonly byLead: ReadonlyMap<number, Mention>;
}

const mentionCache = new WeakMap<readonly Mention[], MentionIndex>();
/** The latest array asked about and its index: the rules of one sentence ask about the same array in a row. */
let lastMentions: readonly Mention[] | undefined;
let lastIndex: MentionIndex | undefined;

/** Mentions keyed by their first token, the token after their last, and their lead (role included). */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  if (mentions === lastMentions) return lastIndex!;
  let idx = mentionCache.get(mentions);
  if (!idx) {
    const byFirst = new Map<number, Mention>();
    const byLast = new Map<number, Mention>();
    const byLead = new Map<number, Mention>();
    for (const m of mentions) {
      if (!byFirst.has(m.first)) byFirst.set(m.first, m);
      byLast.set(m.last, m);
      if (!byLead.has(m.lead)) byLead.set(m.lead, m);
    }
    idx = { byFirst, byLast, byLead };
    mentionCache.set(mentions, idx);
  }
  lastMentions = mentions;
  lastIndex = idx;
  return idx;
}

/** Index of the first element whose `key` is ≥ `value` in an array sorted by that key. */
export function lowerBound<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Anything that covers a token range: a cue. */
interface TokenRange {
  readonly first: number;
}

const cueCache = new WeakMap<readonly TokenRange[], ReadonlyMap<number, TokenRange>>();

/** Cues (or any token ranges) keyed by their first token. */
export function cuesByFirst<C extends TokenRange>(cues: readonly C[]): ReadonlyMap<number, C> {
  let map = cueCache.get(cues) as ReadonlyMap<number, C> | undefined;
  if (!map) {
    const m = new Map<number, C>();
    for (const c of cues) if (!m.has(c.first)) m.set(c.first, c);
    map = m;
    cueCache.set(cues, map);
  }
  return map;
}
