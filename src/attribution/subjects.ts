import type { Mention } from "../speakers/find-mentions";
import type { Token } from "../speakers/tokenize";
import { isAuxiliary, type Cue } from "./cues";

/** Words that open a fronted phrase whose names are not the sentence's subject (`Speaking during a meeting with X, Y said`). */
const FRONTED = /^(?:after|before|while|when|whilst|during|in|on|at|speaking|asked|addressing|writing|responding|referring|unlike|like|despite|although|though|as|since|because|following|with|without|for|from|under|over|upon|by|if|once|until|amid|among|according|earlier|later|last|this|meanwhile|separately|still|yet|however|but|and|so|then|also|instead|indeed|again|now|here|there|today|yesterday|moreover|besides|furthermore|nonetheless|nevertheless|regarding|citing|appearing|visiting|testifying|campaigning|answering|pressed|interviewed)$/;
const PREPOSITIONS = new Set(["to", "with", "by", "of", "for", "from", "against", "at", "on", "in", "about", "toward", "towards", "into", "than", "like", "between", "among", "including", "invited", "met", "told", "asked", "urged", "called", "named", "and", "or"]);

/**
 * The grammatical subject of a sentence, read cheaply: the first mention after any fronted phrase,
 * that is not the object of a preposition.
 */
export function mainSubject(tokens: readonly Token[], first: number, last: number, mentions: readonly Mention[]): Mention | undefined {
  let from = first;
  const t0 = tokens[first];
  if (t0 && t0.kind === "word" && FRONTED.test(t0.lower)) {
    // Skip to the first comma at the top level.
    for (let k = first; k < last; k++) {
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
    // A mention followed by a comma and a lower-case word is often a vocative or list; still the best guess.
    return m;
  }
  return undefined;
}

/**
 * The subject of a finite cue: the nearest mention to its left in the same clause, across auxiliaries and
 * adverbs (`Mr Putin later said`) and across an appositive (`Jane Doe, the chief executive, said`).
 * Falls back to the mention right after the cue (`said Mr Smith`).
 */
export function cueSubject(tokens: readonly Token[], cue: Cue, first: number, last: number, mentions: readonly Mention[]): Mention | undefined {
  let k = cue.first - 1;
  while (k >= first && isAuxiliary(tokens[k]!)) k--;
  const left = mentions.find((m) => m.last - 1 === k);
  if (left) {
    // Appositive: `Name, the description,` → the name.
    const comma = tokens[left.first - 1];
    const after = tokens[left.last];
    if ((left.kind === "group" || left.kind === "description") && comma?.text === "," && after?.text === ",") {
      const name = mentions.find((m) => m.last === left.first - 1 && m.kind === "name");
      if (name) return name;
    }
    if (!(left.kind === "name" && left.possessive)) return left;
  }
  // `Jane Doe, the company's chief executive, said`: comma before the verb.
  if (k >= first && tokens[k]!.text === ",") {
    for (let j = k - 1; j >= Math.max(first, k - 16); j--) {
      const t = tokens[j]!;
      if (t.kind === "quote") break;
      if (t.text === ",") {
        const name = mentions.find((m) => m.last === j && (m.kind === "name" || m.kind === "pronoun"));
        if (name) return name;
        break;
      }
    }
  }
  // Inversion: `said Mr Smith`, `said the company's chief executive`.
  let a = cue.last;
  while (a < last && isAuxiliary(tokens[a]!)) a++;
  const right = mentions.find((m) => m.first === a);
  if (right && right.kind !== "pronoun") return right;
  if (right && right.kind === "pronoun" && (tokens[cue.first - 1]?.kind === "quote" || tokens[cue.first - 1]?.text === ",")) return right;
  return undefined;
}
