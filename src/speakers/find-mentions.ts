import {
  ABBREVIATIONS, COLLECTIVE_NOUNS, HONORIFICS, TITLE_ABBREVIATIONS, NAME_PARTICLES, NAME_PLURALS, NAME_SUFFIXES, ORGANIZATION_WORDS,
  ROLE_MODIFIER_HINTS, SPEAKER_PRONOUNS, type Gender,
} from "../lexicon/people";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import { AUXILIARY_PARTICIPLES, CLAUSE_OPENING_MARKS } from "../lexicon/function-words";
import type { SpeakerKind } from "../types";
import { documentWords, type DocumentWords } from "./document-words";
import { tokenBefore, type Token } from "./tokenize";
import { dottedInitials } from "./split-sentences";
import { genderOfClasses, isCommonWord, isDemonym, isFunctionWord, isNeverName, isNounWord, kindOfClasses, lexiconKind, WordClass } from "./word-tags";

/** How a mention names its referent. */
export type MentionKind = "name" | "pronoun" | "description" | "group";

/** A phrase that can refer to a speaker. */
export interface Mention {
  readonly kind: MentionKind;
  readonly paragraph: number;
  /** Token range of the whole mention in its paragraph (titles included), `last` exclusive. */
  readonly first: number;
  readonly last: number;
  /** Surface text and offsets in the paragraph. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The bare name (no honorific or title) for names; the head noun for descriptions; the phrase for groups. */
  readonly name: string;
  /** Name tokens (lower case) for names. */
  readonly nameTokens: readonly string[];
  readonly gender: Gender;
  readonly plural: boolean;
  /** Role written before or in the name (`Russian president`, `Sen.`). */
  readonly role: string | null;
  readonly entityKind: SpeakerKind;
  readonly possessive: boolean;
  /** First token of the role written before the name (`Republican strategist` Ryan Williams), else `first`. */
  readonly lead: number;
  /** The acronym the article defines for this name right after it (`the Drug Enforcement Administration (DEA)`). */
  readonly acronym?: string | null;
}

/** A name may carry at most this many tokens (a longer capitalised run is a headline or a title of a work). */
const MAX_NAME_TOKENS = 8;
/** Honorifics that say nothing of a role. */
const PLAIN_HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mister", "madam", "mme", "dr", "sir", "dame", "lady", "lord"]);
const DETERMINERS = new Set(["a", "an", "the", "another", "one", "two", "three", "several", "some", "many", "other", "senior", "anonymous", "unnamed", "top", "his", "her", "their", "its", "our", "both", "most", "few", "numerous", "multiple"]);
/** Endings of common nouns (`criticism`, `frustrations`, `agreement`): such a word opening a sentence is no name. */
const COMMON_NOUN_ENDING = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ism|isms|ings|ship|ships|hood|ures|ists)$/;
/** `R-Ohio`, `D-Md`, `I-Vt`: the party and state after a US lawmaker's name. */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;
/** `56-year-old`: an age used as a noun. */
const AGE_NOUN = /^\d{1,3}-year-old$/;
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]+$/u;
const ALL_CAPS_WORD = /^[\p{Lu}][\p{Lu}'’.-]+$/u;

/**
 * `ALL_CAPS_WORD.test(t.text)`, with most words (a lower-case second letter) told apart before the regular expression.
 * The token is read by its offsets in the paragraph `text` rather than by its own string: token strings come in many
 * representations (sequential, sliced, internalised; one or two bytes a character), and a property read of many
 * (`word.length`, `word.charCodeAt`) is made the slow, generic way.
 */
function shoutCaseAt(text: string, t: Token): boolean {
  // A token of one character has no letter after it in its paragraph: the test reaches the expression as before.
  const c = text.charCodeAt(t.start + 1);
  return !(c >= 97 && c <= 122) && ALL_CAPS_WORD.test(t.text);
}

/** A word of three or more letters written all in capitals. */
function shoutingAt(text: string, t: Token): boolean {
  return t.end - t.start >= 3 && shoutCaseAt(text, t);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A name without the possessive it was written with (`Jones’s` → `Jones`, `Sanders’` → `Sanders`). */
function withoutPossessive(name: string): string {
  let n = name.length;
  if (n >= 2 && name.charCodeAt(n - 1) === 115 && isApostrophe(name.charCodeAt(n - 2))) { name = name.slice(0, n - 2); n -= 2; }
  return n >= 1 && isApostrophe(name.charCodeAt(n - 1)) ? name.slice(0, n - 1) : name;
}

const C = WordClass;

/**
 * Words that open a sentence and never start a name, even before more capitalised words (`The White House`, `But
 * Secret Service`). A set, not an alternation: it is asked of every capitalised common word opening a sentence.
 */
const NEVER_NAME_OPENERS: ReadonlySet<string> = new Set(["the", "but", "and", "or", "so", "if", "as", "in", "on", "at", "for", "while", "when",
  "after", "before", "since", "because", "although", "though", "speaking", "unlike", "like", "with", "without", "during", "despite", "according",
  "asked", "meanwhile", "still", "yet", "then", "now", "also", "even", "here", "there", "this", "that", "these", "those", "it", "he", "she", "they",
  "we", "i", "you", "his", "her", "their", "our", "my", "its", "a", "an", "to", "from", "by", "of", "under", "over", "about", "last", "next", "every",
  "each", "all", "both", "no", "not"]);

/** After an opening bracket, a dash, a colon, a semicolon or a bullet (`(`, `—`, `:`, `•`, `--`), a capitalised word opens a sentence too. */
function opensSentence(text: string, t: Token): boolean {
  if (t.end - t.start !== 1) return t.text === "--";
  const c = text.charCodeAt(t.start);
  return c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 58 || c === 59 || c === 0x2022 || c === 0xb7 || c === 124 || c === 42 || c === 45;
}

function isCapWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word" && t.cap;
}

/**
 * Finds the mentions of one sentence: capitalised names (with honorifics and titles split off), pronouns,
 * definite descriptions (`the Russian leader`) and group sources (`officials`, `a campaign spokesman`).
 */
export function findMentions(text: string, tokens: readonly Token[], first: number, last: number, paragraph: number,
  known: ReadonlySet<string> = new Set(), words: DocumentWords = NO_WORDS): Mention[] {
  const out: Mention[] = [];
  let i = first;
  while (i < last) {
    const t = tokens[i]!;
    if (t.kind !== "word") { i++; continue; }
    // A contraction (`they’ll`, `I’m`) has three to seven letters, one of them an apostrophe.
    const contracted = (t.classes & WordClass.APOSTROPHE) !== 0 && t.lower.length >= 3 && t.lower.length <= 7 ? pronounContraction(t.lower) : null;
    // `They’ll`, `You’re`, `We’ve`: a pronoun with its verb, never a name wherever it stands.
    if (contracted !== null) {
      const p = SPEAKER_PRONOUNS.get(contracted);
      if (p && contracted !== "i" && contracted !== "we") out.push(mention("pronoun", tokens, text, paragraph, i, i + 1, t.text, NO_NAME_TOKENS, p.gender, p.plural, null, "unknown", i, null, t.text));
      i++;
      continue;
    }
    const pronoun = t.classes & WordClass.SPEAKER_PRONOUN ? SPEAKER_PRONOUNS.get(t.lower) : undefined;
    // `…: He said …`, `(She says …)`: a capitalised pronoun after a colon or an opening bracket opens a clause too.
    if (pronoun && (!t.cap || i === first || t.lower === "i" || CLAUSE_OPENING_MARKS.has(tokens[i - 1]?.text ?? ""))) {
      if (t.lower !== "i" && t.lower !== "we") {
        out.push(mention("pronoun", tokens, text, paragraph, i, i + 1, t.text, NO_NAME_TOKENS, pronoun.gender, pronoun.plural, null, "unknown", i, null, t.text));
      }
      i++;
      continue;
    }
    if (t.cap) {
      const m = readName(text, tokens, i, first, last, paragraph, known, words);
      if (m && "skipTo" in m) { i = Math.max(i + 1, m.skipTo); continue; }
      // Not `tokens[m.last]?.cap`: a read past the array's end cost the optimised function its code.
      if (m && (m.possessive || m.last >= tokens.length || !tokens[m.last]!.cap)) {
        const g = readOwnedGroup(text, tokens, m, last, paragraph);
        if (g) { out.push(g); i = g.last; continue; }
      }
      if (m) { out.push(m); i = m.last; continue; }
    }
    // Only a description, group or role noun, or an age (`the 56-year-old`, opening with a digit), heads a description
    // or a group: most words are told apart by their classes and first character here, without the call.
    const c0 = text.charCodeAt(t.start);
    if ((t.classes & (WordClass.DESCRIPTION_HEAD | WordClass.GROUP_NOUN | WordClass.ROLE_NOUN)) !== 0 || (c0 >= 48 && c0 <= 57)) {
      const d = readDescriptionOrGroup(text, tokens, i, first, last, paragraph);
      if (d) { out.push(d); i = d.last; continue; }
    }
    i++;
  }
  return out;
}

const NO_WORDS: DocumentWords = documentWords([]);

/** Letters of an acronym: `WHO`, `FBI`, `U.S`, `AT&T`; two to six capitals. */
const ACRONYM_TEXT = /^\p{Lu}[\p{Lu}&.]{0,8}\p{Lu}$/u;

/** `Doctors for Camp Closure`: a capitalised plural, `for` or `against`, then two capitalised words that are no grammatical words. */
function pluralForName(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i]!;
  const link = tokens[i + 1];
  if (i + 3 >= last + 1 || !link || link.kind !== "word" || link.cap || (link.lower !== "for" && link.lower !== "against")) return false;
  if (!t.lower.endsWith("s") || t.lower.endsWith("ss") || t.possessive || isFunctionWord(t.lower)) return false;
  const a = tokens[i + 2];
  const b = tokens[i + 3];
  return isCapWord(a) && isCapWord(b) && !isFunctionWord(a.lower) && !isFunctionWord(b.lower) && !isNeverName(a.lower) && !isNeverName(b.lower);
}

