/**
 * Words that tell a reported-speech shape it reads no claim: the time of a saying (`said after the vote …`), a
 * hypothetical attitude (`would hope …`), a relative `that` (`remarks that were echoed`), a writer's aside (`it's worth noting that …`), a hearer or a beneficiary
 * taken for the object (`deny them permits`), a judgment left to a quotation (`dismissed the plan as “absurd”`), `it` as
 * the object of `said it best`.
 * Read by the filters of `attribution/reported`; each list is written once here.
 */

/** Subordinators that, right after a verb of saying and without a comma, give the time of the saying: `said after X failed to appear`. */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(["when", "whenever", "after", "before", "as", "while", "since", "until", "once"]);

/** Modals that make an attitude hypothetical (`many would hope …`, `one could find …`): no one holds it yet. */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(["would", "could", "might"]);

/** Words before a participle of saying that make it the writer's aside: `it's worth noting that …`. */
export const ASIDE_BEFORE: ReadonlySet<string> = new Set(["worth"]);

/** Object pronouns: after a verb of saying they are a hearer or a beneficiary (`deny them permits`), never the content. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "them", "us", "me"]);

/** Negations before a verb of saying that make a `when` after it a question (`did not say when`), not a time. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't", "won't", "wouldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "can't", "couldn't", "isn't", "wasn't", "aren't", "weren't", "refused", "declined", "decline", "declines", "refuse", "refuses"]);

/** Words after a stance verb's object that hand the judgment to what follows: `dismissed the plan as “absurd”`. */
export const JUDGMENT_AFTER_OBJECT: ReadonlySet<string> = new Set(["as"]);

/** Verbs that name the words of a quotation after them: `condemned what he called a “brazen breach”`. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(["called", "described", "termed", "dubbed", "labeled", "labelled"]);

/** Pronouns that stand for a thing (`it shows an officer aiming …`): a document's evidence, unlike a person's find. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(["it", "this"]);

/** Relative and wh- words whose clause takes a verb's object away: `which Beijing vowed to ignore`, `what he promises to do`. */
export const GAP_RELATIVES: ReadonlySet<string> = new Set(["which", "whom", "what", "whatever", "that"]);

/**
 * Verbs that take a noun of saying as their object, whose relative `that` has the noun as the gap: `the claims that he
 * made`, `a charge that party leaders denied`, `the report that it commissioned last year`. After such a verb without
 * an object of its own, `that` is no clause of the noun's.
 */
export const SAYING_NOUN_GAP_VERBS: ReadonlySet<string> = new Set([
  "make", "makes", "made", "making", "deny", "denies", "denied", "issue", "issues", "issued", "repeat", "repeats", "repeated",
  "echo", "echoes", "echoed", "reject", "rejects", "rejected", "dismiss", "dismissed", "hear", "heard", "raise", "raised",
  "level", "leveled", "levelled", "keep", "kept", "break", "broke", "broken", "invent", "invented", "cite", "cited", "use", "used",
  "publish", "published", "give", "gave", "given", "offer", "offered", "call", "called", "believe", "believed",
  "write", "wrote", "written", "commission", "commissioned", "release", "released", "file", "filed", "prepare", "prepared",
  "submit", "submitted", "sign", "signed", "draft", "drafted", "receive", "received", "obtain", "obtained", "send", "sent",
  "post", "posted", "produce", "produced", "compile", "compiled", "read", "leak", "leaked",
]);

/** Words after `it` that make it a verb's object, never a subject (`said it best`, `said it all`, `say it again`). */
export const OBJECT_IT_AFTER: ReadonlySet<string> = new Set(["best", "all", "again", "well", "first", "aloud", "outright", "himself", "herself", "themselves", "myself", "ourselves", "yourself"]);

/** Nouns after `that` that make it their determiner (`feel that way`, `said that much`), not the opener of a clause. */
export const NOUNS_AFTER_THAT: ReadonlySet<string> = new Set(["way", "much"]);

/** Verbs of speaking without content: in `As X spoke, …` the clause gives the time, not what was said. */
export const CONTENTLESS_SPEECH: ReadonlySet<string> = new Set(["speak", "talk"]);

/** Verbs of saying that also take a beneficiary and a thing (`denied his party the victory`): then they report no claim. */
export const DOUBLE_OBJECT_VERBS: ReadonlySet<string> = new Set(["deny"]);



/** Verbs of saying that a modal of the hypothetical turns into what one might say (`some would say …`). */
export const HYPOTHETICAL_SAYING: ReadonlySet<string> = new Set(["say", "argue"]);

/** Verbs after `said to` that make it a description (`said to be`, `said to have`), not a saying. */
export const SAID_TO_VERBS: ReadonlySet<string> = new Set(["be", "have"]);

/** Degree words before a form in -ing that make it an adjective: `the most promising paths`, `a very telling remark`. */
export const DEGREE_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set(["most", "more", "less", "least", "very", "so", "too", "quite", "particularly", "especially", "increasingly"]);

/** Conjunctions before a source that make its saying a condition, which no one has met: `if the court found …`. */
export const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(["if", "unless"]);

/** Negations that may stand between a passive's `be` and its participle: `was not asked to speak`, `was never told`. */
export const PASSIVE_NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't"]);

/** Negated forms of `be` before a participle, which make it a passive: `wasn't asked to speak`. */
export const NEGATED_BE: ReadonlySet<string> = new Set(["wasn't", "weren't", "isn't", "aren't"]);

/** Words before a participle of saying that make it a saying that did not happen: `it goes without saying that …`. */
export const UNSAID_BEFORE: ReadonlySet<string> = new Set(["without"]);

/** Words before a time word that date a saying (`tweeted the day after …`, `wrote last October after …`). */
export const SAYING_TIME_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "that", "one", "last", "this", "next", "early", "late"]);

/**
 * Time nouns besides `TIME_NOUNS` (week, month, year, parts of the day …) that, before a time clause, date a saying:
 * `the day after a gunman killed …`, `the moment the verdict was read`.
 */
export const SAYING_TIME_NOUNS: ReadonlySet<string> = new Set(["day", "moment", "hour"]);

/**
 * Qualities a subject shows of its own (`demonstrated a good grasp of …`, `showed her skill as a negotiator`): the
 * object of a verb of evidence that reports what someone did, not a finding.
 */
export const SHOWN_QUALITIES: ReadonlySet<string> = new Set([
  "grasp", "knack", "skill", "skills", "talent", "talents", "flair", "aptitude", "mastery", "command", "competence",
  "prowess", "poise", "composure", "stamina", "toughness", "courage", "bravery", "resolve", "restraint", "discipline",
  "leadership", "temperament", "savvy", "acumen", "finesse", "agility",
]);

/**
 * Verbs that never put their source after them as `said` does (`…, said officials.`): their participle before a common
 * noun is its adjective (`regular, pledged delegates`, `the promised land`, `alleged victims`).
 */
export const UNINVERTED_PARTICIPLES: ReadonlySet<string> = new Set(["pledge", "promise", "vow", "threaten", "allege"]);

/** Words the lexicon does not tag as prepositions that open the place of a quotation's saying: `said aboard his plane`. */
export const PLACE_ADVERBS_OF_SAYING: ReadonlySet<string> = new Set(["aboard", "onstage", "backstage", "offstage", "outside", "inside"]);
