/**
 * Checks on a source or a reported clause that attribution makes before it names a speaker: a bare source the state
 * cannot resolve, the recipient of a letter, a refusal to speak, and the owner a spokesperson or a document names.
 */
import type { Mention } from "../speakers/find-mentions";
import { tokenBefore, type Token } from "../speakers/tokenize";
import { BE_WORDS, FOCUS_ADVERBS, SENT_TO } from "../lexicon/function-words";
import { THING_PRONOUNS } from "../lexicon/not-claims";
import { isStop, type Cue } from "./cues";
import { isDocument, isSpokesperson } from "./descriptions";
import type { State } from "./state";

/**
 * A source that reports without a speaker the state can resolve: a description or group, or a pronoun right before
 * its verb (`they say`, `he also said`), not `it` of no antecedent (`it indicates that`) nor one across auxiliaries and
 * other verbs (`in which he laid out … but then announced`, `he didn't mention`).
 */
export function bareSource(tokens: readonly Token[], m: Mention, cue: Cue): boolean {
  if (m.kind !== "pronoun") return true;
  if (THING_PRONOUNS.has(m.text.toLowerCase()) || m.last > cue.first) return false;
  for (let k = m.last; k < cue.first; k++) if (!FOCUS_ADVERBS.has(tokens[k]!.lower) && !tokens[k]!.lower.endsWith("ly")) return false;
  return true;
}

/** How many words may stand between an empty `it` and the `that` of its clause (`It is simply astounding that`). */
const EXPLETIVE_REACH = 5;

/**
 * `It is simply astounding that X …, yet refuses to … or explain how …`: `it` before a form of `be` and, within a few
 * words, the `that` of a clause that holds the cue is an empty subject, not a source.
 */
export function expletiveSource(tokens: readonly Token[], m: Mention, cue: Cue): boolean {
  if (m.kind !== "pronoun" || m.text.toLowerCase() !== "it" || !BE_WORDS.has(tokens[m.last]?.lower ?? "")) return false;
  for (let k = m.last + 1; k < cue.first && k - m.last <= EXPLETIVE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (t.lower === "that") return true;
  }
  return false;
}

/** How far back the `to` of a recipient may stand from a name coordinated with it. */
const RECIPIENT_REACH = 40;

/**
 * `In a letter to Kevin Dale, the acting director, and Alex Azar, …, said they would …`: a name right after `to`, or
 * coordinated (`and`, `or`) with the names after it, is who the text was sent to, never its author.
 */
export function isRecipient(tokens: readonly Token[], m: Mention, first: number): boolean {
  const before = tokenBefore(tokens, m.lead);
  if (!before || !(before.lower === "to" || before.lower === "and" || before.lower === "or")) return false;
  // `a letter to Mr Dale, who said …`: the recipient speaks in a relative clause of his own.
  if (tokens[m.last]?.text === "," && tokens[m.last + 1]?.lower === "who") return false;
  for (let x = m.lead - 1; x >= first && m.lead - x <= RECIPIENT_REACH; x--) {
    const t = tokens[x]!;
    if (t.kind === "quote" || isStop(tokens, x)) return false;
    if (t.lower === "to") return SENT_TO.has(tokens[x - 1]?.lower ?? "");
  }
  return false;
}

/** The verb of a refusal (`declined`, `refused`) and its speech verb (`to comment`, `to say whether …`). */
const REFUSAL_VERB = /\b(?:declin|refus)(?:e|es|ed|ing)\s{1,3}$/i;
const REFUSED_SPEECH = /^to\s{1,3}(?:comment|say|discuss|elaborate|respond|answer|speak|talk|confirm|disclose|specify|identify|name|be\s{1,3}(?:interviewed|named|identified|quoted))\b/i;
/** How far before a reported clause its refusal verb may stand (`declined to comment` has none in between). */
const REFUSAL_REACH = 16;

/**
 * `declined to comment on the report`: the reported clause is a refusal to speak, not speech. One that names the
 * question left open (`declined to say whether he was still on retainer`, `refused to say who …`) reports it, as news
 * does: the question is the content.
 */
export function refusalToSpeak(text: string, start: number, end: number): boolean {
  const m = REFUSED_SPEECH.exec(text.slice(start, end));
  if (!m || QUESTION_AFTER.test(text.slice(start + m[0].length, Math.min(end, start + m[0].length + QUESTION_REACH)))) return false;
  return REFUSAL_VERB.test(text.slice(Math.max(0, start - REFUSAL_REACH), start));
}

/** A question word right after the verb of a refusal: `to say whether`, `to discuss how`. */
const QUESTION_AFTER = /^\s{1,3}(?:whether|if|how|why|what|when|where|who|which|whom)\s/i;
/** How many characters after the verb the question word is looked for in. */
const QUESTION_REACH = 12;

/**
 * `a spokesperson for Instagram`, `a 2018 survey by Penelope Abernathy`, `a poll from Marquette Law School`: a
 * spokesperson noun followed by `for` and a name speaks for that name, a document followed by `by` or `from` and a name
 * is that name's; the state resolves the noun to it.
 */
export function noteOwners(state: State, tokens: readonly Token[], mentions: readonly Mention[]): void {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const m = mentions[n]!;
    const next = mentions[n + 1]!;
    // `an analysis by the Pew Research Center`: the article may stand between the link and the name.
    if (next.kind !== "name" || (next.first !== m.last + 1 && !(next.first === m.last + 2 && tokens[m.last + 1]?.lower === "the"))) continue;
    const link = tokens[m.last]?.lower;
    if ((link === "for" && isSpokesperson(m)) || ((link === "by" || link === "from") && isDocument(m))) state.setOwner(m, next);
  }
}
