/**
 * A second predicate of the cue's subject after `and`, told apart from a verb of the reported clause by its form: the
 * clause's own verbs would agree with it, the subject's do not. `X has vowed to keep it legal and celebrated the
 * ruling`: an infinitive goes on with a bare form, not a past one. `X says she will not vote for him and considers him
 * a racist`: a modal goes on with a bare form, not a present in `-s`. `…, warning that A and implying that B`: a
 * participle after `and` or `but` goes on with the participle of the cue, unless the clause holds a form of `be` (`said
 * prices were rising and falling`).
 */
import type { Token } from "../../speakers/tokenize";
import { isFunctionWord, isNounWord, WordForm } from "../../speakers/word-tags";
import { DASH_MARKS, MODALS } from "../../lexicon/function-words";
import { finiteToken, hasFiniteVerb, isFiniteForm, isPastForm, startsFinite } from "./clause-words";

/**
 * Where content `a`..`b` ends at `and` before a second predicate of the cue's subject (see the module's doc); `b` when
 * none. `gerundCue`: the cue is a participle (`warning`, `emphasizing`). Reads `a`..`b` once.
 */
export function coordinatedPredicateEnd(tokens: readonly Token[], a: number, b: number, gerundCue: boolean): number {
  const infinitive = tokens[a]?.lower === "to";
  // The clause's last finite form before the current token, and whether a form of `be` came before it.
  let lastFinite = "";
  let be = false;
  // Inside an interpolation between dashes (`Obama's strategy -- airstrikes … and training local forces -- is …`)
  // an `and` joins the interpolation's own words.
  let interpolation = false;
  for (let k = a + 1; k < b - 1; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && DASH_MARKS.has(t.text)) interpolation = !interpolation;
    if (t.kind !== "word" || interpolation) continue;
    // `…, acknowledging that A but warning that B`: a participle of the cue's own after `but` too.
    const but = t.lower === "but" && gerundCue;
    if (t.lower !== "and" && !but) {
      // The word's bits, read once per word by the tokenizer: this runs on every word of the content. (A token's lower
      // case never ends in `'s`, which the tokenizer takes off: the former test for it here never held.)
      if ((t.forms & WordForm.BE_WORD) !== 0) be = true;
      if (finiteToken(t)) lastFinite = t.lower;
      continue;
    }
    const v = tokens[k + 1]!;
    if (v.kind !== "word" || v.cap) continue;
    if (but) {
      if (!be && participle(v.lower)) return trimComma(tokens, k);
      continue;
    }
    // `to keep abortion legal and celebrated the ruling`: no verb of the clause's own stands between.
    if (infinitive && isPastForm(v.lower) && !isNounWord(v.lower) && !hasFiniteVerb(tokens, a + 1, k)) return trimComma(tokens, k);
    // `she will not be voting for him and considers him …`.
    // `should reduce its exercises and patrols in …`: a plural before `and` joins a second noun, not a verb.
    if (MODALS.has(lastFinite) && thirdPersonPresent(v.lower) && !plural(tokens[k - 1]!)) return trimComma(tokens, k);
    if (gerundCue && !be && participle(v.lower)) return trimComma(tokens, k);
  }
  return b;
}

/** `refuses`, `considers`: a finite form in `-s` the lexicon knows, which no noun shares. */
function thirdPersonPresent(lower: string): boolean {
  return lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && startsFinite(lower) && !isNounWord(lower) && !isFiniteForm(lower);
}

/** `exercises`, `boats`: a plural noun's form, which no function word (`his`, `this`) shares. */
function plural(t: Token): boolean {
  return t.kind === "word" && t.lower.length > 3 && t.lower.endsWith("s") && !t.lower.endsWith("ss") && !isFunctionWord(t.lower);
}

/** `implying`, `making`: an `-ing` form that is neither a noun (`building`) nor a function word (`during`). */
function participle(lower: string): boolean {
  return lower.length > 5 && lower.endsWith("ing") && !isNounWord(lower) && !isFunctionWord(lower);
}

/** `k`, or the comma right before it (`…, and celebrated …`). */
function trimComma(tokens: readonly Token[], k: number): number {
  return tokens[k - 1]?.text === "," ? k - 1 : k;
}