/** Whether the initials of the name read so far, `and`, and the capitalised words after it spell an acronym of the article. */
function acronymSpansAnd(text: string, tokens: readonly Token[], parts: Int32Array, count: number, j: number, doc: DocumentWords): boolean {
  const acronyms = doc.acronyms();
  if (acronyms.size === 0) return false;
  let initials = initialsOf(text, tokens, parts, 0, count);
  let k = j + 1;
  let after = 0;
  while (isCapWord(tokens[k]) && !isFunctionWord(tokens[k]!.lower) && after < 4) { initials += text.charAt(tokens[k]!.start); k++; after++; }
  return after > 0 && initials.length >= 3 && acronyms.has(initials);
}

/** A verb of saying in lower case (`said`, `says`). */
function speaks(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !t.cap && SPEECH_VERBS.has(t.lower);
}

/** Whether a word is the plural of a common noun the lexicon lists (`teachers`, `studies`, `symptoms`). */
function commonPlural(lower: string): boolean {
  if (!lower.endsWith("s") || lower.endsWith("ss") || lower.length < 4) return false;
  if (lower.endsWith("ies")) return commonStem(lower.slice(0, -3) + "y");
  if (lower.endsWith("es")) return commonStem(lower.slice(0, -1)) || commonStem(lower.slice(0, -2));
  return commonStem(lower.slice(0, -1));
}

function commonStem(w: string): boolean {
  return isNounWord(w) && isCommonWord(w) && lexiconKind(w) === null;
}

/** Words in capitals that are no organisation's initials. */
const NOT_ACRONYMS = new Set(["OK", "AM", "PM", "AD", "BC", "OH", "NO", "YES", "HA"]);

/** True when token `k` is an acronym in running text, not a word of a headline in capitals. */
function isAcronym(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // Most words have a lower-case second letter, which no acronym has.
  const c1 = text.charCodeAt(t.start + 1);
  if (t.kind !== "word" || (c1 >= 97 && c1 <= 122) || !ACRONYM_TEXT.test(t.text) || t.text.replace(/[.&]/g, "").length > 6 || NOT_ACRONYMS.has(t.text)) return false;
  return !shoutingToken(text, tokenBefore(tokens, k)) && !shoutingToken(text, tokens[k + 1]);
}

/** A word of two letters or more in capitals (`NEWS`, `U.S`). */
function shoutingToken(text: string, u: Token | undefined): boolean {
  return u !== undefined && u.kind === "word" && u.end - u.start >= 2 && shoutCaseAt(text, u);
}

