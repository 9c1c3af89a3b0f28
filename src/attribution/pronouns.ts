/**
 * Which entity a speaker pronoun stands for. Agreement first (a `he` goes to a man, a `they` to a group), salience
 * second; when no candidate agrees, the latest speaker of unknown gender is taken, and the choice is marked a guess.
 */
import { SPEAKER_PRONOUNS } from "../lexicon/people";
import type { Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";

/** What a pronoun may be resolved against. */
export interface PronounScene {
  /** Entities most recently made salient first. */
  readonly salient: readonly Entity[];
  /** The speaker of the latest attribution, when it was in the pronoun's paragraph or the one before. */
  readonly lastSpeaker: Entity | null;
  /** The first name of the pronoun's sentence, null when none came before it, and its first token. */
  readonly firstName: Entity | null;
  readonly firstNameAt: number;
  /** The sentence opens with a subordinate clause (`When X announced …, he said`). */
  readonly subordinateOpening: boolean;
}

/** The entity and whether it was taken on salience alone (no agreement of gender or number to confirm it). */
export interface PronounChoice {
  readonly entity: Entity;
  readonly guess: boolean;
}

const personLike = (e: Entity) => e.kind === "person" || e.kind === "unknown";

/** Resolves a speaker pronoun; null when it stands for no one known. */
export function resolvePronoun(m: Mention, scene: PronounScene): PronounChoice | null {
  // `He’s said …`, `she’d`: the pronoun without its contraction.
  const bare = m.text.toLowerCase().replace(/['’](?:s|d|ll|re|ve|m)$/, "");
  const p = SPEAKER_PRONOUNS.get(bare);
  if (!p) return null;
  const { salient } = scene;
  if (p.plural) {
    const group = salient.findIndex((e) => e.kind === "group" || e.kind === "organization");
    // A `they` for one person of unknown gender (`Kym Lino … “…,” they said`): the speaker just quoted, when no group
    // is more salient.
    const last = scene.lastSpeaker;
    if (last && last.kind !== "group" && last.kind !== "organization" && last.gender === "unknown" && personLike(last)) {
      const at = salient.indexOf(last);
      if (at >= 0 && (group < 0 || at < group)) return { entity: last, guess: true };
    }
    return group >= 0 ? { entity: salient[group]!, guess: false } : null;
  }
  if (bare === "it") {
    const e = salient.find((x) => x.kind === "organization" || x.kind === "place" || (x.kind === "group" && !x.plural));
    return e ? { entity: e, guess: false } : null;
  }
  const agrees = (e: Entity) => personLike(e) && e.gender === p.gender;
  const open = (e: Entity) => personLike(e) && (p.gender === "unknown" || e.gender === "unknown" || e.gender === p.gender);
  // `When Afghan President Ashraf Ghani announced the exchange, he said …`: the subject of the opening clause, its first
  // name (not a later object: `When X met Y, he said` is X).
  const opening = scene.subordinateOpening ? scene.firstName : null;
  if (opening && scene.firstNameAt < m.first && open(opening) && opening.kind !== "unknown") return { entity: opening, guess: false };
  // Salience first: a name the lexicon gives no gender (`Locksley`, `Gen Zhang`) is as good a `he` as a known man,
  // and more often right when it is the more salient.
  const first = salient.find(open);
  if (!first) return null;
  if (p.gender === "unknown" || first.gender !== "unknown" || salient.some(agrees)) return { entity: first, guess: false };
  // No candidate's gender agrees: the most salient person of unknown gender (the sentence's subject or the latest
  // speaker), on salience alone.
  return { entity: first, guess: true };
}
