import { describe, test } from "@jest/globals";
import { expectReported } from "./support/reported";

/**
 * A closing cue whose source after the verb carries a modifier of its own to the sentence's end (`…, said people
 * familiar with the matter.`, `…, said officials briefed on the talks.`): an adjective or a source's participle and its
 * preposition modify the source, as a relative clause does (`…, said Ivo Brandt, who ran it.`), and leave the cue
 * closing its sentence. Each row: the sentence, the content, the speaker's name (part of it).
 */
const CLOSING: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["The harbour board never reviewed the ferry contract, said people familiar with the matter.", "The harbour board never reviewed the ferry contract", "people"],
  ["The yard will cut 40 jobs before the winter, said two people familiar with the plans.", "The yard will cut 40 jobs before the winter", "two people"],
  ["The council had already chosen a contractor, said officials briefed on the talks.", "The council had already chosen a contractor", "officials"],
  ["The mayor will not seek a third term, said aides close to her.", "The mayor will not seek a third term", "aides"],
  ["The pier will stay shut through March, said inspectors involved in the survey.", "The pier will stay shut through March", "inspectors"],
];

describe("closing cue with a modified source after it", () => {
  test.each(CLOSING)("%s", (sentence, content, speaker) => {
    expectReported(sentence, "reported-closing-cue", content, speaker);
  });
});

/**
 * A clause coordinated after a name before a closing cue (`…with Democrats, and the meeting soured from there, said
 * one aide.`) is no appositive of that name: the name is no subject of the cue, whose source stands after it. A second
 * predicate after the name's relative clause leaves the name the subject (`Ivo Brandt, who …, and loudly opposed …,
 * last week said …`). Each row: the sentence, the rule, the content, the speaker's name (part of it; null: unnamed).
 */
const COORDINATED: ReadonlyArray<readonly [sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["Brandt's refusal to answer fully did not go over well with Democrats, and the meeting soured from there, said one council aide in the room.", "reported-closing-cue", "Brandt's refusal to answer fully did not go over well with Democrats, and the meeting soured from there", null],
  ["The plan to close the ferry line did not go down well with Ivo Brandt, and the meeting ended early, said a harbour official.", "reported-closing-cue", "The plan to close the ferry line did not go down well with Ivo Brandt, and the meeting ended early", null],
  ["The ferry company kept losing money on the route with Anna Lindqvist, but the boats ran all winter, said two crew members.", "reported-closing-cue", "The ferry company kept losing money on the route with Anna Lindqvist, but the boats ran all winter", "members"],
  ["Ivo Brandt, who backed the harbour plan, and loudly opposed the ferry tax during the campaign, last week said the yard would close.", "reported-said-clause", "the yard would close", "Ivo Brandt"],
];

describe("closing cue after a clause coordinated with a name", () => {
  test.each(COORDINATED)("%s", (sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
});

/**
 * A closing cue whose content holds an earlier closing cue of another source (`A, the Gazette reported, while B, the
 * Coast Times reported.`, `A, as the Gazette reported on Monday, and B, according to two people.`): each source vouches
 * for its own clause, and the later content starts after the earlier cue and its conjunction. A parenthetical cue
 * inside a subject (`The new pier, officials said, would cost …`) keeps its clause whole. Each row: the sentence, the
 * rule, the content, the speaker's name (part of it).
 */
const INNER_CUE: ReadonlyArray<readonly [sentence: string, rule: string, content: string, speaker: string]> = [
  ["In Norvik, dockers marched with lanterns held high, the Harbour Gazette reported, while in Felton the ferries stayed in port, the Coast Times reported.", "reported-closing-cue", "In Norvik, dockers marched with lanterns held high", "Harbour Gazette"],
  ["In Norvik, dockers marched with lanterns held high, the Harbour Gazette reported, while in Felton the ferries stayed in port, the Coast Times reported.", "reported-closing-cue", "in Felton the ferries stayed in port", "Coast Times"],
  ["Ivo Brandt, the former head of the port authority, also met with the mayor that day, as the Harbour Gazette reported on Monday, and he will help draft the new ferry plan, according to two people briefed on the talks.", "reported-as-reported", "Ivo Brandt, the former head of the port authority, also met with the mayor that day", "Harbour Gazette"],
  ["Ivo Brandt, the former head of the port authority, also met with the mayor that day, as the Harbour Gazette reported on Monday, and he will help draft the new ferry plan, according to two people briefed on the talks.", "reported-according-to", "he will help draft the new ferry plan", "two people"],
  ["The new pier, officials said, would cost $2 million more than planned, the Harbour Gazette reported.", "reported-parenthetical-cue", "The new pier, officials said, would cost $2 million more than planned", "officials"],
];

describe("closing cue after an earlier closing cue in its sentence", () => {
  test.each(INNER_CUE)("%s", (sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });
});

/**
 * A closing cue's prepositional phrase whose noun takes its own infinitive (`…, Brandt said during his council speech
 * to be a harbour commissioner.`) is an adjunct of the cue like any other. Each row: the sentence, the content, the
 * speaker's name (part of it).
 */
const NOUN_INFINITIVE: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["The ferry fares have risen twice since the spring, Brandt said during his council speech to be a harbour commissioner.", "The ferry fares have risen twice since the spring", "Brandt"],
  ["The ferry line will close in June, Brandt said during a council meeting to approve the budget.", "The ferry line will close in June", "Brandt"],
];

describe("closing cue with a noun's infinitive in its adjunct", () => {
  test.each(NOUN_INFINITIVE)("%s", (sentence, content, speaker) => {
    expectReported(sentence, "reported-closing-cue", content, speaker);
  });
});

/**
 * An inverted name after a closing cue with a role of bare words before it (`…, wrote film director Anna Lindqvist,
 * Brandt's niece, on Facebook.`) is the source, whatever names stand before the comma: none of them closes an
 * appositive of the verb. Each row: the sentence, the content, the speaker's name (part of it).
 */
const BARE_ROLE: ReadonlyArray<readonly [sentence: string, content: string, speaker: string]> = [
  ["Ivo Brandt and his wife Mira Kolar, son Tomas and daughter Eva had been sailing together, wrote film director Anna Lindqvist, Brandt's niece, on Facebook.", "Ivo Brandt and his wife Mira Kolar, son Tomas and daughter Eva had been sailing together", "Anna Lindqvist"],
  ["The dockers, the crane drivers and Mira Kolar, had all signed the letter, said harbour pilot Anna Lindqvist.", "The dockers, the crane drivers and Mira Kolar, had all signed the letter", "Anna Lindqvist"],
];

describe("closing cue with an inverted name after a bare role", () => {
  test.each(BARE_ROLE)("%s", (sentence, content, speaker) => {
    expectReported(sentence, "reported-closing-cue", content, speaker);
  });
});
