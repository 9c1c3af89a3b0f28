/**
 * Definite descriptions that stand for an entity named elsewhere in the article: `the company`, `the agency`,
 * `the spokesperson`, `the letter`, `the 56-year-old`. Each head belongs to a class that says which entities it can
 * stand for; the class decides how the description is resolved (see `State`).
 */
import { DEFINITE_DETERMINERS, DESCRIPTION_OPENERS } from "../lexicon/function-words";
import { ANONYMOUS_PERSON_NOUNS, ROLE_NOUNS } from "../lexicon/people";
import type { Entity, EntityTable } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";
import { isWhitespace } from "../whitespace";
import { isPhraseSource } from "./subject-phrase";

/** What kind of referent a description's head asks for. */
export type DescriptionClass = "organization" | "spokesperson" | "document";

/**
 * Heads that stand for a named organisation (`the company` after `GateHouse laid off …`). Not `government`,
 * `administration`, `campaign`, `police` or `military`: those name their own referent, with or without a name before.
 */
const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "company", "firm", "agency", "group", "organization", "organisation", "department", "ministry", "union", "party",
  "team", "committee", "panel", "commission", "council", "board", "office", "network", "newspaper", "outlet",
  "magazine", "paper", "website", "bank",
]);

/** Heads that stand for the organisation (or person) a spokesperson speaks for. */
const SPOKESPERSON_HEADS: ReadonlySet<string> = new Set(["spokesperson", "spokesman", "spokeswoman", "representative"]);

/**
 * Whether a phrase may end with a spokesperson head (its lower-case text ends with one): most group phrases do not,
 * and are told apart before they are split into words.
 */
function endsWithSpokesperson(text: string): boolean {
  // Each head ends in `son`, `man` or `ive`, which only these ASCII letters lower to: told by character code first.
  const n = text.length;
  const c3 = text.charCodeAt(n - 3) | 32, c2 = text.charCodeAt(n - 2) | 32, c1 = text.charCodeAt(n - 1) | 32;
  if (!(c1 === 110 && ((c3 === 115 && c2 === 111) || (c3 === 109 && c2 === 97))) && !(c3 === 105 && c2 === 118 && c1 === 101)) return false;
  const lower = text.toLowerCase();
  for (const head of SPOKESPERSON_HEADS) if (lower.endsWith(head)) return true;
  return false;
}

const UPPER_START = /^\p{Lu}/u;

/** Documents stand for their authors (`the letter says` after the doctors wrote it). */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "letter", "statement", "memo", "email", "release", "filing", "complaint", "lawsuit", "report", "message", "tweet",
  "document", "petition", "resolution",
]);

/** Works with an author named after `by` (`a survey by X`), besides the documents above. */
const AUTHORED_HEADS: ReadonlySet<string> = new Set(["survey", "study", "poll", "analysis", "review", "audit", "investigation", "paper", "book", "article"]);

/** `the 56-year-old`, `the 45-year-old`: an age standing for a person. */
const AGE_HEAD = /^\d{1,3}-year-old$/;

/** A singular spokesperson noun (`a spokesperson`, `the spokesman`), which speaks for someone else. */
export function isSpokesperson(m: Mention): boolean {
  if (m.kind !== "group" || m.plural) return false;
  const words = m.text.toLowerCase().split(/\s+/);
  return SPOKESPERSON_HEADS.has(words[words.length - 1]!);
}

/** A document noun (`a 2018 survey`, `the letter`), whose author speaks through it. */
export function isDocument(m: Mention): boolean {
  if (m.kind !== "group") return false;
  const words = m.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  return DOCUMENT_HEADS.has(head) || AUTHORED_HEADS.has(head);
}

/** The class of a description head (lower case), null when the head stands for no one in particular. */
export function descriptionClass(head: string): DescriptionClass | null {
  if (ORGANIZATION_HEADS.has(head)) return "organization";
  if (SPOKESPERSON_HEADS.has(head)) return "spokesperson";
  if (DOCUMENT_HEADS.has(head)) return "document";
  return null;
}

/** True for a head that is an age (`56-year-old`): a person description. */
export function isAgeHead(head: string): boolean {
  return AGE_HEAD.test(head);
}

