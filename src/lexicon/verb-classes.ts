/**
 * One table of verbs by lemma and the classes that say how each reports: whether it introduces reported speech at
 * all, whether it takes a bare clause or its content as an object, whether a hearer stands between it and its clause.
 * The sets the rules read are derived from it once at module load. Forms → lemmas are in `speech-verbs` and
 * `reporting-verbs`.
 */

/** How a verb reports. */
export type VerbClass =
  /** Introduces reported speech: `X said that …`, `X warned …` (verbs of evaluation such as `praised` only attribute quotes). */
  | "reporting"
  /** Reports speech only in some uses (`read`, `hold`, `call`): a cue only right next to a quotation. */
  | "weak"
  /** Takes a clause without `that`: `Smith said the plan failed`. */
  | "bare-clause"
  /** After it almost any word may open the clause: `the candidate said families of victims sue`. */
  | "open-clause"
  /** Takes its content as a plain object too: `emphasised the importance of …`, `denied wrongdoing`. */
  | "object-clause"
  /**
   * Takes a plain noun phrase right after it as a claim, but no object after adverbials, and a clause first when one can
   * open there: `claimed vast wealth`, `claimed responsibility for the attack` (`object-clause` verbs take it anywhere).
   */
  | "noun-object"
  /** Its hearer stands between it and the clause: `told a senior official that …`. */
  | "hearer-first"
  /** Takes an indirect question as its content: `did not say when …`, `explained why …`, `emphasizing how …`. */
  | "question-clause"
  /** Its participle reports a clause of the sentence's subject: `…, saying (that) the plan failed`. */
  | "gerund-reports"
  /** Takes a gerund as its content: `reported raising $9 million`, `admitted using the tax code`, `denied taking bribes`. */
  | "gerund-content"
  /** A verb of evidence, whose source may be a document: `records show`, `the audit found`. */
  | "evidence"
  /** Its content may be a bare noun phrase without a verb: `the poll shows Clinton taking a lead`. */
  | "verbless"
  /** Its other senses dominate in news (`the state`, `maintains a lead`): never the verb of reported speech. */
  | "other-sense";

/** Lemma → classes. */
const VERB_CLASSES: Readonly<Record<string, readonly VerbClass[]>> = {
  accuse: ["weak"],
  acknowledge: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "gerund-content"],
  add: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  address: ["weak"],
  admit: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "gerund-content"],
  agree: ["reporting", "bare-clause", "open-clause"],
  allege: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  announce: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports"],
  answer: ["reporting"],
  applaud: ["weak"],
  argue: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  ask: ["weak"],
  assert: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  assure: ["reporting", "hearer-first"],
  beam: ["weak"],
  believe: ["bare-clause", "open-clause"],
  bellow: ["weak"],
  blast: ["weak"],
  boast: ["reporting", "bare-clause", "open-clause"],
  boo: ["weak"],
  brag: ["reporting", "bare-clause", "open-clause"],
  cackle: ["weak"],
  call: ["weak"],
  caution: ["reporting", "bare-clause", "open-clause"],
  characterise: ["weak"],
  characterize: ["weak"],
  charge: ["weak", "verbless"],
  cheer: ["weak"],
  chuckle: ["weak"],
  cite: ["weak"],
  claim: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  comment: ["reporting"],
  compare: ["weak"],
  complain: ["reporting", "bare-clause", "open-clause"],
  concede: ["reporting", "bare-clause", "open-clause", "object-clause"],
  conclude: ["reporting", "bare-clause", "open-clause"],
  condemn: ["weak"],
  confirm: ["reporting", "bare-clause", "open-clause", "object-clause", "evidence", "verbless", "gerund-reports"],
  contend: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  continue: ["reporting", "weak"],
  convince: ["hearer-first"],
  counter: ["reporting", "weak"],
  criticise: ["weak"],
  criticize: ["weak"],
  decide: ["weak"],
  declare: ["reporting", "bare-clause", "open-clause", "gerund-reports", "noun-object"],
  demand: ["weak", "object-clause"],
  demonstrate: ["evidence", "verbless"],
  denounce: ["weak"],
  deny: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "gerund-content"],
  describe: ["weak"],
  disclose: ["reporting", "bare-clause", "open-clause", "question-clause"],
  dismiss: ["weak"],
  echo: ["weak"],
  emphasise: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "question-clause"],
  emphasize: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "question-clause"],
  equate: ["weak"],
  estimate: ["reporting", "bare-clause", "open-clause"],
  explain: ["reporting", "bare-clause", "open-clause", "gerund-reports", "question-clause"],
  express: ["weak"],
  find: ["evidence", "verbless"],
  gasp: ["weak"],
  giggle: ["weak"],
  go: ["weak"],
  grin: ["weak"],
  hail: ["weak"],
  heckle: ["weak"],
  hold: ["weak"],
  holler: ["weak"],
  huff: ["weak"],
  indicate: ["reporting", "evidence", "verbless"],
  inform: ["reporting", "hearer-first"],
  insist: ["reporting", "bare-clause", "open-clause", "gerund-reports"],
  jeer: ["weak"],
  joke: ["weak"],
  lash: ["weak"],
  laugh: ["weak"],
  liken: ["weak"],
  maintain: ["reporting", "bare-clause", "open-clause", "other-sense"],
  mention: ["reporting", "bare-clause", "open-clause", "gerund-content"],
  moan: ["weak"],
  mock: ["weak"],
  mumble: ["weak"],
  murmur: ["weak"],
  note: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "question-clause"],
  object: ["weak"],
  observe: ["reporting", "bare-clause", "open-clause"],
  order: ["weak"],
  persuade: ["hearer-first"],
  pledge: ["reporting", "weak", "object-clause", "gerund-reports"],
  point: ["reporting", "weak"],
  post: ["weak"],
  praise: ["weak"],
  predict: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports"],
  proclaim: ["reporting", "bare-clause", "open-clause"],
  promise: ["reporting", "weak", "bare-clause", "open-clause", "object-clause", "hearer-first", "gerund-reports"],
  propose: ["object-clause"],
  put: ["weak"],
  question: ["weak"],
  quote: ["weak"],
  rail: ["weak"],
  read: ["weak"],
  reason: ["weak"],
  recall: ["reporting", "bare-clause", "open-clause", "question-clause", "gerund-content", "gerund-reports"],
  reiterate: ["reporting", "object-clause"],
  remark: ["reporting", "bare-clause", "open-clause"],
  remind: ["reporting", "hearer-first"],
  reply: ["reporting", "bare-clause", "open-clause"],
  report: ["reporting", "bare-clause", "open-clause", "gerund-content"],
  respond: ["reporting"],
  reveal: ["reporting", "bare-clause", "open-clause", "object-clause", "evidence", "verbless", "gerund-reports", "question-clause"],
  roar: ["weak"],
  say: ["reporting", "bare-clause", "open-clause", "gerund-reports", "question-clause"],
  screech: ["weak"],
  show: ["evidence", "verbless"],
  sigh: ["weak"],
  signal: ["reporting", "weak"],
  slam: ["weak"],
  smile: ["weak"],
  snort: ["weak"],
  sob: ["weak"],
  speak: ["reporting"],
  state: ["reporting", "bare-clause", "gerund-reports", "other-sense"],
  stress: ["reporting", "bare-clause", "open-clause", "object-clause", "gerund-reports", "question-clause"],
  suggest: ["reporting", "bare-clause", "open-clause", "gerund-reports", "evidence", "gerund-content"],
  swear: ["reporting"],
  teach: ["weak"],
  tell: ["reporting", "bare-clause", "hearer-first", "gerund-reports", "question-clause"],
  testify: ["reporting", "bare-clause", "open-clause"],
  think: ["weak"],
  tweet: ["reporting", "bare-clause", "open-clause", "verbless"],
  urge: ["weak", "object-clause"],
  vow: ["reporting", "weak", "bare-clause", "open-clause", "object-clause", "gerund-reports"],
  wail: ["weak"],
  warn: ["reporting", "bare-clause", "open-clause", "hearer-first", "gerund-reports"],
  weep: ["weak"],
  welcome: ["weak"],
  whine: ["weak"],
  wonder: ["weak"],
  write: ["reporting", "bare-clause", "open-clause"],
};

