import { extractQuotes } from "../src/index";
import { readSentence } from "./support/reported";

/** Reported items of a one-sentence article (a headline first, so the sentence is a body paragraph). */
function reported(sentence: string): Array<[text: string, rule: string]> {
  return readSentence(sentence).quotes.filter((q) => q.kind === "indirect").map((q) => [q.text, q.rule]);
}

/** Sentences whose shape reads no claim, each with the rule that used to read one. */
const NOT_CLAIMS: ReadonlyArray<readonly [rule: string, what: string, sentence: string]> = [
  ["reported-said-clause", "an object whose comma opens an inverted condition", "The harbour master added a note of caution, should the storm turn north again."],
  ["reported-said-clause", "an object whose comma opens an appositive", "For the first time, the board's plan specifically mentions its defense of the old pier, the landmark that is being studied by the council for its decay."],
  ["reported-said-clause", "an object whose comma opens a time phrase", "Harbourton's mayor on Sunday tweeted a chart of wildly inaccurate ferry statistics, just a day after commuters physically blocked the pier."],
  ["reported-said-clause", "an object with an adjective in -ed and commas", "Late last month, the company wrote a detailed, six-page letter to the harbour's chair, Nadia Okafor, calling the plan reckless."],
  ["reported-said-clause", "a time clause after the verb", "Councillor Ivo Brandt said after the clerk failed to appear at the hearing he had been summoned to."],
  ["reported-indirect-question", "a `when` that dates the saying", "That was what Nadia Okafor said when she resigned from the harbour board in 2019."],
  ["reported-indirect-question", "a `when` after a hearer", "The pier will stay shut, Ivo Brandt told the Harbour Gazette when asked about the ferries."],
  ["reported-speech-object", "a beneficiary pronoun after `deny`", "If the crews failed, the board could deny them fishing permits until the work was completed."],
  ["reported-stance", "an object whose judgment is quoted", "Councillor Ivo Brandt dismissed the plan as “a reckless gamble” on Tuesday."],
  ["reported-stance", "an object named by a quotation", "Councillor Ivo Brandt condemned what he called a “shameful delay” at the pier."],
  ["reported-stance", "a hypothetical stance", "Only a court could question the board's handling of the contract."],
  ["reported-said-that", "a relative `that` after a noun", "On Sunday, Ivo Brandt even echoed the mayor's defence of the closure of Harbourton, saying most crews wanted to leave the union, remarks that were prominently featured on harbour radio."],
  ["reported-evidence", "a person's find, not evidence", "In Harbourton, Nadia Okafor found a receptive audience for her plan to rebuild the pier."],
  ["reported-intention", "an infinitive whose object a relative took", "The crews ignored the new rota, which the harbour board has vowed to enforce."],
  ["reported-intention", "an infinitive of `do` after `what`", "That is pretty much what Ivo Brandt has threatened to do."],
  ["reported-poll", "an infinitive of `do` after a poll's quantity", "Nadia Okafor did not resign, something many dockers had urged her to do."],
  ["reported-poll", "a hypothetical hope", "Many commuters would hope their new ferries were faster."],
  ["reported-belief", "an object whose participle follows an adverb", "Nadia Okafor assumed a newly created role at the harbour board."],
  ["reported-said-clause", "a hearer whose participle is an adjective", "Ivo Brandt insisted to the gathered cameras."],
  ["reported-stance", "an object cut at its quoted judgment", "Councillor Ivo Brandt decried the “reckless” plan for the pier."],
  ["reported-call-for", "an object cut at its quoted words", "Nadia Okafor warned against the “fevered dreams” of the council."],
  ["reported-told-hearer", "a relative `that` of the hearer, its verb a past form", "Ivo Brandt told a crowd at the harbour that gathered outside the town hall."],
  ["reported-said-clause", "`it` as the object of `said`", "Nadia Okafor may have said it best when she spoke at the pier."],
  ["reported-poll", "a verb form after a superlative, a noun", "This reeks of some of the greatest fear that I have seen at the pier."],
  ["reported-poll", "a verb form after a count, a noun", "The harbour fund covers 18 ports, helping pay for more than 3,500 projects."],
  ["reported-speech-object", "an object that is only the time of the saying", "Nadia Okafor, as the council noted this week, even backed the plan."],
  ["reported-stance", "an object that is only a weekday", "The plan, which Ivo Brandt denounced Thursday, would close the pier."],
  ["reported-as-reported", "a verb of speaking without content, which dates the clause", "As Ivo Brandt spoke, the dockers were walking off the pier."],
  ["reported-belief", "`that` as the determiner of `way`", "Nadia Okafor may now feel that way herself as she winds down her campaign for the council."],
  ["reported-intention", "`to` before a determiner, a preposition", "“The pier will close,” Ivo Brandt told the Gazette in response to a question about the ferries."],
  ["reported-intention", "an infinitive whose object a relative clause without its relative word took", "Officials ignore the smugglers they refuse to define: harbour smugglers."],
  ["reported-intention", "a participle after a count, an adjective", "Nadia Okafor leads Ivo Brandt by 271 pledged delegates according to a count by the Harbour Gazette."],
  ["reported-speech-object", "a refusal to a possessive beneficiary", "The board denied his crew the permit and jailed him."],
  ["reported-speech-object", "a refusal to a named beneficiary", "The council denied Ivo Brandt a final vote on the pier."],
  ["reported-poll", "a hypothetical saying", "Some would say the ferries are late again."],
  ["reported-said-clause", "a hypothetical saying of a name", "Nadia Okafor would say the pier is safe if asked."],
  ["reported-said-clause", "a yes/no question", "Did Ivo Brandt say the ferries would stop?"],
  ["reported-said-clause", "`said to be`", "The report said to be drafted by the council has vanished."],
  ["reported-said-clause", "an object described by a participle and its agent", "The harbour boasts the one small café, guarded by two lions."],
  ["reported-said-clause", "an object whose only verb is its relative clause's", "Ivo Brandt has throughout his campaign boasted a loyal band of dockers who defend him at every meeting."],
  ["reported-said-clause", "the place of a quotation's saying", "“The pier stays open,” Nadia Okafor said at a meeting organised by the dockers in Harbourton this week."],
  ["reported-evidence", "a place showing a quality", "Harbourton showed a slow but steady recovery for the ferry trade."],
  ["reported-evidence", "a name finding a thing of its own", "Okafor found her voice on the pier closure again."],
  ["reported-intention", "a form in -ing after a degree word, an adjective", "Okafor fares better in the northern polls, and winning them would thwart one of Brandt's most promising paths to victory."],
  ["reported-closing-cue", "a noun of saying after the source's own verb", "Because the tide was high, Brandt made no mention of the pier."],
  ["reported-closing-cue", "a noun of warning after the source's own verb", "Though the pier could close, Brandt gave no warning."],
  ["reported-speech-object", "a refusal to a named beneficiary with an appositive", "Okafor could lose because she denied Ivo Brandt, the mayor’s nominee for the harbour board, a confirmation hearing before her panel."],
  ["reported-evidence", "a finding under a condition", "The files may go public if the court found an enhanced interest in them."],
  ["reported-promise-infinitive", "a promise under `unless`", "The dockers will strike unless Okafor promises to repair the pier."],
  ["reported-said-clause", "a saying under `unless`", "The dockers will strike unless Okafor says the pier will reopen."],
  ["reported-speech-object", "an announcement under `if`", "The board will act if Okafor announces her resignation."],
  ["reported-intention", "a passive with a negation between `be` and the participle", "Brandt was not asked to speak at the meeting though he would do well."],
  ["reported-said-that", "a negated passive of `told`", "Okafor was not told that the pier would close."],
  ["reported-said-that", "a passive with a negated `be`", "Okafor wasn’t told that the pier would close."],
  ["reported-said-clause", "an object whose last word, a plural after a preposition, is its only verb", "Meanwhile, Okafor claimed the prize for beating expectations."],
  ["reported-said-clause", "an object of modifiers and a plural, without a determiner", "Three ferry lines reported year-over-year ticket declines."],
  ["reported-closing-cue", "a fronted adverbial alone, its main clause after the cue", "In the early 1990s, Okafor said, when she was earning little, a boss invited her to lunch."],
  ["reported-closing-cue", "a fronted time clause alone, its main clause after the cue", "When the crews' turn came and they were announced, Brandt said in an interview, the mayor looked at him oddly."],
  ["reported-said-clause", "an object with a preposition before a colon", "Okafor recalled the long freeze on harbour pilot rates: “It was hard for the crews.”"],
];