/** `U.S. Attorney James Kennedy`, `FBI Director`: a short acronym before a title, a role or an organisation word opens a title in mixed case. */
function acronymTitle(before: Token, u: Token): boolean {
  if ((u.classes & (C.HONORIFIC | C.ROLE_NOUN)) === 0 && !ORGANIZATION_WORDS.has(u.lower)) return false;
  let letters = 0;
  for (let k = 0; k < before.text.length; k++) if (before.text.charCodeAt(k) !== 46) letters++;
  return letters <= 4;
}

/**
 * `Penelope Muse Abernathy`: after a first name, a capitalised verb of saying in its bare form (token `j`) is a middle
 * name (`Trump Says` is a headline); so is any word after the `of` of a title (`Secretary of State`).
 */
function middleName(text: string, tokens: readonly Token[], j: number, before: Token | null, titleOf: number, i: number): boolean {
  const u = tokens[j]!;
  return (before !== null && genderOfClasses(before.classes) !== null && isCapWord(tokens[j + 1]) && !/(?:s|ed)$/.test(u.lower) && !shoutingAt(text, u))
    || (titleOf >= 0 && tokens[j - 1]?.lower === "of")
    // `the United States`, `the Gulf States`: after the article, a verb of saying that is also a plural noun ends the
    // name (a headline's verb follows a name without one: `Lindsey Graham Says`, `the Gender Gap Goes …`).
    || (tokenBefore(tokens, i)?.lower === "the" && NAME_PLURALS.has(u.lower) && !shoutingAt(text, u));
}

/** Most tokens of a dateline (`NEW YORK, Nov. 3 (Reuters) —`). */
const DATELINE_TOKENS = 14;

/**
 * The token after the dash of a dateline opening a paragraph (`COLUMBIA, S.C. —`, `WASHINGTON (AP) -`), else 0:
 * capitalised words, numbers, commas, periods and a bracketed agency, starting with a place or a word in capitals.
 */
function datelineEnd(text: string, tokens: readonly Token[]): number {
  const t0 = tokens[0];
  if (!t0 || t0.kind !== "word" || !(shoutingAt(text, t0) || lexiconKind(t0.lower) === "place")) return 0;
  // The whole paragraph: the period of `S.C.` may have ended the first sentence before the dash.
  for (let k = 1; k < Math.min(tokens.length, DATELINE_TOKENS); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && /^(?:—|–|-|--|―)$/.test(t.text)) return k > 1 || shoutingAt(text, t0) ? k + 1 : 0;
    if (t.kind === "word" ? !(t.cap || /^\d/.test(t.text)) : !/^[,.()]$/.test(t.text)) return 0;
  }
  return 0;
}

/** Pronouns that take a contracted verb (`they’ll`, `you’re`, `I’m`, `it’d`). */
const CONTRACTING = new Set(["i", "you", "he", "she", "it", "we", "they"]);
/** Contracted verbs after a pronoun; `’s` is read by the tokeniser already (`he’s` → `he`). */
const CONTRACTIONS = new Set(["ll", "ve", "re", "d", "m"]);

/** The pronoun of a contraction (`they’ll` → `they`), else null. */
export function pronounContraction(lower: string): string | null {
  // The first `’`, else the first `'`: read by character code (asked of most words; two `indexOf` calls cost more).
  let k = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019) { k = i; break; }
    if (c === 39 && k < 0) k = i;
  }
  if (k <= 0) return null;
  const base = lower.slice(0, k);
  return CONTRACTING.has(base) && CONTRACTIONS.has(lower.slice(k + 1)) ? base : null;
}

/**
 * A group source made of a quantity phrase (`About 4 in 10`, `52 percent of registered voters`, `majorities in all
 * five states`), as polls are reported: the words from `a` to `b` when they hold a number or a quantity word and no verb.
 */
export function quantitySource(text: string, tokens: readonly Token[], paragraph: number, a: number, b: number): Mention | null {
  if (b <= a || b - a > MAX_QUANTITY_TOKENS) return null;
  let quantity = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" || (t.kind === "punct" && t.text !== "-" && t.text !== "%")) return null;
    if (t.kind === "word" && !t.cap && SPEECH_VERBS.has(t.lower)) return null;
    if (/^\d/.test(t.text) || QUANTITY_WORDS.has(t.lower)) quantity = true;
  }
  return quantity ? nounSource(text, tokens, paragraph, a, b) : null;
}

/** Words that make a phrase a quantity of people (`half of voters`, `majorities`, `few on either side`). */
const QUANTITY_WORDS = new Set(["half", "third", "thirds", "quarter", "quarters", "majority", "majorities", "minority", "plurality", "most", "percent", "%",
  "few", "both", "many", "several", "some", "others", "none"]);
/** A quantity source is a short phrase. */
const MAX_QUANTITY_TOKENS = 14;

/** `reports that …`, `reports the …`: a word that is a verb of saying, followed by the clause it reports. */
function reportsClause(t: Token, next: Token | undefined): boolean {
  return SPEECH_VERBS.has(t.lower) && next !== undefined && (next.lower === "that" || (next.kind === "word" && /^(?:he|she|they|it|the|a|an|his|her|their|its)$/.test(next.lower)));
}

/** A source written as a common noun (`Poll: …`, `Sources: …`), as headlines name it: a group. */
export function nounSource(text: string, tokens: readonly Token[], paragraph: number, a: number, b: number): Mention {
  const phrase = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  return mention("group", tokens, text, paragraph, a, b, phrase, NO_NAME_TOKENS, "unknown", pluralPhrase(tokens, a, b), null, "group", a, null, phrase);
}

/** The pronoun at token `k` as a mention of no one the article names (`I` of `I told him that …`). */
export function pronounSource(text: string, tokens: readonly Token[], paragraph: number, k: number, plural: boolean): Mention {
  return mention("pronoun", tokens, text, paragraph, k, k + 1, tokens[k]!.text, NO_NAME_TOKENS, "unknown", plural, null, "unknown", k, null, tokens[k]!.text);
}

/** Words that open a phrase of many (`few on either side`, `most of the farmers`). */
const PLURAL_QUANTIFIERS = new Set(["few", "many", "several", "most", "some", "all", "both", "others", "half"]);

/** A head noun that names many: a plural (`voters`; not `campus`, `crisis`) or a collective (`police`, `women`). */
function isPluralHead(head: string): boolean {
  return COLLECTIVE_NOUNS.has(head) || (head.length > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is"));
}

/** Whether a noun phrase names many: a plural or collective head, a quantifier of many, or a coordination (`X and Y`). */
export function pluralPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  if (isPluralHead(tokens[b - 1]!.lower)) return true;
  if (b - a > 1 && PLURAL_QUANTIFIERS.has(tokens[a]!.lower)) return true;
  for (let k = a; k < b; k++) if (tokens[k]!.lower === "and" || tokens[k]!.text === "&") return true;
  return false;
}

