import { reportedTexts } from "./support/reported";

/**
 * Where a reported clause stops when the sentence runs on past it with words of the writer's or of the source's own
 * acts (`src/attribution/reported/clause-bounds.ts`, `clause-breaks.ts`): the source's refusal to tell more, a
 * `, whose` relative about the last noun, a go-between or a date after a speech object, a hyphen standing for a dash,
 * brackets, a sentence's end after an acronym, `and` with a clause of thinking, a concession, `, but` with a clause of its
 * own or with a past predicate of the speaker's after a content in the present; and the boundaries PolNeAR train keeps
 * (`, when`, an appositive after a name) or ends at (a dash before a comment).
 * Each row: what, the sentence, the content that must be reported, and text it must not hold (null: none checked).
 */
const ENDS: ReadonlyArray<readonly [what: string, sentence: string, content: string, notIn: string | null]> = [
  ["a refusal after `but` is the source's, not the report's", "The harbour board said the ferry would resume in the spring but declined to provide a timetable.", "the ferry would resume in the spring", "declined"],
  ["a refusal after `and` ends the clause", "Nadia Okafor insists that the welders will be paid and refuses to answer questions about the audit.", "the welders will be paid", "refuses"],
  ["`would not` with a verb of telling withholds more", "Ivo Brandt said he has no plans to sell the yard and would not identify the buyers who had called him.", "he has no plans to sell the yard", "identify"],
  ["`won't` with a verb of telling after `, but`", "Nadia Okafor said the board had found a new contractor, but won't say who it is.", "the board had found a new contractor", "won't"],
  ["a verb of giving withholds only with a noun of information", "A spokeswoman said the board would meet the union next week but would not offer details of the talks.", "the board would meet the union next week", "details"],
  ["a verb of giving with no noun of information goes on with the report", "Ivo Brandt said the board will not fund the regatta and will not provide any boats.", "the board will not fund the regatta and will not provide any boats", null],
  ["a weak verb with an indirect question of its own after `and` is the source's", "Ivo Brandt said the pier was safe and questioned why the board had closed it.", "the pier was safe", "questioned"],
  ["`and asked whether` ends the clause", "Nadia Okafor said the ferry was late again and asked whether the council would step in.", "the ferry was late again", "asked"],
  ["a refusal of the report's own subject goes on", "Nadia Okafor said the contractor had rebuilt the pier and declined to charge the town for the railings.", "the contractor had rebuilt the pier and declined to charge the town for the railings", null],
  ["`, whose` about the last noun is the writer's", "Ivo Brandt said he wrote the speech given by Marta Lind, whose brother drowned off the east pier in 2009.", "he wrote the speech given by Marta Lind", "whose"],
  ["`, whose` with a comma after it stays (a relative inside the clause)", "Nadia Okafor said the contractor, whose crews built the pier, had never been paid.", "the contractor, whose crews built the pier, had never been paid", null],
  ["a speech object ends before its go-between", "Ivo Brandt denied the allegations through his lawyer.", "the allegations", null],
  ["a speech object ends before a month and year", "Nadia Okafor announced her candidacy in June 2019.", "her candidacy", null],
  ["a speech object ends before a year", "Ivo Brandt announced his retirement in 2021.", "his retirement", null],
  ["a clause keeps its closing month", "Nadia Okafor said the ferry would resume in March.", "the ferry would resume in March", null],
  ["a spaced hyphen before a noun phrase ends the clause as a dash does", "Ivo Brandt said the crews had won a new contract - a deal worth more than the old yard.", "the crews had won a new contract", "deal"],
  ["a spaced hyphen before a clause of the writer's ends it", "Nadia Okafor said she had called every member of the board - there are nine of them.", "she had called every member of the board", "nine"],
  ["a spaced hyphen before `and` goes on", "Ivo Brandt said the pier would reopen in May - and that the fares would not rise.", "the pier would reopen in May - and that the fares would not rise", null],
  ["a spaced hyphen pair opened by `and` goes on past its partner", "Nadia Okafor said the auditors found old - and never published - accounts in the harbour office.", "the auditors found old - and never published - accounts in the harbour office", null],
  ["`, about the same number who said` is a report of its own", "Four in 10 said the ferry was too expensive, about the same number who said it ran too slowly.", "the ferry was too expensive", "who said"],
  ["`, the share who say` after a poll's clause", "Nearly half say the pier should be rebuilt, double the share who say it should be sold.", "the pier should be rebuilt", "who say"],
  ["an inverted condition after `, but` opens a clause of its own", "Ivo Brandt is saying what the town wants to hear, but should he win, little of it will happen.", "what the town wants to hear", "should"],
  ["a hyphen inside a word is no dash", "Ivo Brandt said the board had signed a long-term lease with the ferry company.", "the board had signed a long-term lease with the ferry company", null],
  ["`GOP.` before a capital ends its sentence", "Nadia Okafor said the vote would split the GOP. They expect a long fight over the rules.", "the vote would split the GOP", "They"],
  ["a long bracket of names stays inside the clause", "Ivo Brandt said three of the five judges are now on the bench (Marta Lind, Tomas J. Berg Jr., Ana Ruiz and Peter K. Holm) for the harbour case.", "three of the five judges are now on the bench (Marta Lind, Tomas J. Berg Jr., Ana Ruiz and Peter K. Holm) for the harbour case", null],
  ["a long bracket with a clause of its own ends the clause", "Ivo Brandt said the yard may be closed over its unpaid bills (the size of which reflects many years of careless accounting by the old owners of the yard and by their bankers).", "the yard may be closed over its unpaid bills", "careless"],
  ["a question inside a bracket stays with the clause", "Nadia Okafor said that she had not had much time to read the report (truly?) and that she would study it over the summer.", "she had not had much time to read the report (truly?) and that she would study it over the summer", null],
  ["`there` without its auxiliary opens no new report", "Nadia Okafor announced that the ferry would sail right then and there and asked the passengers to board.", "the ferry would sail right then and there", "passengers"],
  ["a verb of thinking with its own `that` after `and` is the source's", "Ivo Brandt said he first saw smoke about 9:40 p.m. and suspected immediately that the boathouse was on fire.", "he first saw smoke about 9:40 p.m", "suspected"],
  ["a concession without a subject goes on to the sentence's end", "Several harbour pilots said they even expect rough weather, though mixed with enough calm days to finish the work.", "they even expect rough weather, though mixed with enough calm days to finish the work", null],
  ["`, and that's` is the writer's comment", "The minutes suggest the board has put its bankers ahead of the harbour pilots, and that's something most sailors would resent.", "the board has put its bankers ahead of the harbour pilots", "resent"],
  ["`, and that is` is the writer's comment too", "The minutes suggest the board has put its bankers ahead of the harbour pilots, and that is what most sailors resent.", "the board has put its bankers ahead of the harbour pilots", "resent"],
  ["`, and that` with its own clause goes on with the report", "Ivo Brandt said the pier was safe, and that the ferry would sail on Monday.", "the pier was safe, and that the ferry would sail on Monday", null],
  ["a fronted clause ends at a quotation that closes on its comma", "Although Ivo Brandt admitted to the council that he and the contractor had “been friends for years,” he claimed they had never discussed the tender.", "they had never discussed the tender", "friends"],
  ["a participle of the cue's own after `but` ends the clause", "Nadia Okafor answered carefully, acknowledging that the pilots had a point but warning that the fares would rise.", "the pilots had a point", "warning"],
  ["a participle after `but` inside a clause with `be` goes on", "Ivo Brandt replied, noting that the ferry was old but running well.", "the ferry was old but running well", null],
  ["a concession with a subject of its own ends the clause", "Nadia Okafor said the ferry ran on time, though three of its crossings were cancelled.", "the ferry ran on time", "cancelled"],
  ["`, but` with a subject of common nouns and a plain verb goes on with the report", "Ivo Brandt said the ferry had been repaired in March, but the engine failed again in June.", "the ferry had been repaired in March, but the engine failed again in June", null],
  ["`, but no …` with its own verb goes on", "Nadia Okafor said requests were made to the board for more lifeguards, but no action was ever taken.", "requests were made to the board for more lifeguards, but no action was ever taken", null],
  ["`, but` with a pronoun subject ends the clause", "Nadia Okafor said the ferry was late, but she would still take it.", "the ferry was late", "still"],
  ["`, but` with a quantifier subject ends the clause", "Ivo Brandt said the harbour fees are too high, but many owners have found ways to avoid them.", "the harbour fees are too high", "owners"],
  ["`, but` with a refusal ends the clause", "Nadia Okafor said the ferry would be sold, but the board refused to name the buyer.", "the ferry would be sold", "refused"],
  ["`, but` with a verb of thinking ends the clause", "Ivo Brandt said the pier was safe, but his neighbours fear it will collapse.", "the pier was safe", "fear"],
  ["a past predicate after `, but` and a content in the present is the speaker's", "Ivo Brandt said the harbour fees are fair, but appeared to doubt that the board would keep them.", "the harbour fees are fair", "appeared"],
  ["a past predicate after `, but` and an infinitive is the speaker's", "Nadia Okafor vowed to back the new harbour master, but sounded unsure about his plans on Tuesday.", "to back the new harbour master", "sounded"],
  ["a past predicate after `, but` and a content in the past goes on", "Nadia Okafor said the ferry fares rose by 4 percent in 2019, but dropped again the next year.", "the ferry fares rose by 4 percent in 2019, but dropped again the next year", null],
  ["`, when` after a date goes on (PolNeAR train keeps it 15 times to 4)", "Nadia Okafor said the ferry last ran in 2009, when the old pier closed.", "the ferry last ran in 2009, when the old pier closed", null],
  ["an appositive after a name goes on (PolNeAR train keeps it 23 times to 6)", "Ivo Brandt said the money should go to the Harbour Trust, the charity that runs the lifeboat.", "the money should go to the Harbour Trust, the charity that runs the lifeboat", null],
  ["`, but` with a negative contraction and a verb is a second predicate, not a new report", "Nadia Okafor said that she had hired two welders for the pier, but hasn't decided who will lead the crew.", "she had hired two welders for the pier, but hasn't decided who will lead the crew", null],
  ["a concession of fact after `, though` goes on", "Ivo Brandt said he would vote for the harbour plan, though he hasn’t signed the petition.", "he would vote for the harbour plan, though he hasn’t signed the petition", null],
  ["a concession of fact after `, although` with a noun subject goes on", "Nadia Okafor said the fares would rise, although the night service is still free.", "the fares would rise, although the night service is still free", null],
  ["a concession whose verb withholds more is the writer's", "Nadia Okafor said the crews would be paid, though she did not discuss the amounts.", "the crews would be paid", "discuss"],
  ["a concession with a modal of possibility is the writer's", "Ivo Brandt said the new ferry was the fastest yet, although it may take weeks to measure its speed.", "the new ferry was the fastest yet", "weeks"],
  ["a concession opened by an adverb is the writer's", "Ivo Brandt said the crews were paid late, though ultimately they were not the cause of the delay.", "the crews were paid late", "ultimately"],
  ["a time clause after a single dash goes on", "Ivo Brandt said the board had approved the contract two weeks ago - before the storm damaged the east pier.", "the board had approved the contract two weeks ago - before the storm damaged the east pier", null],
  ["`or if` after a single dash goes on", "Nadia Okafor said the welders will strike in May — or if the board delays the vote again.", "the welders will strike in May — or if the board delays the vote again", null],
  ["a verb of saying right after `and` is no verb of a new subject inside the object", "The harbour board announced on Friday the arrest of a man in the theft of a boat during a scuffle between fishermen and guards and said the pier would stay closed.", "the arrest of a man in the theft of a boat during a scuffle between fishermen and guards", "pier"],
  ["a plural after a modal's object joins a noun, not a second predicate", "Ivo Brandt said the harbour should reduce its night crossings and patrols in the bay and said the fees would stay.", "the harbour should reduce its night crossings and patrols in the bay", "fees"],
  ["a dash before `something` ends the clause (the writer's comment)", "Nadia Okafor said the crews were tired — something the harbour master also told the council.", "the crews were tired", "something"],
];

describe("reported clause ends", () => {
  test.each(ENDS)("%s", (_what, sentence, content, notIn) => {
    const texts = reportedTexts(sentence);
    expect(texts).toContain(content);
    if (notIn !== null) expect(texts.filter((t) => t.includes(content) && t.includes(notIn))).toEqual([]);
  });
});