/** Shapes next to the ones above that still report their claim. */
const CLAIMS: ReadonlyArray<readonly [rule: string, what: string, sentence: string, content: string]> = [
  ["reported-said-clause", "a subject pronoun", "Nadia Okafor said she would reopen the terminal in April.", "she would reopen the terminal in April"],
  ["reported-said-clause", "a subject with its verb", "Nadia Okafor said the welders had been paid late.", "the welders had been paid late"],
  ["reported-parenthetical-cue", "a fronted adverbial, the cue, then the main clause", "In the early 1990s, Okafor said, when she was earning little, a boss invited her to lunch.", "In the early 1990s, Okafor said, when she was earning little, a boss invited her to lunch"],
  ["reported-closing-cue", "a fronted adverbial inside the clause before a closing cue", "After the vote the board will meet again, Okafor said.", "After the vote the board will meet again"],
  ["reported-closing-cue", "a fronted adverbial inside the clause before a cue and its participle", "After the vote the board will meet again, Okafor said, adding that the pier would stay shut.", "After the vote the board will meet again"],
  ["reported-said-clause", "a subject with a preposition, its verb before a plural object", "Nadia Okafor said families of the crews would file claims.", "families of the crews would file claims"],
  ["reported-said-clause", "a plural subject with a preposition, its verb a word also read as a noun", "Nadia Okafor said the welders at the pier sign contracts.", "the welders at the pier sign contracts"],
  ["reported-said-clause", "a quantifier and a plural, its verb a word also read as a noun", "Nadia Okafor said all welders sign contracts.", "all welders sign contracts"],
  ["reported-said-clause", "a subject with a preposition, then its verb", "Nadia Okafor said the cost of the repairs had risen sharply.", "the cost of the repairs had risen sharply"],
  ["reported-said-clause", "an appositive closed by the verb", "Nadia Okafor said Ivo Brandt, a councillor since 2015, had voted against the plan.", "Ivo Brandt, a councillor since 2015, had voted against the plan"],
  ["reported-said-clause", "a participle phrase between commas", "Nadia Okafor said the plan, drafted in March, would cost less.", "the plan, drafted in March, would cost less"],
  ["reported-said-clause", "a long subject", "Nadia Okafor said the cost of repairing the two cranes at the northern end of the old pier would double.", "the cost of repairing the two cranes at the northern end of the old pier would double"],
  ["reported-said-clause", "a time phrase, then the clause", "Nadia Okafor said after the vote she would not stand again.", "after the vote she would not stand again"],
  ["reported-said-that", "a phrase after a name's verb, no quotation before", "Nadia Okafor said at the meeting that the pier would close.", "the pier would close"],
  ["reported-said-that", "a quotation's cue, then `that`", "“We won,” Nadia Okafor said at the pier that the vote had been fair.", "the vote had been fair"],
  ["reported-document", "a document showing a thing", "The harbour survey showed a sharp drop in ferry trips.", "a sharp drop in ferry trips"],
  ["reported-evidence", "an organisation finding a thing", "The Harbour Revenue Office found a shortfall of two million in the accounts.", "a shortfall of two million in the accounts"],
  ["reported-document", "a poll showing a person with a lead", "The Harbour Gazette poll shows Okafor with a lead of ten points.", "Okafor with a lead of ten points"],
  ["reported-speech-object", "a progressive form in -ing", "Brandt is promising a new pier.", "a new pier"],
  ["reported-indirect-question", "a negated progressive, whose subject does the saying", "But Okafor isn't saying what other ferries she would cut.", "what other ferries she would cut"],
  ["reported-speech-object", "a denial of a clause whose subject has an appositive", "Okafor denied Brandt, her deputy, had left the pier.", "Brandt, her deputy, had left the pier"],
  ["reported-belief", "a belief under a condition, still held", "Brandt can appeal if he thinks that the judge erred.", "the judge erred"],
  ["reported-said-that", "a condition inside the content", "Okafor said that the pier would close if the storm returned.", "the pier would close if the storm returned"],
  ["reported-said-that", "a negated active verb", "Okafor did not say that the pier would close.", "the pier would close"],
  ["reported-closing-cue", "a source whose relative clause has its own verb", "The pier will close, people who attended the meeting said.", "The pier will close"],
  ["reported-closing-cue", "an adverb between the source and the cue", "The pier will close, Okafor has long said.", "The pier will close"],
  ["reported-evidence", "a name showing a person ahead", "Harbour Radio showed Okafor ahead in the north.", "Okafor ahead in the north"],
  ["reported-indirect-question", "a fronted time clause closed by a comma", "Nadia Okafor said when the ferries return, fares will fall.", "when the ferries return, fares will fall"],
  ["reported-indirect-question", "a `when` after a withheld saying", "Nadia Okafor would not say when the terminal would reopen.", "when the terminal would reopen"],
  ["reported-stance", "an object with no quoted judgment", "Councillor Ivo Brandt criticised the board's handling of the contract.", "the board's handling of the contract"],
  ["reported-promise-infinitive", "an intention after a modal", "Nadia Okafor would pledge to reopen the terminal by April if elected.", "to reopen the terminal by April if elected"],
  ["reported-said-that", "a demonstrative `that` as the subject", "Asked about the delays, Nadia Okafor said that was the price of safety.", "that was the price of safety"],
  ["reported-evidence", "a poll's evidence without a verb", "The new poll shows Nadia Okafor with a lead of ten points.", "Nadia Okafor with a lead of ten points"],
  ["reported-intention", "an infinitive with its object", "The harbour board has vowed to enforce the new rota.", "to enforce the new rota"],
  ["reported-poll", "a hope without a modal", "Many commuters hope the new ferries will arrive sooner.", "the new ferries will arrive sooner"],
  ["reported-said-clause", "a participle after its subject", "Nadia Okafor said the revised plans worked.", "the revised plans worked"],
  ["reported-speech-object", "a speech verb's object holding a quoted word", "Nadia Okafor denied the “reckless” claims of the council.", "the “reckless” claims of the council"],
  ["reported-poll", "a share of those asked, after an adverb", "Now, 52 percent said the ferries should run at night.", "the ferries should run at night"],
  ["reported-poll", "a share counted in tens", "Nearly eight of 10 commuters say they plan to take the ferry.", "they plan to take the ferry"],
  ["reported-intention", "an infinitive inside a fronted subordinate clause", "Even as the dockers vowed to keep the pier open, the council voted to close it.", "to keep the pier open"],
  ["reported-intention", "a hearer's infinitive inside a fronted subordinate clause", "When Nadia Okafor urged the crews to stay at the pier, the council voted to cut their pay.", "the crews to stay at the pier"],
  ["reported-intention", "an infinitive closed by a reporting participle", "Nadia Okafor refused to speculate on the vote, adding that she would be away that week.", "to speculate on the vote"],
  ["reported-intention", "a hearer's infinitive closed by a reporting participle", "The dockers urged the council not to close the pier, noting that the ferries still ran.", "the council not to close the pier"],
  ["reported-as-reported", "a clause after its fronted cue, with a subordinate clause of its own", "As the Harbour Gazette reported, if the ferries stop, the town will suffer.", "the town will suffer"],
  ["reported-said-clause", "a description with a number, not a share, as the subject", "The 57-year-old scientist says she plans to retire.", "she plans to retire"],
  ["reported-told-hearer", "a participle before its noun after the hearer's `that`", "Ivo Brandt told the board that increased costs would sink the plan.", "increased costs would sink the plan"],
  ["reported-told-hearer", "a plural noun after the hearer's `that`", "Nadia Okafor told investors that concerns about the pier were overblown.", "concerns about the pier were overblown"],
  ["reported-stance", "a demonstrative object, no time", "The dockers say the pier is theirs, although the board disputes this.", "this"],
  ["reported-asked", "a year before the verb", "A council leaflet in 2008 questioned whether the ferries were safe.", "whether the ferries were safe"],
  ["reported-as-reported", "a verb of reporting in the clause of manner", "As Ivo Brandt reported, the dockers were walking off the pier.", "the dockers were walking off the pier"],
  ["reported-indirect-question", "a refusal to say, negated after its modal", "Nadia Okafor could not say whether the ferries would run.", "whether the ferries would run"],
  ["reported-said-clause", "a future saying", "Nadia Okafor will say the pier is safe.", "the pier is safe"],
  ["reported-said-that", "`said to` a hearer", "Ivo Brandt said to reporters that the pier would close.", "the pier would close"],
  ["reported-said-clause", "a subject with a participle and its agent between commas", "Nadia Okafor said the plan, drafted by the council in March, would cost less.", "the plan, drafted by the council in March, would cost less"],
  ["reported-said-clause", "a subject with a relative clause, then its verb", "Nadia Okafor said the dockers who defend the pier were unpaid.", "the dockers who defend the pier were unpaid"],
  ["reported-speech-object", "a denied object with a preposition after it", "Nadia Okafor later denied her remarks in a separate interview with the Gazette.", "her remarks in a separate interview with the Gazette"],
  ["reported-speech-object", "a denied object with its own relative clause", "Nadia Okafor denied the charges the council brought.", "the charges the council brought"],
  ["reported-intention", "a hearer and the verb's particle before a `to` of place", "Nadia Okafor entered the race by warning candidates against moving too far to the left.", "candidates against moving too far to the left"],
];

