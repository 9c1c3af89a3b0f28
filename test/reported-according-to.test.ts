import { expectReported, reportedTexts } from "./support/reported";
import { extractQuotes } from "../src/index";

/**
 * `according to` attributions missed on the training articles (issue 11), each with invented sentences: the rule that
 * must read the sentence, the content (never holding the cue or its source) and the speaker (a document is named by
 * its phrase).
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  // An absolute phrase with `with` and no verb of its own: the source vouches for the whole clause it hangs from.
  ["a `with` phrase and a participle before a closing cue",
    "Ferry traffic at the harbour rose 4 percent in the first nine months of the year, with night crossings continuing to grow, according to the Harbour Board.",
    "reported-according-to",
    "Ferry traffic at the harbour rose 4 percent in the first nine months of the year, with night crossings continuing to grow", "Harbour Board"],
  ["a `with` phrase of figures after a fronted time",
    "Already, the unions have spent more than $2 million on the strike, with the largest share - $900,000 - going to the welders, according to the Harbour Gazette.",
    "reported-according-to",
    "Already, the unions have spent more than $2 million on the strike, with the largest share - $900,000 - going to the welders", "Harbour Gazette"],
  // An opening `According to X,` inside brackets.
  ["an opening cue inside brackets", "(According to the Harbour Board, it does not keep figures on late ferries.)",
    "reported-according-to", "it does not keep figures on late ferries", "Harbour Board"],
  // After a conjunction or a subordinator and a comma, the aside opens the clause after it.
  ["`But,` before the aside", "But, according to the Harbour Gazette, 46 percent of the welders remain undecided.",
    "reported-according-to", "46 percent of the welders remain undecided", "Harbour Gazette"],
  ["`that,` before the aside", "The mayor said that, according to Nadia Okafor, the pier will close in May.",
    "reported-according-to", "the pier will close in May", "Nadia Okafor"],
  // A consequence drawn after `, so` is the writer's, not the source's.
  ["a consequence after `, so`", "According to Nadia Okafor, most of the welders remain undecided, so the vote could go either way.",
    "reported-according-to", "most of the welders remain undecided", "Nadia Okafor"],
  // An opening `According to X,` whose whole rest of the sentence is the claim needs no verb the lexicon reads.
  ["a whole rest of the sentence with a verb the lexicon misses",
    "According to a Harbour Board survey, 70% of welders with families need second jobs, and 40% live with their parents.",
    "reported-according-to", "70% of welders with families need second jobs, and 40% live with their parents", "Harbour Board"],
  // A dash that closes an interpolation right before a closing cue.
  ["an interpolation between dashes before the cue",
    "In 2015, the harbour had 115 thefts — including burglary, fraud and robbery — according to the latest figures from the Harbour Police.",
    "reported-according-to", "In 2015, the harbour had 115 thefts — including burglary, fraud and robbery", "Harbour Police"],
  // Semicolon lists: names after an opening cue, parallel clauses before a closing one.
  ["a list of names after semicolons",
    "According to the schedule released Monday, Nadia Okafor will speak on Friday, along with Ivo Brandt; Rep. Lena Marsh, D-Maine; and Tom Ferris.",
    "reported-document", "Nadia Okafor will speak on Friday, along with Ivo Brandt; Rep. Lena Marsh, D-Maine; and Tom Ferris", "schedule"],
  ["a list of clauses closed by `; and`",
    "The north pier was paid $29,715; the south pier was paid $35,845; and the ferry company was paid $125,080, according to board records.",
    "reported-document", "The north pier was paid $29,715; the south pier was paid $35,845; and the ferry company was paid $125,080", "board records"],
  // The source's own modifiers: a relative with its verb before an opening cue's comma, a participle after a closing
  // cue without its comma.
  ["a relative inside an opening source",
    "According to Harbour Board minutes that were later released by the union, Nadia Okafor pressed the welders to accept the rota.",
    "reported-according-to", "Nadia Okafor pressed the welders to accept the rota", "Harbour Board"],
  ["a participle after a closing source without a comma",
    "Nadia Okafor is now well ahead of Ivo Brandt 46 percent to 39 percent according to a Harbour Gazette poll released Monday.",
    "reported-according-to", "Nadia Okafor is now well ahead of Ivo Brandt 46 percent to 39 percent", "Harbour Gazette"],
  // A closing cue inside brackets: the claim starts at the bracket.
  ["a closing cue inside brackets",
    "Brandt cites his followers for some of his claims, such as that welders stole 81 percent of the cargo (the actual number is closer to 15 percent, according to the Harbour Gazette).",
    "reported-according-to", "the actual number is closer to 15 percent", "Harbour Gazette"],
  // Two modifiers joined by `but` before the document's noun: the phrase goes on past `but`.
  ["a document whose modifiers are joined by `but`",
    "The ferry levy passed by 212 votes, according to complete but unofficial returns.",
    "reported-document", "The ferry levy passed by 212 votes", "returns"],
  ["a document whose modifiers are joined by `but`, the other way round",
    "Brandt won 52 percent of the vote, according to partial but official results.",
    "reported-document", "Brandt won 52 percent of the vote", "results"],
];

/** Sentences whose `according to` must not yield these contents. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  // The aside inside a dash interpolation leaves no claim of its own before it.
  ["a fragment before an aside between dashes",
    "Most welders - 63 percent in 2015, according to the Harbour Board - still want a new contract.", "Most welders - 63 percent in 2015"],
  // A second predicate of the sentence's subject after `and,` is no clause of the source's own.
  ["a bare predicate after `and,`",
    "The board has closed the pier and, according to the welders, adopted a new rota for the winter.", "adopted a new rota for the winter"],
  // `That's according to X`: a first word with its verb opens no clause after the source's appositive.
  ["the source's appositive after `That's according to`",
    "That's according to members of the Harbour Caucus — a panel of welders, pilots and engineers in the four ports: Dover, Calais, Ostend and Hull.",
    "pilots and engineers in the four ports: Dover, Calais, Ostend and Hull"],
  // `so far` and `so that` go on with the clause.
  ["`, so far,` goes on with the clause",
    "According to Nadia Okafor, the welders have stayed, so far, on the north pier.", "the welders have stayed"],
];

describe("`according to` shapes missed on the training articles", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});

describe("`according to` at the end of the input", () => {
  // Found by the property test (seed 953818764): the consequence check (`, so …`) read the token after a comma that
  // closes the input.
  it("a comma that ends the input after the cue is no crash, and nothing is lost", () => {
    const input = "<p></p>according to the , &amp; ,";
    const r = extractQuotes(input);
    expect(r.paragraphs.map((p) => p.text)).toEqual(["according to the , & ,"]);
    expect(extractQuotes("According to the , so ,").paragraphs.map((p) => p.text)).toEqual(["According to the , so ,"]);
  });
});
