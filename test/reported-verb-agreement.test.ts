import { describe, expect, test } from "@jest/globals";
import { reportedTexts } from "./support/reported";

/**
 * A clause's verb that agrees with a plural across a phrase modifying it (`src/attribution/reported/phrase-agreement.ts`,
 * read by `hasFiniteVerb` and `subjectVerb` in `clause-words.ts`): `revelations about the plan show the need`, where
 * the bare form follows a singular noun, is the verb when its object opens plainly. Invented sentences; each row: what,
 * the sentence, the content it reports.
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["`about` phrase, after `that`", "Okafor said that revelations about the ferry contract show the need for an audit.",
    "revelations about the ferry contract show the need for an audit"],
  ["`about` phrase, a bare clause", "Okafor said revelations about the ferry contract show the need for an audit.",
    "revelations about the ferry contract show the need for an audit"],
  ["a name and a possessive inside the phrase", "The port office is saying that revelations about ferry operator Lena Ortiz’s tax history show the need for new rules.",
    "revelations about ferry operator Lena Ortiz’s tax history show the need for new rules"],
  ["`of` phrase, a verb the lexicon reads as bare", "Okafor said members of the harbour board want a new vote.",
    "members of the harbour board want a new vote"],
  ["`in` phrase, a bare form before its object", "Okafor said residents in the old ferry district oppose the new fee.",
    "residents in the old ferry district oppose the new fee"],
  ["`of` phrase before a name as object", "Okafor wrote that critics of the harbour plan back Mayor Ortiz on the delay.",
    "critics of the harbour plan back Mayor Ortiz on the delay"],
];

/** Phrases that stay verbless: the noun after the phrase is no verb before a time, another phrase or a relative. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string]> = [
  ["`this week` after the phrase is a time", "Okafor noted complaints about the ferry schedule this week."],
  ["a weekday after the phrase is a time", "Okafor said complaints about the ferry schedule Friday."],
  ["a second phrase after the noun", "Okafor said complaints about the ferry schedule in the morning."],
  ["a singular before the phrase agrees with no bare form", "Okafor said the review of the budget process the same way."],
];

describe("verbs agreeing with a plural across a phrase", () => {
  test.each(FOUND)("%s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
  test.each(NOT_FOUND)("%s", (_what, sentence) => {
    expect(reportedTexts(sentence)).toEqual([]);
  });
});