/**
 * The name tokens of every mention that is no name (pronouns, descriptions, groups): one empty array, never written
 * (`Mention.nameTokens` is read-only), rather than a new one for each.
 */
const NO_NAME_TOKENS: string[] = [];

function mention(kind: MentionKind, tokens: readonly Token[], text: string, paragraph: number, a: number, b: number,
  name: string, nameTokens: string[], gender: Gender, plural: boolean, role: string | null, entityKind: SpeakerKind,
  lead = a, acronym: string | null = null, written: string | null = null): Mention {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  return {
    // `written`: the caller's string of the same span (a token's text, the phrase it read), rather than a copy of it.
    kind, paragraph, first: a, last: b, text: written ?? text.slice(start, end), start, end, name, nameTokens, gender, plural,
    // `acronym` on every mention, so that all mentions share one object shape (property reads stay monomorphic).
    role, entityKind, possessive: tokens[b - 1]!.possessive, lead, acronym,
  };
}

/**
 * Whether a quotation ends a sentence: a `.`, `!` or `?` among the marks and punctuation that close it
 * (`“Yes.”`, `“Why?” )`). A scan back over the closing run only: the regular expression `/[.!?]\W*$/`
 * it replaces backtracks quadratically over a quotation made of punctuation.
 */
function endsSentence(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true;
    // \W: anything but an ASCII letter, digit or underscore.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return false;
  }
  return false;
}

/** Slots of `nameParts`. */
const NAME_PARTS = 64;
/**
 * The token indices of the capitalised words of the run `readName` reads, in order, in one array reused from call to
 * call, never kept (`readName` calls nothing that reads a name): a run's arrays (`parts`, its words, titles and name
 * by `filter`, `slice`, `shift` and `push`) were a good part of the bytes a pass allocated. A longer run is read into a
 * larger array of its own, left to the collector after it (memory stays bounded).
 */
const nameParts = new Int32Array(NAME_PARTS);

/** `nameParts` holding the one token `i`. */
function onePart(i: number): Int32Array {
  nameParts[0] = i;
  return nameParts;
}

/** `readName`'s answer for a run it skips: one object, read by the caller at once. */
const SKIP: { skipTo: number } = { skipTo: 0 };

function skipTo(k: number): { readonly skipTo: number } {
  SKIP.skipTo = k;
  return SKIP;
}

