/**
 * The classes of a verb as bits (src/lexicon/verb-classes.ts): `verbClasses` of a lemma, `verbIs` of any of several
 * bits, and the mask a cue carries (`Cue.verb`), which is always its lemma's.
 */
import { findCues } from "../src/attribution/cues";
import { tokenize } from "../src/speakers/tokenize";
import { verbClasses, verbIs, VerbBit } from "../src/lexicon/verb-classes";

describe("verb classes as bits", () => {
  it("reads a lemma's classes, none for a lemma of no class", () => {
    expect(verbIs("tell", VerbBit.HEARER_FIRST)).toBe(true);
    expect(verbIs("say", VerbBit.HEARER_FIRST)).toBe(false);
    expect(verbIs("say", VerbBit.REPORTING | VerbBit.WEAK)).toBe(true);
    expect(verbIs("accuse", VerbBit.REPORTING)).toBe(false);
    expect(verbIs("accuse", VerbBit.REPORTING | VerbBit.WEAK)).toBe(true);
    expect(verbClasses("according to")).toBe(0);
    expect(verbClasses("reveal") & (VerbBit.EVIDENCE | VerbBit.VERBLESS | VerbBit.QUESTION_CLAUSE)).toBe(VerbBit.EVIDENCE | VerbBit.VERBLESS | VerbBit.QUESTION_CLAUSE);
  });

  it("gives each cue the classes of its lemma", () => {
    const text = "The mayor said on Tuesday that the plan failed, according to aides, and she told reporters she had warned them.";
    const tokens = tokenize(text, []);
    const cues = findCues(tokens, 0, tokens.length);
    expect(cues.map((c) => c.lemma)).toEqual(["say", "according to", "tell", "warn"]);
    for (const c of cues) {
      expect(c.verb).toBe(verbClasses(c.lemma));
      expect(c.reporting).toBe(c.sourceAfter || (c.verb & VerbBit.REPORTING) !== 0);
    }
  });
});
