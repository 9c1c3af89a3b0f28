import { expectReported, reportedTexts } from "./support/reported";

/**
 * What counts as a clause's verb and where a clause inside the sentence's subject ends
 * (`src/attribution/reported/clause-words.ts`, `restrictive-relative.ts`, `closing-cue.ts`): a word in `-s` after a
 * quantifier or after a determiner and an adjective is a plural noun, not a verb (`some delays`, `his closest
 * advisers`); a restrictive relative in the subject reports up to the sentence's own verb (`The inspector who said the
 * pier was safe | was dismissed`); a copula before a parenthetical cue leaves its clause open (`It was, he said, …`);
 * a demonym the article gave as a person's surname is that person before a verb (`Elena German …; German also said`,
 * `src/speakers/find-mentions.ts`).
 */

/** Sentences whose only reading is a noun phrase or a clause running into the sentence's verb: nothing reported that holds `notIn`. */
const REFUSED: ReadonlyArray<readonly [what: string, sentence: string, notIn: string]> = [
  ["a quantifier and a plural are a noun phrase, not a clause", "Ivo Brandt said some delays in the ferry timetable.", "delays"],
  ["a possessive, an adjective and a plural are a noun phrase", "Ivo Brandt mentioned his closest advisers at the yard.", "advisers"],
  ["a relative clause in the subject ends before the sentence's verb, or is not reported", "The clerk who revealed that the accounts were false was fined by the court.", "fined"],
  ["a subject relative's content never holds the sentence's verb", "The inspector who said the pier was safe was dismissed last week.", "dismissed"],
];

/** Sentences that report `content`. */
const REPORTED: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a quantifier's plural before a verb group is the clause's subject", "Ivo Brandt said many ferries had been delayed by the storm.", "many ferries had been delayed by the storm"],
  ["a possessive's adjective and plural before a verb group", "Nadia Okafor said her closest advisers had warned her about the lease.", "her closest advisers had warned her about the lease"],
  ["`both` with an adjective and a plural", "Nadia Okafor said both old ferries would be sold.", "both old ferries would be sold"],
  ["a subject relative's clause ends before the sentence's verb group", "The inspector who said the pier was safe was dismissed last week.", "the pier was safe"],
  ["a subject relative's clause ends before a past-tense verb", "Divers who said the wreck was old left the harbour on Monday.", "the wreck was old"],
  ["a subordinate clause inside the content keeps its own verb", "Voters who said they would be angry if the ferry company won the contract were asked again in May.", "they would be angry if the ferry company won the contract"],
  ["a comma closes the subject relative before the sentence's verb", "Officials who said the bridge was unsafe, however, kept it open.", "the bridge was unsafe"],
  ["a relative inside the content is not the subject's", "Ivo Brandt said the inspector who approved the lease was fired.", "the inspector who approved the lease was fired"],
  ["a copula before a parenthetical cue: the content runs around the cue", "Ivo Brandt, the harbour master, spoke on Monday. It was, he said, one of the worst storms of his career.", "It was, he said, one of the worst storms of his career"],
  ["a month that spells a modal is no open clause", "The pier would close in May, Ivo Brandt said, a week after the storm.", "The pier would close in May"],
  ["a copula before a parenthetical cue, not a closing cue", "Ivo Brandt, the harbour master, spoke on Monday. The lease was, he said, a gift to the ferry company.", "The lease was, he said, a gift to the ferry company"],
];

describe("reported subject clauses", () => {
  test.each(REFUSED)("%s", (_what, sentence, notIn) => {
    expect(reportedTexts(sentence).filter((t) => t.includes(notIn))).toEqual([]);
  });
  test.each(REPORTED)("%s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
});

/** A demonym as a surname: the person before a verb, the nationality before a noun. */
const SURNAMES: ReadonlyArray<readonly [what: string, sentence: string, content: string, speaker: string]> = [
  ["a demonym given as a surname, then before `also said`", "Elena German, who runs the ferry company, spoke on Tuesday. German also said the fares would rise in May.", "the fares would rise in May", "Elena German"],
  ["a demonym given as a surname, then before `said`", "Paul French spoke at the harbour on Tuesday. French said the pier would reopen in June.", "the pier would reopen in June", "Paul French"],
  ["a demonym before a noun stays the nationality", "Elena German spoke on Tuesday. German officials said the fares would rise in May.", "the fares would rise in May", "German officials"],
];

describe("demonyms as surnames", () => {
  test.each(SURNAMES)("%s", (_what, sentence, content, speaker) => {
    expectReported(sentence, "reported-said-clause", content, speaker);
  });
});
