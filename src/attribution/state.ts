import { PERSON_DESCRIPTION_HEADS } from "../lexicon/people";
import { EntityTable, opensWithThe, type Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";
import { possessorPronoun } from "./owned-source";
import { resolvePronoun } from "./pronouns";
import { EntitySet, Resolutions } from "./resolutions";
import { isPhraseSource } from "./subject-phrase";
import { bareDefiniteHead, definiteDescription, groupHead, hasWord, sameHead, isAgeHead, namesSomeone, organizationLike, ownerText } from "./descriptions";

/** Anything with a speaker: a decision for a quotation or a reported clause. */
export interface Spoken {
  readonly entity: Entity | null;
  readonly mention?: Mention | null;
}

/** How many paragraphs back a description or a document may find the entity it stands for. */
const DESCRIPTION_REACH = 3;

/** How many of the sentence's latest names a description weighs (a sentence of thousands of names costs no more). */
const SENTENCE_NAMES_REACH = 8;

/** The name owning a group phrase (`Mourinho's representatives`). */
const OWNER = /^(\p{Lu}[\p{L}-]*)['’]s?\s/u;

/** How many entities salience remembers. */
const MAX_SALIENT = 12;

/** Salience and entity resolution while reading the document in order. */
export class State {
  /** Entities most recently made salient first. */
  private readonly salient: Entity[] = [];
  private readonly resolved = new Resolutions();
  /** Entities first met as a proper name (not as a group phrase such as `the company`). */
  private readonly named = new EntitySet();
  /** Descriptions that stand for no entity the article names: unnamed sources. */
  private readonly unnamedMentions = new Set<Mention>();
  /** Mentions resolved by the weakest evidence (the most salient candidate, nothing else agreeing). */
  private readonly guesses = new Set<Mention>();
  /** The owner named after a spokesperson noun (`a spokesperson for Instagram`). */
  private readonly owners = new Map<Mention, Mention>();
  /** The organisation the latest spokesperson spoke for. */
  private spokespersonOf: Entity | null = null;
  /**
   * Entities named so far in the current sentence: how many, the first and its first token, and the latest
   * `SENTENCE_NAMES_REACH` in a ring (name `n` at `n % SENTENCE_NAMES_REACH`), all the rules read of them; kept from
   * sentence to sentence, not made per sentence.
   */
  private sentenceNameCount = 0;
  private firstName: Entity | null = null;
  private firstNameAt = 0;
  private readonly latestNames: (Entity | null)[] = new Array<Entity | null>(SENTENCE_NAMES_REACH).fill(null);
  subordinateOpening = false;
  private paragraph = 0;
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

  /**
   * One state and table made at load and kept: V8 drops a class's shape (map) that no live object has at a full garbage
   * collection, and with it the optimised code of every function that read such objects (`resolve`, `resolveName`,
   * `attributeParagraphs` …), compiled again later. Between two documents no state is alive.
   */
  static readonly kept = new State(new EntityTable());

  /** The entity a mention refers to (names and groups from the table; pronouns and descriptions from salience). */
  resolve(m: Mention, firstSight = false): Entity | null {
    const known = this.resolved.get(m);
    if (known !== undefined) return known;
    let e: Entity | null = null;
    this.paragraph = m.paragraph;
    // `his campaign`, `her lawyer`: the owner, resolved where the phrase is used, as its pronoun would be.
    const owner = m.kind === "group" || m.kind === "description" ? possessorPronoun(m) : null;
    if (owner && firstSight) return null;
    if (owner) e = this.pronoun(owner);
    if (e) { if (this.guesses.has(owner!)) this.guesses.add(m); }
    else if (m.kind === "name") { e = this.table.resolveName(m); this.named.add(e); this.nameInSentence(e, m.first); }
    else if (m.kind === "group") {
      this.seeOwner(m);
      let d = this.describedGroup(m);
      // `a man`, `the source`, `his team`, `the study`: one of no name the article gives is an unnamed source, never a
      // speaker called "man"; plural groups (`officials`, `residents`) stay groups.
      // A body owned by a group (`the teachers' union`) is a source of its own.
      if (d === undefined && !m.plural && !namesSomeone(m.text) && !/s['’](?:\s|$)/.test(m.text)) d = null;
      e = d === undefined ? this.table.resolveGroup(m) : d;
      if (d === null) this.unnamedMentions.add(m);
      if (d) d.aliases.add(m.text);
    }
    else if (firstSight) return null; // pronouns and descriptions are resolved where they are used
    else if (m.kind === "pronoun") e = this.pronoun(m);
    else e = this.description(m);
    this.resolved.set(m, e);
    if (e && m.kind !== "name" && m.kind !== "group") e.aliases.add(m.text);
    return e;
  }

  /** A new sentence starts: names read from now on are its own; `subordinate` when it opens with `When`, `After` … */
  startSentence(subordinate = false): void {
    this.sentenceNameCount = 0;
    this.firstName = null;
    this.subordinateOpening = subordinate;
  }

  /** A description that stands for no entity the article names (`the spokesperson` of no named organisation). */
  unnamed(m: Mention): boolean {
    return this.unnamedMentions.has(m);
  }

  /** The mention was resolved to the most salient candidate with nothing else agreeing: its decision is less sure. */
  guessed(m: Mention): boolean {
    return this.guesses.has(m);
  }

  /** `a spokesperson for Instagram`: the name after the spokesperson noun is who it speaks for. */
  setOwner(m: Mention, owner: Mention): void {
    this.owners.set(m, owner);
  }

  /** `e` is named in the current sentence at token `first`. */
  private nameInSentence(e: Entity, first: number): void {
    if (this.sentenceNameCount === 0) { this.firstName = e; this.firstNameAt = first; }
    this.latestNames[this.sentenceNameCount % SENTENCE_NAMES_REACH] = e;
    this.sentenceNameCount++;
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
    // An unnamed source (`the spokesperson`, of no named organisation) is still the latest speaker, for continuations.
    if (!a.entity && !(a.mention && this.unnamed(a.mention))) return;
    this.lastAttribution = a;
    this.lastAttributionParagraph = paragraph;
    if (!a.entity) return;
    this.promote(a.entity);
  }

  /** The entity of a transcript label (`PENCE`): a known person of that surname, else a new name. */
  labelled(label: string): Entity {
    const words = label.toLowerCase().split(/\s+/);
    const w = words[words.length - 1]!;
    const known = this.table.earliest((e) => e.kind !== "group" && e.nameTokens.includes(w), w);
    if (known) return known;
    const name = label.split(/\s+/).map((x) => x.charAt(0) + x.slice(1).toLowerCase()).join(" ");
    return this.table.resolveName({ kind: "name", paragraph: 0, first: 0, last: 0, text: name, start: 0, end: 0, name, nameTokens: words, gender: "unknown", plural: false, role: null, entityKind: "person", possessive: false, lead: 0, acronym: null });
  }

  private pronoun(m: Mention): Entity | null {
    const last = this.lastAttribution?.entity ?? null;
    const choice = resolvePronoun(m, {
      salient: this.salient, firstName: this.firstName, firstNameAt: this.firstNameAt, subordinateOpening: this.subordinateOpening,
      lastSpeaker: last && this.paragraph - this.lastAttributionParagraph <= 1 ? last : null,
    });
    if (!choice) return null;
    if (choice.guess) this.guesses.add(m);
    return choice.entity;
  }

  private description(m: Mention): Entity | null {
    // `the 56-year-old`: an age stands for the most salient person, as a role would, but no role can confirm it.
    // The person mentioned last, not the most salient: `Mourinho replaces Pochettino. Pochettino was sacked … Mourinho's
    // representatives … The 56-year-old said` is about the one the text came back to.
    if (isAgeHead(m.name)) return this.guess(m, this.lastMentioned((e) => e.kind === "person") ?? this.lastMentioned((e) => e.kind === "unknown" && !organizationLike(e)));
    if (!PERSON_DESCRIPTION_HEADS.has(m.name) && !isPhraseSource(m)) return null;
    const words = m.text.toLowerCase().split(/\s+/).slice(1, -1);
    // Not an organisation's name taken for a person (`Association`, with the role `Republican Governors`).
    const people = this.salient.filter((e) => e.kind === "person" || (e.kind === "unknown" && !organizationLike(e)));
    const fits = (e: Entity) => e.roles.some((r) => {
      const rl = r.toLowerCase();
      return hasWord(rl, m.name) && words.every((w) => w.length <= 2 || /['’]s$/.test(w) || /^\d/.test(w) || rl.includes(w) || !/^[a-z]/.test(w) || w === "former");
    });
    // A role given anywhere in the article (`Colin Ashby, Brightmart's chief executive`) before the most salient person.
    const byRole = people.find(fits) ?? this.table.find((e) => (e.kind === "person" || e.kind === "unknown") && fits(e));
    const loose = people.find((e) => e.roles.some((r) => words.some((w) => w.length > 2 && r.toLowerCase().includes(w))));
    const e = byRole ?? loose ?? this.guess(m, people[0] ?? null);
    // A subject phrase that describes no one named (`The vulture fund manager wrote …` opening an article) is an unnamed source.
    if (!e && isPhraseSource(m)) this.unnamedMentions.add(m);
    return e;
  }

  /** The named entity passing the test that was mentioned last, within reach (among the table's latest entities). */
  private lastMentioned(test: (e: Entity) => boolean): Entity | null {
    return this.table.find((e) => this.named.has(e) && test(e) && this.paragraph - e.lastSeen <= DESCRIPTION_REACH) ?? null;
  }

  /** `Mourinho's representatives`: the owner of a group phrase is mentioned too, which keeps it recent. */
  private seeOwner(m: Mention): void {
    // Most group phrases open with no capital (`officials`, `the campaign`) or have no apostrophe, and so no owner.
    const c = m.text.charCodeAt(0);
    if ((c < 128 && !(c >= 65 && c <= 90)) || (m.text.indexOf("’") < 0 && m.text.indexOf("'") < 0)) return;
    const owner = OWNER.exec(m.text);
    if (!owner) return;
    const w = owner[1]!.toLowerCase();
    const e = this.table.find((x) => this.named.has(x) && x.nameTokens[x.nameTokens.length - 1] === w, w);
    if (e) e.lastSeen = Math.max(e.lastSeen, m.paragraph);
  }

  /** Records a resolution taken on salience alone. */
  private guess(m: Mention, e: Entity | null): Entity | null {
    if (e) this.guesses.add(m);
    return e;
  }

  /**
   * The entity a group phrase that describes one stands for: `the company` the latest salient organisation, `the
   * spokesperson` the organisation the latest spokesperson spoke for, `the letter` the latest speaker; null when it
   * stands for none the article names (an unnamed source); undefined when the phrase is no such description
   * (`officials`, `the administration`), to be resolved as a group.
   */
  private describedGroup(m: Mention): Entity | null | undefined {
    const owned = this.ownerOf(m);
    if (owned !== undefined) {
      if (owned) this.spokespersonOf = owned;
      return owned ?? undefined;
    }
    const named = this.namedGroup(m);
    if (named) return named;
    const d = definiteDescription(m);
    // An organisation's description looks for a named organisation first (`the company` is `Facebook`, not a
    // `Facebook-owned company` met on the way); any other looks for a phrase of the same head.
    if (d?.cls !== "organization") {
      const repeated = this.repeatedHead(m);
      if (repeated) return repeated;
    }
    if (!d) return undefined;
    const recent = (e: Entity) => this.named.has(e) && this.paragraph - e.lastSeen <= DESCRIPTION_REACH;
    if (d.cls === "organization") {
      // `the ministry` after `the Ministry of Water Resources`: a named organisation with the head in its name first.
      const byName = this.table.find((e) => this.named.has(e) && e.kind === "organization" && e.nameTokens.includes(d.head), d.head);
      // Else an organisation named earlier in the sentence (`GateHouse laid off 60 (the company would not say …)`),
      // else the most salient one.
      let inSentence: Entity | undefined;
      for (let n = this.sentenceNameCount - 1; n >= 0 && this.sentenceNameCount - n <= SENTENCE_NAMES_REACH && !inSentence; n--) {
        const e = this.latestNames[n % SENTENCE_NAMES_REACH]!;
        if (organizationLike(e, this.table)) inSentence = e;
      }
      return byName ?? inSentence ?? this.salient.find((e) => recent(e) && organizationLike(e, this.table)) ?? this.repeatedHead(m);
    }
    if (d.cls === "spokesperson") {
      const org = this.spokespersonOf && recent(this.spokespersonOf) ? this.spokespersonOf : this.salient.find((e) => recent(e) && organizationLike(e, this.table));
      return this.guess(m, org ?? null);
    }
    // A document speaks for whoever spoke last: `the doctors stated …` then `says the letter`.
    const last = this.lastAttribution?.entity ?? null;
    return this.guess(m, last && this.paragraph - this.lastAttributionParagraph <= 1 ? last : null);
  }

  /**
   * `the nurses` after `the Rural Nurses Alliance`: a bare plural group whose noun is a word of a recently named
   * organisation's name stands for that organisation.
   */
  private namedGroup(m: Mention): Entity | null {
    // Most plural groups (`officials`) open with no `the`: told by character code before lowering and splitting.
    if (!m.plural || !opensWithThe(m.text)) return null;
    const words = m.text.toLowerCase().split(/\s+/);
    if (words.length !== 2 || words[0] !== "the") return null;
    const head = words[1]!;
    return this.table.find((e) => this.named.has(e) && e.nameTokens.length > 1 && e.nameTokens.includes(head) && (e.kind === "organization" || e.kind === "unknown")
      && this.paragraph - e.lastSeen <= DESCRIPTION_REACH, head) ?? null;
  }

  /**
   * `the poll` after `a Harbourview Research poll`, `the campaign` after `Clinton's campaign`: a bare definite noun
   * repeats the head of a phrase that names someone (`Reuters survey`, `Bank of America`), seen within reach, and
   * stands for it (the latest such). The phrase has a word besides its head: a headline's `Poll` names no one.
   */
  private repeatedHead(m: Mention): Entity | null {
    const head = bareDefiniteHead(m);
    if (!head) return null;
    const e = this.table.find((x) => x.kind !== "person" && !x.plural && this.paragraph - x.lastSeen <= DESCRIPTION_REACH
      && x.name.indexOf(" ") > 0 && sameHead(head, groupHead(x.name)) && namesSomeone(x.name));
    if (e) e.lastSeen = Math.max(e.lastSeen, m.paragraph);
    return e ?? null;
  }

  /**
   * The organisation a spokesperson noun speaks for (`a spokesperson for Instagram`, `Instagram spokesperson`); null
   * when the owner is a person or unknown to the table, undefined when the noun names no owner.
   */
  private ownerOf(m: Mention): Entity | null | undefined {
    const after = this.owners.size > 0 ? this.owners.get(m) : undefined;
    if (after) {
      const e = this.resolve(after);
      // A spokesperson speaks for the organisation or the person named (`a spokesman for Mayor Frank Jackson`), a
      // document for its author (`a survey by Penelope Abernathy`).
      return e && e.kind !== "place" ? e : undefined;
    }
    const text = ownerText(m);
    if (!text) return undefined;
    const key = text.toLowerCase();
    const e = this.table.find((x) => this.named.has(x) && (x.name.toLowerCase() === key || [...x.aliases].some((a) => a.toLowerCase() === key)), key.split(/\s+/).pop());
    return e && e.kind !== "person" && e.kind !== "place" ? e : undefined;
  }
}
