import type { Mention } from "../speakers/find-mentions";
import type { Token } from "../speakers/tokenize";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import { CLAUSE_PRONOUNS, DASH_MARKS, DESCRIPTION_OPENERS, FLOATING_QUANTIFIERS, TIME_NOUNS, TIME_OPENERS } from "../lexicon/function-words";
import { isFiniteVerb, isFunctionWord, isNeverName, isNounWord, isPreposition } from "../speakers/word-tags";
import { isAuxiliary, isStop, type Cue } from "./cues";
import { indexMentions, lowerBound } from "./lookup";
import { possessorPronoun } from "./owned-source";

/** Words that open a fronted phrase whose names are not the sentence's subject (`Speaking during a meeting with X, Y said`). */
const FRONTED: ReadonlySet<string> = new Set([
  "after", "before", "while", "when", "whilst", "during", "in", "on", "at", "speaking", "asked", "addressing",
  "writing", "responding", "referring", "unlike", "like", "despite", "although", "though", "as", "since", "because",
  "following", "with", "without", "for", "from", "under", "over", "upon", "by", "if", "once", "until", "amid",
  "among", "according", "earlier", "later", "last", "this", "meanwhile", "separately", "still", "yet", "however",
  "but", "and", "so", "then", "also", "instead", "indeed", "again", "now", "here", "there", "today", "yesterday",
  "moreover", "besides", "furthermore", "nonetheless", "nevertheless", "regarding", "citing", "appearing",
  "visiting", "testifying", "campaigning", "answering", "pressed", "interviewed", "even", "too", "thus", "hence",
  "otherwise", "similarly", "likewise", "finally", "first", "second", "third", "next", "sometimes", "often", "just",
  "only", "already", "perhaps", "maybe", "surely", "clearly", "notably", "talking", "reflecting", "looking",
  "pointing", "noting", "told", "given", "faced", "confronted",
]);
/** Words of `FRONTED` that open no phrase of their own: before a name they are the sentence's adverb or conjunction. */
const ADVERB_OPENERS: ReadonlySet<string> = new Set(["even", "also", "still", "just", "only", "now", "perhaps", "maybe", "and", "but", "so", "yet", "then", "indeed", "meanwhile", "instead", "again", "today", "yesterday"]);
const PREPOSITIONS = new Set(["to", "with", "by", "of", "for", "from", "against", "at", "on", "in", "about", "toward", "towards", "into", "than", "like", "between", "among", "including", "invited", "met", "told", "asked", "urged", "called", "named", "and", "or", "over", "under", "behind", "beside", "besides", "via", "after", "before", "during", "whom"]);
/** How far back an appositive may reach to its name: `Trump, the 2016 GOP frontrunner …, said`. */
const APPOSITIVE_REACH = 40;
/** How many words a subject's modifiers may run before its verb (`A source familiar with the matter said`). */
const LONG_SUBJECT_REACH = 12;

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

/** Dashes that close a dateline. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(["—", "–", "--", "-"]);

/** Where the words of a sentence start after a dateline (`WASHINGTON, Dec. 8 (UPI) — `, `Paris (AFP) – `). */
function afterDateline(tokens: readonly Token[], first: number, last: number): number {
  const t0 = tokens[first];
  if (!t0 || !t0.cap) return first;
  for (let k = first + 1; k < Math.min(last, first + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && DATELINE_DASHES.has(t.text)) return k + 1;
    if (t.kind === "quote") return first;
    if (t.kind === "word" && !t.cap && !/^\d/.test(t.text) && t.lower !== "de" && t.lower !== "la") return first;
  }
  return first;
}

/**
 * The grammatical subject of a sentence, read cheaply: after any dateline and fronted phrase, the first mention
 * that is not the object of a preposition.
 */
