/**
 * The subject of a cue (`cueSubject`): the mention before a finite verb, the agent of a passive, the inverted subject
 * after the verb, or the subject of the clause a gerund hangs from.
 */
import type { Mention } from "../speakers/find-mentions";
import { tokenBefore, type Token } from "../speakers/tokenize";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import { ARTICLES, CLAUSE_PRONOUNS, FRONTED_ADVERBS, SUBJECT_JOINERS, HE_SHE, POSSESSIVE_DETERMINERS, DOCUMENT_NOUNS, FLOATING_QUANTIFIERS, INCLUSION_OPENERS, PHRASE_PRONOUN_HEADS, VERB_ONLY_SPEECH_FORMS, TIME_NOUNS, TIME_OPENERS } from "../lexicon/function-words";
import { isFunctionWord, isPreposition } from "../speakers/word-tags";
import { isAuxiliary, isStop, type Cue } from "./cues";
import { indexMentions, lowerBound } from "./lookup";
import { definiteDescription, isDocument, isSpokesperson, namesSomeone } from "./descriptions";
import { invertedPhrase, nominal, phraseSource, preposition, sourceHead, subjectPhrase, type SubjectPhrase } from "./subject-phrase";
import { isDash, isPastForm } from "./reported/clause-words";
import { placeClosedAt } from "./place-comma";
import { countedBefore, gerundPhrase, type ParagraphText } from "./gerund-subjects";
import { APPOSITIVE_REACH, appositiveName, nameAfterRole, ofGroup, preferName, quotedAppositiveName, skipParenthesis } from "./appositives";

export { mainSubject } from "./main-subject";
export { preferName } from "./appositives";
export type { ParagraphText } from "./gerund-subjects";

/** How many words a subject's modifiers may run before its verb (`A source familiar with the matter said`). */
const LONG_SUBJECT_REACH = 12;

/** How many words of a role without a determiner may stand between an inverted verb and its name (`film director`). */
const MAX_BARE_ROLE = 3;

/** Words that open another clause between a subject and its cue. */
const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set(["that", "which", "who", "because", "while", "when", "if", "but", "and"]);

