import { INFINITIVE_CARRIERS, NEVER_NOUN_FORMS, PHRASAL_CUES, SOURCE_AFTER_PHRASES, SPEECH_VERBS } from "../lexicon/speech-verbs";
import { verbClasses, VerbBit } from "../lexicon/verb-classes";
import type { Mention } from "../speakers/find-mentions";
import { isBareVerb, isFiniteVerb, isFunctionWord, isNounWord, isPastTense, WordClass, WordForm } from "../speakers/word-tags";
import { indexMentions } from "./lookup";
import { abbreviationPeriod } from "../speakers/split-sentences";
import { ADVERBIAL_PHRASE_NOUNS, BE_PASSIVE, COMPOUND_PREPOSITIONS, CUE_AUXILIARIES, NAME_MODIFIER_PREPOSITIONS, NOUN_MARKERS, SHORT_ADVERBIALS, SUBJECT_QUANTIFIERS, TIME_NOUNS, TIME_OPENERS } from "../lexicon/function-words";
import type { Token } from "../speakers/tokenize";

/** Classes of a noun that names a person (`official`, `spokesman`), after which an inflected verb form is its verb. */
const PERSON_NOUN = WordClass.ROLE_NOUN | WordClass.DESCRIPTION_HEAD;

/** A speech verb (or `according to`) in the writer's words. */
export interface Cue {
  /** Token range of the cue (`said`, `has told`, `according to`). */
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  /** `saying`, `adding`: the subject is the clause's subject. */
  readonly gerund: boolean;
  /** The source follows the cue (`according to X`). */
  readonly sourceAfter: boolean;
  readonly reporting: boolean;
  readonly weak: boolean;
  /** The classes of `lemma` (`verbClasses`), read once here: the rules ask them of a cue many times. */
  readonly verb: number;
}


/** True when the token ends a clause or sentence: `.`, `!`, `?`, `;`, `:` — but not the period of `Mr.` or `J.` */
export function isStop(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x]!;
  if (t.kind !== "punct" || t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  // `.`, `!`, `?`, `;`, `:`
  if (c !== 46 && c !== 33 && c !== 63 && c !== 59 && c !== 58) return false;
  if (t.text !== ".") return true;
  // `R-Ky.,`, `(D-Wis.)`: a period before a comma or a closing bracket ends nothing.
  const next = tokens[x + 1];
  if (next && (next.text === "," || next.text === ")" || (next.kind === "word" && !next.cap))) return false;
  return !abbreviationPeriod(tokens, x);
}

/** A form of `be` (across adverbs) right before the verb at `i`. */
function isPassive(tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && tokens[k]!.kind === "word" && (tokens[k]!.forms & WordForm.ENDS_LY) !== 0 && !tokens[k]!.cap) k--;
  // `be` and `BE_PASSIVE` carry the class bit of `PASSIVE_BEFORE`, which holds them: most words are passed over by it.
  if (k < first || (tokens[k]!.classes & WordClass.PASSIVE_BEFORE) === 0) return false;
  const w = tokens[k]!.lower;
  return w === "be" || BE_PASSIVE.has(w);
}

/** `isAdjective` of a word token, from its classes. */
function adjectiveClasses(classes: number): boolean {
  return (classes & (WordClass.ADJECTIVE_READING | WordClass.NOUN)) === WordClass.ADJECTIVE_READING;
}

/** Lower-case words a source after `according to` may carry before its name (`conservative talk radio host`). */
const ROLE_WORDS_BEFORE_SOURCE = 4;

/** Words that open a time after a verb that closes its sentence: `reported last week`, `announced on Tuesday`. */
const CLOSING_TIME: ReadonlySet<string> = new Set([...TIME_OPENERS, ...SHORT_ADVERBIALS].filter((w) => w !== "in"));

/** Auxiliaries that are also names when capitalised. */
const AUXILIARY_NAMES = new Set(["will", "may"]);

/** True for words that may stand between a subject and its verb (`has`, `later`, `angrily`). */
export function isAuxiliary(t: Token): boolean {
  // `said Will Tjernlund`, `said May`: capitalised, these are first names and surnames.
  if (t.cap && AUXILIARY_NAMES.has(t.lower)) return false;
  return t.kind === "word" && (CUE_AUXILIARIES.has(t.lower) || ((t.forms & WordForm.ENDS_LY) !== 0 && t.lower.length > 4 && !t.cap));
}