export function mainSubject(tokens: readonly Token[], first: number, last: number, mentions: readonly Mention[]): Mention | undefined {
  let from = afterDateline(tokens, first, last);
  const t0 = tokens[from];
  // `Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio, Gov. John Kasich said`: a time opens a fronted phrase too.
  let fronted = Boolean(t0 && t0.kind === "word" && (FRONTED.has(t0.lower) || isNeverName(t0.lower) || /^\d/.test(t0.text)));
  // `Even China, Pyongyang's only ally, said …`, `But Smith, the mayor, said …`: an adverb or a conjunction right
  // before a name and its comma fronts nothing; the name is the subject, and the comma opens its appositive.
  if (fronted && ADVERB_OPENERS.has(t0!.lower) && mentions.some((m) => m.lead === from + 1 && m.kind === "name" && !m.possessive && tokens[m.last]?.text === ",")) {
    fronted = false;
    from++;
  }
  if (fronted) {
    for (let k = from; k < last; k++) {
      const t = tokens[k]!;
      if (t.kind === "punct" && t.text === ",") { from = k + 1; break; }
      if (t.kind === "quote") break;
    }
  }
  for (const m of mentions) {
    if (m.first < from) continue;
    const before = tokens[m.first - 1];
    if (m.first > from && before && before.kind === "word" && PREPOSITIONS.has(before.lower)) continue;
    if (m.possessive && m.kind === "name") continue;
    // `Speaking in Salem, New Hampshire, Trump said`: a place in apposition closes the fronted phrase.
    if (fronted && m.first === from && m.entityKind === "place" && tokens[m.last]?.text === ",") continue;
    return m;
  }
  return undefined;
}

/**
 * The subject of a cue: for a finite verb the nearest mention to its left in the same clause, across auxiliaries,
 * adverbs, a relative `who` and an appositive (`Jane Doe, the chief executive, said`); for a passive `was asked by X`,
 * X; for a gerund, the mention right before it (`with Gorka noting`) or else the clause's subject. Inversion
 * (`,” said Mr Smith`) only right after a quotation or comma, and never for verbs whose object is the hearer.
 */
export function cueSubject(tokens: readonly Token[], cue: Cue, first: number, last: number, mentions: readonly Mention[], subject: Mention | undefined): Mention | undefined {
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
  let timed = false;
  if (k - 1 >= first && TIME_NOUNS.has(tokens[k]!.lower) && TIME_OPENERS.has(tokens[k - 1]!.lower)) {
    timed = true;
    k -= 2;
    while (k >= first && isAuxiliary(tokens[k]!)) k--;
  }
  if (k >= first && /^(?:who|which|that)$/.test(tokens[k]!.lower) && !cue.gerund) {
    k--;
    if (k >= first && tokens[k]!.text === ",") k--;
  }
  // `Sen. Lindsey Graham (R-S.C.) said`: a short parenthesis after the name stands between it and its verb.
  const left = indexMentions(mentions).byLast.get(skipParenthesis(tokens, k + 1, first));
  if (cue.gerund) {
    // `with Gorka noting …`: a gerund has its own subject only after `with`; otherwise it is the subject of the clause
    // it hangs from (`as Mrs. Clinton echoed the criticism, saying …`).
    if (left && left.kind !== "group" && tokens[left.first - 1]?.lower === "with") return left;
    return clauseSubjectBefore(tokens, cue.first, first, mentions) ?? subject;
  }
  if (left && !(left.kind === "name" && left.possessive)) return preferName(tokens, ofGroup(tokens, left, mentions), mentions);
  // `In Harbourton, the crews will return, said Nadia Okafor.`: a name right after the verb that closes the sentence
  // (or opens its appositive) is the inverted subject, whatever names stand before the comma.
  if (k >= first && tokens[k]!.text === "," && k === cue.first - 1 && !HEARER_VERBS.has(cue.lemma)) {
    const ix = indexMentions(mentions);
    const after = ix.byLead.get(cue.last) ?? ix.byFirst.get(cue.last);
    if (after && after.kind === "name" && !after.possessive && (after.last >= last || tokens[after.last]?.text === "," || isStop(tokens, after.last))) return after;
  }
  // `Jane Doe, the company's chief executive, said`: a comma right before the verb closes an appositive.
  if (k >= first && tokens[k]!.text === ",") {
    const named = appositiveName(tokens, k, first, mentions, subject);
    if (named) return named;
  }
  // `Kall -- co-editor of a book on the debates -- said`: a pair of dashes closes an appositive.
  if (k > first && DASH_MARKS.has(tokens[k]!.text)) {
    for (let j = k - 1; j >= Math.max(first, k - APPOSITIVE_REACH); j--) {
      const t = tokens[j]!;
      if (t.kind === "quote" || isStop(tokens, j)) break;
      if (!DASH_MARKS.has(t.text)) continue;
      const m = indexMentions(mentions).byLast.get(skipParenthesis(tokens, j, first));
      if (m && !m.possessive) return preferName(tokens, m, mentions);
      break;
    }
  }
  // Inversion: `,” said Mr Smith`, `said the company's chief executive`.
  const opener = tokens[cue.first - 1];
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
    right ??= nameAfterRole(tokens, a, last, mentions);
    // `said the company's chief executive, John Smith`: the name in apposition to the description is the source.
    if (right && right.kind !== "pronoun") return preferName(tokens, right, mentions);
    if (right && opener?.kind === "quote" && /^(?:he|she)$/i.test(right.text)) return right;
  }
  // A verb in a coordinated clause shares the sentence's subject: `Carson did not mention …, but told his supporters`;
  // so does a verb after a long subject: `A source familiar with the investigation said`.
  // `… but on Tuesday wrote that …`: the conjunction may stand before a time adverbial.
  const joined = timed && k >= first ? tokens[k]! : opener;
  if (joined && joined.kind === "word" && /^(?:and|but|or|then|also)$/.test(joined.lower)) return subject;
  if (subject && subject.last <= cue.first && cue.first - subject.last <= LONG_SUBJECT_REACH && !hasClauseBreak(tokens, subject.last, cue.first)) return subject;
  return undefined;
}

