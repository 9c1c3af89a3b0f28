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

/** The lemmas of one class. */
function lemmasOf(cls: VerbClass): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [lemma, classes] of Object.entries(VERB_CLASSES)) if (classes.includes(cls)) out.add(lemma);
  return out;
}

/** Lemmas of each class, built once. */
const VERBS_BY_CLASS: Readonly<Record<VerbClass, ReadonlySet<string>>> = {
  reporting: lemmasOf("reporting"),
  weak: lemmasOf("weak"),
  "bare-clause": lemmasOf("bare-clause"),
  "open-clause": lemmasOf("open-clause"),
  "object-clause": lemmasOf("object-clause"),
  "noun-object": lemmasOf("noun-object"),
  "hearer-first": lemmasOf("hearer-first"),
  "question-clause": lemmasOf("question-clause"),
  "gerund-reports": lemmasOf("gerund-reports"),
  "gerund-content": lemmasOf("gerund-content"),
  evidence: lemmasOf("evidence"),
  verbless: lemmasOf("verbless"),
  "other-sense": lemmasOf("other-sense"),
};

/** True when the verb `lemma` is of class `cls`. */
export function verbIs(lemma: string, cls: VerbClass): boolean {
  return VERBS_BY_CLASS[cls].has(lemma);
}
