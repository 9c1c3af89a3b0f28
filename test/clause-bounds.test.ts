import { reportedTexts } from "./support/reported";

/**
 * Where a reported clause ends or starts, one invented sentence per boundary of the clause grammar
 * (`src/attribution/reported/clause-bounds.ts`): the sentence and the content that must be reported.
 */
const BOUNDS: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a cue in a fronted `while` clause ends its content at the main clause", "While Nadia Okafor says the pier is safe, the crews have refused to work on it.", "the pier is safe"],
  ["a cue in a fronted `though` clause, after the subject", "Ivo Brandt, though he said the board would pay, has not signed the contract.", "the board would pay"],
  ["a cue in a fronted `when` clause ends at a dash before the main clause", "When Nadia Okafor noted that the welders had been paid late — as the audit showed — Ivo Brandt shrugged it off.", "the welders had been paid late"],
  ["a fronted clause keeps a thousands comma", "Although Nadia Okafor said 34,570 commuters use the ferry, the board halved the service.", "34,570 commuters use the ferry"],
  ["a fronted clause keeps a continuing participle", "When Nadia Okafor said the board owed money to the crews, including the welders hired in March, Ivo Brandt left the room.", "the board owed money to the crews, including the welders hired in March"],
  ["a fronted clause without a main clause after it is not cut", "The board met because Nadia Okafor said the welders, riggers and pilots were unpaid.", "the welders, riggers and pilots were unpaid"],
  ["a reporting participle starts a report of its own", "Nadia Okafor said the pier was safe, insisting that the cracks were old.", "the pier was safe"],
  ["the participle's own report", "Nadia Okafor said the pier was safe, insisting that the cracks were old.", "the cracks were old"],
  ["a second predicate after `and` is no new subject", "Ivo Brandt said he had been impressed by the crews and liked the way they answered the board.", "he had been impressed by the crews and liked the way they answered the board"],
  ["a weak verb with a plain object goes on with the clause", "Nadia Okafor said she had never met the contractor and never called his office.", "she had never met the contractor and never called his office"],
  ["a weak verb after a modal is a predicate of the clause's subject", "Ivo Brandt said the board has the full audit and will address the cost in its final report.", "the board has the full audit and will address the cost in its final report"],
  ["a weak verb after `, and then would` goes on too", "Nadia Okafor said she hoped to sell the old ferry, and then would continue to run the night boat.", "she hoped to sell the old ferry, and then would continue to run the night boat"],
  ["a verb of decision with its infinitive goes on", "Ivo Brandt said the crews had weighed the risks of the storm but decided to sail anyway.", "the crews had weighed the risks of the storm but decided to sail anyway"],
  ["a weak verb with its own particle reports anew", "Nadia Okafor said the crews had been paid and called on the board to publish the accounts.", "the crews had been paid"],
  ["a second verb of saying ends the clause", "Nadia Okafor said the crews had been paid and added that the pier would reopen.", "the crews had been paid"],
  ["a comparison of the writer's with its verb first ends the clause", "Nadia Okafor said she would vote against the contract, as have two other members of the board.", "she would vote against the contract"],
  ["a contrast that is part of the claim goes on", "Nadia Okafor said the welders were paid on time, despite the frozen accounts.", "the welders were paid on time, despite the frozen accounts"],
  ["a new subject with its own verb after `, and` ends the clause", "The harbour board announced that it would cut the ferry timetable, and the decision is already costing the town visitors.", "it would cut the ferry timetable"],
  ["`, and` with a pronoun subject of the report goes on", "Nadia Okafor said the crews were tired, and they would need a week of rest.", "the crews were tired, and they would need a week of rest"],
  ["a fronted clause with a speech verb's object ends at its main clause", "Once Nadia Okafor has announced her resignation, she will leave the board.", "her resignation"],
  ["a fronted adverbial inside the content is kept", "Nadia Okafor told the Harbour Gazette that despite the new cranes, she did not expect more ships.", "despite the new cranes, she did not expect more ships"],
  ["a quotation that ends its sentence ends the clause before the next sentence", "The Harbour Gazette reported that Nadia Okafor told the board its plan was ''not in line with our policy.'' Ivo Brandt said it would close the pier in May.", "it would close the pier in May"],
  ["the clause before it keeps its quotation", "The Harbour Gazette reported that Nadia Okafor told the board its plan was ''not in line with our policy.'' Ivo Brandt said it would close the pier in May.", "Nadia Okafor told the board its plan was ''not in line with our policy.''"],
  ["a colon that words follow spells the content out", "Nadia Okafor said the board had chosen a new plan: to sell the old pier and build a new one.", "the board had chosen a new plan: to sell the old pier and build a new one"],
  ["a time is never cut at its colon", "Nadia Okafor said no checks were made from 10:15 p.m. until the morning.", "no checks were made from 10:15 p.m. until the morning"],
  ["a colon before a quotation still ends the clause", "Nadia Okafor said the board was split: “We have no plan.”", "the board was split"],
  ["a fronted phrase after a leading `But` runs on past a parenthetical cue", "But without the money to hire more welders for the winter, Nadia Okafor said, the board would close the pier.", "But without the money to hire more welders for the winter, Nadia Okafor said, the board would close the pier"],
  ["a weak verb with an object and an infinitive reports anew", "Nadia Okafor said the crews were safe and asked their families to stay calm.", "the crews were safe"],
  ["a closing cue's claim runs on across a dash", "The yard has lost money for years -- a slump that began in 2019, Ivo Brandt said.", "The yard has lost money for years -- a slump that began in 2019"],
  ["a dateline's dash still starts a closing cue's claim", "HARBOURTON, Del., May 2 (HNS) — The ferry will stop in June, Nadia Okafor said.", "The ferry will stop in June"],
  ["an absolute phrase after `, with` is a closing source's claim", "The fares rose sharply in May, with nine in ten riders paying more, according to the harbour survey.", "nine in ten riders paying more"],
  ["a closing source's claim is never cut at a time's colon", "The ferry left around 9:15 p.m. from the east pier, according to Nadia Okafor.", "The ferry left around 9:15 p.m. from the east pier"],
  ["a participial phrase after a reported clause goes on with it", "Nadia Okafor said the ferry would carry twice as many riders, allowing the town to close the old car park.", "the ferry would carry twice as many riders, allowing the town to close the old car park"],
  ["a participle of a verb of saying after a clause is a report of its own", "Nadia Okafor said the ferry had lost money, citing the fuel bills of the last winter.", "the ferry had lost money"],
  ["a participle after a speech verb's object is the writer's", "The harbour board has denied the claims, pointing to the audit of last May.", "the claims"],
  ["a participle after an announced object is the writer's", "The board announced a new timetable, putting the ferry on the water at dawn.", "a new timetable"],
  ["a stance object keeps its complement after `as`", "The harbour board dismissed the complaints as unfounded and political.", "the complaints as unfounded and political"],
  ["a stance object ends before an `as` clause", "Nadia Okafor rejected the plan as she left the meeting.", "the plan"],
  ["a bracket pair inside the clause is an aside of it", "Ivo Brandt told reporters he had met Nadia Okafor (the harbour master) twice that week.", "he had met Nadia Okafor (the harbour master) twice that week"],
  ["a bracket pair before the clause's end is kept", "Ivo Brandt said he had helped write the harbour act (HA) with two other members.", "he had helped write the harbour act (HA) with two other members"],
  ["a relative with a modal of possibility is a consequence the speaker foresees", "Nadia Okafor said the board had sold the old pier, which could have allowed the town to build a marina.", "the board had sold the old pier, which could have allowed the town to build a marina"],
  ["`where` with a modal of possibility goes on too", "Nadia Okafor said the board feared new tariffs, where other ports would raise their fees.", "the board feared new tariffs, where other ports would raise their fees"],
  ["a relative stating a fact is the writer's", "Nadia Okafor said the board had sold the old pier, which was built in 1911.", "the board had sold the old pier"],
  ["a relative with a modal and its own verb of saying reports anew", "Nadia Okafor said the board had sold the old pier, which Ivo Brandt said would be the last of its kind.", "the board had sold the old pier"],
  ["a participial phrase after a single dash goes on as after a comma", "Nadia Okafor said the new cranes had paid for themselves — allowing the port to hire forty more welders.", "the new cranes had paid for themselves — allowing the port to hire forty more welders"],
  ["`including` after a single dash goes on", "Nadia Okafor said the board would publish the accounts — including the cost of the new cranes.", "the board would publish the accounts — including the cost of the new cranes"],
  ["an appositive after a dash that takes up a noun of the clause goes on", "Nadia Okafor noted that traffic on the old ferry is in decline — a decline that began when the bridge opened.", "traffic on the old ferry is in decline — a decline that began when the bridge opened"],
  ["a clause after a semicolon that takes up the clause's noun goes on", "Ivo Brandt said the problem was not the cranes; the problem was that nobody paid the welders.", "the problem was not the cranes; the problem was that nobody paid the welders"],
  ["a noun phrase after a single dash is the writer's", "Nadia Okafor said the board would publish the accounts — a promise it made last year.", "the board would publish the accounts"],
  ["an infinitive ends before `, and` with a clause of its own", "Nadia Okafor has promised to reopen the old pier, and Ivo Brandt is planning to sell the ferry.", "to reopen the old pier"],
  ["an infinitive goes on with a second infinitive after `, and`", "Nadia Okafor has promised to reopen the old pier, and to hire forty welders.", "to reopen the old pier, and to hire forty welders"],
  ["parallel clauses with the same verb go on past their semicolons", "The auditors reported that Harbourline owes $2 million in fees; Brill Shipping owes $1 million; Okafor Marine owes nothing.", "Harbourline owes $2 million in fees; Brill Shipping owes $1 million; Okafor Marine owes nothing"],
  ["a list of predicates goes on past its semicolons", "Nadia Okafor said the crews had repaired the cranes; welded the new railings; and scrubbed the old sheds.", "the crews had repaired the cranes; welded the new railings; and scrubbed the old sheds"],
  ["a semicolon before a clause of its own ends the clause", "Nadia Okafor said the crews had repaired the cranes; the board had not paid them.", "the crews had repaired the cranes"],
  ["a concession of a few words between commas stays in the clause", "Nadia Okafor said the ferry could win back loyal, though ageing, riders from the bus line.", "the ferry could win back loyal, though ageing, riders from the bus line"],
  ["a concession with a clause of its own ends the clause", "Nadia Okafor said the ferry had lost riders, though the fares were lower.", "the ferry had lost riders"],
  ["a predicate without a subject of its own after `, but` goes on", "Nadia Okafor said the crews had repaired the cranes, but couldn't finish the railings before the storm.", "the crews had repaired the cranes, but couldn't finish the railings before the storm"],
  ["a verb of saying after `, but` reports anew", "Nadia Okafor said the crews had repaired the cranes, but added that the railings were unsafe.", "the crews had repaired the cranes"],
  ["a clause with a subject of its own after `, but` ends the clause", "Nadia Okafor said the crews had repaired the cranes, but the board has not paid them.", "the crews had repaired the cranes"],
  ["a noun after `and` that a verb of saying spells is no second report", "Nadia Okafor said the board had never published the names and addresses of the welders it hired.", "the board had never published the names and addresses of the welders it hired"],
];

describe("clause bounds", () => {
  test.each(BOUNDS)("%s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });
});
