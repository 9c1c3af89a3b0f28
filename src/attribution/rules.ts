/**
 * The attribution rules, in the order they are tried, with the confidence each gives when the mention is a name.
 * A pronoun or description mention lowers it (`PRONOUN_PENALTY` in attribute.ts). The figures follow how often each
 * rule chose the right speaker on the PolNeAR training articles (`npm run eval -- ../shared/eval/polnear-train.jsonl`),
 * rounded down, so that a confidence of 0.9 or more means a speaker that is right about 97% of the time.
 */
export const RULES = {
  /** `PENCE: …` inside the quotation or opening its paragraph. */
  "transcript-label": 0.85,
  /** A piece continuing a quotation left open at the end of the previous paragraph. */
  "multi-paragraph": 0.86,
  /** The cue right after the quotation: `“…,” Mr Shoigu said`, `“…,” said Sen. Jane Doe`. */
  "cue-after": 0.97,
  /** The cue right before the quotation: `Mr Putin said: “…”`. */
  "cue-before": 0.88,
  /** `according to X` in the quotation's sentence. */
  "according-to": 0.86,
  /** Another speech verb of the quotation's sentence, with its subject. */
  "sentence-cue": 0.86,
  /** Another quotation of the same sentence already has a speaker. */
  "same-sentence": 0.72,
  /** `“…” — Sen. Jane Doe`. */
  "dash-attribution": 0.93,
  /** The paragraph before ends with a colon after a speech verb or a subject: `He told reporters:`. */
  "colon-intro": 0.88,
  /** The subject of the quotation's sentence, without a speech verb: `He hailed a “model of …”`. */
  "sentence-subject": 0.68,
  /** A paragraph (or sentence) that opens with a quotation and names nobody continues the latest speaker. */
  continuation: 0.93,
  /** The same, when the paragraph before had no speaker but a named subject. */
  "previous-subject": 0.55,
  /** Another quotation of the same paragraph has a speaker. */
  "paragraph-speaker": 0.5,
  /** Reported speech without marks: `X said that …`, `…, X said.` */
  "reported-speech": 0.85,
  /** Reported speech in a headline's label: `Lynch: No outside influence on FBI probe.` */
  "headline-label": 0.8,
  /** No rule found a speaker. */
  none: 0,
} as const;

/** Name of an attribution rule. */
export type RuleName = keyof typeof RULES;