function readName(text: string, tokens: readonly Token[], i: number, first: number, last: number, paragraph: number,
  known: ReadonlySet<string>, doc: DocumentWords): Mention | { readonly skipTo: number } | null {
  const t = tokens[i]!;
  // `R-Ohio`, `D-Ill.`: a party and state tag, not a name.
  if (text.charCodeAt(t.start + 1) === 45 && PARTY_TAG.test(t.text)) return null;
  // `COLUMBIA, S.C. —`, `LONDON (Reuters) -`: a dateline opening the paragraph names where the story was filed.
  if (i === 0) {
    const d = datelineEnd(text, tokens);
    if (d > 0) return skipTo(d);
  }
  // `says WHO`, `the FBI`: an acronym in running text is a name, never the word it spells.
  const acronym = isAcronym(text, tokens, i);
  // `European Council President Donald Tusk`: a demonym opens a title when capitalised words follow.
  // The token's classes answer the lexicon's questions (`t.classes` is `wordClasses(t.lower)`): no look-up per question.
  const tc = t.classes;
  const demonymTitle = (tc & C.DEMONYM) !== 0 && isCapWord(tokens[i + 1]) && (tokens[i + 1]!.classes & C.NEVER_NAME) === 0;
  // `Mark Cuban …; Cuban also said`: a demonym the article has given as a person's surname, before no noun it qualifies.
  const knownSurname = (tc & C.DEMONYM) !== 0 && known.has(t.lower) && !isCapWord(tokens[i + 1])
    && (tokens[i + 1]?.kind !== "word" || (tokens[i + 1]!.classes & (C.NOUN | C.ADJECTIVE_READING | C.GROUP_NOUN | C.ROLE_NOUN)) === 0);
  if ((tc & (C.NEVER_NAME | C.HONORIFIC)) === C.NEVER_NAME && !demonymTitle && !knownSurname) return null;
  /** The article has given the word as a name (asked once: the questions below ask it again and again). */
  const knownWord = known.has(t.lower);
  const prevTok = tokenBefore(tokens, i);
  // `Doctors for Camp Closure`, `Citizens for Tax Justice`: a plural, `for` or `against` and a capitalised name make an organisation.
  const pluralFor = pluralForName(tokens, i, last) || (tokens[i + 1]?.lower === "and" && acronymSpansAnd(text, tokens, onePart(i), 1, i + 1, doc));
  // After a colon or a bullet a capitalised word opens a sentence too (`DEAR READER: There is …`).
  const sentenceStart = !acronym && !pluralFor && (i === first || (prevTok!.kind === "quote" && endsSentence(prevTok!.text)) || opensSentence(text, prevTok!));
  // `Bond said`, `Frank writes`: a capitalised common word right before a speech verb is a name.
  const beforeCue = (tokens[i + 1]?.kind === "word" && (tokens[i + 1]!.classes & WordClass.SPEECH_VERB) !== 0 && !tokens[i + 1]!.cap) || knownWord;
  const next = tokens[i + 1];
  const nextCap = isCapWord(next);
  /** The lexicon knows the word as a person, place or organisation. */
  const named = (tc & (C.PERSON | C.PLACE | C.ORGANIZATION)) !== 0;
  if (sentenceStart && !acronym && (tc & (C.FUNCTION | C.HONORIFIC)) === C.FUNCTION) return null;
  // `Having claimed the pier was safe, the board …`: an auxiliary's participle opens a participle clause, not a name.
  if (sentenceStart && !nextCap && AUXILIARY_PARTICIPLES.has(t.lower)) return null;
  // `Hastily politicizing …`: an adverb in -ly opening a sentence; not a name the article has given in full
  // (`Phyllis Schlafly …`, then `Schlafly also noted …`).
  if (sentenceStart && !named && !nextCap && t.lower.endsWith("ly") && !knownWord) return null;
  if (sentenceStart && (tc & C.GROUP_NOUN) !== 0 && !nextCap) return null;
  // `Criticism of …`, `Frustrations grew`: an unknown word opening a sentence with a common noun's ending.
  if (sentenceStart && !beforeCue && !named && !nextCap && COMMON_NOUN_ENDING.test(t.lower)) return null;
  // `ABILITY`, `STATES`: a headline word in capitals.
  if ((tc & C.COMMON) !== 0 && !named && !nextCap && t.end - t.start >= 4 && shoutCaseAt(text, t)) return null;
  if (sentenceStart && (tc & (C.COMMON | C.HONORIFIC | C.ROLE_NOUN)) === C.COMMON && !(beforeCue && (tc & C.FUNCTION) === 0)) {
    // `Secret Service`, `White House`: a common word starts a name only when more capitalised words follow it.
    if (!nextCap || NEVER_NAME_OPENERS.has(t.lower)) return null;
  }
  if ((tc & C.SPEECH_VERB) !== 0 && sentenceStart) return null;
  if (sentenceStart && !acronym && !knownWord) {
    // `Health bosses said`, `President said`: a role word alone is no name.
    if ((tc & (C.ROLE_NOUN | C.HONORIFIC)) === C.ROLE_NOUN && !nextCap) return null;
    // `Prison union representatives`, `Feather duvet lung`: a word the article writes elsewhere in lower case, and never
    // capitalised inside a sentence, is a common word capitalised because it opens the sentence.
    if (!nextCap && (tc & C.PERSON) === 0 && doc.hasLower(t.lower) && !doc.hasCapitalised(t.lower)) return null;
    // `Teachers chanted`, `Symptoms appear`: the plural of a common noun, never capitalised inside a sentence.
    if (!nextCap && !named && !doc.hasCapitalised(t.lower) && commonPlural(t.lower)) return null;
    // `Hosting Cook at Dreamforce`, `Employee Steve Castro`: a common word glued to a name that follows.
    if (nextCap && (tc & (C.COMMON | C.HONORIFIC | C.ROLE_NOUN | C.DEMONYM)) === C.COMMON && !ORGANIZATION_WORDS.has(t.lower)
      && (genderOfClasses(next.classes) !== null || known.has(next.lower))) return skipTo(i + 1);
  }
  // Extend the run of capitalised words.
  let j = i;
  let parts = nameParts;
  /** Words in `parts`. */
  let np = 0;
  let orgOf = false;
  /** Index in `parts` of a title word followed by `of`, or -1. */
  let titleOf = -1;
  while (j < last) {
    const u = tokens[j]!;
    // Headline case (`John Leguizamo On How U.S. History …`): a capitalised grammatical word ends the name;
    // so does a change between capitals and mixed case (`IN DEADLY ISTANBUL EXPLOSION Turkish President …`).
    // `Sonya A. Zoghlin`: a lone capital with its period is an initial, not the article `A`.
    const initial = u.end - u.start === 1 && tokens[j + 1]?.text === "." && tokens[j + 1]!.start === u.end && isCapWord(tokens[j + 2]);
    const uc = u.classes;
    const capWord = isCapWord(u);
    if (capWord && np > 0 && (uc & (C.FUNCTION | C.HONORIFIC)) === C.FUNCTION && !initial && !isAcronym(text, tokens, j)) break;
    const before = np > 0 ? tokens[parts[np - 1]!]! : null;
    // `U.S. Attorney James Kennedy`, `FBI Director`: a short acronym opens a title in mixed case.
    // A person's initials (`J.M. Berger`, `George H.W. Bush`) are capitals of the same name.
    if (capWord && before !== null && shoutingAt(text, before) !== shoutingAt(text, u) && !acronymTitle(before, u) && !personInitials(before) && !personInitials(u)) break;
    // `Mark Cuban`: a demonym right after a given name, closing the run, is a surname.
    const demonymSurname = capWord && np === 1 && (uc & C.DEMONYM) !== 0 && genderOfClasses(tokens[parts[0]!]!.classes) !== null && !isCapWord(tokens[j + 1]);
    if (capWord && ((uc & C.NEVER_NAME) === 0 || (uc & C.HONORIFIC) !== 0 || (j === i && (demonymTitle || knownSurname)) || demonymSurname)
      && !(np > 0 && (uc & (C.SPEECH_VERB | C.HONORIFIC)) === C.SPEECH_VERB && !ORGANIZATION_WORDS.has(u.lower) && !middleName(text, tokens, j, before, titleOf, i))) {
      if (np === parts.length) {
        const grown = new Int32Array(2 * np);
        grown.set(parts);
        parts = grown;
      }
      parts[np++] = j;
      j++;
      // `the People’s Daily`, `Macy’s Inc`: a possessive inside an organisation's name; `China’s Foreign Ministry` stays China’s.
      if (u.possessive && !(isCapWord(tokens[j]) && ORGANIZATION_WORDS.has(tokens[j]!.lower) && !isCapWord(tokens[j + 1]) && np === 1 && kindOfClasses(uc) === null)) break;
      // `Mr.`, `J.`, `J.M.`: a period glued to an abbreviation or initials stays inside the name.
      const dot = tokens[j];
      if (dot && dot.text === "." && dot.start === u.end) {
        const short = (uc & C.HONORIFIC) !== 0 || u.end - u.start === 1 || (dottedInitials(u.text) && isCapWord(tokens[j + 1]));
        if ((short || NAME_SUFFIXES.has(u.lower)) && isCapWord(tokens[j + 1])) j++;
        else if ((short || ABBREVIATIONS.has(u.lower)) && isCapWord(tokens[j + 1])) j++;
        else if (short) j++;
      }
      continue;
    }
    if (np === 0 || u.cap) break;
    if (u.kind === "word" && NAME_PARTICLES.has(u.lower) && isCapWord(tokens[j + 1])) { j++; continue; }
    // `Ministry of Water Resources`, `Bank of America`: `of` inside an organisation's name.
    if (u.kind === "word" && (u.lower === "of" || u.lower === "for") && ORGANIZATION_WORDS.has(tokens[parts[np - 1]!]!.lower) && isCapWord(tokens[j + 1]) && (tokens[j + 1]!.classes & C.FUNCTION) === 0) { orgOf = true; j++; continue; }
    if (pluralFor && np === 1 && u.kind === "word" && (u.lower === "for" || u.lower === "against")) { orgOf = true; j++; continue; }
    // `Secretary of State Mike Pompeo`, `Director of National Intelligence`: `of` inside a title.
    if (u.kind === "word" && u.lower === "of" && before !== null && (before.classes & (C.HONORIFIC | C.ROLE_NOUN)) !== 0 && !ORGANIZATION_WORDS.has(before.lower) && isCapWord(tokens[j + 1]) && (tokens[j + 1]!.classes & C.FUNCTION) === 0) { titleOf = np - 1; j++; continue; }
    // `Customs and Border Protection` in an article that writes `CBP`: `and` inside a name the acronym spells.
    if (u.lower === "and" && acronymSpansAnd(text, tokens, parts, np, j, doc)) { orgOf = true; j++; continue; }
    // `Center for Disease Control and Prevention`, `Department of Health and Human Services`: `and` inside an organisation's name.
    if (orgOf && (u.lower === "and" || u.text === "&") && isCapWord(tokens[j + 1])
      && (tokens[j + 1]!.classes & (C.FUNCTION | C.HONORIFIC | C.ROLE_NOUN)) === 0 && genderOfClasses(tokens[j + 1]!.classes) === null) { j++; continue; }
    if (u.kind === "punct" && u.text === "," && np > 0 && NAME_SUFFIXES.has(tokens[j + 1]?.lower ?? "")) { j++; continue; }
    break;
  }
  if (np === 0) return null;
  // A trailing period belongs to the sentence, not the name.
  let end = j;
  // Nor does a joining word the run ended on (`Secretary of`).
  while (end > i && (tokens[end - 1]!.kind === "punct" || !tokens[end - 1]!.cap)) end--;
  // The words of the name and its titles: the parts before `end` (`parts` is in order). Titles are `parts[0, ns)`, the
  // name `parts[ns, nw)`: index bounds into the scratch array, no arrays of their own.
  let nw = np;
  while (nw > 0 && parts[nw - 1]! >= end) nw--;
  // Split off leading honorifics and titles: `Russian defence minister Sergei Shoigu`, `Gen Zhang`, `White House Press Secretary Josh Earnest`.
  // An organisation's name keeps its role words and demonyms (`World Health Organization`, `Republican Governors Association`).
  const orgName = nw > 1 && (orgOf || ORGANIZATION_WORDS.has(tokens[parts[nw - 1]!]!.lower));
  let split = -1;
  for (let w = 0; w < nw - 1 && !orgName; w++) {
    if ((tokens[parts[w]!]!.classes & (C.HONORIFIC | C.ROLE_NOUN)) !== 0) split = w;
  }
  /** The first word of the name; the words before it are titles. */
  let ns = split + 1;
  if (titleOf >= 0 && titleOf <= split) {
    // `Secretary of State Mike Pompeo`: what follows `of` belongs to the title up to the name; a title alone names no one.
    if (nw - ns === 1 && titleOf === split) return skipTo(end);
    while (nw - ns > 1 && genderOfClasses(tokens[parts[ns]!]!.classes) === null && (nw - ns > 2 || kindOfClasses(tokens[parts[ns]!]!.classes) !== "person")) ns++;
  }
  // Strip stray demonyms before a name (`Russian Vladimir Putin` is rare; `Chinese Xi` reads as role).
  while (!orgName && nw - ns > 1 && (tokens[parts[ns]!]!.classes & C.DEMONYM) !== 0) ns++;
  /** Words of the name. */
  const nn = nw - ns;
  if (nn === 0) return null;
  if (nn > MAX_NAME_TOKENS) return skipTo(end);
  // `Opposition leader Sabine Kroll`: a capitalised word before a role noun and a name is part of the role.
  if (nw === 1 && ns === 0) {
    const after = tokens[end];
    if (after && after.kind === "word" && !after.cap && (after.classes & C.ROLE_NOUN) !== 0 && isCapWord(tokens[end + 1])) return null;
  }
  // A lone capitalised common word (`Specifically`, `Democratic`, `Audiences`) is no name without a title or a cue after it.
  const firstName = tokens[parts[ns]!]!;
  const lastName = tokens[parts[nw - 1]!]!;
  if (nn === 1 && ns === 0 && (firstName.classes & (C.NON_NOUN_READING | C.NOUN)) === C.NON_NOUN_READING && !beforeCue && !acronym) return null;
  /** The name as written; a name of one word is its token's text. */
  const written = firstName === lastName ? firstName.text : text.slice(firstName.start, lastName.end);
  const name = withoutPossessive(written);
  // Titles decide gender and kind first.
  let gender: Gender = "unknown";
  let kind: SpeakerKind = "unknown";
  for (let w = 0; w < ns; w++) {
    const u = tokens[parts[w]!]!;
    const g = HONORIFICS.get(u.lower);
    if (g !== undefined) { kind = "person"; if (g !== "unknown") gender = g; }
    else if ((u.classes & C.ROLE_NOUN) !== 0) kind = "person";
  }
  const single = nn === 1;
  // A name whose initials the article writes as an acronym (`Customs and Border Protection`, `CBP`) is an organisation's.
  const spelled = nn >= 3 && doc.acronyms().size > 0 && doc.acronyms().has(initialsOf(text, tokens, parts, ns, nw));
  if (kind !== "person" && (hasOrganizationWord(tokens, parts, ns, nw) || (pluralFor && nn > 2) || spelled
    || (single && firstName.end - firstName.start <= 6 && (firstName.classes & C.PERSON) === 0 && ACRONYM.test(firstName.text)))) {
    kind = "organization";
  }
  if (kind === "unknown") {
    const k0 = kindOfClasses(firstName.classes);
    const kl = kindOfClasses(lastName.classes);
    const fg = genderOfClasses(firstName.classes);
    if (fg !== null && !single) { kind = "person"; gender = fg; }
    // `Tottenham said in a statement`, `Moscow says`: a place that speaks is the club or the government it names.
    else if (single && k0 === "place") kind = speaks(tokens[end]) ? "organization" : "place";
    else if (!single && kl === "place" && k0 !== "person") kind = "place";
    else if (k0 === "organization" || kl === "organization") kind = "organization";
    else if (k0 === "person" || kl === "person") kind = "person";
  } else if (kind === "person" && gender === "unknown") {
    const fg = genderOfClasses(firstName.classes);
    if (fg !== null && nn > 1) gender = fg;
  }
  // A run in capitals followed by a colon at a paragraph start is a transcript label; shout-case runs otherwise are headlines.
  if (!single && allShoutCase(text, tokens, parts, ns, nw)) return skipTo(end);
  // Lower-case role words right before the name: `Russian defence minister`, `longtime Democratic pollster`.
  const lead = roleStart(tokens, i, first);
  const rolePre = lead < i ? text.slice(tokens[lead]!.start, tokens[i - 1]!.end) : null;
  const titleText = ns > 0 && !(ns === 1 && PLAIN_HONORIFICS.has(tokens[parts[0]!]!.lower))
    ? text.slice(tokens[parts[0]!]!.start, tokens[parts[ns - 1]!]!.end)
    : null;
  const title = titleText === null ? null : expandTitle(titleText);
  const role = rolePre && title ? `${rolePre} ${title}` : rolePre ?? title;
  if (role && kind === "unknown") kind = "person";
  const defined = !single ? definedAcronym(tokens, end, name) : null;
  // The mention keeps its own array of the name's words, made by `push`, not `map`: an optimised `map` makes a holey
  // array where the builtin makes a packed one, and the entity table's code, optimised for the one, was thrown away
  // when it met the other.
  return mention("name", tokens, text, paragraph, i, end, name, nameWords(tokens, parts, ns, nw), gender, false, role, kind, lead, defined,
    // Without a title, the mention is the name as written.
    firstName === t && lastName === tokens[end - 1] ? written : null);
}

