/**
 * Function words and the small closed classes the reported-speech grammar reads: pronouns, determiners, weekdays,
 * time words, prepositions, subordinators and clause openers. Every list is written once here; the sets the rules
 * use are unions of them, built once at module load, and named for the question they answer.
 */

/** Builds a set from lists of words. */
function wordSet(...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  return new Set(lists.flat());
}

// ---------------------------------------------------------------------------------------------------- base lists

/** Days of the week. */
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
/** Days named from today. */
const DEICTIC_DAYS = ["yesterday", "today", "tonight"];
/** Adverbs of time and manner that may stand between a verb of saying and its clause (`said earlier`, `said privately`). */
const TIME_ADVERBS = ["earlier", "later", "recently", "previously", "repeatedly", "again", "also", "then", "afterward", "afterwards"];
/** Parts of a day. */
const DAY_PARTS = ["morning", "afternoon", "evening", "night"];
/** Seasons. */
const SEASONS = ["spring", "summer", "fall", "autumn", "winter"];
/** Number words up to ten. */
const SMALL_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Units of a measured time, singular and plural. */
const TIME_UNITS = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"];
/** Articles. */
export const ARTICLES: ReadonlySet<string> = wordSet(["the", "a", "an"]);
/** The articles of a singular noun phrase: `a raucous crowd`. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = wordSet(["a", "an"]);
/** Possessive determiners. */
const POSSESSIVES = ["his", "her", "their", "its", "our", "my"];
/** Possessive determiners, `your` included: `denied his party the victory`. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = wordSet(POSSESSIVES, ["your"]);
/** Demonstratives. */
const DEMONSTRATIVES = ["this", "these", "those"];
/**
 * Quantifiers and demonstratives before a plural noun (`some delays`, `several times`, `those reports`): a word in `-s`
 * right after one is the noun, not a present-tense verb. Not `one`, `this`, `that` or `each`, after which a verb in `-s`
 * is read (`no one knows`, `this means`).
 */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = wordSet(["these", "those", "some", "many", "most", "few", "fewer", "several", "both", "all", "other", "such"]);
/** Participles of the auxiliaries, which open a participle clause and never a name: `Having claimed …, the board …`. */
export const AUXILIARY_PARTICIPLES: ReadonlySet<string> = wordSet(["having", "being"]);
/** Words after which a verb form goes on the same verb group (`would be scared`, `to vote`, `not fined`), with the finite forms and the forms of `be`. */
export const VERB_GROUP_LINKS: ReadonlySet<string> = wordSet(["to", "not", "never", "having"]);
/** Words that open a description (`the ferry operator`, `his office`, `one official`), capitalised at a sentence start only. */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = wordSet([...ARTICLES], POSSESSIVES, ["your", "this", "that", "one", "another"]);
/** Description openers that make what follows a noun phrase, never a participle's subject: `the report`, `one slide`, not `a plan announced`. */
export const DEFINITE_OPENERS: ReadonlySet<string> = wordSet(["the"], POSSESSIVES, ["this", "that", "one", "another"]);
/** Determiners of a bare definite description that looks back to a referent: `the company`, `this campaign`, `that agency`. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = wordSet(["the", "this", "that"]);
/** Subject pronouns that open a clause. */
const SUBJECT_PRONOUNS = ["he", "she", "they", "it", "we", "i", "you"];
/** Modals that stand as a finite auxiliary. */
const OBJECT_PRONOUN_LIST = ["him", "them", "it", "us", "me"];

const MODAL_LIST = ["will", "would", "could", "should", "can", "may", "might", "must"];
/** Forms of `be`. */
const BE_FORMS = ["is", "are", "was", "were"];
/** Coordinating conjunctions that join a second verb to the same subject. */
const VERB_CONJUNCTIONS = ["and", "or", "but", "then"];

// ---------------------------------------------------------------------------------------------------- time

/** Words of a short time adverbial right after a verb of saying: `said Tuesday`, `said earlier`, `said privately`. */
export const SHORT_ADVERBIALS: ReadonlySet<string> = wordSet(WEEKDAYS, DEICTIC_DAYS, TIME_ADVERBS, ["privately", "publicly"]);
/** Nouns that close a time adverbial: `on Friday`, `last week`, `this spring`. */
export const TIME_NOUNS: ReadonlySet<string> = wordSet(["week", "weekend", "month", "year"], DAY_PARTS, WEEKDAYS, SEASONS, ["time"]);
/** Words that open a time adverbial closing an object: `announced his retirement on Friday`, `last week`. */
export const TIME_OPENERS: ReadonlySet<string> = wordSet(["on", "last", "this", "next", "earlier", "later", "in"]);
/**
 * Words of a time adverbial standing alone between a verb and its infinitive (`vowed Tuesday to stay`, `announced plans
 * this week to give`, `pledged again on Monday to …`): the adverbial is the cue's, and the content starts at `to`.
 */
export const TIME_ADJUNCT_WORDS: ReadonlySet<string> = wordSet(
  WEEKDAYS, DEICTIC_DAYS, TIME_ADVERBS, DAY_PARTS, SEASONS, ["on", "last", "this", "next", "week", "weekend", "month", "year"],
);
/**
 * Subordinators of time after an infinitive's content: the clause they open dates the saying, the writer's narration
 * (`warned officials to boost security after hackers targeted …`). A condition stays in the content (`vowed to pull
 * out of NATO if he is elected`); `as` too, which is often no subordinator (`just as`, `such as`).
 */
export const INFINITIVE_TIME_SUBORDINATORS: ReadonlySet<string> = wordSet(["after", "while"]);
/** Question words that open an indirect question after a phrase (`explained to CBS why …`), which no relative is. */
export const PHRASE_QUESTIONS: ReadonlySet<string> = wordSet(["why", "how", "whether"]);
/** Words that place a time within a month or a year without naming one: `in early October`, `in late 2015`. */
export const TIME_PLACERS: ReadonlySet<string> = wordSet(["early", "mid", "late"]);
/** Words that open an adverbial between a verb of saying and a bare clause: `said on Friday he …`, `said in a statement the …`. */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = wordSet(["on", "in", "at", "last", "this", "during"]);
/**
 * Words of the adverbials around a verb of saying (`told reporters on Tuesday`, `said in a statement to CNN`,
 * `said during an interview with Fox News`): a cue followed only by these closes its sentence.
 */
