/**
 * Appositives around a source: the name before or inside commas and dashes (`Jane Doe, the chief executive, said`),
 * the name after an inverted verb's role (`said the city's harbour master, Nadia Okafor`), and the group a source
 * phrase is part of (`Critics of the president say`).
 */
import type { Mention } from "../speakers/find-mentions";
import { tokenBefore, type Token } from "../speakers/tokenize";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import { CLAUSE_COORDINATORS, DESCRIPTION_OPENERS, GROUP_OBJECT_PREPOSITIONS } from "../lexicon/function-words";
import { QUOTE_CHARS } from "../lexicon/quote-marks";
import { isFiniteVerb, isNounWord } from "../speakers/word-tags";
import { isStop } from "./cues";
import { indexMentions } from "./lookup";
import { possessorPronoun } from "./owned-source";
import { hasFiniteVerb, opensSubject } from "./reported/clause-words";

/** How far back an appositive may reach to its name: `Trump, the 2016 GOP frontrunner …, said`. */
export const APPOSITIVE_REACH = 40;

/** How many tokens a role may take between an inverted verb and the name in apposition to it. */
const MAX_INVERTED_ROLE = 8;

/**
 * After an inverted verb, the name in apposition to a role that opens with a determiner or possessive:
 * `said the city's harbour master, Nadia Okafor, on Tuesday`, `said its port operator, Felton Harbour Ltd.`. The
 * role is words without a verb or quotation; the name is not a place and closes its appositive (comma, stop or end).
 */
export function nameAfterRole(tokens: readonly Token[], a: number, last: number, mentions: readonly Mention[]): Mention | undefined {
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
export function ofGroup(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): Mention {
  if (!GROUP_OBJECT_PREPOSITIONS.has(tokenBefore(tokens, m.lead)?.lower ?? "")) return m;
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
export function appositiveName(tokens: readonly Token[], k: number, first: number, mentions: readonly Mention[], subject: Mention | undefined): Mention | undefined {
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
    if (coordinatedClause(tokens, j, k)) break;
    const m = indexMentions(mentions).byLast.get(skipParenthesis(tokens, j, first));
    if (m) candidates.push(m);
  }
  // `Sen. Jack Reed (D-R.I.), said`: a name with its short parenthesis, then the comma before the verb.
  if (candidates.length === 0 && close < k && atClose && atClose.kind === "name" && !atClose.possessive && atClose.entityKind !== "place") return atClose;
  if (candidates.length === 0) return undefined;
  if (subject && candidates.includes(subject)) return preferName(tokens, subject, mentions);
  return preferName(tokens, candidates[0]!, mentions);
}

/** How long a parenthesis after a name (`(D-Md.)`, `(R-WI)`) may be, in tokens. */
const MAX_PARENTHESIS = 8;

/** `end`, or the index of the `(` of a short parenthesis that closes right before it (`Cummings (D-Md.),`). */
export function skipParenthesis(tokens: readonly Token[], end: number, first: number): number {
  if (tokens[end - 1]?.text !== ")") return end;
  let o = end - 1;
  while (o > first && tokens[o]!.text !== "(" && end - o < MAX_PARENTHESIS) o--;
  return tokens[o]?.text === "(" ? o : end;
}

/**
 * After the comma at `j`, a clause coordinated with a subject and a verb of its own runs to `k`: `…with Republicans,
 * and the meeting deteriorated from there, said one source`. It is no appositive, and the name before it is no subject
 * of the verb after it; a second predicate is (`Beck, who backed Cruz, and opposed Trump, said`).
 */
function coordinatedClause(tokens: readonly Token[], j: number, k: number): boolean {
  return CLAUSE_COORDINATORS.has(tokens[j + 1]?.lower ?? "") && opensSubject(tokens, j + 2, k) && hasFiniteVerb(tokens, j + 2, k);
}

/**
 * `Humphrey, who calls Trump a “sociopath,” said he …`, `Trump, the star of “The Apprentice,” said in …`: a quotation
 * (or a title's marks) inside the text whose comma, inside its marks, closes an appositive; the name before the
 * appositive's opening comma is the subject. Not a place (`In Boston, the mayor called it “a mess,” …`), and not a
 * quotation that opens its clause.
 */
export function quotedAppositiveName(tokens: readonly Token[], k: number, first: number, mentions: readonly Mention[]): Mention | undefined {
  const q = tokens[k];
  if (!q || k <= first) return undefined;
  // A title is left as words between its marks: `“The Apprentice,”`.
  const title = q.kind === "punct" && tokens[k - 1]!.text === "," && marksOnly(q.text);
  if (!title && !(q.kind === "quote" && closesWithComma(q.text))) return undefined;
  const inside = title ? k - 2 : k - 1;
  if (inside <= first || tokens[inside]!.kind !== "word") return undefined;
  for (let j = inside; j > first && j >= k - APPOSITIVE_REACH; j--) {
    const t = tokens[j]!;
    if (t.kind === "quote" || isStop(tokens, j)) return undefined;
    if (t.text !== ",") continue;
    const m = indexMentions(mentions).byLast.get(skipParenthesis(tokens, j, first));
    return m && m.kind === "name" && !m.possessive && m.entityKind !== "place" ? preferName(tokens, m, mentions) : undefined;
  }
  return undefined;
}

/** Text made of quotation marks alone. */
function marksOnly(text: string): boolean {
  for (const c of text) if (!QUOTE_CHARS.has(c)) return false;
  return text.length > 0;
}

/** A quotation whose last character inside its marks is a comma: `“sociopath,”`, `''the magic of Trump,''`. */
function closesWithComma(text: string): boolean {
  let e = text.length - 1;
  while (e > 0 && (QUOTE_CHARS.has(text[e]!) || text[e] === " ")) e--;
  return text[e] === ",";
}