/**
 * The lower-case words of the name `parts[from, to)`, in an array of their own. Most names have one to three words: an
 * array literal of them is made at its size, where `push` gives an empty array room for 17.
 */
function nameWords(tokens: readonly Token[], parts: Int32Array, from: number, to: number): string[] {
  const n = to - from;
  if (n === 1) return [tokens[parts[from]!]!.lower];
  if (n === 2) return [tokens[parts[from]!]!.lower, tokens[parts[from + 1]!]!.lower];
  if (n === 3) return [tokens[parts[from]!]!.lower, tokens[parts[from + 1]!]!.lower, tokens[parts[from + 2]!]!.lower];
  const out: string[] = [];
  for (let w = from; w < to; w++) out.push(tokens[parts[w]!]!.lower);
  return out;
}

/** Whether a word of the name `parts[from, to)` is an organisation word (`Ministry`, `Party`). */
function hasOrganizationWord(tokens: readonly Token[], parts: Int32Array, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (ORGANIZATION_WORDS.has(tokens[parts[w]!]!.lower)) return true;
  return false;
}

/** Whether every word of the name `parts[from, to)` is written in capitals. */
function allShoutCase(text: string, tokens: readonly Token[], parts: Int32Array, from: number, to: number): boolean {
  for (let w = from; w < to; w++) if (!shoutCaseAt(text, tokens[parts[w]!]!)) return false;
  return true;
}

