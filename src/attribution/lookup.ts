import type { Mention } from "../speakers/find-mentions";

/**
 * Constant-time lookups of a sentence's mentions and cues by token index, built once per array and cached,
 * so that rules asking "which mention ends here?" stay linear however many quotations a sentence holds.
 */
export interface MentionIndex {
  readonly byFirst: Lookup<Mention>;
  readonly byLast: Lookup<Mention>;
  readonly byLead: Lookup<Mention>;
}

/** What the rules ask of an index: the item at a token index (a `ReadonlyMap`'s `get`). */
export interface Lookup<T> {
  get(key: number): T | undefined;
}

/**
 * Arrays up to this long are searched in place rather than indexed: most sentences have a few mentions and cues, and
 * three maps and a weak-map entry per sentence were a good part of what the garbage collector had to do.
 */
const SCAN_MAX = 8;

/** A short array searched in place: the first item (or the last, with `lastWins`) whose `field` equals the key. */
class ScanLookup<T, F extends keyof T> implements Lookup<T> {
  constructor(private readonly items: readonly T[], private readonly field: F, private readonly lastWins: boolean) {}

  get(key: number): T | undefined {
    const { items, field } = this;
    if (this.lastWins) {
      for (let n = items.length - 1; n >= 0; n--) if (items[n]![field] === key) return items[n];
    } else {
      for (let n = 0; n < items.length; n++) if (items[n]![field] === key) return items[n];
    }
    return undefined;
  }
}

/** The index of no mentions, and the lookup of no cues: shared, since many sentences have none. */
const NOTHING: Lookup<never> = { get: () => undefined };
const NO_MENTIONS: MentionIndex = { byFirst: NOTHING, byLast: NOTHING, byLead: NOTHING };

const mentionCache = new WeakMap<readonly Mention[], MentionIndex>();
/** The latest array asked about and its index: the rules of one sentence ask about the same array in a row. */
let lastMentions: readonly Mention[] | undefined;
let lastIndex: MentionIndex | undefined;

/** Mentions keyed by their first token, the token after their last, and their lead (role included). */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  if (mentions.length === 0) return NO_MENTIONS;
  if (mentions === lastMentions) return lastIndex!;
  let idx = mentions.length <= SCAN_MAX
    ? { byFirst: new ScanLookup(mentions, "first", false), byLast: new ScanLookup(mentions, "last", true), byLead: new ScanLookup(mentions, "lead", false) } as MentionIndex
    : mentionCache.get(mentions);
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
export function cuesByFirst<C extends TokenRange>(cues: readonly C[]): Lookup<C> {
  if (cues.length === 0) return NOTHING;
  if (cues.length <= SCAN_MAX) return new ScanLookup(cues, "first", false);
  let map = cueCache.get(cues) as ReadonlyMap<number, C> | undefined;
  if (!map) {
    const m = new Map<number, C>();
    for (const c of cues) if (!m.has(c.first)) m.set(c.first, c);
    map = m;
    cueCache.set(cues, map);
  }
  return map;
}