/** Finds the cues of a sentence. `noun` uses (`the said`, `a tell`) are not excluded: verbs that double as nouns are listed as weak. */
export function findCues(tokens: readonly Token[], first: number, last: number): Cue[] {
  const out: Cue[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const phrase = t.classes & WordClass.SOURCE_AFTER_START ? matchSourceAfter(tokens, i, last) : 0;
    if (phrase > 0) {
      out.push({ first: i, last: i + phrase, lemma: "according to", gerund: false, sourceAfter: true, reporting: true, weak: false, verb: 0 });
      i += phrase - 1;
      continue;
    }
    // Only a verb of saying or a phrasal cue can be one: every other word is passed over before the checks below.
    if ((t.classes & (WordClass.SPEECH_VERB | WordClass.PHRASAL_CUE)) === 0) continue;
    // A capitalised form mid-sentence is a name (`Said`, `Post`), unless it is a past tense after a comma (`…, Tweeted`).
    if (t.cap && i > first && !((t.forms & WordForm.ENDS_ED) !== 0 && tokens[i - 1]?.text === ",")) continue;
    // A cue in capitals is a headline, not the writer's verb.
    if (t.text.length > 2 && allCapitals(t.text)) continue;
    // `Republican contests`: after a capitalised modifier, a verb form is a noun; not after a day (`X on Tuesday said`).
    if (i > first && tokens[i - 1]!.cap && tokens[i - 1]!.kind === "word" && !NEVER_NOUN_FORMS.has(t.lower) && !closingPast(tokens, i) && !TIME_NOUNS.has(tokens[i - 1]!.lower) && (adjectiveClasses(tokens[i - 1]!.classes) || NAME_MODIFIER_PREPOSITIONS.has(tokens[i - 2]?.lower ?? ""))) continue;
    const particle = (t.classes & WordClass.PHRASAL_CUE) !== 0 ? PHRASAL_CUES.get(t.lower) : undefined;
    if (particle !== undefined && tokens[i + 1]?.lower === particle && tokens[i + 2]?.lower !== "to") {
      if (!NOUN_MARKERS.has(tokens[i - 1]?.lower ?? "")) {
        out.push({ first: i, last: i + 2, lemma: `${t.lower} ${particle}`, gerund: false, sourceAfter: false, reporting: false, weak: false, verb: 0 });
        i++;
        continue;
      }
    }
    const lemma = (t.classes & WordClass.SPEECH_VERB) !== 0 ? SPEECH_VERBS.get(t.lower) : undefined;
    if (lemma === undefined || t.possessive) continue;
    const prev = tokens[i - 1];
    // `isGerund` of the form, from its bit (`WordForm`, read once per word).
    const gerund = (t.forms & WordForm.ENDS_ING) !== 0;
    // `should be recognized as`, `was told that`: a passive without its agent names no speaker (`was asked by X` does).
    if (!gerund && isPassive(tokens, i, first) && tokens[i + 1]?.lower !== "by") continue;
    // `Clinton’s emails`, `Williamson’s comment`: after a possessive, a noun.
    if (prev && prev.possessive) continue;
    // `her official pledge`: a determiner and an adjective before make it a noun; not an inflected form after a word that
    // also names a person (`The official said`, `the executive says`).
    if (prev && prev.kind === "word" && !prev.cap && adjectiveClasses(prev.classes) && ((tokens[i - 2]?.forms ?? 0) & WordForm.NOUN_MARKER) !== 0
      && !(t.lower !== lemma && (prev.classes & PERSON_NOUN) !== 0)) continue;
    if (nounByModifier(tokens, i)) continue;
    // `to say`, `to criticize`, `helped find`: an infinitive reports nothing yet, unless a verb that carries it stands before
    // (`appeared to suggest that`, `continues to insist`); `a statement`, `an executive order`: a noun.
    const carrier = prev?.lower === "to" && !gerund ? carrierBefore(tokens, i - 1, first) : -1;
    if (prev && prev.kind === "word" && !gerund && ((prev.lower === "to" && carrier < 0) || ((prev.forms & WordForm.BARE_INFINITIVE_HOST) !== 0 && t.lower === lemma) || ((prev.forms & WordForm.NOUN_MARKER) !== 0 && !floatingQuantifier(prev.lower, t.lower, tokens[i + 1]) && !adverbFirst(tokens, i)))) continue;
    // `continue to be`, `promised to cut`: a verb of intention, not of speech; its participle stays a cue
    // (`…, promising to cut taxes`), whose infinitive the speech rules read with the clause's subject.
    if (tokens[i + 1]?.lower === "to" && tokens[i + 2]?.kind === "word" && !tokens[i + 2]!.cap && isBareVerb(tokens[i + 2]!.lower) && lemma !== "say" && lemma !== "tell" && lemma !== "write" && !gerund) continue;
    // `pointed out`, `went on to say`: particles belong to the cue.
    let end = i + 1;
    if (lemma === "point") {
      if (tokens[end]?.lower !== "out") continue;
      end++;
    } else if (lemma === "go") {
      if (!(tokens[end]?.lower === "on" && tokens[end + 1]?.lower === "to" && SPEECH_VERBS.has(tokens[end + 2]?.lower ?? ""))) continue;
      end += 3;
    }
    let start = carrier >= 0 ? carrier : i;
    while (start > first && (tokens[start - 1]!.forms & WordForm.FINITE_WORD) !== 0 && /^(?:has|have|had)$/.test(tokens[start - 1]!.lower)) start--;
    const verb = verbClasses(lemma);
    out.push({
      first: start, last: end, lemma, gerund, sourceAfter: false,
      reporting: (verb & VerbBit.REPORTING) !== 0, weak: (verb & VerbBit.WEAK) !== 0, verb,
    });
  }
  return out;
}