/** An acronym as the article defines it in brackets (`DEA`, `U.S.A`). */
const DEFINED_ACRONYM = /^\p{Lu}[\p{Lu}&.]*\p{Lu}$/u;

/** The first character of each of the name's tokens as written (`International Monetary Fund` → `IMF`). */
function initialsOf(text: string, tokens: readonly Token[], parts: Int32Array, from: number, to: number): string {
  let initials = "";
  for (let w = from; w < to; w++) initials += text.charAt(tokens[parts[w]!]!.start);
  return initials;
}

/**
 * `the Drug Enforcement Administration (DEA)`, `Ministry of Trade, Industry and Energy (MOTIE)`: an acronym in brackets
 * right after a name of several words is the article's definition of it, when its first letter is the name's.
 */
function definedAcronym(tokens: readonly Token[], end: number, name: string): string | null {
  const open = tokens[end];
  const a = tokens[end + 1];
  if (!open || open.text !== "(" || !a || a.kind !== "word" || tokens[end + 2]?.text !== ")") return null;
  if (a.text.length > 8 || !DEFINED_ACRONYM.test(a.text)) return null;
  const letters = a.text.replace(/\./g, "");
  return letters.charAt(0) === name.charAt(0) || name.split(/\s+/).some((w) => w.charAt(0) === letters.charAt(0)) ? letters : null;
}

/** Index of the first token of the role phrase before a name at `i` (`i` itself when there is none). */
function roleStart(tokens: readonly Token[], i: number, first: number): number {
  let k = i - 1;
  let hasRole = false;
  while (k >= first && i - k <= 6) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    const tc = t.classes;
    if ((tc & C.ROLE_NOUN) !== 0) hasRole = true;
    // `Transport minister Owen Pryce`: a capitalised common noun opening the sentence belongs to the role.
    else if (!((tc & C.DEMONYM) !== 0 || ROLE_MODIFIER_HINTS.has(t.lower) || t.lower.includes("-")
      || (t.cap && !DETERMINERS.has(t.lower) && ((tc & C.COMMON) === 0 || (k === first && (tc & C.FUNCTION) === 0))))) break;
    k--;
  }
  return hasRole ? k + 1 : i;
}

/** Words that may qualify a description or group noun (`former`, `campaign`, `White House`, `U.S`). */
const SOURCE_MODIFIERS: ReadonlySet<string> = new Set(["former", "senior", "top", "campaign", "party", "state", "news", "white", "house", "security",
  "intelligence", "law", "enforcement", "election", "military", "police", "government", "administration", "company", "federal", "local", "u.s", "us",
  "american"]);

