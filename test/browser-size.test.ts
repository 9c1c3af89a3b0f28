/**
 * The size of the browser build (dist/whosaid.browser.js, built by `npm run build`, which `npm test` runs first),
 * gzipped at level 6 as `npm run bench:size` and `bench:startup` measure it. Deterministic: the same sources give the
 * same bytes. Issue #13 asks for ≤ 100 KB; the bundle is not there (README, Performance: what it is made of and what
 * was tried), so this guards what there is: a change that makes the bundle larger than `BUDGET` must say why, here and
 * in the README.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUNDLE = fileURLToPath(new URL("../dist/whosaid.browser.js", import.meta.url));
/**
 * Most bytes the gzipped bundle may have: 115.1 KB measured once character references were decoded by the browser
 * (2026-12-02); the reported-speech shapes, subject phrases and guards merged after it brought it to 120.5 KB, raised
 * deliberately (README, Performance), plus room for a few rules; the nouns of saying (`reported-noun-claim`, with their
 * bounds and lexicon) brought it to 122.4 KB, raised deliberately to 123 KB; this release's other reported-speech shapes
 * (colon cues, parenthetical and inverted sources, clause starts and ends, restrictive relatives) to 126.6 KB, raised
 * deliberately to 127.5 KB (README, Performance); the source shapes of reported speech (fronted participles, phrases and
 * relatives as sources, verbs sharing a subject after `and`: about 1.1 KB gzipped) to 127.8 KB, raised deliberately to
 * 128 KB; the next release's shapes (passive agents, content after phrases and months, City-State commas, nouns read
 * by their modifier, organisation nouns as sources: about 3.8 KB with their word lists) to 131.6 KB, raised
 * deliberately to 132 KB (README, Performance); the clause boundaries and subject shapes of the release after it
 * (non-finite ends, participle cues, writer's asides after `, and`, phrase subjects: about 1.9 KB) to 133.5 KB,
 * raised deliberately to 134 KB; with the next shapes (caused speech, `As stated in X`, `stated that`, evidence without
 * a speaker: about 0.6 KB) 134.1 KB, raised deliberately to 135 KB; first-person and quantifier sources bring it to
 * 134.9 KB (README, Performance); closing cues after an earlier closing cue, clauses coordinated before an inverted
 * source, bare roles before an inverted name, nouns' infinitives in a cue's adjunct, `complete but unofficial`
 * documents (about 0.4 KB), the subjects of verbs of saying missed on the training articles (`who` after a phrase of
 * things, the subjects of participles, `As X's Y said`, `when I said`: about 0.5 KB), verbs agreeing across a phrase and
 * clause ends after `, though`/`, but` (about 0.2 KB) bring it to about 136.3 KB, raised deliberately to 137 KB; run-on
 * sentences, noun-clause contents and hearsay adverbs (`allegedly`, `reportedly`: about 0.7 KB) to 137.0 KB, raised
 * deliberately to 138 KB; the engine steps of issue #13 that read per-word form bits (`WordForm`, with the word lists
 * they are computed from), character codes and guards instead of set look-ups, string tests and expressions (about
 * 1.7 KB in all, with the entity look-ups by position and the flat copies without a JSON round trip, for 13% fewer
 * instructions on text and 16% on web pages) bring it to 139.1 KB, raised deliberately to 140 KB; the review's shared
 * whitespace test and the nouns of saying read from the per-word mask bring it back to 138.7 KB.
 */
const BUDGET = 140_000;

describe("browser build size", () => {
  if (!existsSync(BUNDLE)) {
    it.skip("skipped: dist/whosaid.browser.js is not built (npm test builds it)", () => {});
    return;
  }

  it(`gzips to at most ${BUDGET / 1000} KB`, () => {
    expect(gzipSync(readFileSync(BUNDLE), { level: 6 }).length).toBeLessThanOrEqual(BUDGET);
  });
});