/**
 * The verb form at `i` is a noun by the words before it: a limiting adjective after a determiner (`the only show that
 * …`, `the same report`), or a preposition and a lower-case singular noun before an -s form, the plural of a compound
 * (`relies on user reports`, `acted on voter complaints`: a noun after a verb's preposition is no subject); not after
 * a noun of an adverbial phrase (`with time tells`) nor a noun's preposition (`the evidence from trade suggests`).
 */
export function nounByModifier(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== "word" || prev.cap || prev.possessive) return false;
  // The words' bits (`WordForm`, read once per word): asked of most cues.
  if ((prev.forms & WordForm.LIMITING_ADJECTIVE) !== 0) return ((tokens[i - 2]?.forms ?? 0) & WordForm.NOUN_MARKER) !== 0;
  if (!w.endsWith("s") || w.endsWith("ss") || NEVER_NOUN_FORMS.has(w)) return false;
  if (!COMPOUND_PREPOSITIONS.has(tokens[i - 2]?.lower ?? "") || ADVERBIAL_PHRASE_NOUNS.has(prev.lower)) return false;
  // `the new evidence from trade suggests …`: a preposition after a noun may close the subject before its verb; only one
  // after a verb (`relies on`, `acted on`) has the compound as its object.
  const head = tokens[i - 3];
  if (!head || head.kind !== "word" || head.cap || isNounWord(head.lower) || !(isFiniteVerb(head.lower) || isPastTense(head.lower) || head.lower.endsWith("ly"))) return false;
  return isNounWord(prev.lower) && !isFunctionWord(prev.lower) && !prev.lower.endsWith("s") && !prev.lower.endsWith("ly");
}

/**
 * `Merkley and Brown all suggested`, `some say`, `many argue`, `some note that`: after a quantifier a past or a bare
 * form (one the lexicon reads only as a noun before `that`) is the verb of the quantifier or of the subject before it;
 * an -s form stays a noun (`some reports`, `all claims`).
 */
function floatingQuantifier(quantifier: string, form: string, next: Token | undefined): boolean {
  return SUBJECT_QUANTIFIERS.has(quantifier) && (form.endsWith("ed") || NEVER_NOUN_FORMS.has(form) || isBareVerb(form) || next?.lower === "that") && !form.endsWith("s");
}

/**
 * `…, the University of Michigan reported last week.`: a past form that closes the sentence, alone or before a time,
 * is the verb of the name before it, never a noun.
 */
function closingPast(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (tokens[i]!.forms & WordForm.ENDS_ED) !== 0 && (next === undefined || /^[.!?]$/.test(next.text) || (next.kind === "word" && !next.cap && CLOSING_TIME.has(next.lower)));
}

/**
 * `MSNBC first reported the story`, `as the Gazette first reported,`: `first` as an adverb before a past form, which
 * is then a verb; after a determiner it is an adjective of a noun (`the first reported case`).
 */
function adverbFirst(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 2];
  if (tokens[i - 1]!.lower !== "first" || !tokens[i]!.lower.endsWith("ed") || before === undefined) return false;
  // `was first reported by Politico`: a passive with its agent.
  if (BE_PASSIVE.has(before.lower) && tokens[i + 1]?.lower === "by") return true;
  return (before.cap || before.kind !== "word") && !NOUN_MARKERS.has(before.lower);
}

/** The verb that carries an infinitive `to` at `to` (`appeared to`, `continues to`), or -1: the cue then starts there. */
function carrierBefore(tokens: readonly Token[], to: number, first: number): number {
  const v = tokens[to - 1];
  return to - 1 >= first && v !== undefined && v.kind === "word" && !v.cap && INFINITIVE_CARRIERS.has(v.lower) ? to - 1 : -1;
}

/** `text === text.toUpperCase()`, without building the upper-case copy for ASCII text. */
function allCapitals(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function matchSourceAfter(tokens: readonly Token[], i: number, last: number): number {
  for (const words of SOURCE_AFTER_PHRASES) {
    if (i + words.length >= last) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) { ok = false; break; }
    if (ok && words.length === 1 && words[0] === "per" && !tokens[i + 1]?.cap) ok = false;
    if (ok) return words.length;
  }
  return 0;
}

/** The mention a source-after cue names: the first after it. */
export function mentionAfter(mentions: readonly Mention[], index: number, maxGap: number, tokens: readonly Token[]): Mention | undefined {
  // `according to conservative talk radio host Rush Limbaugh`: lower-case role words may come first.
  const ix = indexMentions(mentions);
  for (let k = index; k < tokens.length && k - index <= maxGap + ROLE_WORDS_BEFORE_SOURCE; k++) {
    const m = ix.byLead.get(k) ?? ix.byFirst.get(k);
    if (m) return m;
    const t = tokens[k]!;
    if (t.kind !== "word" || (t.cap && k - index > maxGap)) return undefined;
  }
  return undefined;
}