export const TIME_WORDS: ReadonlySet<string> = wordSet(
  ["on", "in", "at", "last", "this"], DEICTIC_DAYS, WEEKDAYS, TIME_ADVERBS, ["week", "month", "year"], DAY_PARTS,
  ["during", "an", "a", "the", "interview", "statement", "speech", "press", "conference", "release", "with", "to", "reporters", "told", "of"],
  ["his", "her", "their", "its", "twitter", "facebook", "cnn", "fox", "msnbc", "abc", "nbc", "cbs", "radio", "television", "tv", "news", "program", "show", "email", "letter"],
);

// ---------------------------------------------------------------------------------------------------- clause openers

/** Bare subject pronouns: `he`, `she`, `they`, `it`, `we`, `i`, `you`, `there` (after `said` they open a clause for certain). */
export const CLAUSE_PRONOUNS: ReadonlySet<string> = wordSet(SUBJECT_PRONOUNS, ["there"]);
/** Subject pronouns of the third person singular, whose verb in the present ends in `-s` (`it hopes`, `she plans`). */
export const SINGULAR_SUBJECT_PRONOUNS: ReadonlySet<string> = wordSet(["he", "she", "it"]);
/** Subject pronouns that are never an object (`he`, not `it` or `you`): a verb form in -ing before one has no object. */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = wordSet(["he", "she", "they", "we", "i"]);
/** Subject pronouns of the first person: the writer (or the one answering an interview) reports in their own name (`I told him that …`). */
export const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = wordSet(["i", "we"]);
/** Words that open a bare reported clause: subject pronouns, determiners and quantifiers (`said the plan …`, `said most …`). */
export const CLAUSE_OPENERS: ReadonlySet<string> = wordSet(SUBJECT_PRONOUNS, ["there"], [...ARTICLES], POSSESSIVES.filter((w) => w !== "my"),
  DEMONSTRATIVES, ["no", "nobody", "everyone", "someone", "all", "some", "many", "most", "both"]);
/** Pronouns that are the subject of a following verb (`they only buy American`); `who` too. */
export const VERB_SUBJECTS: ReadonlySet<string> = wordSet(SUBJECT_PRONOUNS, ["who"]);
/** Quantifiers that float after a subject, before its verb: `they all said`, `Merkley and Brown both suggested`. */
const FLOATING = ["all", "both"];
/** Quantifiers that float after a subject, before its verb. */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = wordSet(FLOATING);
/** Quantifiers that stand as a subject (`some say`, `many argue`) or float after one (`they all said`). */
export const SUBJECT_QUANTIFIERS: ReadonlySet<string> = wordSet(FLOATING, ["some", "many", "several"]);
/** Words after which a speech-verb form is a noun (`a call`, `the report`, `his statement`). */
export const NOUN_MARKERS: ReadonlySet<string> = wordSet(["a", "an", "the", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "first", "last", "new", "latest", "whose",
  "in", "on", "at", "of", "for", "with", "from", "across", "about", "into", "by", "some", "many", "all", "both", "several"]);
/** Adjectives that limit a noun after a determiner (`the only show that …`, `the same report`): the word after them is a noun. */
export const LIMITING_ADJECTIVES: ReadonlySet<string> = wordSet(["only", "same", "very", "sole", "entire", "whole", "main"]);
/** Prepositions before a noun modifier and its noun (`on user reports`, `from voter complaints`). */
export const COMPOUND_PREPOSITIONS: ReadonlySet<string> = wordSet(["on", "with", "from", "about", "into", "among", "against", "despite", "amid"]);
/** Nouns of adverbial phrases after a preposition, before a verb (`in part reflects`, `in turn says`, `of course claims`). */
export const ADVERBIAL_PHRASE_NOUNS: ReadonlySet<string> = wordSet(["part", "turn", "fact", "course", "contrast", "effect", "short", "general", "particular", "addition", "practice", "theory", "sum", "essence", "time", "comparison", "response", "return", "private", "public", "person", "principle"]);
/** Adverbs that may stand between a subject pronoun and its verb, and mark a clause on their own (`they only …`). */
export const FOCUS_ADVERBS: ReadonlySet<string> = wordSet(["only", "also", "just", "still", "never", "already", "really", "even"]);
/** Adverbs that may follow an intransitive present (`the plan works well`, `the agency costs too much`, `the office closes today`). */
export const AFTER_VERB_ADVERBS: ReadonlySet<string> = wordSet([...FOCUS_ADVERBS], DEICTIC_DAYS, ["well", "too", "again", "now", "here", "there", "out", "back", "together", "better", "best", "hard", "twice"]);
/** Conjunctions after which a verb shares the report's own subject: `wrote the letter and sent it`. */
export const SHARED_SUBJECT_CONJUNCTIONS: ReadonlySet<string> = wordSet(VERB_CONJUNCTIONS);
/** Words before a verb that join it to the verb before, whose subject it shares (`…, but did note that …`, `and also said`). */
export const SUBJECT_JOINERS: ReadonlySet<string> = wordSet([...VERB_CONJUNCTIONS, "also"]);

