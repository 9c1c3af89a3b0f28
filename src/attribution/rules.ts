/**
 * The attribution rules, in the order they are tried, with the confidence each gives when the mention is a name.
 * A pronoun or description mention lowers it a little. The figures come from how often each rule was right on
 * the tuning data (see README, Accuracy).
 */
export const RULES = {
  "multi-paragraph": 0.95,
  "transcript-label": 0.95,
  "cue-after": 0.97,
  "cue-before": 0.96,
  "according-to": 0.94,
  "sentence-cue": 0.9,
  "same-sentence": 0.9,
  "dash-attribution": 0.92,
  "colon-intro": 0.9,
  "sentence-subject": 0.75,
  continuation: 0.85,
  "previous-subject": 0.7,
  "paragraph-speaker": 0.75,
  "reported-speech": 0.88,
  none: 0,
} as const;

/** Name of an attribution rule. */
export type RuleName = keyof typeof RULES;