function hasClauseBreak(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" || t.text === "," || t.text === ";" || t.text === ":" || CLAUSE_BREAK_WORDS.has(t.lower)) return true;
    if (t.kind === "word" && !t.cap && SPEECH_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs that take the hearer as their object: `told X` never makes X the speaker. */
const HEARER_VERBS = new Set(["tell", "ask", "urge", "inform", "assure", "remind", "warn", "call", "accuse", "praise", "criticise", "criticize", "blast", "slam", "mock", "thank", "quote", "cite", "describe", "dismiss", "condemn", "denounce", "hail", "welcome", "question", "charge", "order", "advise", "instruct", "answer", "address"]);

/**
 * The subject of a cue: for a finite verb the nearest mention to its left in the same clause, across auxiliaries,
 * adverbs, a relative `who` and an appositive (`Jane Doe, the chief executive, said`); for a passive `was asked by X`,
 * X; for a gerund, the mention right before it (`with Gorka noting`) or else the clause's subject. Inversion
 * (`,” said Mr Smith`) only right after a quotation or comma, and never for verbs whose object is the hearer. A
 * mention inside a wider subject phrase gives way to it (`Experts on North Korea said`); with `phrases`, a verb of
 * saying whose subject no mention covers takes the phrase (`People familiar with her thinking say`).
 */
export function cueSubject(tokens: readonly Token[], cue: Cue, first: number, last: number, mentions: readonly Mention[], subject: Mention | undefined,
  para?: ParagraphText, phrases = false): Mention | undefined {
  // Passive: `was asked by host Bill Maher`.
  if (cue.first > first && /^(?:was|were|been|being|is|are)$/.test(tokens[cue.first - 1]!.lower) && tokens[cue.last]?.lower === "by") {
    const ix = indexMentions(mentions);
    const by = ix.byFirst.get(cue.last + 1) ?? (tokens[cue.last + 1]!.kind === "word" ? ix.byFirst.get(cue.last + 2) : undefined);
    if (by) return by;
  }
  let k = cue.first - 1;
  while (k >= first && isAuxiliary(tokens[k]!)) k--;
  // `Merkley, Brown and Menendez all suggested`, `they both said`: a quantifier floated after the subject.
  // `Trump and Sanders have both argued`: auxiliaries may stand before it.
  if (k > first && FLOATING_QUANTIFIERS.has(tokens[k]!.lower) && (tokens[k - 1]!.text === ")" || (tokens[k - 1]!.kind === "word" && tokens[k - 1]!.cap) || CLAUSE_PRONOUNS.has(tokens[k - 1]!.lower) || isAuxiliary(tokens[k - 1]!))) {
    k--;
    while (k >= first && isAuxiliary(tokens[k]!)) k--;
  }
  // `Sanders on Tuesday said`, `The board last week said`: a time adverbial between the subject and its verb.
  if (k - 1 >= first && TIME_NOUNS.has(tokens[k]!.lower) && TIME_OPENERS.has(tokens[k - 1]!.lower)) {
    k -= 2;
    while (k >= first && isAuxiliary(tokens[k]!)) k--;
  }
  // `…, but did note that …`: the word before the verb's auxiliaries and time, which may join it to a verb before.
  const joiner = k >= first ? tokens[k] : undefined;
  const relative = k >= first && /^(?:who|which|that)$/.test(tokens[k]!.lower) && !cue.gerund;
  if (relative) {
    k--;
    if (k >= first && tokens[k]!.text === ",") k--;
  }
  // `Residents of Flint, Mich., said`: the comma after a city's state closes no appositive; the subject ends at the city.
  // After a name's comma (`Mary Jones, a retiree in Flint, Mich., said`) it closes the name's appositive.
  const city = k > first ? placeClosedAt(tokens, k) : -1;
  if (city >= first && !commaBefore(tokens, city, first)) k = city;
  // `Sen. Lindsey Graham (R-S.C.) said`: a short parenthesis after the name stands between it and its verb.
  const left = indexMentions(mentions).byLast.get(skipParenthesis(tokens, k + 1, first));
  if (cue.gerund) {
    // `with Gorka noting …`: a gerund has its own subject only after `with`; otherwise it is the subject of the clause
    // it hangs from (`as Mrs. Clinton echoed the criticism, saying …`).
    if (left && left.kind !== "group" && tokenBefore(tokens, left.first)?.lower === "with") return left;
    // A quantifier right before it (`notes that included one saying`) is its subject; a subject after it is another clause's.
    const own = (para ? countedBefore(tokens, cue, first, para) : undefined) ?? clauseSubjectBefore(tokens, cue.first, first, mentions) ?? (subject && subject.last <= cue.first ? subject : undefined);
    return own ?? (phrases && para ? gerundPhrase(tokens, cue, first, mentions, para) : undefined);
  }
  if (left && !(left.kind === "name" && left.possessive)) {
    // `Experts on North Korea said`, `Developers and supporters in Congress say`: the mention is inside the subject.
    // A group right before `of`, `for` or `to` is the subject as it stands (`Critics of the president say`).
    const grouped = ofGroup(tokens, left, mentions);
    const wider = grouped === left && para && insidePhrase(tokens, left) ? widerSubject(tokens, k + 1, first, left, mentions, para) : undefined;
    return wider ?? preferName(tokens, grouped, mentions);
  }
  // `In Harbourton, the crews will return, said Nadia Okafor.`: a name right after the verb that closes the sentence
  // (or opens its appositive) is the inverted subject, whatever names stand before the comma.
  if (k >= first && tokens[k]!.text === "," && k === cue.first - 1 && !HEARER_VERBS.has(cue.lemma)) {
    const ix = indexMentions(mentions);
    // `…, wrote film director Osman Abu Laban, …`: a few words of a role without a determiner may come first.
    let b = cue.last;
    while (b < cue.last + MAX_BARE_ROLE && tokens[b]?.kind === "word" && !tokens[b]!.cap && !isFunctionWord(tokens[b]!.lower) && !ix.byLead.get(b) && !ix.byFirst.get(b)) b++;
    const after = ix.byLead.get(b) ?? ix.byFirst.get(b);
    if (after && after.kind === "name" && !after.possessive && (after.last >= last || tokens[after.last]?.text === "," || isStop(tokens, after.last))) return after;
    // `…, said the company's chief executive, John Ferriola.`: the name in apposition to the role after the verb, a
    // role opened by an article or a possessive (not `noted that Cruz's manager, Jeff Roe, is …`).
    const role = tokens[cue.last];
    const named = role && (ARTICLES.has(role.lower) || POSSESSIVE_DETERMINERS.has(role.lower) || role.possessive) ? nameAfterRole(tokens, cue.last, last, mentions) : undefined;
    if (named) return named;
  }
  // `Jane Doe, the company's chief executive, said`: a comma right before the verb closes an appositive.
  if (k >= first && tokens[k]!.text === ",") {
    const named = appositiveName(tokens, k, first, mentions, subject);
    if (named) return named;
  }
  // `Kall -- co-editor of a book on the debates -- said`, `Kall - a co-editor - said`: a pair of dashes (spaced hyphens
  // too) closes an appositive.
  if (k > first && isDash(tokens, k)) {
    for (let j = k - 1; j >= Math.max(first, k - APPOSITIVE_REACH); j--) {
      const t = tokens[j]!;
      if (t.kind === "quote" || isStop(tokens, j)) break;
      if (!isDash(tokens, j)) continue;
      const m = indexMentions(mentions).byLast.get(skipParenthesis(tokens, j, first));
      if (m && !m.possessive) return preferName(tokens, m, mentions);
      break;
    }
  }
  // `Humphrey, who calls Trump a “sociopath,” said he …`: a quotation's comma closes the appositive, unless the verb's
  // inverted subject closes the sentence (`…, “a mess,” said a spokesman.`).
  const quoted = k === cue.first - 1 ? quotedAppositiveName(tokens, k, first, mentions) : undefined;
  // Inversion: `,” said Mr Smith`, `said the company's chief executive`.
  const opener = tokenBefore(tokens, cue.first);
  if (!HEARER_VERBS.has(cue.lemma) && (!opener || opener.kind === "quote" || opener.text === "," || opener.text === ":")) {
    let a = cue.last;
    while (a < last && isAuxiliary(tokens[a]!)) a++;
    // `said former Gov. Bill Richardson`, `added another New Hampshire Democrat`: a determiner or modifier may come first.
    let right: Mention | undefined;
    for (let b = a; b <= a + 3 && b < last && !right; b++) {
      const m = indexMentions(mentions).byLead.get(b);
      if (m && tokens.slice(a, b).every((t) => t.kind === "word" && !t.cap)) right = m;
      const t = tokens[b]!;
      // `said former Gov. …` and `added another …`, but not `said in a statement`.
      if (t.kind !== "word" || t.cap || isPreposition(t.lower)) break;
    }
    // `,” said Mr Smith`; a pronoun only as `,” said he`, never `put it`.
    // `said the city's harbour master, Nadia Okafor`: a role the mention finder does not know, then the name.
    // `said a former spokesman for the ministry, Oleg Voloshyn`: a described role's name, past the role's modifiers.
    right = right && right.kind !== "description" && right.kind !== "group" ? right : nameAfterRole(tokens, a, last, mentions) ?? right;
    // `…, said several engineers.`, `…, said a handful of Democrats who attended.`: a phrase no mention covers.
    const inverted = !right && phrases && para && opener?.text === "," && a === cue.last ? invertedPhrase(tokens, a, last) : undefined;
    if (inverted) right = phraseSource(para!.text, tokens, inverted, mentions, para!.index);
    // `said the company's chief executive, John Smith`: the name in apposition to the description is the source.
    const closed = right !== undefined && (right.last >= last || tokens[right.last]!.text === "," || isStop(tokens, right.last));
    if (right && right.kind !== "pronoun" && (closed || !quoted)) return preferName(tokens, right, mentions);
    if (right && opener?.kind === "quote" && HE_SHE.has(right.text.toLowerCase()) && (closed || !quoted)) return right;
  }
  if (quoted) return quoted;
  // A verb in a coordinated clause shares the sentence's subject: `Carson did not mention …, but told his supporters`;
  // so does a verb after a long subject: `A source familiar with the investigation said`.
  // `… but on Tuesday wrote that …`, `… but did note that …`: the conjunction may stand before a time adverbial or auxiliaries.
  if (joins(opener) || (joins(joiner) && speechVerbCue(tokens, cue))) return subject;
  if (subject && subject.last <= cue.first && cue.first - subject.last <= LONG_SUBJECT_REACH && !hasClauseBreak(tokens, subject.last, cue.first)) return subject;
  // `Political observers in Virginia and around the country say`, `Those close to him say`: a phrase no mention covers.
  // Only for a verb of saying with a clause of its own (not `the primary threatens to knock …`), and before a relative
  // only for the members of a list (`callers, including listeners who said …`), never a predicate (`is a liar who said`).
  if (!para || !phrases || k < first || !speechVerbCue(tokens, cue)) return undefined;
  const phrase = subjectPhrase(tokens, k + 1, first);
  if (!phrase || (relative && !listMembers(tokens, phrase, first)) || !sourceHead(tokens, phrase, nounForm(tokens, cue))) return undefined;
  // A singular phrase that names no one and describes no organisation (`The ferry operator said`) is left to the
  // reported-speech sources, which read it as an unnamed source.
  const m = phraseSource(para.text, tokens, phrase, mentions, para.index);
  return m.kind !== "group" || m.plural || namesSomeone(m.text) || definiteDescription(m) ? m : undefined;
}

/** `and`, `but` (`then`, `also`) before a verb: it shares the subject of the verb before it. */
function joins(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && SUBJECT_JOINERS.has(t.lower);
}

/** How many words (determiners, modifiers) may stand between a preposition and its object's mention. */
const MAX_OBJECT_DETERMINERS = 3;

/** A mention that may stand inside a wider subject: the object of a preposition, or a group after `and`. */
function insidePhrase(tokens: readonly Token[], m: Mention): boolean {
  // `with the Harbour Gazette`, `and some harbour officials`: a preposition, or `and` before a group, across the
  // mention's determiners and modifiers.
  for (let k = m.lead - 1; k >= 0 && m.lead - k <= MAX_OBJECT_DETERMINERS + 1; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.cap) return false;
    if (preposition(tokens, k)) return true;
    if (t.lower === "and" || t.lower === "or") return m.kind === "group";
    if (!nominal(t)) return false;
  }
  return false;
}

/**
 * The subject phrase a mention stands inside (`Experts on North Korea`, `many experts and some lawmakers`), as its
 * source; undefined when the mention heads no wider phrase, or is who a spokesperson speaks for or a document is by
 * (`A spokesman for the Department of Labor`, `an analysis released by the department`), which the mention names.
 */
function widerSubject(tokens: readonly Token[], b: number, first: number, m: Mention, mentions: readonly Mention[], para: ParagraphText): Mention | undefined {
  const p = subjectPhrase(tokens, b, first);
  if (!p || p.a >= m.lead) return undefined;
  // A document's author after `by` (`a 2014 study by Harvard`) is its source, as a spokesperson's employer is.
  const head = indexMentions(mentions).byLast.get(p.headEnd);
  if (head && (isSpokesperson(head) || isDocument(head)) || DOCUMENT_NOUNS.has(tokens[p.headEnd - 1]!.lower)) return undefined;
  return phraseSource(para.text, tokens, p, mentions, para.index);
}

/** A cue whose verb is a verb of saying and whose content is no infinitive (`threatens to knock`, `refused to say`). */
function speechVerbCue(tokens: readonly Token[], cue: Cue): boolean {
  if (tokens[cue.last]?.lower === "to" || cue.weak) return false;
  for (let k = cue.first; k < cue.last; k++) if (SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/** A cue whose verb form may be a noun too (`note`, `claims`, `demand`): no past form and no `says` or `tells`. */
function nounForm(tokens: readonly Token[], cue: Cue): boolean {
  const w = tokens[cue.last - 1]!.lower;
  return !isPastForm(w) && !VERB_ONLY_SPEECH_FORMS.has(w);
}

/** A phrase that names the members of a list (`including listeners`) or opens its sentence, headed by a noun (not `Those`). */
function listMembers(tokens: readonly Token[], p: SubjectPhrase, first: number): boolean {
  if (PHRASE_PRONOUN_HEADS.has(tokens[p.headEnd - 1]!.lower)) return false;
  return p.a === first || INCLUSION_OPENERS.has(tokens[p.a - 1]!.lower);
}

/** How far back (in tokens) a gerund looks for the subject of its clause. */
const CLAUSE_REACH = 40;

/** Conjunctions that open a clause the gerund may hang from; `that` and `who` open subordinate clauses, which it never does. */
const CLAUSE_OPENERS = /^(?:as|while|when|and|but|because|since|although|though|if|so|whereas|after|before|once|until)$/;

/** The nearest mention before `index` that opens a clause: at the sentence start, or after a comma, dash or conjunction. */
function clauseSubjectBefore(tokens: readonly Token[], index: number, first: number, mentions: readonly Mention[]): Mention | undefined {
  const from = lowerBound(mentions, index + 1, (m) => m.last) - 1;
  for (let n = from; n >= 0 && index - mentions[n]!.last <= CLAUSE_REACH; n--) {
    const m = mentions[n]!;
    if (m.last > index) continue;
    if (m.kind === "name" && m.possessive) continue;
    const before = tokenBefore(tokens, m.lead);
    // The mention must be followed by its verb (`Mrs. Clinton echoed`), not be one of a list (`Russia and China are`).
    const after = tokens[m.last];
    const verbFollows = after !== undefined && after.kind === "word" && !after.cap && !isFunctionWord(after.lower);
    if (verbFollows && (m.lead === first || !before || before.kind === "quote" || /^(?:,|;|—|–|--)$/.test(before.text) || (before.kind === "word" && (CLAUSE_OPENERS.test(before.lower) || frontedAdverbs(tokens, m.lead, first))))) {
      if (m.kind === "pronoun" && /^it$/i.test(m.text)) continue;
      return m;
    }
  }
  return undefined;
}

/** `Then she …`, `And even Obama …`: one or two adverbs open the sentence right before the mention at `lead`. */
function frontedAdverbs(tokens: readonly Token[], lead: number, first: number): boolean {
  let k = lead - 1;
  while (k >= first && lead - k <= 2 && FRONTED_ADVERBS.has(tokens[k]!.lower)) k--;
  return k < lead - 1 && k < first;
}

/**
 * A comma within `APPOSITIVE_REACH` tokens before `x` follows a name or an age, whose appositive it opens (`Mary Jones,
 * a retiree in …`, `Dewayne Smithy, 33, of …`); not a time (`On Tuesday, voters in …`).
 */
function commaBefore(tokens: readonly Token[], x: number, first: number): boolean {
  for (let j = x - 1; j > Math.max(first, x - APPOSITIVE_REACH); j--) {
    const p = tokens[j - 1]!;
    if (tokens[j]!.text === "," && p.kind === "word" && ((p.cap && !TIME_NOUNS.has(p.lower)) || /^\d+$/.test(p.text))) return true;
  }
  return false;
}
