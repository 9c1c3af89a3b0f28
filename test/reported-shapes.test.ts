import { expectReported, reportedTexts } from "./support/reported";

/**
 * Shapes of reported speech that were missed, each with invented sentences: the rule that must read the sentence,
 * the content and the speaker (null: a source that names no one).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  ["an aside inside its clause", "Most of the welders, according to Nadia Okafor, were paid late last winter.",
    "reported-according-to-aside", "Most of the welders, according to Nadia Okafor, were paid late last winter", "Nadia Okafor"],
  ["an aside after a fronted time (a document names the rule)", "Since last March, according to the harbour union, forty welders have left the yard.",
    "reported-document", "Since last March, according to the harbour union, forty welders have left the yard", "the harbour union"],
  ["an aside whose source has an appositive", "At the root of the delays, according to Ivo Brandt, a former harbour engineer, was a shortage of welders.",
    "reported-according-to-aside", "At the root of the delays, according to Ivo Brandt, a former harbour engineer, was a shortage of welders", "Ivo Brandt"],
  ["a participle of intention after a comma", "Ivo Brandt addressed the welders on Monday, vowing to lift the overtime cap.",
    "reported-promise-infinitive", "to lift the overtime cap", "Ivo Brandt"],
  ["a participle of promise after a comma", "Nadia Okafor revised her budget, promising to cut the ferry fares by a fifth.",
    "reported-promise-infinitive", "to cut the ferry fares by a fifth", "Nadia Okafor"],
  ["a perfect of promise and its infinitive", "Ivo Brandt has vowed to stay on the board until the vote in July.",
    "reported-promise-infinitive", "to stay on the board until the vote in July", "Ivo Brandt"],
  ["a past form closing the sentence after `of` and a name", "Most ferries ran late last winter, the University of Harbourton reported last week.",
    "reported-closing-cue", "Most ferries ran late last winter", "University of Harbourton"],
  ["a whole sentence before a closing `according to`, its verb unread", "Harbourton beat Westport by four votes to three, according to Nadia Okafor.",
    "reported-according-to", "Harbourton beat Westport by four votes to three", "Nadia Okafor"],
  ["`as X reported` after a fronted phrase", "Only last month, as the Harbour Gazette reported, the board had frozen its accounts.",
    "reported-as-reported", "the board had frozen its accounts", "Harbour Gazette"],
  ["`as X reported` after a conjunction", "And, as the Harbour Gazette first reported, the welders were paid late.",
    "reported-as-reported", "the welders were paid late", "Harbour Gazette"],
  ["a document that closes the sentence", "Four of the six ferries ran late last winter, one internal memo says.",
    "reported-closing-cue", "Four of the six ferries ran late last winter", null],
  ["a report that closes the sentence", "Intruders reached nine of the harbour's servers, the audit report said.",
    "reported-closing-cue", "Intruders reached nine of the harbour's servers", null],
  ["an infinitive of saying after a verb that carries it", "Ivo Brandt seemed to acknowledge that the welders had been paid late.",
    "reported-said-that", "the welders had been paid late", "Ivo Brandt"],
  ["an infinitive of saying after `continues to`", "Nadia Okafor continues to insist that the pier is safe.",
    "reported-said-that", "the pier is safe", "Nadia Okafor"],
  // A coordination is attributed to the name next to its verb, as `The union and its members say` is to `members`.
  ["coordinated names with their parties and a floated `all`", "Sens. Ivo Brandt (D-Ore.) and Nadia Okafor (D-Ohio) all suggested that the pier was unsafe.",
    "reported-said-that", "the pier was unsafe", "Nadia Okafor"],
  ["a floated `both` after an auxiliary", "Ivo Brandt and Nadia Okafor have both argued that the welders were paid late.",
    "reported-said-that", "the welders were paid late", "Nadia Okafor"],
  // A fronted phrase that is no clause fails as the content of a closing cue; the clause after the cue is read instead.
  ["a fronted time before a titled name and its clause",
    "After the meeting, Mr. Brandt said Mr. Okafor had not yet won him over, but he sounded hopeful.",
    "reported-said-clause", "Mr. Okafor had not yet won him over", "Brandt"],
  ["a fronted phrase of place before a titled name",
    "In an interview, Dr. Lindqvist said Ms. Okafor should leave the board for the good of the union.",
    "reported-said-clause", "Ms. Okafor should leave the board for the good of the union", "Lindqvist"],
  ["a fronted adverb before a poll's share", "Now, 52 percent said Mr. Okafor would be better, compared with 41 percent for Ms. Brandt.",
    "reported-poll", "Mr. Okafor would be better", null],
  // A present form the lexicon reads as a noun, between a plural subject and a determiner, is the clause's verb.
  ["a present form read as a noun after a plural", "Ivo Brandt said all the welders sign the contracts in May.",
    "reported-said-clause", "all the welders sign the contracts in May", "Ivo Brandt"],
  ["a present form read as a noun before `the same`", "Nadia Okafor said her neighbours feel the same way.",
    "reported-said-clause", "her neighbours feel the same way", "Nadia Okafor"],
  ["a present form read as a noun after `suggested`", "Ivo Brandt suggested the storms highlight the risk the old pier poses to the town.",
    "reported-said-clause", "the storms highlight the risk the old pier poses to the town", "Ivo Brandt"],
  ["a past form read as an adjective after a focus adverb", "Nadia Okafor said the old ferry station never shut its doors, however.",
    "reported-said-clause", "the old ferry station never shut its doors", "Nadia Okafor"],
  // A hearer after `told` may be a noun phrase in lower case before the time that closes the sentence.
  ["a hearer noun phrase and a weekday after a closing `told`", "The pier is unsafe, Nadia Okafor told a harbour committee Wednesday.",
    "reported-closing-cue", "The pier is unsafe", "Nadia Okafor"],
  ["a hearer noun phrase and `on` after a closing `told`", "Fares will rise in May, Ivo Brandt told the harbour safety board on Friday.",
    "reported-closing-cue", "Fares will rise in May", "Ivo Brandt"],
  // A subject the mention finder does not read: a poll's respondents, or a noun phrase with a relative clause.
  ["`those` and a participle of polling as the subject", "In May, those surveyed said the pier was unsafe.",
    "reported-said-clause", "the pier was unsafe", null],
  ["a noun phrase and its relative clause before `say`", "People who have battled floods say the harbour could be doing more.",
    "reported-said-clause", "the harbour could be doing more", "People"],
  ["a relative clause before a closing cue", "The pier was unsafe, residents who lost their boats said.",
    "reported-closing-cue", "The pier was unsafe", "residents"],
  // An inverted verb, a role and the name in apposition to it: the name is the source.
  ["an inverted cue, a known role and the name", "The ferry will run until May, said the company's chief executive, Ivo Brandt.",
    "reported-closing-cue", "The ferry will run until May", "Ivo Brandt"],
  ["an inverted cue, a role, the name and an adverbial", "The talks have stalled, said the union's spokesman, Nadia Okafor, in a statement.",
    "reported-closing-cue", "The talks have stalled", "Nadia Okafor"],
  ["an inverted cue, a role the lexicon does not know and the name", "The pier is unsafe, said the city's harbour master, Nadia Okafor, on Tuesday.",
    "reported-closing-cue", "The pier is unsafe", "Nadia Okafor"],
  // What may follow a closing cue: prepositional phrases, a title, a semicolon, a dash, a measured time.
  ["a prepositional phrase with a participle after a closing cue", "The ferry will run until May, Nadia Okafor said after meeting the harbour board on Friday.",
    "reported-closing-cue", "The ferry will run until May", "Nadia Okafor"],
  ["a show's title after a closing cue", "The pier reopened in May, Ivo Brandt said Wednesday morning on Harbour Radio’s “Morning Tide.”",
    "reported-closing-cue", "The pier reopened in May", "Ivo Brandt"],
  ["a book's title in apposition after a closing cue", "Fares will rise next year, Nadia Okafor wrote in her 2019 book, ''Low Water.'' The crews stayed.",
    "reported-closing-cue", "Fares will rise next year", "Nadia Okafor"],
  ["a dash after a closing cue opens the writer's comment", "Most ferries ran late last winter, Ivo Brandt reported on Tuesday -- a finding that worries the town.",
    "reported-closing-cue", "Most ferries ran late last winter", "Ivo Brandt"],
  ["a semicolon after a closing cue", "The crews need more rest, Ivo Brandt says; in 2019, the yard closed early.",
    "reported-closing-cue", "The crews need more rest", "Ivo Brandt"],
  ["a measured time before `after` following a closing cue", "The ferry won its appeal, Nadia Okafor declared on Thursday, two days after the hearing ended.",
    "reported-closing-cue", "The ferry won its appeal", "Nadia Okafor"],
  // The same tail after the other closing sources: a verb of evidence or cognition, `as X reported`, `according to X`.
  ["a dash after a closing verb of evidence", "Most ferries ran late last winter, city records show -- a finding that worries the town.",
    "reported-closing-verb", "Most ferries ran late last winter", "city records"],
  ["a dash after a closing verb of cognition", "The night shifts will end, the crews believe — shifts the yard will need come winter.",
    "reported-closing-verb", "The night shifts will end", "crews"],
  ["a semicolon after a closing verb", "Most ferries ran late last winter, the audit found; in 2019, the yard closed early.",
    "reported-closing-verb", "Most ferries ran late last winter", null],
  ["a dash after a closing `as X reported`", "The welders were paid late, as the Harbour Gazette reported on Tuesday -- a finding that angered the union.",
    "reported-as-reported", "The welders were paid late", "Harbour Gazette"],
  ["a phrase without a verb after a closing `as X reported`", "The welders were paid late, as the Harbour Gazette reported Tuesday, a day after the strike.",
    "reported-as-reported", "The welders were paid late", "Harbour Gazette"],
  ["a prepositional phrase after a closing `as X suggested`", "The welders were paid late, as Ivo Brandt suggested at the meeting with the board.",
    "reported-as-reported", "The welders were paid late", "Ivo Brandt"],
  ["a semicolon after a closing `according to` plural", "The ferries ran late all winter, according to harbour inspectors; the board blamed the storms.",
    "reported-document", "The ferries ran late all winter", "harbour inspectors"],
  ["a measured time after a closing `according to`", "The ferries ran late all winter, according to harbour inspectors, two days after the audit began.",
    "reported-document", "The ferries ran late all winter", "harbour inspectors"],
  ["the named cue inside a closing pronoun's content keeps its clause", "Asked about the toll, Ivo Brandt said that the pier was safe — no safer, he said, than the old one.",
    "reported-said-that", "the pier was safe", "Ivo Brandt"],
];

/** Sentences whose shape looks like a new one but reports nothing, or reports a shorter clause. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a conjunction after the aside ends the clause before it", "The terminal will reopen in April, according to Nadia Okafor, and fares will rise.",
    "The terminal will reopen in April, according to Nadia Okafor, and fares will rise"],
  ["an indefinite phrase before a participle is no source", "The crews will keep repairing the pier through May, a plan announced in March.",
    "The crews will keep repairing the pier through May"],
  ["a weak cue after a noun phrase is a verb of its own", "Even after the repairs ended, the borrowing continued.",
    "Even after the repairs ended"],
  ["a wish to speak reports nothing", "Ivo Brandt wanted to say that the welders had been paid late.", "the welders had been paid late"],
  ["an attempt to speak reports nothing", "Ivo Brandt tried to explain that the welders had been paid late.", "the welders had been paid late"],
  ["a quantifier before an -s form is a noun phrase's", "Harbour officials dismissed all claims that the welders were paid late.", "the welders were paid late"],
  ["`as` after a clause with a verb is no clause opener", "The welders left early, as the Harbour Gazette reported, and the board closed the yard.",
    "the board closed the yard"],
  // Only the words after the cue are read once those before it fail: the sentence around an aside holds its own cue.
  ["a fronted phrase that fails is not read around its cue", "No different, Mr. Brandt said, from the old pier.",
    "No different, Mr. Brandt said, from the old pier"],
  ["a hearer followed by a clause of its own is no closing cue", "The pier is unsafe, Nadia Okafor told a harbour committee that met in May.",
    "The pier is unsafe"],
  ["`those` with a participle that is no poll's", "In May, those elected said the pier was unsafe.", "the pier was unsafe"],
  // A cue in the writer's clause after a comma closes no report: a relative, a preposition, a conjunction, a pronoun's noun.
  ["a cue in a relative clause after a comma", "Fares rose, which Nadia Okafor claimed as her victory.", "Fares rose"],
  ["a cue in a relative clause about its source", "The yard closed in May, the harbour's new owner, Ivo Brandt, who wrote as Tom Quill.", "The yard closed in May"],
  ["a cue after `, and` and a coordinated subject", "The crews were paid, and Ivo Brandt and Nadia Okafor do agree on something.", "The crews were paid"],
  ["a noun in apposition before a pronoun and its cue", "The yard closed, a fact he often mentions on the campaign trail.", "The yard closed"],
  ["a participle's phrase is no source", "The crews rested, highlighting top news tweets about the storm, as well as the photos.", "The crews rested"],
  // A comma after the tail that opens a second predicate (`, and cut …`) or a parenthetical verb (`, he hopes, …`).
  ["`, and` and a verb after a closing cue's tail", "The crews need more rest, Ivo Brandt says by a wide margin, and cut the night shifts.",
    "The crews need more rest"],
  ["a comma right after a verb of cognition is no closing tail",
    "Ivo Brandt remains a welder's son, vying to take his place in the family yard - and to run it, he hopes, Harbour Yard.",
    "Ivo Brandt remains a welder's son, vying to take his place in the family yard - and to run it"],
  ["`, and` with a verb after a parenthetical cue is the source's second predicate", "After that, Ivo Brandt wrote, and wrote, and wrote.",
    "After that, Ivo Brandt wrote, and wrote"],
  ["a closing pronoun's content holding a named cue of its own", "Asked about the toll, Ivo Brandt said that the pier was safe — no safer, he said, than the old one.",
    "Asked about the toll, Ivo Brandt said that the pier was safe — no safer"],
  ["`according to X` before a time clause holds no aside", "The ferries ran late all winter, according to harbour inspectors, two days after the audit began.",
    "The ferries ran late all winter, according to harbour inspectors, two days after the audit began"],
  ["`first` after a determiner makes a past form an adjective", "It was the first reported case of fraud in the harbour.", "case of fraud in the harbour"],
];

describe("reported-speech shapes", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});