/** Words that never open a reported clause: prepositions, conjunctions, answers, interjections. */
export const NOT_CLAUSE_START: ReadonlySet<string> = wordSet(
  ["in", "on", "at", "of", "for", "with", "to", "about", "from", "by", "during", "after", "before", "since", "through", "into", "over", "under", "against", "without"],
  ["so", "as", "than", "and", "but", "or", "nor", "yes", "no", "nothing", "something", "anything", "goodbye", "hello", "sorry", "thanks", "otherwise", "too"],
  ["later", "earlier", "again", "also", "then", "there", "here", "instead", "please", "amen", "hi", "okay", "ok"],
  ["that", "which", "what", "who", "whom", "whose", "while", "when", "where", "why", "how", "if", "whether", "because", "though", "although", "unless", "until"],
  ["like", "via", "per", "amid", "among", "toward", "towards", "upon", "within", "across", "behind", "beyond", "near", "off", "out", "up", "down", "around"],
  ["following", "including", "regarding", "concerning", "despite", "except"],
);
/** Quantity words after a degree word that opens a clause (`says too much is made of …`). */
export const DEGREE_QUANTITIES: ReadonlySet<string> = wordSet(["much", "many", "few", "little"]);
/** Words that open a quantity (`about half`, `more than`, `at least`) and so may open a clause though listed above. */
export const QUANTITY_OPENERS: ReadonlySet<string> = wordSet(["at", "about", "nearly", "almost", "more", "over", "up"]);
/** What follows a quantity opener: `least`, `most`, `half`, a number word, `than`, `to` (digits are tested apart). */
export const QUANTITY_WORDS: ReadonlySet<string> = wordSet(["least", "most", "half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "than", "to"]);
/** Subordinators that may open a fronted clause inside a report (`says despite being …, she plans`, `said if elected he …`). */
export const SUBORDINATORS: ReadonlySet<string> = wordSet(["despite", "if", "when", "once", "after", "before", "although", "though", "because", "while", "unless", "until", "as"]);
/** Words that open a fronted adverbial rather than a clause: `In the two years since …`, `When the vote came, …`. */
export const FRONTED_OPENERS: ReadonlySet<string> = wordSet(
  ["in", "on", "at", "after", "before", "since", "during", "when", "while", "if", "as", "although", "though", "despite", "because"],
  ["for", "over", "under", "with", "without", "until", "once", "by", "from", "throughout", "amid"],
);
/**
 * Prepositions that open a phrase between a cue and its `that`: `argued during Saturday’s debate that …`, `explained
 * through a spokesman that …`, `announced via Twitter that …`.
 */
export const CUE_PREPOSITIONS: ReadonlySet<string> = wordSet(["in", "at", "on", "during", "to", "with", "before", "after", "from", "over", "via", "through", "by", "for", "under"]);

// ---------------------------------------------------------------------------------------------------- noun phrases

/** Determiners and the prepositions before a noun phrase: after them a verb form is a noun or an adjective. */
const DETERMINERS_AND_PREPOSITIONS = [...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVES, "your", "whose", "to", "of", "for", "with", "from", "by", "in", "on", "at", "into", "about"];
/** Words after which a verb form is a noun (`the show`, `his support`, `a call`) or an infinitive (`to back`). */
export const NOUN_BEFORE: ReadonlySet<string> = wordSet(
  DETERMINERS_AND_PREPOSITIONS,
  ["new", "latest", "first", "last", "public", "strong", "broad", "full", "own", "such", "any", "no", "every", "each", "some", "many", "more", "most", "much", "less"],
  ["widespread", "popular", "growing", "national", "political", "personal", "financial", "military", "and", "or"],
);
/**
 * Words after which a past participle is an adjective of the noun that follows (`a revised plan`, `to the gathered
 * cameras`, `a newly created role`): determiners and prepositions, not the quantifiers that stand alone as a subject
 * (`more needed to be done`).
 */
export const PARTICIPLE_BEFORE: ReadonlySet<string> = wordSet(DETERMINERS_AND_PREPOSITIONS);
/** Forms of `be` and `get` before a participle make it passive (`was found`, `is expected`): the source is not the subject. */
export const PASSIVE_BEFORE: ReadonlySet<string> = wordSet(BE_FORMS, ["be", "been", "being", "get", "gets", "got", "gotten", "becomes", "became", "'s", "’s", "self"]);
/** Forms of `be` before a participle `asked`: `he was asked what happened`. */
export const BE_PASSIVE: ReadonlySet<string> = wordSet(BE_FORMS, ["been", "being"]);
/** Words that open a speech verb's object: `announced his resignation`, `confirmed the meeting`, `denied any wrongdoing`. */
export const OBJECT_DETERMINERS: ReadonlySet<string> = wordSet([...ARTICLES], POSSESSIVES.filter((w) => w !== "my"), ["this", "that", "any", "new", "plans"]);
/** Words that open a stance verb's object: `endorsed the plan`, `called for stricter rules`, `criticised legislation`. */
export const OBJECT_OPENERS: ReadonlySet<string> = wordSet([...ARTICLES], POSSESSIVES, ["your"], DEMONSTRATIVES,
  ["what", "both", "all", "any", "more", "new", "further", "stricter", "tougher", "greater", "higher", "lower"],
  ["legislation", "policies", "plans", "efforts", "calls", "action", "changes", "reforms", "proposals"]);
/** Where an object ends: a subordinate clause, a participle of its own, a time adverbial or a relative. */
export const OBJECT_STOP: ReadonlySet<string> = wordSet(
  ["because", "after", "before", "while", "when", "whereas", "as", "since", "though", "although", "if", "unless", "until"],
  ["saying", "calling", "adding", "arguing", "noting", "citing", "during", "despite", "amid"], DEICTIC_DAYS, ["earlier", "later"], WEEKDAYS,
  ["who", "which", "where", "but", "so", "than", "even", "instead", "according"],
);
/**
 * Words that may stand between a source and its verb of saying, or before the verb in its own chain (`has also said`,
 * `would later tell`, `reportedly said`, `together vowed`): auxiliaries, modals and the adverbs news puts there.
 */
export const CUE_AUXILIARIES: ReadonlySet<string> = wordSet(
  ["has", "have", "had", "was", "is", "were", "are", "will", "would", "did", "does", "do", "been", "be", "being"],
  ["may", "might", "could", "should", "can", "must", "to", "not", "never"],
  ["also", "later", "then", "once", "previously", "repeatedly", "again", "recently", "earlier", "further", "just", "reportedly",
    "allegedly", "publicly", "privately", "simply", "flatly", "quickly", "bluntly", "often", "still", "even", "first", "last",
    "initially", "together"],
);
/** Forms of `have` before `been` in a perfect passive (`has been reported by`). */
export const HAVE_FORMS: ReadonlySet<string> = wordSet(["has", "have", "had"]);
/** Finite auxiliaries and modals (`has`, `was`, `would`, `did`): after `that` they make it a subject or a relative. */
const FINITE_AUXILIARY_LIST = ["has", "have", "had", ...BE_FORMS, ...MODAL_LIST, "did", "does"];
/** Finite auxiliaries and modals: right after `that` they make it a subject (`said that was wrong`) or a relative (`remarks that were echoed`). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = wordSet(FINITE_AUXILIARY_LIST);
/** Modals: the verb coordinated with one is bare (`will fight and win`), never in `-s` (`will fight and refuses`). */
export const MODALS: ReadonlySet<string> = wordSet(MODAL_LIST, ["shall"]);
/** Modals of a possibility or a condition (`could`, `would`, `might`): a clause with one states no fact of the writer's. */
export const HEDGING_MODALS: ReadonlySet<string> = wordSet(MODAL_LIST.filter((w) => w !== "will" && w !== "must"));
/** Forms of `be`: an `-ing` form after one is a progressive (`is rising and falling`). */
export const BE_WORDS: ReadonlySet<string> = wordSet(BE_FORMS, ["be", "been", "being", "am"]);
/** Finite forms that mark a clause: auxiliaries, modals and `cannot`. */
export const FINITE_WORDS: ReadonlySet<string> = wordSet(FINITE_AUXILIARY_LIST, ["am", "shall", "do", "cannot"]);
/** Words after `and` that start a new verb phrase rather than continue a noun phrase (`endorsed Trump and has campaigned`). */
export const VERB_AFTER_AND: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARY_LIST, ["do"],
  ["also", "then", "later", "now", "still", "even", "never", "not"],
  ["said", "says", "say", "told", "tells", "added", "went", "got", "made", "took", "gave", "came", "called", "urged"],
);
/** Words that open a source named by no one after `according to`: `a new poll`, `FEC records`, `exit polls`. */
export const DOCUMENT_OPENERS: ReadonlySet<string> = wordSet([...ARTICLES], ["this", "that"], DEMONSTRATIVES.slice(1),
  ["one", "two", "several", "some", "many", "recent", "new", "early", "preliminary", "official", "internal", "court", "public", "state", "federal", "exit"],
  POSSESSIVES.filter((w) => w !== "our" && w !== "my"));
/** What follows a participle of a clause of manner before its source: `As reported by X`, `As stated in X`. */
export const AS_AGENT_MARKS: ReadonlySet<string> = wordSet(["by", "in"]);
/** Words that end a document's noun phrase after `according to`: a relative or a new clause. */
export const DOCUMENT_SOURCE_STOP: ReadonlySet<string> = wordSet(["that", "which", "who", "because", "but", "while", "as", "when"]);
/** Words that end a document's noun phrase before its verb (`records show`): a conjunction or a relative. */
export const DOCUMENT_SUBJECT_STOP: ReadonlySet<string> = wordSet(["and", "but", "or", "that", "which", "while", "as", "because", "so"]);

// ---------------------------------------------------------------------------------------------------- clause boundaries

/** Dashes that may open and close an interpolation (`— a crew hired in March —`). */
export const DASH_MARKS: ReadonlySet<string> = wordSet(["—", "–", "―", "--"]);
/** Dashes that may open or close an interpolation, a spaced hyphen included (`most Americans - 63 percent - still …`). */
export const INTERPOLATION_DASHES: ReadonlySet<string> = wordSet([...DASH_MARKS], ["-"]);
/** Punctuation that ends a reported clause: dashes, semicolon, colon, brackets. */
export const CLAUSE_END_MARKS: ReadonlySet<string> = wordSet([...DASH_MARKS], [";", ":", "(", ")"]);
/** Punctuation after which a clause before a cue starts: a dateline dash, a semicolon, an opening colon. */
export const CLAUSE_START_MARKS: ReadonlySet<string> = wordSet([...DASH_MARKS], [";", ":"]);
/** Words that open an aside after the sentence's subject in which a cue may stand: `Okafor, who said …, never did`. */
export const EMBEDDING_OPENERS: ReadonlySet<string> = wordSet(["who", "though", "although", "while"]);
/** Words that open a noun clause holding a cue (`how experts say it would work has …`): its content ends before the matrix verb. */
export const NOUN_CLAUSE_OPENERS: ReadonlySet<string> = wordSet(["what", "how", "why", "where"]);
/** What follows an item of a list after a comma: `the money, message, independence and time`. */
export const LIST_GOES_ON: ReadonlySet<string> = wordSet([",", "and", "or"]);
/** Punctuation that ends a poll's quantity phrase on its left. */
export const POLL_SOURCE_MARKS: ReadonlySet<string> = wordSet([",", ";", ":", "—", "–"]);
/** Words that make a quantity a share of those asked, as polls report it: `52 percent`, `half of voters`. */
export const SHARE_WORDS: ReadonlySet<string> = wordSet(["percent", "%", "half", "third", "thirds", "quarter", "quarters", "majority", "majorities", "minority", "plurality"]);
/** Number words that count a share: `four in 10`, `eight of 10`, `nine out of 10`. */
export const SHARE_COUNTS: ReadonlySet<string> = wordSet(SMALL_NUMBERS);
/** Words of a measured time before `after` or `before` (`two days after the vote`, `hours before`); digits count too. */
export const TIME_MEASURES: ReadonlySet<string> = wordSet(["a", "an", "several", "few"], SMALL_NUMBERS, TIME_UNITS);
/** Words that open a clause rather than go on with an adverbial after a closing cue: its content or the writer's clause. */
export const CUE_TAIL_CLAUSE_OPENERS: ReadonlySet<string> = wordSet(
  ["that", "who", "whom", "whose", "which", "where", "whether", "if", "and", "but", "or", "nor", "so", "than", "how", "why", "what"]);
/** A focus word that may stand before a fronted clause's subordinator: `Even as they vowed …`, `Only if …`. */
export const BEFORE_SUBORDINATOR: ReadonlySet<string> = wordSet(["even", "only", "just"]);
/**
 * Conjunctions that end a poll's quantity phrase on its left: `…, but 52 percent say`; `that` of a clause reporting it
 * (`a poll found that 74 percent of likely voters said …`).
 */
export const POLL_SOURCE_STOP: ReadonlySet<string> = wordSet(["but", "and", "while", "though", "although", "after", "as", "that"]);
/** Participles after a comma that go on reporting (`, adding that …`); `according` ends the clause. */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = wordSet(["adding", "saying", "noting", "arguing", "insisting", "explaining", "warning", "calling", "stressing", "according"]);
/** Participles that belong to the content before them, as prepositions do (`…, including the pier`). */
const CONTENT_PARTICIPLE_LIST = ["including", "excluding", "following", "regarding", "concerning", "pending"];
/** `CONTENT_PARTICIPLE_LIST` as a set: after a closing cue they open no participle of the source's. */
export const CONTENT_PARTICIPLES: ReadonlySet<string> = wordSet(CONTENT_PARTICIPLE_LIST);
/** Participles after a closing cue whose subject is its source, besides those of verbs of saying (`…, X said, declining to …`). */
export const SOURCE_PARTICIPLES: ReadonlySet<string> = wordSet(["declining", "refusing", "referring"]);
/** Participles that go on with the report (`, adding that …`) or belong to its content (`, including …`). */
export const CONTINUING_PARTICIPLES: ReadonlySet<string> = wordSet([...REPORTING_PARTICIPLES], CONTENT_PARTICIPLE_LIST);
/** Words that open an appositive of a source after its cue: `said X, a senior official …`, `, who chairs …`. */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = wordSet([...ARTICLES], ["who", "whose", "one"], POSSESSIVES.filter((w) => w !== "my" && w !== "our"));
/** Subordinators after a closing cue and a comma that open a clause of the cue's own: `…, X said, as they bristled at …`. */
export const CUE_ADJUNCTS: ReadonlySet<string> = wordSet(["as", "while", "when", "after", "before", "amid", "during"]);
/** Words after a parenthetical cue that open a clause of their own rather than go on with the one before it (`…, X said, and …`). */
export const NOT_CONTINUING: ReadonlySet<string> = wordSet(["and", "but", "or", "so", "yet", "then", "who", "which", "whose"], [...CUE_ADJUNCTS], [...REPORTING_PARTICIPLES]);
/** Conjunctions after a comma that open a contrasting clause of the writer's: `…, though she did not discuss …`. */
export const CONTRASTS: ReadonlySet<string> = wordSet(["while", "whereas", "though", "although"]);
/** Words after `, so` that make it a phrase of the clause (`, so far,`, `so long as`, `so that`), not a consequence of its own. */
export const SO_PHRASE_WORDS: ReadonlySet<string> = wordSet(["far", "long", "much", "many", "that", "as", "too", "to"]);
/** Relative pronouns that open a writer's relative clause after a comma. */
export const RELATIVES: ReadonlySet<string> = wordSet(["which", "who", "whom", "where"]);
/**
 * Words after a hyphen standing for a dash (` - `) that carry the clause on (`… - and that he will …`, `… - whether
 * abortion or …`, `… - only that she knew …`, `… - who put …`): plain-text writers join closer with it than with `—`.
 */
export const SPACED_DASH_GOES_ON: ReadonlySet<string> = wordSet(["and", "but", "or", "nor", "whether", "either", "only", "who", "which", "whose", "ahead"]);
/**
 * Subordinators of condition or time that, after a single dash, qualify the clause before it and go on with it (`… will
 * change fast — or if he wins the delegates`, `… was set two weeks ago - before he called for …`); a concession or a
 * contrast (`— though`, `— while`) opens the writer's clause.
 */
export const DASH_CONDITIONS: ReadonlySet<string> = wordSet(["if", "when", "before", "after", "unless", "until", "once"]);
/** Relatives after a comma that open a writer's clause about the last noun, `whose` with them (`…, whose son was killed in …`). */
export const WRITER_RELATIVES: ReadonlySet<string> = wordSet([...RELATIVES], ["whose"]);
/** Verbs of refusal that, before `to`, open a second predicate of the source's (`… and declined to provide a list`). */
export const REFUSAL_VERBS: ReadonlySet<string> = wordSet(["declined", "declines", "refused", "refuses"]);
/** Auxiliaries that, negated, withhold more of a report (`… but would not say`, `… and won't comment`). */
export const WITHHOLDING_AUXILIARIES: ReadonlySet<string> = wordSet(["would", "will", "did", "does", "wouldn't", "won't", "didn't", "doesn't"]);
/** Verbs of telling more that a source withholds (`would not identify`, `declined to elaborate`). */
export const WITHHELD_VERBS: ReadonlySet<string> = wordSet(
  ["say", "comment", "elaborate", "identify", "name", "specify", "disclose", "discuss", "answer", "explain", "detail", "reveal"]);
/** Verbs of giving that withhold only with an object of information (`would not offer details`, not `provide any support`). */
export const GIVING_VERBS: ReadonlySet<string> = wordSet(["provide", "offer", "give", "release"]);
/** Nouns of information a source withholds: `declined to provide a list of venues`, `would not offer details`. */
export const WITHHELD_NOUNS: ReadonlySet<string> = wordSet(["details", "specifics", "list", "names", "information", "timeline", "timetable", "schedule", "date", "estimate", "breakdown", "figures"]);
/** Go-betweens through whom a source speaks: `denied the charges through his lawyer`. */
export const GO_BETWEEN_NOUNS: ReadonlySet<string> = wordSet(
  ["lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "publicist", "aide", "aides"]);
/** Relatives that may be the subject of their clause: `a plan that officials said will fail`, `what she said is …`. */
export const SUBJECT_GAP_RELATIVES: ReadonlySet<string> = wordSet(["which", "who", "that", "what"]);
/** Conjunctions that may open a sentence before a fronted clause or phrase: `But as X noted, …`, `And since …`. */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = wordSet(["and", "but", "yet", "so"]);
/** Conjunctions before a new subject with its own verb of saying (`… and three-quarters said …`). */
export const NEW_REPORT_CONJUNCTIONS: ReadonlySet<string> = wordSet(["and", "but", "though", "although", "while"]);
/** Words that show a new subject is not followed by a report of its own (`the plan that …`, `was …`). */
export const NOT_NEW_REPORT: ReadonlySet<string> = wordSet(["that", "which", "who", "to"], BE_FORMS);
/** Words after `asked` that open the question: after `when`, `after`, `if` (`…, she said when asked if …`). */
export const ASKED_OPENERS: ReadonlySet<string> = wordSet(["when", "while", "after", "once", "if", "as", "before", "whenever"]);
/** Past participles that make `asked not to be named` a condition of anonymity. */
export const ANONYMITY_PARTICIPLES: ReadonlySet<string> = wordSet(["named", "identified", "quoted", "cited"]);
/** Particles after `add` that make it no verb of saying: `adding to his victories`, `added up`. */
export const ADD_PARTICLES: ReadonlySet<string> = wordSet(["to", "up", "on"]);
/** Headline sources named by a common noun: `Poll: …`, `Report: …`. */
export const LABEL_NOUNS: ReadonlySet<string> = wordSet(["poll", "polls", "survey", "report", "study", "analysis", "sources", "source", "officials", "aides", "experts", "newspaper", "insiders", "witnesses"]);
/** Words between a headline label's source and its colon: `Clinton to Planned Parenthood:`, `Clinton camp:`. */
export const LABEL_TAIL: ReadonlySet<string> = wordSet(["on", "to", "camp", "campaign", "says", "aide", "aides", "spokesman", "spokeswoman", "team", "allies"]);
/** Words between a verb of saying and the colon that opens its content, besides adverbials: `said then:`, `said the following:`, `said as follows:`. */
export const COLON_GAP_WORDS: ReadonlySet<string> = wordSet(["then", "now", "again", "also", "later", "once", "simply", "following", "follows", "as", "this"]);
/** Nouns of a told story whose `of how …` is the content: `tells the story of how …`, `recounted the tale of why …`. */
export const STORY_NOUNS: ReadonlySet<string> = wordSet(["story", "stories", "tale", "tales", "anecdote", "anecdotes"]);
/** Lemmas of verbs of saying whose colon spells out an assent, not a speech: `Investors seem to agree: shares were up …`. */
export const COLON_ASSENT_LEMMAS: ReadonlySet<string> = wordSet(["agree", "concur"]);
/** Lower-case words of a hearer and of a short time adverbial after it: `told reporters on Friday`. */
export const HEARER_WORDS: ReadonlySet<string> = wordSet([...ARTICLES], POSSESSIVES, ["of", "reporters", "journalists", "supporters", "donors", "voters", "me", "us", "him", "them"],
  ["host", "anchor", "radio", "television", "newspaper", "magazine", "on", "in", "last", "this", "week", "month"], DAY_PARTS, ["interview", "during"]);
/** Nouns of the medium a claim is made in, read in an adverbial after a cue (`, the agency said in a June report,`). */
export const SPEECH_MEDIUM_NOUNS: ReadonlySet<string> = wordSet(
  ["report", "reports", "statement", "statements", "interview", "interviews", "tweet", "tweets", "post", "posting", "letter", "email", "memo"],
  ["filing", "speech", "remarks", "testimony", "hearing", "briefing", "call", "op-ed", "column", "essay", "book", "memoir", "blog", "video"],
  ["podcast", "release", "message", "appearance", "conversation", "conversations", "debate", "rally", "meeting", "conference", "session"],
);
/** Nouns of documents and data that report evidence (`records show`, `the audit found`). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = wordSet(
  ["records", "filings", "filing", "documents", "document", "reports", "report", "polls", "poll", "data", "figures", "results", "surveys", "survey"],
  ["studies", "study", "statistics", "numbers", "estimates", "emails", "papers", "analysis", "analyses", "review", "audit", "investigation", "memo", "letter"],
  ["disclosures", "returns", "tallies", "counts", "projections", "models", "research", "evidence"],
);

/** Participles that make `those` a poll's respondents: `those surveyed say …`, `those polled said …`. */
export const RESPONDENT_PARTICIPLES: ReadonlySet<string> = wordSet(["surveyed", "polled", "questioned", "interviewed", "sampled"]);

/**
 * Irregular past forms the word table does not read as pasts (compromise lists them as adjectives or not at all), read
 * as verbs by the reported clause's checks: `said contractors built a cushion`, `said aides sought a delay`. Only forms
 * that are no present tense and rarely a noun.
 */
export const IRREGULAR_PASTS: ReadonlySet<string> = wordSet([
  "awoke", "bent", "built", "clung", "drew", "dreamt", "learnt", "sought", "shone", "slung", "spilt", "stank", "woke",
  "withheld", "withstood", "wrung", "overtook", "rebuilt", "rewrote", "underwent", "forbade", "outgrew", "oversaw",
]);
/**
 * Verbs whose past is their bare form (`put`, `set`, `cut`): right after a name (`Clinton put speed over security`) one
 * is the past, since a singular subject's present takes `-s`.
 */
export const INVARIANT_PASTS: ReadonlySet<string> = wordSet([
  "put", "set", "cut", "hit", "let", "shut", "quit", "spread", "cost", "hurt", "split", "upset", "cast", "shed", "bid", "beat",
]);
/**
 * Words that put a reported clause in the past besides the past forms the word table reads: the auxiliaries and modals
 * in the past (`said the plan was sound`, `said he would go`), pasts it reads as nouns (`said fares rose`) and the bare
 * forms that may be pasts (`said the board cut the fees`).
 */
export const PAST_MARKERS: ReadonlySet<string> = wordSet(
  ["was", "were", "had", "did", "could", "would", "might", "should", "wasn't", "weren't", "hadn't", "didn't", "couldn't", "wouldn't"],
  ["rose", "read", "bit"], [...INVARIANT_PASTS],
);
/** Words that stand for a claim or an answer after a verb of saying: `half said so`, `75 percent said yes`. */
export const ANAPHORIC_ANSWERS: ReadonlySet<string> = wordSet(["so", "yes", "no"]);
/** Words that may follow such a content and end it: `said so again`, `said the same of Trump and …`, `said so himself`. */
export const ANAPHORIC_AFTER: ReadonlySet<string> = wordSet(["and", "but", "while", "when", "as", "too", "again", "then", "himself", "herself", "themselves", "itself", "publicly", "privately", "repeatedly"]);
/** Prepositions in `-ing`, never a gerund after a verb of saying: `reported according to …`, `said following the vote`. */
export const ING_PREPOSITIONS: ReadonlySet<string> = wordSet(["according", "including", "regarding", "concerning", "following", "pending", "barring", "considering", "excluding", "during", "notwithstanding"]);
/** Subordinators that open a clause of a closing cue's own: `…, X said as he left`, `…, X told Y while touring …`. */
export const CUE_OWN_SUBORDINATORS: ReadonlySet<string> = wordSet(["as", "while", "when", "after", "before", "because", "since", "until"]);
/** Prepositions whose gerund gives the circumstance of a closing cue: `…, X said in posing the question`, `by tacking on …`. */
export const CUE_OWN_PREPOSITIONS: ReadonlySet<string> = wordSet(["in", "after", "before", "by", "upon"]);
/** Words that open a verb's object right after it (`located her`, `closed the pier`): the verb before is a predicate. */
export const OBJECT_AFTER_VERB: ReadonlySet<string> = wordSet([...ARTICLES], OBJECT_PRONOUN_LIST, POSSESSIVES.filter((w) => w !== "our" && w !== "my"));
/** Words after `, but` that open a phrase completing the clause before it: `not only A, but also B`, `but not for X`. */
export const CONTRAST_FOCUS: ReadonlySet<string> = wordSet(["not", "also", "only", "rather", "never", "because"]);

// ---------------------------------------------------------------------------------------------- subject phrases

/** Quantifiers and demonstratives that head a source phrase of their own before its modifier: `Those close to him say`, `many in the party say`. */
export const PHRASE_PRONOUN_HEADS: ReadonlySet<string> = wordSet(["those", "some", "many", "most", "few", "several", "all", "both", "others", "none", "neither", "each"], SMALL_NUMBERS);
/** Words that open a source phrase before its nouns: articles, possessives, demonstratives and quantifiers. */
export const PHRASE_DETERMINERS: ReadonlySet<string> = wordSet([...ARTICLES], POSSESSIVES, DEMONSTRATIVES, [...PHRASE_PRONOUN_HEADS], ["another", "other", "every", "any", "no"]);
/** Words that open a list of members between commas inside a source phrase: `Editorial pages, including this one, warned`. */
export const INCLUSION_OPENERS: ReadonlySet<string> = wordSet(["including", "like", "such", "especially", "notably", "among"]);
/** Words after which a source phrase opens a clause: conjunctions, subordinators and the complementiser `that`. */
export const PHRASE_CLAUSE_OPENERS: ReadonlySet<string> = wordSet([...SUBORDINATORS], [...OPENING_CONJUNCTIONS], ["that", "or", "since", "whereas", "where", "then"]);
/** Pronouns that may be the object of a preposition inside a source phrase: `those close to him`, `people familiar with her thinking`. */
export const PHRASE_OBJECT_PRONOUNS: ReadonlySet<string> = wordSet(OBJECT_PRONOUN_LIST, ["her"]);
/** Forms of verbs of saying that are never a plural noun inside a source phrase (`the next two states` is one). */
export const VERB_ONLY_SPEECH_FORMS: ReadonlySet<string> = wordSet(["says", "tells"]);
/** Participles that modify a source with their preposition: `people involved in the talks`, `officials briefed on the plan`. */
export const SOURCE_MODIFIER_PARTICIPLES: ReadonlySet<string> = wordSet(["involved", "briefed", "based", "stationed", "employed", "affiliated", "associated", "aligned", "allied", "connected", "opposed", "close", "gathered", "assembled"], [...RESPONDENT_PARTICIPLES]);
/** Relatives that open a clause modifying a source phrase: `Democrats who watched the debate said`. */
export const PHRASE_RELATIVES: ReadonlySet<string> = wordSet(["who", "whose"]);
/** Relatives that open a subject relative clause between a source phrase and its verb: `Groups that oppose the law say`. */
export const SOURCE_RELATIVES: ReadonlySet<string> = wordSet(["who", "that"]);

/** Words that open a fronted phrase whose names are not the sentence's subject (`Speaking during a meeting with X, Y said`). */
export const SUBJECT_FRONTED_OPENERS: ReadonlySet<string> = wordSet([
  "after", "before", "while", "when", "whilst", "during", "in", "on", "at", "speaking", "asked", "addressing",
  "writing", "responding", "referring", "unlike", "like", "despite", "although", "though", "as", "since", "because",
  "following", "with", "without", "for", "from", "under", "over", "upon", "by", "if", "once", "until", "amid",
  "among", "according", "earlier", "later", "last", "this", "meanwhile", "separately", "still", "yet", "however",
  "but", "and", "so", "then", "also", "instead", "indeed", "again", "now", "here", "there", "today", "yesterday",
  "moreover", "besides", "furthermore", "nonetheless", "nevertheless", "regarding", "citing", "appearing",
  "visiting", "testifying", "campaigning", "answering", "pressed", "interviewed", "even", "too", "thus", "hence",
  "otherwise", "similarly", "likewise", "finally", "first", "second", "third", "next", "sometimes", "often", "just",
  "only", "already", "perhaps", "maybe", "surely", "clearly", "notably", "talking", "reflecting", "looking",
  "pointing", "noting", "told", "given", "faced", "confronted",
]);
/** Words of `SUBJECT_FRONTED_OPENERS` that open no phrase of their own: before a name they are the sentence's adverb or conjunction. */
export const FRONTED_ADVERBS: ReadonlySet<string> = wordSet(["even", "also", "still", "just", "only", "now", "perhaps", "maybe", "and", "but", "so", "yet", "then", "indeed", "meanwhile", "instead", "again", "today", "yesterday"]);
/** Words after which a name is an object, not the sentence's subject (`met Ann Lee`, `told Ann Lee`, `with Ann Lee`). */
export const OBJECT_NAME_WORDS: ReadonlySet<string> = wordSet(["to", "with", "by", "of", "for", "from", "against", "at", "on", "in", "about", "toward", "towards", "into", "than", "like", "between", "among", "including", "invited", "met", "told", "asked", "urged", "called", "named", "and", "or", "over", "under", "behind", "beside", "besides", "via", "after", "before", "during", "whom"]);

/** Dashes that close a dateline: the dash marks and a hyphen between spaces. */
export const DATELINE_DASHES: ReadonlySet<string> = wordSet([...DASH_MARKS].filter((d) => d !== "―"), ["-"]);

/** Possessive pronouns with the subject pronoun that is resolved in their place: `her promise` is hers, `she`. */
export const POSSESSOR_SUBJECTS: ReadonlyMap<string, string> = new Map([["his", "he"], ["her", "she"], ["its", "it"], ["their", "they"]]);
/** Adjectives of time before a noun of saying, which the lexicon may read otherwise: `the campaign's earlier claim`. */
export const NOUN_TIME_MODIFIERS: ReadonlySet<string> = wordSet(["earlier", "recent", "previous", "prior", "past", "latest", "repeated", "frequent", "constant", "initial", "original", "oft-repeated"]);
/** Words after which a finite form is no predicate of the sentence: `… who was`, `… if she were`, `… and would be`. */
export const NO_PREDICATE_AFTER: ReadonlySet<string> = wordSet(["that", "who", "which", "whom", "where", "when", "if", "because", "not", "never", "also", "still", "but", "than", "as"]);

/** Marks after which a capitalised word may open a clause inside a sentence (`…: He said …`, `(She says …)`). */
export const CLAUSE_OPENING_MARKS: ReadonlySet<string> = wordSet([":", "(", "["]);

/** Determiners a source's mention may leave out before its head (`the Times said`, `these people said`, `some Democrats said`). */
export const SOURCE_LEAD_DETERMINERS: ReadonlySet<string> = wordSet([...ARTICLES], ["these", "those", "this", "some", "many", "several", "other", "both", "two", "three"]);

/** Endings of a verb form or an adverb (`said`, `visiting`, `reportedly`): such a word neither qualifies nor heads a source noun. */
export const VERB_OR_ADVERB_ENDING = /(?:ed|ing|ly)$/;

/** Plural nouns without an `-s`, after which a bare verb form is a present tense (`said people misunderstand him`). */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = wordSet(["people", "men", "women", "children", "police"]);

/** Words that open a sentence with a subordinate clause, whose subject a pronoun of the main clause may stand for. */
export const SENTENCE_SUBORDINATORS: ReadonlySet<string> = wordSet(["when", "after", "as", "while", "before", "since", "once", "although", "though", "because", "if", "until"]);

/** Words after which `to` introduces whoever a text was sent to (`a letter to`, `wrote to`). */
export const SENT_TO: ReadonlySet<string> = wordSet(["letter", "letters", "wrote", "written", "writes", "write", "sent", "sends", "addressed", "message", "email", "memo", "note", "petition", "appeal"]);

/** Coordinators, which open a second clause of a reported content after its verb (`the deal was dead and talks had ended`). */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = wordSet(["and", "or", "but"]);
/** Subordinators that end a speech verb's object even after a relative of its own (`reveal the terms he reached because …`). */
export const OBJECT_REASON_STOPS: ReadonlySet<string> = wordSet(["because", "although", "though", "whereas"]);
/** Words before a medium noun in a cue's `with` adjunct: `announced his candidacy with a speech …`. */
export const MEDIUM_DETERMINERS: ReadonlySet<string> = wordSet(["a", "an", "his", "her", "their", "its"]);
/** Lemmas whose passive with an agent reports its subject as the content: `The meeting was first reported by Politico`. */
export const PASSIVE_REPORT_LEMMAS: ReadonlySet<string> = wordSet(["report", "reveal", "disclose", "announce", "confirm"]);
/** Adverbs between `was` and a passive verb of saying: `was first reported by`, `was later confirmed by`. */
export const PASSIVE_REPORT_ADVERBS: ReadonlySet<string> = wordSet(["first", "initially", "originally", "earlier", "previously", "later", "also", "officially"]);
/** Subordinators that may open a fronted participle of saying (`After saying he was nervous, the man …`). */
export const PARTICIPLE_SUBORDINATORS: ReadonlySet<string> = wordSet(["after", "while", "before", "since", "when", "by"]);
/** Nouns of a round count that open a phrase with `of` (`dozens of women`, `thousands of voters`). */
export const COUNT_NOUNS: ReadonlySet<string> = wordSet(["dozens", "hundreds", "thousands", "millions", "scores"]);
/** Adverbs the auxiliaries leave out that may stand between a source phrase and its verb (`The budget office now says`, `The ferry company has long argued`). */
export const PRE_VERB_ADVERBS: ReadonlySet<string> = wordSet(["now", "always", "sometimes", "usually", "generally", "long", "since", "already"]);
/** Prepositions between a group and its object inside a source phrase: `Critics of the president`, `Advisers to the mayor`. */
export const GROUP_OBJECT_PREPOSITIONS: ReadonlySet<string> = wordSet(["of", "for", "to"]);
/**
 * Prepositions before a capitalised modifier whose next word is its noun, not a verb: `in Republican contests`; they
 * also open a phrase modifying a plural, across which a verb agrees with it (`revelations about the plan show`).
 */
export const NAME_MODIFIER_PREPOSITIONS: ReadonlySet<string> = wordSet(["of", "in", "on", "at", "for", "with", "from", "about", "into", "across", "among"]);
/** Pronouns that can close a quotation's cue as its speaker after the quote: `,” he said`. */
export const HE_SHE: ReadonlySet<string> = wordSet(["he", "she"]);
