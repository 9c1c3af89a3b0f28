import type { Mention } from "../speakers/find-mentions";

/** A sentence's mentions by a token index: the mention that starts (ends, leads) there, if any. */
export interface MentionLookup {
  get(token: number): Mention | undefined;
}

/**
 * Lookups of a sentence's mentions and cues by token index, built once per array and cached, so that rules asking
 * "which mention ends here?" stay linear however many quotations a sentence holds.
 */
export interface MentionIndex {
  readonly byFirst: MentionLookup;
  readonly byLast: MentionLookup;
  readonly byLead: MentionLookup;
}

/**
 * Up to this many mentions, a lookup scans the array: cheaper than building three maps for the few mentions a
 * sentence usually has, and the same answers (the first mention with that first token or lead, the last with that end).
 */
const SCAN_MAX = 12;

/** The first of a short array of mentions that starts at a token, by scanning it. */
class FirstScan implements MentionLookup {
  constructor(private readonly mentions: readonly Mention[]) {}
  get(k: number): Mention | undefined {
    for (const m of this.mentions) if (m.first === k) return m;
    return undefined;
  }
}

/** The last of a short array of mentions that ends before a token. */
class LastScan implements MentionLookup {
  constructor(private readonly mentions: readonly Mention[]) {}
  get(k: number): Mention | undefined {
    for (let n = this.mentions.length - 1; n >= 0; n--) if (this.mentions[n]!.last === k) return this.mentions[n];
    return undefined;
  }
}

/** The first of a short array of mentions whose lead is a token. */
class LeadScan implements MentionLookup {
  constructor(private readonly mentions: readonly Mention[]) {}
  get(k: number): Mention | undefined {
    for (const m of this.mentions) if (m.lead === k) return m;
    return undefined;
  }
}

const mentionCache = new WeakMap<readonly Mention[], MentionIndex>();
/** The latest array asked about and its index: the rules of one sentence ask about the same array in a row. */
let lastMentions: readonly Mention[] | undefined;
let lastIndex: MentionIndex | undefined;

/** Mentions keyed by their first token, the token after their last, and their lead (role included). */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  if (mentions === lastMentions) return lastIndex!;
  let idx: MentionIndex | undefined;
  // A short array is scanned: its lookups cost less to make again than to keep in the cache.
  if (mentions.length <= SCAN_MAX) idx = { byFirst: new FirstScan(mentions), byLast: new LastScan(mentions), byLead: new LeadScan(mentions) };
  else idx = mentionCache.get(mentions);
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

/** Token ranges by their first token. */
export interface RangeLookup<C> {
  get(first: number): C | undefined;
}

/** The first of a short array of cues that starts at a token, by scanning it. */
class RangeScan<C extends TokenRange> implements RangeLookup<C> {
  constructor(private readonly ranges: readonly C[]) {}
  get(first: number): C | undefined {
    for (const c of this.ranges) if (c.first === first) return c;
    return undefined;
  }
}

/** Cues (or any token ranges) keyed by their first token (the first cue starting there). */
export function cuesByFirst<C extends TokenRange>(cues: readonly C[]): RangeLookup<C> {
  // A sentence has few cues: scanning them costs less than a map and its cache entry.
  if (cues.length <= SCAN_MAX) return new RangeScan(cues);
  let map = cueCache.get(cues) as ReadonlyMap<number, C> | undefined;
  if (!map) {
    const m = new Map<number, C>();
    for (const c of cues) if (!m.has(c.first)) m.set(c.first, c);
    map = m;
    cueCache.set(cues, map);
  }
  return map;
}