/**
 * The classes of `VerbClass` as bits of one mask (`verbClasses`): a cue carries its lemma's mask (`Cue.verb`), read once
 * when the cue is made, so that the rules, which ask a cue's classes many times, test a bit.
 */
export const enum VerbBit {
  REPORTING = 1 << 0,
  WEAK = 1 << 1,
  BARE_CLAUSE = 1 << 2,
  OPEN_CLAUSE = 1 << 3,
  OBJECT_CLAUSE = 1 << 4,
  NOUN_OBJECT = 1 << 5,
  HEARER_FIRST = 1 << 6,
  QUESTION_CLAUSE = 1 << 7,
  GERUND_REPORTS = 1 << 8,
  GERUND_CONTENT = 1 << 9,
  EVIDENCE = 1 << 10,
  VERBLESS = 1 << 11,
  OTHER_SENSE = 1 << 12,
}

/** The bit of each class. */
const BIT_OF: Readonly<Record<VerbClass, VerbBit>> = {
  reporting: VerbBit.REPORTING,
  weak: VerbBit.WEAK,
  "bare-clause": VerbBit.BARE_CLAUSE,
  "open-clause": VerbBit.OPEN_CLAUSE,
  "object-clause": VerbBit.OBJECT_CLAUSE,
  "noun-object": VerbBit.NOUN_OBJECT,
  "hearer-first": VerbBit.HEARER_FIRST,
  "question-clause": VerbBit.QUESTION_CLAUSE,
  "gerund-reports": VerbBit.GERUND_REPORTS,
  "gerund-content": VerbBit.GERUND_CONTENT,
  evidence: VerbBit.EVIDENCE,
  verbless: VerbBit.VERBLESS,
  "other-sense": VerbBit.OTHER_SENSE,
};

/** Lemma → its classes' bits, built once. */
const CLASS_BITS: ReadonlyMap<string, number> = new Map(Object.entries(VERB_CLASSES).map(([lemma, classes]) => [lemma, classes.reduce((bits, c) => bits | BIT_OF[c], 0)]));

/** The classes of the verb `lemma` as `VerbBit`s; 0 for a lemma of none (`according to`, a noun of saying not listed). */
export function verbClasses(lemma: string): number {
  return CLASS_BITS.get(lemma) ?? 0;
}

/** True when the verb `lemma` is of any class of `bits` (`VerbBit`s). */
export function verbIs(lemma: string, bits: number): boolean {
  return (verbClasses(lemma) & bits) !== 0;
}