/** How many tokens a role may take between an inverted verb and the name in apposition to it. */
const MAX_INVERTED_ROLE = 8;

/**
 * After an inverted verb, the name in apposition to a role that opens with a determiner or possessive:
 * `said the city's harbour master, Nadia Okafor, on Tuesday`, `said its port operator, Felton Harbour Ltd.`. The
 * role is words without a verb or quotation; the name is not a place and closes its appositive (comma, stop or end).
 */
function nameAfterRole(tokens: readonly Token[], a: number, last: number, mentions: readonly Mention[]): Mention | undefined {
  const t0 = tokens[a];
  if (!t0 || t0.kind !== "word" || !(DESCRIPTION_OPENERS.has(t0.lower) || t0.possessive)) return undefined;
  for (let x = a + 1; x < last && x - a <= MAX_INVERTED_ROLE; x++) {
    const t = tokens[x]!;
    if (t.text === ",") {
      if (x === a + 1) return undefined;
      const m = indexMentions(mentions).byLead.get(x + 1) ?? indexMentions(mentions).byFirst.get(x + 1);
      if (!m || m.kind !== "name" || m.possessive || m.entityKind === "place") return undefined;
      return m.last >= last || tokens[m.last]!.text === "," || isStop(tokens, m.last) ? m : undefined;
    }
    if (t.kind !== "word" || (!t.cap && (SPEECH_VERBS.has(t.lower) || (isFiniteVerb(t.lower) && !isNounWord(t.lower)) || /^(?:that|who|which|whose)$/.test(t.lower)))) return undefined;
  }
  return undefined;
}

/**
 * `Critics of the president say`, `Advisers to the mayor said`, `Her submission to the court noted`: the group (or a
 * source a pronoun owns) before `of`, `for` or `to` is the subject, not its object.
 */
function ofGroup(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): Mention {
  if (!/^(?:of|for|to)$/.test(tokens[m.lead - 1]?.lower ?? "")) return m;
  const head = indexMentions(mentions).byLast.get(m.lead - 1);
  return head && head.kind === "group" && (head.plural || possessorPronoun(head) !== null) ? head : m;
}