/**
 * The class of a group mention that is a singular definite description (`the company`, `this agency`), with its
 * head; null for anything else (`officials`, `a spokesperson`, `the Clinton campaign`).
 */
export function definiteDescription(m: Mention): { readonly head: string; readonly cls: DescriptionClass } | null {
  if (m.kind !== "group" || m.plural || m.possessive || !opensWithTh(m.text)) return null;
  const words = m.text.toLowerCase().split(/\s+/);
  // Only the bare noun looks back (`the company`, `the same agency`): a modifier makes a referent of its own (`the
  // teachers' union`, `the state agency`), and a name inside an owned source (`the Instagram spokesperson`).
  // A subject phrase may carry lower-case modifiers (`the social media company`), as a reporter describes a name just given.
  const modified = isPhraseSource(m) && words.length > 2 && !namesSomeone(m.text);
  if (!DEFINITE_DETERMINERS.has(words[0]!) || !(words.length === 2 || (words.length === 3 && words[1] === "same") || modified)) return null;
  const head = words[words.length - 1]!;
  const cls = descriptionClass(head);
  return cls ? { head, cls } : null;
}

/** Whether a phrase may open with a definite determiner (`the`, `this`, `that`, in any case): false only when it cannot. */
function opensWithTh(text: string): boolean {
  return (text.charCodeAt(0) | 32) === 116 && (text.charCodeAt(1) | 32) === 104;
}

/** Heads a later description may repeat with another word of the same kind: `the survey` after `a … poll`. */
const HEAD_KIN: ReadonlyMap<string, string> = new Map([["poll", "poll"], ["survey", "poll"], ["study", "study"]]);

/** Words after the head of a group phrase (`The poll by the Public Policy Institute`, `a poll of 400 voters`). */
const AFTER_HEAD: ReadonlySet<string> = new Set(["of", "by", "for", "from", "in", "at", "on", "with", "to", "released", "conducted"]);

/**
 * The head of a bare singular definite description of a body or a work (`the poll`, `this campaign`); null for
 * anything else, and for a person's (`the spokesman`, `the source`), which roles and salience resolve.
 */
export function bareDefiniteHead(m: Mention): string | null {
  if (m.kind !== "group" || m.plural || m.possessive || !opensWithTh(m.text)) return null;
  // Two words, as splitting at spaces would give them: the end of the first and the start of the second.
  const text = m.text, n = text.length;
  let i = 0;
  while (i < n && !isWhitespace(text.charCodeAt(i))) i++;
  let j = i + 1;
  while (j < n && isWhitespace(text.charCodeAt(j))) j++;
  for (let x = j; x < n; x++) if (isWhitespace(text.charCodeAt(x))) return null;
  if (i >= n || !DEFINITE_DETERMINERS.has(text.slice(0, i).toLowerCase())) return null;
  const head = text.slice(j).toLowerCase();
  return ROLE_NOUNS.has(head) || ANONYMOUS_PERSON_NOUNS.has(head) ? null : head;
}

/** The head noun of a group phrase's name: the word before its first preposition, else its last word. */
export function groupHead(name: string): string {
  let head = groupHeads.get(name);
  if (head === undefined) {
    if (groupHeads.size >= GROUP_HEADS_KEPT) groupHeads.clear();
    head = readGroupHead(name);
    groupHeads.set(name, head);
  }
  return head;
}

/** The heads of the names `groupHead` read lately (entities' names, asked again for each description). */
const groupHeads = new Map<string, string>();
const GROUP_HEADS_KEPT = 512;

