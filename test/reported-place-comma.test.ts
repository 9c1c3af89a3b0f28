import { describe, expect, test } from "@jest/globals";
import { expectReported, reportedTexts } from "./support/reported";

/**
 * A US place written `City, State` (`src/attribution/reported/place-comma.ts`, `src/lexicon/places.ts`): the comma
 * between a city and its state (by name or AP abbreviation) is no clause boundary, no end of an object and no comma
 * before a closing cue's source. Each row: what, the sentence, the content that must be reported, and text no reported
 * item may be (null: none checked).
 */
const PLACES: ReadonlyArray<readonly [what: string, sentence: string, content: string, notItem: string | null]> = [
  ["a stance object runs past `City, St.,`", "Mayor Ivo Brandt criticized Dunmore, Pa., harbor officials for closing the east pier.", "Dunmore, Pa., harbor officials for closing the east pier", "Dunmore"],
  ["a stance object runs past `City, State,`", "The union condemned the Harlow, Kentucky, plant managers for the layoffs.", "the Harlow, Kentucky, plant managers for the layoffs", null],
  ["a clause after `that` keeps a city and a state with a relative after it", "The clerk said Monday that some voters in Pellston, Michigan who registered late complained when the polls closed.", "some voters in Pellston, Michigan who registered late complained when the polls closed", "some voters in Pellston"],
  ["a bare clause keeps `City, St.,` before its verb", "Nadia Okafor said the mill in Brayton, Ga., would close next spring.", "the mill in Brayton, Ga., would close next spring", null],
  ["a two-word state after its city", "Ivo Brandt said the ferry from Keene, New Hampshire, had been cancelled twice.", "the ferry from Keene, New Hampshire, had been cancelled twice", null],
  ["an abbreviation with inner periods", "Marta Lind said the depot in Albany, N.Y., would stay open.", "the depot in Albany, N.Y., would stay open", null],
  ["a state ending the sentence", "Nadia Okafor said the new ferry would be built in Mobile, Ala.", "the new ferry would be built in Mobile, Ala", null],
  ["a list of states is no place: the closing cue is still read", "The board will hold hearings in Ohio, Iowa and Texas, the chairman said.", "The board will hold hearings in Ohio, Iowa and Texas", null],
  ["a state that modifies a closing source's noun opens the source", "The new tax would hurt dairy farmers in Tampa, Florida officials said.", "The new tax would hurt dairy farmers in Tampa", null],
  ["a time before the comma is no city", "On Tuesday, Texas officials said the harbor would close early.", "the harbor would close early", null],
];

describe("a city and its state", () => {
  test.each(PLACES)("%s", (_what, sentence, content, notItem) => {
    const texts = reportedTexts(sentence);
    expect(texts).toContain(content);
    if (notItem !== null) expect(texts).not.toContain(notItem);
  });
});

/** The comma after a city's state closes no appositive: the subject before the city speaks; after a name's comma the place is the name's. */
const SPEAKERS: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["Residents of Pellston, Mich., said the tap water was still brown.", "the tap water was still brown", "Residents"],
  ["Voters in Keene, New Hampshire, said the debate had changed nothing.", "the debate had changed nothing", "Voters"],
  ["In the end, dock workers in Brayton, Ga., said the strike had paid off.", "the strike had paid off", "dock workers"],
  ["Marta Lind, a retiree in Dunmore, Pennsylvania, said the ferry was always late.", "the ferry was always late", "Marta Lind"],
  ["Ivo Brandt, of Mobile, Ala., said the yard would close.", "the yard would close", "Ivo Brandt"],
  ["Nadia Okafor, 41, of Harlow, Ky., said the ferry fares were too high.", "the ferry fares were too high", "Nadia Okafor"],
  ["On Tuesday, pilots in Albany, N.Y., said the harbor was too shallow.", "the harbor was too shallow", "pilots"],
];

describe("a source before a city and its state", () => {
  test.each(SPEAKERS)("%s", (sentence, content, speaker) => {
    expectReported(sentence, "reported-said-clause", content, speaker);
  });
});
