import { expectReported, reportedTexts } from "./support/reported";

/**
 * The content of a verb of saying that is not a plain clause right after it: a `that`-clause or a bare clause behind an
 * adverb and a prepositional phrase, an object and its infinitive, a question named by a refusal. Invented sentences:
 * the rule that must read each, the content and the speaker.
 */
const FOUND: ReadonlyArray<readonly [what: string, sentence: string, rule: string, content: string, speaker: string | null]> = [
  // A bare present the lexicon reads only as a noun, after a plural and before a preposition and its phrase.
  ["`the families fall into`", "Harbour officials have stressed that the island families fall into the lowest band.",
    "reported-said-that", "the island families fall into the lowest band", "officials"],
  ["`most fares fall within`", "Nadia Okafor said that most fares fall within the lowest band.",
    "reported-said-that", "most fares fall within the lowest band", "Nadia Okafor"],
  // A prepositional phrase between the cue and `that`, its noun's clause opened by a bare noun.
  ["`in an interview that` and a bare plural", "Nadia Okafor said in a recent interview that welders were paid too little.",
    "reported-said-that", "welders were paid too little", "Nadia Okafor"],
  ["`in a column that` and a bare noun", "Ivo Brandt noted in a guest column in the Harbour Gazette that anger over the toll is growing.",
    "reported-said-that", "anger over the toll is growing", "Ivo Brandt"],
  // A day before the phrase, and a place with its comma inside it.
  ["a day, then a long phrase with a place", "Nadia Okafor said Thursday during a taping of a town hall meeting in Harbourton, Maine, that the pier must close.",
    "reported-said-that", "the pier must close", "Nadia Okafor"],
  ["an adverb of manner, then an aside between dashes", "Ivo Brandt argued emphatically - naming the board twice - that the levy had failed.",
    "reported-said-that", "the levy had failed", "Ivo Brandt"],
  // A bare clause after a phrase whose noun is a form in -ing.
  ["`under questioning` before a subject pronoun", "Ivo Brandt admitted under questioning he had never read the report.",
    "reported-said-clause", "he had never read the report", "Ivo Brandt"],
  ["`under X's grilling` before a subject pronoun", "Ivo Brandt admitted under Okafor's grilling he had never read the report.",
    "reported-said-clause", "he had never read the report", "Ivo Brandt"],
  // A hearer-first verb with an object and an infinitive: no clause of the object's; a time clause after it is the
  // writer's.
  ["`warned officials to` and a time clause after", "Last month, the Port Authority warned state port officials to check their cranes after welders found cracks in two of them.",
    "reported-intention", "state port officials to check their cranes", "Port Authority"],
  ["`told the council to`", "Nadia Okafor told the council to approve the budget before the recess.",
    "reported-intention", "the council to approve the budget before the recess", "Nadia Okafor"],
  // A bare clause opened by a determiner after the hearer.
  ["`told the AP his firm …`", "Ivo Brandt told the Gazette his firm had never worked for the harbour board.",
    "reported-told-hearer", "his firm had never worked for the harbour board", "Ivo Brandt"],
  ["`told reporters the …`", "Nadia Okafor told reporters the ferries would run again in May.",
    "reported-told-hearer", "the ferries would run again in May", "Nadia Okafor"],
  // A question after a short phrase.
  ["`explained to X why`", "Nadia Okafor explained to the council why the ferries had stopped.",
    "reported-indirect-question", "why the ferries had stopped", "Nadia Okafor"],
  // A noun of saying closed by a preposition after its object.
  ["`promises to … notwithstanding`", "Ivo Brandt spoke on Friday. His promises to cut the toll notwithstanding, the levy rose again.",
    "reported-noun-claim", "to cut the toll", "Ivo Brandt"],
  // An adverb between the source and its verb.
  ["`together vowed to`", "The welders' unions together vowed to fight the harbour levy.",
    "reported-promise-infinitive", "to fight the harbour levy", "welders' unions"],
  // A saying still owed, with its question.
  ["`has yet to explain why`", "Ivo Brandt has yet to explain why the toll should be kept.",
    "reported-indirect-question", "why the toll should be kept", "Ivo Brandt"],
  // A refusal to speak that names its question reports the question.
  ["`declined to say whether`", "Ivo Brandt declined to say whether he would run again.",
    "reported-intention", "to say whether he would run again", "Ivo Brandt"],
  ["`refused to say who`", "Nadia Okafor refused to say who had leaked the report.",
    "reported-intention", "to say who had leaked the report", "Nadia Okafor"],
];

/** Sentences that look like one of these shapes but report nothing, or report a shorter content. */
const NOT_FOUND: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a relative `that` after the phrase's noun", "Ivo Brandt said in the letter that was sent to the board that the pier was safe.",
    "was sent to the board that the pier was safe"],
  ["an infinitive of its own before `that`", "Ivo Brandt responded by citing the figures of the port to prove that the levy is unfair.",
    "the levy is unfair"],
  ["`told reporters he planned to` stays a clause", "Nadia Okafor told reporters he planned to stay.", "reporters he planned to stay"],
  ["a time clause after an infinitive is cut", "The harbour board warned state port officials to check their cranes after welders found cracks in two of them.",
    "state port officials to check their cranes after welders found cracks in two of them"],
  ["a double object after `told`", "Ivo Brandt told the board the news.", "the news"],
  ["a determiner after a preposition in the hearer's phrase", "Ivo Brandt told Reuters in an interview taped on Friday.",
    "an interview taped on Friday"],
  ["`where` after a phrase names a place", "Nadia Okafor spoke at the school where she studied.", "where she studied"],
  ["`has yet to say` and nothing more", "Ivo Brandt has yet to say.", "Ivo Brandt has yet to say"],
  ["`declined to comment` reports nothing", "Ivo Brandt declined to comment.", "to comment"],
  ["`a raucous crowd in`: a noun after a singular phrase is no verb", "Nadia Okafor spoke to a raucous crowd in Harbourton about the levy.",
    "a raucous crowd in Harbourton about the levy"],
  ["`declined to say` and its object reports nothing", "Ivo Brandt declined to say more about the report.", "to say more about the report"],
];

describe("the content of a verb of saying behind adjuncts, objects and refusals", () => {
  test.each(FOUND)("%s", (_what, sentence, rule, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(NOT_FOUND)("not read: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).not.toContain(content);
  });
});