function readGroupHead(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  let k = 1;
  while (k < words.length && !AFTER_HEAD.has(words[k]!)) k++;
  return words[k - 1]!.replace(/['’]s?$/, "");
}

/** Whether a description's head may repeat a phrase's head (the same noun, or a kin: `survey` for `poll`). */
export function sameHead(head: string, phraseHead: string): boolean {
  return head === phraseHead || (HEAD_KIN.get(head) ?? head) === (HEAD_KIN.get(phraseHead) ?? phraseHead)
    || (head === "study" && phraseHead === "survey");
}

/**
 * The owner written before a spokesperson noun (`Instagram spokesperson`, `a CBP spokesman`, `the agency's
 * spokeswoman`), as text; null when there is none or the noun is no spokesperson's.
 */
export function ownerText(m: Mention): string | null {
  if (m.kind !== "group" || m.plural || !endsWithSpokesperson(m.text)) return null;
  const words = m.text.split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  if (!SPOKESPERSON_HEADS.has(head)) return null;
  const before = words.slice(0, -1).filter((w) => !/^(?:the|a|an)$/i.test(w));
  const owner = before.filter((w) => UPPER_START.test(w)).join(" ").replace(/['’]s?$/, "");
  return owner.length > 0 ? owner : null;
}

/** An entity a description of an organisation (or a spokesperson's employer) can stand for. */
export function organizationLike(e: Entity, table?: EntityTable): boolean {
  if (e.kind === "organization") return true;
  if (e.kind !== "unknown" || e.gender !== "unknown" || e.roles.length > 0) return false;
  // A name of unknown kind in one word and of no gender (`GateHouse`, `Instagram`) may be an organisation; a
  // two-word name of unknown kind (`Kym Lino`) is more likely a person the lexicon does not know, unless someone's
  // title names it (`Wells Fargo CEO John Stumpf`, `Eddy Hartenstein, Alden Capital's president`).
  return e.nameTokens.length === 1 || (table !== undefined && titledOrganization(e, table));
}

/** How many of a person's roles `titledOrganization` reads (a person of thousands of roles costs no more). */
const TITLE_ROLES_REACH = 8;

/**
 * Whether a person's role opens with the name, as an employer's does (`Wells Fargo CEO`, `Alden Capital's president`);
 * among the table's latest entities, so the look-up stays bounded.
 */
function titledOrganization(e: Entity, table: EntityTable): boolean {
  const name = e.name.toLowerCase();
  return table.find((p) => {
    if (p.kind !== "person") return false;
    for (let k = 0; k < p.roles.length && k < TITLE_ROLES_REACH; k++) {
      const role = p.roles[k]!.toLowerCase();
      if (role.length > name.length && role.startsWith(name) && /^(?:['’]s)?\s/.test(role.slice(name.length))) return true;
    }
    return false;
  }) !== undefined;
}

/** True when `word` is one of the words of `text` (`governor` is not a word of `Republican Governors`). */
export function hasWord(text: string, word: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
  return words.includes(word);
}

/** True when a group phrase holds a proper name past its opening determiner (`the Clinton campaign`, `a CBP spokesman`). */
export function namesSomeone(text: string): boolean {
  // The first character of each word (the text's, and each after a space), as splitting at spaces would give.
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && !isWhitespace(text.charCodeAt(i - 1))) continue;
    const c = text.charCodeAt(i);
    if (isWhitespace(c) || !(c < 128 ? c >= 65 && c <= 90 : text[i] !== text[i]!.toLowerCase())) continue;
    // A determiner is capitalised by the sentence (`The ferry operator`); any other capital may name (`Instagram spokesperson`).
    if (i === 0) {
      let e = 1;
      while (e < n && !isWhitespace(text.charCodeAt(e))) e++;
      if (DESCRIPTION_OPENERS.has(text.slice(0, e).toLowerCase())) continue;
    }
    return true;
  }
  return false;
}



/** How many paragraphs back the poll a share of respondents belongs to may be named (its own or the one before). */
const POLL_REACH = 1;

/**
 * The poll whose respondents a share speaks for (`Another 19 percent said …` after `The latest Reuters/Ipsos poll
 * shows …`): a poll or survey phrase that names someone, seen in the share's paragraph or the one before; null when
 * none is, and the share stays an unnamed source.
 */
export function respondentsPoll(table: EntityTable, paragraph: number): Entity | null {
  return table.find((e) => e.kind !== "person" && !e.plural && paragraph - e.lastSeen <= POLL_REACH
    && e.name.indexOf(" ") > 0 && HEAD_KIN.get(groupHead(e.name)) === "poll" && namesSomeone(e.name)) ?? null;
}
