import { describe, expect, test } from "@jest/globals";
import { expectReported, readSentence, reportedTexts } from "./support/reported";

/**
 * Say-cues whose source is found but whose content was not read: a month as the time of saying, a subject that runs
 * past commas, an adverb between the reported clause's subject and its verb, a role word before a name. Each row: the
 * rule that must read the sentence, the content and the speaker (null: a source that names no one).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  // A month, or `in` and a month or a year, between a participle of saying and its `that`, or a verb and its infinitive.
  ["`Since announcing in October that`", "Since announcing in October that she would step down, Nadia Okafor has toured every pier.",
    "reported-fronted-participle", "she would step down", "Nadia Okafor"],
  ["`After announcing in early March that`", "After announcing in early March that the yard would close, Ivo Brandt met the welders.",
    "reported-fronted-participle", "the yard would close", "Ivo Brandt"],
  ["`Announcing in May 2015 that`", "Announcing in May 2015 that he would retire, Ivo Brandt left the board a year later.",
    "reported-fronted-participle", "he would retire", "Ivo Brandt"],
  ["`vowed in May to`", "Nadia Okafor vowed in May to reopen the north pier.", "reported-intention", "to reopen the north pier", "Nadia Okafor"],
  ["`pledged in 2015 to`", "Ivo Brandt pledged in 2015 to cut the harbour toll.", "reported-intention", "to cut the harbour toll", "Ivo Brandt"],
  // A bare clause whose subject holds a prepositional phrase and runs past commas (a list, an appositive) to its verb.
  ["a list after a preposition in the subject", "A union official said complaints from welders, riggers, pilots and cooks were ignored for months.",
    "reported-said-clause", "complaints from welders, riggers, pilots and cooks were ignored for months", null],
  ["an appositive after a preposition in the subject",
    "A board member said letters from Okafor, the harbour master, had angered the welders.",
    "reported-said-clause", "letters from Okafor, the harbour master, had angered the welders", null],
  // An adverb in `-ly` between the reported clause's subject and a short past; a past that is also the bare form.
  ["an adverb before a short past", "The Harbour Gazette later reported that Okafor quietly used a private account to pay the welders.",
    "reported-said-that", "Okafor quietly used a private account to pay the welders", "Harbour Gazette"],
  ["a role word before a name and `put`", "The engineer said former Mayor Ivo Brandt put the repair budget at risk.",
    "reported-said-clause", "former Mayor Ivo Brandt put the repair budget at risk", null],
  ["a name and `cut`", "The engineer said Mayor Brandt cut the repair budget twice.",
    "reported-said-clause", "Mayor Brandt cut the repair budget twice", null],
  // An aside between commas inside the reported clause's subject, before its verb: a participle, a second name.
  ["a participle aside in the subject", "The port authority says cargo ships, numbering 1,200 last year, outnumbered ferries for the first time.",
    "reported-said-clause", "cargo ships, numbering 1,200 last year, outnumbered ferries for the first time", null],
  ["a name aside and a verb of saying as the subject's verb",
    "Nadia Okafor said her brother and partner Ivo Brandt, known as The Welder, wrote most of the union's rules.",
    "reported-said-clause", "her brother and partner Ivo Brandt, known as The Welder, wrote most of the union's rules", "Nadia Okafor"],
  ["a participle and its agent as the aside", "The welders say the levy, run by the harbour board since May, has cost them a week's pay.",
    "reported-said-clause", "the levy, run by the harbour board since May, has cost them a week's pay", "welders"],
];

/** Sentences whose words after the cue are its object, not a clause: the content must not hold the words after the comma. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a participle after the object's comma", "The council declared war on the toll, leading to a dispute that lasted until the board was dissolved in May.",
    "war on the toll, leading to a dispute that lasted until the board was dissolved in May"],
  ["`may` is no month", "The mayor said it may be years before the pier reopens.", "be years before the pier reopens"],
];

/** A fronted `Having` and its participle: the participle's subject is the main clause's, never `Having` itself. */
const NO_STRAY_SPEAKER: readonly string[] = [
  "Having claimed the pier was safe, the board now says it must close.",
  "Having warned that the pier was unsafe for years, the engineers were ignored.",
];

describe("say-cues whose content was not read", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });

  test.each(NO_STRAY_SPEAKER)("no speaker `Having`: %s", (sentence) => {
    const r = readSentence(sentence);
    expect(r.speakers.map((x) => x.name)).not.toContain("Having");
  });
});
