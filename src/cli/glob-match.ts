/**
 * Matching one glob segment (`*`, `?`, everything else literal) against a file name without a
 * regular expression: `*a*a*a*a*b` compiled to `^[^/]*a[^/]*a…b$` backtracks exponentially-ish
 * over a long name of `a`s (36 s for 200 characters). Here the pattern is split at its stars;
 * the first piece must match at the start, the last at the end, and each middle piece is taken
 * at its leftmost match — which is always safe for globs, since a star can absorb whatever a
 * later match would have skipped. Time is O(name × pattern) at worst, with no backtracking.
 */

/** Whether `piece` (code points, `?` matching any one) matches `name` at position `at`. */
function matchesAt(name: readonly string[], at: number, piece: readonly string[]): boolean {
  if (at + piece.length > name.length) return false;
  for (let k = 0; k < piece.length; k++) {
    if (piece[k] !== "?" && piece[k] !== name[at + k]) return false;
  }
  return true;
}

/** Leftmost position at or after `from` (and at most `limit - piece.length`) where `piece` matches, or -1. */
function find(name: readonly string[], from: number, limit: number, piece: readonly string[]): number {
  for (let at = from; at + piece.length <= limit; at++) if (matchesAt(name, at, piece)) return at;
  return -1;
}

/** A compiled glob segment. */
export interface SegmentMatcher {
  test(name: string): boolean;
}

/** Compiles one glob segment (no `/` in it): `*` any run of characters, `?` one character. */
export function compileSegment(segment: string): SegmentMatcher {
  const pieces = segment.split("*").map((p) => Array.from(p));
  return {
    test(nameString: string): boolean {
      const name = Array.from(nameString);
      if (pieces.length === 1) return name.length === pieces[0]!.length && matchesAt(name, 0, pieces[0]!);
      const head = pieces[0]!;
      const tail = pieces[pieces.length - 1]!;
      if (head.length + tail.length > name.length) return false;
      if (!matchesAt(name, 0, head) || !matchesAt(name, name.length - tail.length, tail)) return false;
      let pos = head.length;
      const limit = name.length - tail.length;
      for (let i = 1; i < pieces.length - 1; i++) {
        const piece = pieces[i]!;
        const at = find(name, pos, limit, piece);
        if (at < 0) return false;
        pos = at + piece.length;
      }
      return true;
    },
  };
}