/** `Rep. Tom Cole of Oklahoma`: a place after `of` stands for the name before it; `the city's engineer, Dr Amara Lindqvist`: the name in apposition. */
export function preferName(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): Mention {
  if (m.kind === "name" && m.entityKind === "place" && /^(?:of|from)$/.test(tokens[m.first - 1]?.lower ?? "")) {
    const owner = indexMentions(mentions).byLast.get(m.first - 1);
    if (owner && owner.kind === "name") return owner;
  }
  if ((m.kind === "group" || m.kind === "description") && tokens[m.last]?.text === ",") {
    const next = indexMentions(mentions).byFirst.get(m.last + 1);
    const named = next && next.kind === "name" && next.entityKind !== "place" && next.entityKind !== "organization" ? next : undefined;
    if (named) return named;
  }
  return m;
}

/**
 * The name a comma before a verb points back to: `Jane Doe, the chief executive, said` (the name before the appositive),
 * `her senior adviser, Jake Sullivan, said` (the name in apposition), `Rep. Elijah Cummings (D-Md.), chair of …, said`.
 * The sentence's subject wins when it is one of them, so a place or paper inside the appositive is passed over.
 */
function appositiveName(tokens: readonly Token[], k: number, first: number, mentions: readonly Mention[], subject: Mention | undefined): Mention | undefined {
  const candidates: Mention[] = [];
  // A name standing alone between the last two commas.
  const close = skipParenthesis(tokens, k, first);
  const atClose = indexMentions(mentions).byLast.get(close);
  const inner = atClose && atClose.kind === "name" && tokens[atClose.lead - 1]?.text === "," && atClose.entityKind !== "place" ? atClose : undefined;
  // A person named alone between the commas is the speaker; an organisation only when it is also the subject
  // (`The port operator, Felton Harbour Ltd, said`), not inside another's appositive (`…, its newspaper, L'Osservatore Romano, said`).
  if (inner && (inner.entityKind !== "organization" || inner === subject)) return inner;
  for (let j = k - 1; j >= Math.max(first, k - APPOSITIVE_REACH); j--) {
    const t = tokens[j]!;
    if (t.kind === "quote" || isStop(tokens, j)) break;
    if (t.text !== ",") continue;
    const m = indexMentions(mentions).byLast.get(skipParenthesis(tokens, j, first));
    if (m) candidates.push(m);
  }
  if (candidates.length === 0) return undefined;
  if (subject && candidates.includes(subject)) return preferName(tokens, subject, mentions);
  return preferName(tokens, candidates[0]!, mentions);
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
    const before = tokens[m.lead - 1];
    // The mention must be followed by its verb (`Mrs. Clinton echoed`), not be one of a list (`Russia and China are`).
    const after = tokens[m.last];
    const verbFollows = after !== undefined && after.kind === "word" && !after.cap && !isFunctionWord(after.lower);
    if (verbFollows && (m.lead === first || !before || before.kind === "quote" || /^(?:,|;|—|–|--)$/.test(before.text) || (before.kind === "word" && CLAUSE_OPENERS.test(before.lower)))) {
      if (m.kind === "pronoun" && /^it$/i.test(m.text)) continue;
      return m;
    }
  }
  return undefined;
}

/** How long a parenthesis after a name (`(D-Md.)`, `(R-WI)`) may be, in tokens. */
const MAX_PARENTHESIS = 8;

/** `end`, or the index of the `(` of a short parenthesis that closes right before it (`Cummings (D-Md.),`). */
function skipParenthesis(tokens: readonly Token[], end: number, first: number): number {
  if (tokens[end - 1]?.text !== ")") return end;
  let o = end - 1;
  while (o > first && tokens[o]!.text !== "(" && end - o < MAX_PARENTHESIS) o--;
  return tokens[o]?.text === "(" ? o : end;
}
