/**
 * Sources owned by a pronoun: `his campaign`, `her lawyer`, `its spokesman`, `her letter`, `Her submission to the
 * court`. Such a source speaks for its owner, as `a spokesperson for X` speaks for X, so it stands for whoever the
 * possessive pronoun stands for.
 */
import { SPEAKS_FOR_OWNER_HEADS } from "../lexicon/people";
import type { Mention } from "../speakers/find-mentions";

/**
 * Possessive pronouns with the subject pronoun that is resolved in their place. Not `their`: `their attorneys` of
 * relatives the text just named is more often a group of its own than the latest group or organisation.
 */
const POSSESSOR_PRONOUNS: ReadonlyMap<string, string> = new Map([["his", "he"], ["her", "she"], ["its", "it"]]);

/** Words after the head of an owned source (`her submission to the court`, `his letter of resignation`). */
const AFTER_HEAD: ReadonlySet<string> = new Set(["to", "of", "for", "on", "in"]);

/** How many words an owned source may hold (`his longtime personal lawyer`). */
const MAX_OWNED_WORDS = 6;

/**
 * Whether a phrase may open with `his`, `her` or `its` in any case (false only when it cannot), read by character code:
 * most group phrases do not, and are neither lowered nor split.
 */
function opensWithPossessor(text: string): boolean {
  if (text.length < 4) return false;
  const a = text.charCodeAt(0) | 32;
  const b = text.charCodeAt(1) | 32;
  const c = text.charCodeAt(2) | 32;
  return (a === 104 && ((b === 105 && c === 115) || (b === 101 && c === 114))) || (a === 105 && b === 116 && c === 115);
}

/**
 * The possessive pronoun of a group phrase whose head speaks for its owner, as a pronoun mention to resolve (`his
 * campaign` → `he`); null for any other phrase (`his supporters`, `the campaign`, `Sanders’ campaign`).
 */
export function possessorPronoun(m: Mention): Mention | null {
  if (m.kind !== "group" || !opensWithPossessor(m.text)) return null;
  const words = m.text.toLowerCase().split(/\s+/, MAX_OWNED_WORDS + 1);
  const pronoun = POSSESSOR_PRONOUNS.get(words[0]!);
  if (pronoun === undefined || words.length < 2 || words.length > MAX_OWNED_WORDS) return null;
  // The head is the word before the first preposition (`submission` of `her submission to the court`), else the last.
  let k = 1;
  while (k < words.length && !AFTER_HEAD.has(words[k]!)) k++;
  if (!SPEAKS_FOR_OWNER_HEADS.has(words[k - 1]!)) return null;
  // Written out in the order of `mention` (find-mentions), not spread from `m`: a spread copy has a shape (map) of its
  // own, and the functions reading mentions of many shapes read each property the slow, generic way.
  return {
    kind: "pronoun", paragraph: m.paragraph, first: m.first, last: m.first + 1, text: pronoun, start: m.start, end: m.end, name: pronoun,
    nameTokens: [], gender: pronoun === "he" ? "male" : pronoun === "she" ? "female" : "unknown", plural: false, role: null,
    entityKind: "unknown", possessive: false, lead: m.lead, acronym: m.acronym ?? null,
  };
}
