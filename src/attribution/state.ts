import { PERSON_DESCRIPTION_HEADS, SPEAKER_PRONOUNS } from "../lexicon/people";
import type { EntityTable, Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";

/** Anything with a speaker: a decision for a quotation or a reported clause. */
export interface Spoken {
  readonly entity: Entity | null;
}

/** How many entities salience remembers. */
const MAX_SALIENT = 12;

/** Salience and entity resolution while reading the document in order. */
export class State {
  /** Entities most recently made salient first. */
  private readonly salient: Entity[] = [];
  private readonly resolved = new Map<Mention, Entity | null>();
  lastAttribution: Spoken | null = null;
  /** The named subject of the current paragraph's first sentence. */
  paragraphSubject: Entity | null = null;
  /** The same, for the paragraph before. */
  previousParagraphSubject: Entity | null = null;
  /** The latest named subject of a speech verb, quoted or not, and its paragraph. */
  lastCueSubject: Entity | null = null;
  lastCueSubjectParagraph = -1;
  lastAttributionParagraph = -1;

  constructor(readonly table: EntityTable) {}

  /** The entity a mention refers to (names and groups from the table; pronouns and descriptions from salience). */
  resolve(m: Mention, firstSight = false): Entity | null {
    if (this.resolved.has(m)) return this.resolved.get(m)!;
    let e: Entity | null = null;
    if (m.kind === "name") e = this.table.resolveName(m);
    else if (m.kind === "group") e = this.table.resolveGroup(m);
    else if (firstSight) return null; // pronouns and descriptions are resolved where they are used
    else if (m.kind === "pronoun") e = this.pronoun(m);
    else e = this.description(m);
    this.resolved.set(m, e);
    if (e && m.kind !== "name" && m.kind !== "group") e.aliases.add(m.text);
    return e;
  }

  /** Makes `e` the most salient entity. */
  promote(e: Entity): void {
    // Moved to the front in place: the list is short, and promotion runs for every sentence and decision.
    const s = this.salient;
    let k = s.indexOf(e);
    if (k === 0) return;
    if (k < 0) k = Math.min(s.length, MAX_SALIENT - 1);
    for (; k > 0; k--) s[k] = s[k - 1]!;
    s[0] = e;
    if (s.length > MAX_SALIENT) s.length = MAX_SALIENT;
  }

  /** A decision was taken for a quotation or a reported clause of `paragraph`: its speaker becomes the latest and most salient. */
  attributed(a: Spoken, paragraph: number): void {
    if (!a.entity) return;
    this.lastAttribution = a;
    this.lastAttributionParagraph = paragraph;
    this.promote(a.entity);
  }

  /** The entity of a transcript label (`PENCE`): a known person of that surname, else a new name. */
  labelled(label: string): Entity {
    const words = label.toLowerCase().split(/\s+/);
    const w = words[words.length - 1]!;
    const known = this.table.entities.find((e) => e.kind !== "group" && e.nameTokens.includes(w));
    if (known) return known;
    const name = label.split(/\s+/).map((x) => x.charAt(0) + x.slice(1).toLowerCase()).join(" ");
    return this.table.resolveName({ kind: "name", paragraph: 0, first: 0, last: 0, lead: 0, text: name, start: 0, end: 0, name, nameTokens: words, gender: "unknown", plural: false, role: null, entityKind: "person", possessive: false });
  }

  private pronoun(m: Mention): Entity | null {
    // `He’s said …`, `she’d`: the pronoun without its contraction.
    const bare = m.text.toLowerCase().replace(/['’](?:s|d|ll|re|ve|m)$/, "");
    const p = SPEAKER_PRONOUNS.get(bare);
    if (!p) return null;
    if (p.plural) return this.salient.find((e) => e.kind === "group" || e.kind === "organization") ?? null;
    if (bare === "it") return this.salient.find((e) => e.kind === "organization" || e.kind === "place" || (e.kind === "group" && !e.plural)) ?? null;
    return this.salient.find((e) => (e.kind === "person" || e.kind === "unknown") && (p.gender === "unknown" || e.gender === "unknown" || e.gender === p.gender)) ?? null;
  }

  private description(m: Mention): Entity | null {
    if (!PERSON_DESCRIPTION_HEADS.has(m.name)) return null;
    const words = m.text.toLowerCase().split(/\s+/).slice(1, -1);
    const people = this.salient.filter((e) => e.kind === "person" || e.kind === "unknown");
    const fits = (e: Entity) => e.roles.some((r) => {
      const rl = r.toLowerCase();
      return rl.includes(m.name) && words.every((w) => w.length <= 2 || /['’]s$/.test(w) || /^\d/.test(w) || rl.includes(w) || !/^[a-z]/.test(w) || w === "former");
    });
    // A role given anywhere in the article (`Colin Ashby, Brightmart's chief executive`) before the most salient person.
    const byRole = people.find(fits) ?? this.table.find((e) => (e.kind === "person" || e.kind === "unknown") && fits(e));
    const loose = people.find((e) => e.roles.some((r) => words.some((w) => w.length > 2 && r.toLowerCase().includes(w))));
    return byRole ?? loose ?? people[0] ?? null;
  }
}
