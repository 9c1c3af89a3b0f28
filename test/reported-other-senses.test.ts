import { reportedTexts } from "./support/reported";

/**
 * Sentences where a word read as a cue of saying, or the first words of its content, have another sense: the item
 * once read from them (`misread`) is no longer reported (`no-claim-senses.ts`).
 */
const OTHER_SENSES: ReadonlyArray<readonly [what: string, sentence: string, misread: string]> = [
  ["`states` as the noun of a phrase after the source", "Concerns rose over claims that ballots arrived late, apparently tipping the balance to the Harbour Party in races in far-flung states.", "Concerns rose over claims that ballots arrived late"],
  ["`states` after an adjective of a phrase", "Ferry use fell last year, harbour officials in coastal states.", "Ferry use fell last year"],
  ["a participle of promising before its noun", "Nadia Okafor clinched a majority of regular, pledged delegates.", "Nadia Okafor clinched a majority of regular"],
  ["a participle of vowing before its noun", "The council kept its budget for the pier, vowed projects.", "The council kept its budget for the pier"],
  ["a quality a person shows", "Ivo Brandt performed well in the debates and demonstrated a good grasp of harbour affairs.", "a good grasp of harbour affairs"],
  ["a quality shown, with a possessive", "The bishop, once again, demonstrated his knack for sticking his nose into harbour affairs.", "his knack for sticking his nose into harbour affairs"],
  ["the time of a quotation's saying before a clause", "“We mourn the crew,” Nadia Okafor tweeted the day after a storm sank the ferry off the pier.", "the day after a storm sank the ferry off the pier"],
  ["the time of a saying, a week before", "“The pier is safe,” Ivo Brandt said a week before the storm flooded the harbour.", "a week before the storm flooded the harbour"],
  ["the time of a saying, a month after `last`", "“Just do it,” Nadia Okafor wrote last October after the Gazette published a story about the pier.", "October after the Gazette published a story about the pier"],
  ["the place of a quotation's saying, `aboard`", "“The pier is closed,” Ivo Brandt said aboard the ferry on Monday as it crossed the bay.", "aboard the ferry on Monday as it crossed the bay"],
  ["`states that` after a modifier: a noun and its relative clause", "Coastal states that Nadia Okafor visited voted for the pier.", "Nadia Okafor visited voted for the pier"],
  ["`states that` after a number: a noun and its relative clause", "The 14 states that voted for the harbour levy paid less.", "voted for the harbour levy paid less"],
  ["`maintains` with an object", "Nadia Okafor maintains a lead of ten points in the harbour ward.", "a lead of ten points in the harbour ward"],
];

/** Neighbours of those shapes that still report a claim: each sentence with the content a reported item holds. */
const STILL_REPORTED: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["`states` right after its source", "Ferry use fell sharply last year, the harbour board's report states.", "Ferry use fell sharply last year"],
  ["`maintains` right after its source", "The pier will close in May, the harbour master maintains.", "The pier will close in May"],
  ["a promise whose source follows with a determiner", "The pier will reopen in May, promised the mayor.", "The pier will reopen in May"],
  ["a promise whose source is a name", "The ferries will run, vowed Nadia Okafor.", "The ferries will run"],
  ["a poll showing a willingness", "The poll showed a willingness among commuters to pay higher fares.", "a willingness among commuters to pay higher fares"],
  ["polls showing a lead", "Polls show Nadia Okafor with a comfortable lead in the harbour ward.", "Nadia Okafor with a comfortable lead in the harbour ward"],
  ["a time phrase without a verb, then the claim", "Ivo Brandt said the day after the vote he would resign from the board.", "he would resign from the board"],
  ["a time word, then `that` and the claim", "Nadia Okafor said Tuesday after the vote that the pier would close.", "the pier would close"],
  ["a person showing a finding", "Ivo Brandt showed that the ferries had been late all winter.", "the ferries had been late all winter"],
  // An inflected form of `state` or `maintain` that takes `that`, or its participle, reports as `said that` does.
  ["`stated that`", "Ivo Brandt stated that the ferries had been late all winter.", "the ferries had been late all winter"],
  ["`also stated that` after a pronoun", "Nadia Okafor spoke next. She also stated that the pier would reopen in May.", "the pier would reopen in May"],
  ["`has long maintained that`", "Ivo Brandt has long maintained that the pier was safe.", "the pier was safe"],
  ["`maintained that` after a fronted clause", "Although he regretted the delay, Ivo Brandt maintained that the ferries would run.", "the ferries would run"],
  ["`states that` after a document", "The harbour memo states that the pier must close by May.", "the pier must close by May"],
  ["`states that` after a dash-closed appositive", "Nadia Okafor — who ran the harbour for a decade — states that the pier was never safe.", "the pier was never safe"],
  ["`stating that` as a participle", "Ivo Brandt praised the ferry crews, stating that they had saved the season.", "they had saved the season"],
];

describe("reported speech: words of another sense report no claim", () => {
  test.each(OTHER_SENSES)("%s", (_what, sentence, misread) => {
    expect(reportedTexts(sentence)).not.toContain(misread);
  });
  test.each(STILL_REPORTED)("still reported: %s", (_what, sentence, content) => {
    const texts = reportedTexts(sentence);
    expect(texts.some((t) => t.includes(content)) ? content : texts).toEqual(content);
  });
});
