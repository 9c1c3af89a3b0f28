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
 * The possessive pronoun of a group phrase whose head speaks for its owner, as a pronoun mention to resolve (`his
 * campaign` → `he`); null for any other phrase (`his supporters`, `the campaign`, `Sanders’ campaign`).
 */
export function possessorPronoun(m: Mention): Mention | null {
  if (m.kind !== "group") return null;
  const words = m.text.toLowerCase().split(/\s+/, MAX_OWNED_WORDS + 1);
  const pronoun = POSSESSOR_PRONOUNS.get(words[0]!);
  if (pronoun === undefined || words.length < 2 || words.length > MAX_OWNED_WORDS) return null;
  // The head is the word before the first preposition (`submission` of `her submission to the court`), else the last.
  let k = 1;
  while (k < words.length && !AFTER_HEAD.has(words[k]!)) k++;
  if (!SPEAKS_FOR_OWNER_HEADS.has(words[k - 1]!)) return null;
  return {
    ...m, kind: "pronoun", last: m.first + 1, text: pronoun, name: pronoun, nameTokens: [], plural: false, possessive: false,
    gender: pronoun === "he" ? "male" : pronoun === "she" ? "female" : "unknown", entityKind: "unknown", role: null,
  };
}