describe("reported speech that is no claim", () => {
  test("reported-said-that: nothing for the writer's aside, though `it` may stand for an organisation", () => {
    const r = extractQuotes("Harbour news\n\nThe Harbour Revenue Office is auditing the accounts.\n\n" +
      "It's worth noting that this is the first time in the harbour's history that the question has had to be asked of a serious candidate.");
    expect(r.quotes.filter((q) => q.kind === "indirect").map((q) => q.text)).toEqual([]);
  });

  test("reported-said-that: nothing for a saying that did not happen, though `it` may stand for an organisation", () => {
    const r = extractQuotes("Harbour news\n\nThe Harbour Revenue Office is auditing the accounts.\n\n" +
      "It goes without saying that raising fees on the ferries is anathema to the dockers.");
    expect(r.quotes.filter((q) => q.kind === "indirect").map((q) => q.text)).toEqual([]);
  });

  test.each(NOT_CLAIMS)("%s: nothing for %s", (rule, _what, sentence) => {
    expect(reported(sentence).filter(([, r]) => r === rule)).toEqual([]);
  });

  test.each(CLAIMS)("%s: still read for %s", (rule, _what, sentence, content) => {
    expect(reported(sentence)).toContainEqual([content, rule]);
  });
});

describe("the filters on any text", () => {
  test.each([
    ["a clause that ends in a comma", "told reporters said the ,"],
    ["a comma after the object at the text's end", "Nadia Okafor said the pier ,"],
    ["a time word at the text's end", "Nadia Okafor said after"],
    ["an object pronoun at the text's end", "Nadia Okafor denied them"],
  ])("%s gives a valid result", (_what, text) => {
    expect(() => extractQuotes(text)).not.toThrow();
    expect(() => extractQuotes(`<p></p>${text}<script>var x=1;</script><p></p>`)).not.toThrow();
  });
});
