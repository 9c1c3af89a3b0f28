/**
 * Verbs that attribute content without being verbs of speech: cognition (`believe`, `fear`), evidence (`a poll
 * found`, `records show`), intention (`wants to`, `declined to`), questions (`asked whether`) and stance towards an
 * object (`endorsed Trump`, `called for an inquiry`). They are read by the reported-speech finder only, never as
 * cues for quotations. One lexicon, British and American spellings; inflected forms are generated at module load.
 */
import { regularForms } from "./speech-verbs";

/** How a verb class takes its content. */
export type ReportingClass =
  /** A finite clause, with or without `that`: `believes (that) the plan will fail`. */
  | "clause"
  /** An infinitive (`wants to run`, `declined to comment`) or an object and an infinitive (`urged him to resign`). */
  | "infinitive"
  /** A question: `asked (the senator) whether …`, `wondered how …`. */
  | "question"
  /** A noun phrase: `endorsed Trump`, `criticized the president's foreign policy`. */
  | "object";

/** Cognition and evidence verbs taking a clause (`think`, `found`, `shows`). */
const CLAUSE_VERBS = [
  "believe", "think", "hope", "fear", "expect", "feel", "worry", "doubt", "suspect", "assume", "presume", "recognise", "recognize", "agree", "conclude", "find", "learn", "guess",
  "reckon", "show", "suggest", "indicate", "reveal", "demonstrate",
  "confirm", "estimate", "project", "predict", "forecast", "acknowledge",
  "argue", "claim", "contend", "insist", "assert", "allege", "charge", "warn", "report", "note",
  "write", "say", "tell", "add", "explain", "complain", "signal", "hint", "imply", "recall", "admit",
  "concede", "announce", "declare", "deny", "boast", "brag", "promise", "vow", "pledge", "swear", "testify",
  "counter", "observe", "remark", "respond", "reply", "tweet", "emphasise", "emphasize", "stress",
  "reiterate", "speculate", "theorise", "theorize", "posit",
];

/** Verbs taking an infinitive, with or without an object (`wants to`, `urged X to`, `declined to`). */
const INFINITIVE_VERBS = [ "decline", "refuse", "promise", "pledge", "vow", "threaten",
  "urge", "ask", "encourage", "implore", "beg",
  "tell", "warn", "remind",
];

/** Verbs that ask a question (`asked whether`, `wondered how`, `questioned why`). */
const QUESTION_VERBS = ["ask", "wonder", "question", "query", "inquire", "enquire", "demand", "probe", "press"];

/** Verbs whose object is the attributed content (`endorsed Trump`, `criticised the plan`). */
const OBJECT_VERBS = [
  "criticise", "criticize", "condemn", "denounce", "decry", "deplore", "lambast", "defend", "reject", "dismiss",
  "question", "dispute",
];

/** Particles that belong to an object verb (`called for`, `called on`, `pushed for`, `spoke out against`). */
const OBJECT_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ["call", ["for", "on"]], ["warn", ["against", "of", "about"]], ["ask", ["about"]], ["complain", ["about"]],
]);

/** Particle verbs whose plain object is a demand, not a claim (`called for a free shuttle`): they report only an object and its infinitive (`called on the board to act`). */
export const NO_PLAIN_OBJECT: ReadonlySet<string> = new Set(["call"]);

/** Irregular forms: base, then every other form. */
const IRREGULAR: ReadonlyArray<readonly string[]> = [
  ["think", "thinks", "thought", "thinking"],
  ["know", "knows", "knew", "known", "knowing"],
  ["feel", "feels", "felt", "feeling"],
  ["find", "finds", "found", "finding"],
  ["understand", "understands", "understood", "understanding"],
  ["learn", "learns", "learned", "learnt", "learning"],
  ["show", "shows", "showed", "shown", "showing"],
  ["prove", "proves", "proved", "proven", "proving"],
  ["seek", "seeks", "sought", "seeking"],
  ["hold", "holds", "held", "holding"],
  ["write", "writes", "wrote", "written", "writing"],
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["swear", "swears", "swore", "sworn", "swearing"],
  ["mean", "means", "meant", "meaning"],
  ["bet", "bets", "betting"],
  ["forecast", "forecasts", "forecasting", "forecasted"],
  ["forbid", "forbids", "forbade", "forbidden", "forbidding"],
  ["speak", "speaks", "spoke", "spoken", "speaking"],
  ["come", "comes", "came", "coming"],
  ["sense", "senses", "sensed", "sensing"],
  ["rule", "rules", "ruled", "ruling"],
  ["admit", "admits", "admitted", "admitting"],
  ["refer", "refers", "referred", "referring"],
  ["regret", "regrets", "regretted", "regretting"],
  ["concur", "concurs", "concurred", "concurring"],
  ["plan", "plans", "planned", "planning"],
  ["dare", "dares", "dared", "daring"],
  ["prefer", "prefers", "preferred", "preferring"],
  ["permit", "permits", "permitted", "permitting"],
  ["rebut", "rebuts", "rebutted", "rebutting"],
  ["posit", "posits", "posited", "positing"],
  ["slam", "slams", "slammed", "slamming"],
  ["lambast", "lambasts", "lambasted", "lambasting", "lambaste", "lambastes"],
  ["trumpet", "trumpets", "trumpeted", "trumpeting"],
  ["vote", "votes", "voted", "voting"],
];

function formsOf(base: string): readonly string[] {
  return IRREGULAR.find((f) => f[0] === base) ?? regularForms(base);
}

function index(bases: readonly string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const base of bases) for (const f of formsOf(base)) if (!map.has(f)) map.set(f, base);
  return map;
}

/** Inflected form → lemma, per class. */
export const REPORTING_VERBS: Readonly<Record<ReportingClass, ReadonlyMap<string, string>>> = {
  clause: index(CLAUSE_VERBS),
  infinitive: index(INFINITIVE_VERBS),
  question: index(QUESTION_VERBS),
  object: index(OBJECT_VERBS),
};

/** The particles that make a verb (by lemma) take its object through a preposition (`called for`). */
export function objectParticles(lemma: string): readonly string[] {
  return OBJECT_PARTICLES.get(lemma) ?? [];
}

/** Inflected form → lemma for verbs that take an object through a particle. */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = index([...OBJECT_PARTICLES.keys()]);

/** Words opening an embedded question: `asked whether`, `wondered how`. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["whether", "if", "how", "why", "what", "when", "where", "who", "which", "whom"]);

/**
 * Adverbs of hearsay: the writer reports the clause they stand in as said by others, without naming them (`The board
 * has reportedly hired a new pilot`, `he allegedly took the money`). `purportedly` and `supposedly` are left out: in
 * news they mostly doubt a claim (`the supposedly safe pier`) rather than report one.
 */
export const HEARSAY_ADVERBS: ReadonlySet<string> = new Set(["reportedly", "allegedly"]);