function readDescriptionOrGroup(text: string, tokens: readonly Token[], i: number, first: number, last: number, paragraph: number): Mention | null {
  const t = tokens[i]!;
  // Only a description, group or role noun, or an age (`the 56-year-old`), heads one.
  const tc = t.classes;
  // `AGE_NOUN` opens with a digit: most words are told apart by their first character (read in the paragraph, where
  // the token's lower case starts with the same digit).
  const c0 = text.charCodeAt(t.start);
  const age = c0 >= 48 && c0 <= 57 && AGE_NOUN.test(t.lower);
  if ((tc & (C.DESCRIPTION_HEAD | C.GROUP_NOUN | C.ROLE_NOUN)) === 0 && !age) return null;
  const head = t.lower;
  // `the 56-year-old`: an age alone stands for a person named before.
  const isDesc = (tc & C.DESCRIPTION_HEAD) !== 0 || age;
  const isGroup = (tc & (C.GROUP_NOUN | C.ROLE_NOUN)) !== 0;
  if (!isDesc && !isGroup) return null;
  const next = tokens[i + 1];
  // `The New York Post reports that …`: a verb of saying after a name, not a group noun.
  if (isCapWord(tokenBefore(tokens, i)) && reportsClause(t, next)) return null;
  // `the president Barack Obama`, `spokesman Jim Smith`: a role before a name is part of the name's mention.
  if (isCapWord(next) && (next.classes & C.COMMON) === 0) return null;
  // Not the head yet: `campaign operative`, `White House officials`.
  if (next && next.kind === "word" && (next.classes & (C.GROUP_NOUN | C.ROLE_NOUN)) !== 0 && !next.cap && next.lower !== head) return null;
  // Walk back over determiners, modifiers and possessive names.
  let k = i - 1;
  let det: string | null = null;
  while (k >= first && i - k <= 5) {
    const u = tokens[k]!;
    if (u.kind !== "word") break;
    // `47 percent`, `two officials`, `Six in 10`: a number determines a group.
    const u0 = text.charCodeAt(u.start);
    if (DETERMINERS.has(u.lower) || (u0 >= 48 && u0 <= 57 && /^\d[\d,.]*$/.test(u.text))) { det = u.lower; k--; break; }
    // `the Russian and Syrian defense ministries`: two demonyms joined by `and` qualify one plural head.
    if (u.lower === "and" && k > first && isDemonym(tokens[k - 1]!.lower) && isDemonym(tokens[k + 1]?.lower ?? "")) { k--; continue; }
    const uc = u.classes;
    if (u.possessive || (u.cap && (uc & (C.FUNCTION | C.NEVER_NAME)) === 0 && k !== first) || (uc & (C.DEMONYM | C.GROUP_NOUN | C.ROLE_NOUN)) !== 0
      || ROLE_MODIFIER_HINTS.has(u.lower) || u.lower.includes("-") || SOURCE_MODIFIERS.has(u.lower)) { k--; continue; }
    break;
  }
  const a = k + 1;
  const plural = (head.endsWith("s") && !head.endsWith("ss")) || COLLECTIVE_NOUNS.has(head);
  if (isDesc && det === "the" && !plural) {
    return mention("description", tokens, text, paragraph, a, i + 1, head, NO_NAME_TOKENS, "unknown", false, null, "person");
  }
  if (!isGroup) return null;
  // A bare singular role noun without a determiner is not a source (`campaign operative decided`).
  if (!plural && det === null && a === i) return null;
  const phrase = text.slice(tokens[a]!.start, t.end);
  const orgHead = ORGANIZATION_WORDS.has(head);
  return mention("group", tokens, text, paragraph, a, i + 1, phrase.replace(/^(?:the|a|an|another|one)\s+/i, ""), NO_NAME_TOKENS, "unknown", plural, null, orgHead ? "organization" : "group", a, null, phrase);
}

/**
 * `Sanders’ campaign`, `Clinton’s spokesman`, `White House officials`, `a Florida Republican strategist`: a name that
 * owns or modifies a source noun is part of that source, unless a name follows (`campaign spokesman Jim Smith`).
 */
/** Words between an owner's name and its source noun (`Clinton’s longtime press secretary`). */
const OWNED_MODIFIERS: ReadonlySet<string> = new Set(["own", "longtime", "top", "senior", "chief", "former", "new", "press", "campaign", "legal",
  "national", "security", "policy", "communications", "fundraising", "official", "latest", "first", "final", "weekly", "daily", "internal", "public",
  "private", "written", "joint", "recent"]);

function readOwnedGroup(text: string, tokens: readonly Token[], owner: Mention, last: number, paragraph: number): Mention | null {
  // `A California transit chief says`: after an article, a name before a role noun only qualifies it.
  // Only a word opening with `a` or `o` can be one (told by the paragraph's character before the expression).
  const opener = owner.first > 0 ? text.charCodeAt(tokens[owner.first - 1]!.start) | 32 : 0;
  const article = (opener === 97 || opener === 111) && /^(?:a|an|one|another)$/.test(tokens[owner.first - 1]!.lower);
  for (let k = owner.last; k < Math.min(last, owner.last + 3); k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.cap) return null;
    const tc = t.classes;
    if ((tc & (C.GROUP_NOUN | C.ROLE_NOUN)) !== 0) {
      const next = tokens[k + 1];
      if (next && next.kind === "word" && !next.cap && (next.classes & (C.GROUP_NOUN | C.ROLE_NOUN)) !== 0) continue;
      if (isCapWord(next) || (!owner.possessive && (tc & C.GROUP_NOUN) === 0 && !article)) return null;
      if (!owner.possessive && k !== owner.last && !article) return null;
      // `The New York Post reports that …`, `CNN reports the …`: a verb of saying after the name, not a source noun.
      if (!owner.possessive && reportsClause(t, tokens[k + 1])) return null;
      // `McCrummen reports:`, `Emily Feng reports for NPR`: a verb of saying right after a name, before punctuation or a grammatical word.
      const after: Token | undefined = tokens[k + 1];
      if (!owner.possessive && k === owner.last && (tc & C.SPEECH_VERB) !== 0 && (!after || after.kind !== "word" || (after.classes & C.FUNCTION) !== 0)) return null;
      const phrase = text.slice(owner.start, t.end);
      const kind: SpeakerKind = ORGANIZATION_WORDS.has(t.lower) ? "organization" : "group";
      return mention("group", tokens, text, paragraph, owner.first, k + 1, phrase, NO_NAME_TOKENS, "unknown", t.lower.endsWith("s"), null, kind, owner.first, null, phrase);
    }
    if (!(ROLE_MODIFIER_HINTS.has(t.lower) || t.lower.includes("-") || (article && (tc & (C.FUNCTION | C.SPEECH_VERB)) === 0) || OWNED_MODIFIERS.has(t.lower))) return null;
  }
  return null;
}

/** A title written as a lone abbreviation (`Gen`, `Sen.`) given in full as a role (`General`, `Senator`). */
function expandTitle(title: string): string {
  const key = title.toLowerCase().replace(/\.$/, "");
  return TITLE_ABBREVIATIONS.get(key) ?? title;
}

/** Initials joined by periods that no list knows as a country's or a city's (`J.M`, `H.W`; not `U.S`, `D.C`). */
function personInitials(t: Token): boolean {
  return dottedInitials(t.text) && !ABBREVIATIONS.has(t.lower);
}
