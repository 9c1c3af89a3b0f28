import { CORPORATE_SUFFIXES, NAME_SUFFIXES, ORGANIZATION_WORDS, type Gender } from "../lexicon/people";
import type { SpeakerKind } from "../types";
import { isWhitespace } from "../whitespace";
import type { Mention } from "./find-mentions";
import type { Token } from "./tokenize";
import { WordClass } from "./word-tags";

/** One real-world referent: every name mention of the same person, organisation or place merged. */
export interface Entity {
  readonly id: number;
  /** Canonical name: the fullest name seen, without honorific. */
  name: string;
  nameTokens: readonly string[];
  kind: SpeakerKind;
  gender: Gender;
  readonly aliases: Set<string>;
  readonly roles: string[];
  /** Paragraph of the latest mention, for recency. */
  lastSeen: number;
  /** A group named in the plural (`officials`), which `they` can stand for but `it` cannot. */
  readonly plural: boolean;
}

/**
 * Roles kept per entity. A real article gives a person two or three (`Russian president`, `the Kremlin's leader`); an
 * input giving one name thousands of distinct roles made every new role a search of all the earlier ones (quadratic:
 * 1 MB, 16,000 roles of one speaker, 4.3 s) and every description read them all again.
 */
export const MAX_ROLES = 16;

/** Adds a role the entity does not hold yet, while it holds fewer than `MAX_ROLES`. */
export function addRole(e: Entity, role: string): void {
  if (e.roles.length < MAX_ROLES && !e.roles.includes(role)) e.roles.push(role);
}

/** How many entities sharing a name word are weighed when resolving a mention. */
const MAX_CANDIDATES = 64;

/** The entities of a document and the means to find one from a mention. */
export class EntityTable {
  readonly entities: Entity[] = [];
  private readonly groups = new Map<string, Entity>();

  /** The entity a name mention refers to, created when new. Later, shorter mentions join the earliest longer name that contains them. */
  resolveName(m: Mention): Entity {
    const toks = m.nameTokens;
    let found: Entity | undefined;
    // The candidates are weighed as `find` weighs them (the last `MAX_CANDIDATES` listed under a word, the latest seen
    // first), each test in a loop of its own (`latestIn`) rather than a closure of the mention given to `find`: this
    // runs for every name mention, and a closure for each test and each mention, called through one site for them
    // all, cost more than the tests.
    if (toks.length >= 2) {
      const lastTok = surnameOf(toks);
      const org = m.entityKind === "organization";
      const initials = org ? this.initials(m.name) : null;
      const atLast = this.byToken.get(toks[toks.length - 1]!);
      const atSurname = lastTok === toks[toks.length - 1] ? atLast : this.byToken.get(lastTok);
      found = latestIn(atLast, SAME_NAME, toks, lastTok, m)
        // `Stafford said …` then `former astronaut Tom Stafford`: a person's full name claims the surname met alone,
        // even one the lexicon knows as a place.
        ?? (org ? undefined : latestIn(atSurname, SURNAME_ALONE, toks, lastTok, m))
        ?? latestIn(this.byToken.get(toks[0]!), LONGER_NAME, toks, lastTok, m)
        // `GateHouse said …` then `GateHouse Media`: a company's full name claims its short form.
        ?? (companyShortForm(toks) ? latestIn(this.byToken.get(toks[0]!), SHORT_COMPANY, toks, lastTok, m) : undefined)
        // `Te Kaurinui Robert Parata` = `Te Kaurinui Parata`, `C. Eugene Steuerle` = `Eugene Steuerle`, `Patrick Carlineo Jr.`.
        ?? (org ? undefined : latestIn(atSurname, MIDDLE_NAME, toks, lastTok, m))
        // `DEA` met first, then `the Drug Enforcement Administration`: the acronym's entity takes the full name.
        // `the doctors` met first, then `Doctors for Camp Closure`: the group takes the organisation's name.
        ?? (org && /^\S+\s+(?:for|against)\s/i.test(m.name) ? this.groups.get(toks[0]!) : undefined)
        ?? (initials ? this.acronyms.get(initials) ?? this.find((e) => e.nameTokens.length === 1 && e.kind !== "person" && spells(withoutPeriods(e.name), initials)) : undefined);
      if (found && found.kind === "group" && org) { found.kind = "organization"; found.name = m.name; found.nameTokens = toks; this.register(found); }
      if (found && fuller(toks, found.nameTokens)) {
        if (found.nameTokens.length === 1 && found.name !== m.name) found.aliases.add(found.name);
        found.name = m.name; found.nameTokens = toks; this.register(found);
      }
    } else {
      // `DEA` after `the Drug Enforcement Administration (DEA)`, `CDC` after `Center for Disease Control and Prevention`.
      const acronym = isAcronym(m.name) ? withoutPeriods(m.name) : null;
      found = (acronym ? this.acronyms.get(acronym) ?? this.find((e) => e.nameTokens.length > 1 && e.kind === "organization" && spells(acronym, this.initials(e.name)), undefined) : undefined)
        ?? oneWordReferent(this.byToken.get(toks[0]!), toks[0]!, m);
    }
    // `the Drug Enforcement Administration (DEA)`: the acronym the article defines names the same organisation.
    if (found && m.acronym) this.acronyms.set(m.acronym, found);
    if (!found) {
      found = { id: this.entities.length, name: m.name, nameTokens: toks, kind: m.entityKind, gender: m.gender, aliases: new Set(), roles: [], lastSeen: m.paragraph, plural: false };
      this.entities.push(found);
      this.register(found, true);
      if (m.acronym) this.acronyms.set(m.acronym, found);
    }
    if (m.acronym) found.aliases.add(m.acronym);
    if (found.kind === "unknown" || (found.kind !== "person" && m.entityKind === "person" && found.nameTokens.length > 1 && m.nameTokens.length > 1)) {
      if (m.entityKind !== "unknown") found.kind = m.entityKind;
    }
    if (found.gender === "unknown" && m.gender !== "unknown") found.gender = m.gender;
    found.aliases.add(withoutApostropheS(m.text));
    if (toks.length === 1 && found.nameTokens.length > 1) found.aliases.add(m.name);
    if (m.role) addRole(found, m.role);
    found.lastSeen = m.paragraph;
    return found;
  }

  /** The entity of a group source (`officials`, `the campaign`), one per distinct phrase. */
  resolveGroup(m: Mention): Entity {
    const key = m.name.toLowerCase();
    const definite = opensWithThe(m.text);
    // `the doctors` after `Doctors for Camp Closure`: the plural that opens an organisation's name stands for it.
    const named = definite && m.plural ? this.find((e) => e.kind === "organization" && e.nameTokens.length > 2 && e.nameTokens[0] === key && /^\S+\s+(?:for|against)\s/i.test(e.name), key) : undefined;
    if (named) { named.aliases.add(m.text); named.lastSeen = m.paragraph; return named; }
    // `the ministry` after `The Ministry of Water Resources`: a definite organisation noun names the organisation.
    if (definite && !m.plural) {
      const head = lastWord(key);
      if (ORGANIZATION_WORDS.has(head)) {
        const org = this.find((e) => e.kind === "organization" && e.nameTokens.length > 1 && e.nameTokens.includes(head), head);
        if (org) { org.aliases.add(m.text); org.lastSeen = m.paragraph; return org; }
      }
    }
    let e = this.groups.get(key);
    if (!e) {
      e = { id: this.entities.length, name: m.name, nameTokens: [key], kind: m.entityKind, gender: "unknown", aliases: new Set(), roles: [], lastSeen: m.paragraph, plural: m.plural };
      this.entities.push(e);
      this.groups.set(key, e);
    }
    e.aliases.add(m.text);
    e.lastSeen = m.paragraph;
    return e;
  }

  /** Entities by each word of their name. */
  private readonly byToken = new Map<string, Entity[]>();
  /** `initialsOf` each name asked about: an acronym is weighed against the same names again and again. */
  private readonly initialsByName = new Map<string, string>();

  private initials(name: string): string {
    let out = this.initialsByName.get(name);
    if (out === undefined) this.initialsByName.set(name, (out = initialsOf(name)));
    return out;
  }
  /** Organisations by the acronym the article gives for them (`DEA`). */
  private readonly acronyms = new Map<string, Entity>();

  /** Words whose list in `byToken` is not in the order its entities were made (an older entity renamed into it). */
  private readonly unordered = new Set<string>();

  /**
   * Lists the entity under each word of its name. A new entity is in no list yet, so it is added without looking
   * (an article naming thousands of `… Smith` otherwise read the whole `smith` list for each).
   */
  private register(e: Entity, isNew = false): void {
    for (const t of e.nameTokens) {
      const list = this.byToken.get(t);
      if (!list) this.byToken.set(t, [e]);
      else if (isNew || !list.includes(e)) {
        if (e.id < list[list.length - 1]!.id) this.unordered.add(t);
        list.push(e);
      }
    }
  }

  /**
   * The first entity made (what `entities.find(test)` gives) among those that pass the test and have `token` in their
   * name, the test being false for any entity without it. Reads the entities listed under the word (and the group of
   * that phrase, which is listed under none) rather than every entity of the article: a transcript of thousands of
   * labels, each a new name, made `entities.find` quadratic (1 MB: 23 s). A list in order of making stops at its
   * first entity that passes.
   */
  earliest(test: (e: Entity) => boolean, token: string): Entity | undefined {
    const group = this.groups.get(token);
    let best = group && test(group) ? group : undefined;
    const pool = this.byToken.get(token);
    if (!pool) return best;
    const ordered = !this.unordered.has(token);
    for (const e of pool) {
      if (best && ordered && e.id > best.id) break;
      if ((!best || e.id < best.id) && test(e)) {
        best = e;
        if (ordered) break;
      }
    }
    return best;
  }

  /**
   * The most recently seen entity that satisfies the test: among those whose name has `token` when one is given,
   * else among the latest entities. Either way only the last `MAX_CANDIDATES` are weighed, so an article naming
   * thousands of people costs the same per mention as one naming ten.
   */
  find(test: (e: Entity) => boolean, token?: string): Entity | undefined {
    const pool = token === undefined ? this.entities : this.byToken.get(token);
    if (!pool) return undefined;
    let best: Entity | undefined;
    for (let n = pool.length - 1; n >= 0 && pool.length - n <= MAX_CANDIDATES; n--) {
      const e = pool[n]!;
      if (test(e) && (!best || e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }
}

/** Whether a mention's gender allows the entity's. */
function compatible(e: Entity, m: Mention): boolean {
  return m.gender === "unknown" || e.gender === "unknown" || e.gender === m.gender;
}

/** The tests `latestIn` weighs a name of several words (`toks`, whose `surnameOf` is `surname`, of mention `m`) by. */
const SAME_NAME = 0;
const SURNAME_ALONE = 1;
const LONGER_NAME = 2;
const SHORT_COMPANY = 3;
const MIDDLE_NAME = 4;

/**
 * `find(test, word)` for the test numbered `which` (the entities of `pool`, the list of one word), with the test chosen
 * by a number: one function for the five, whose tests are read in place, not called.
 */
function latestIn(pool: readonly Entity[] | undefined, which: number, toks: readonly string[], surname: string, m: Mention): Entity | undefined {
  if (!pool) return undefined;
  let best: Entity | undefined;
  for (let n = pool.length - 1; n >= 0 && pool.length - n <= MAX_CANDIDATES; n--) {
    const e = pool[n]!;
    if (best && e.lastSeen <= best.lastSeen) continue;
    const et = e.nameTokens;
    let pass: boolean;
    switch (which) {
      case SAME_NAME: pass = sameTokens(et, toks); break;
      case SURNAME_ALONE: pass = et.length === 1 && et[0] === surname && ((e.kind !== "organization" && e.kind !== "place") || (m.entityKind === "person" && !isAcronym(e.name))); break;
      case LONGER_NAME: pass = et.length > toks.length && containsRun(et, toks); break;
      case SHORT_COMPANY: pass = et.length === 1 && et[0] === toks[0] && e.kind !== "person" && e.kind !== "place"; break;
      default: pass = e.kind !== "organization" && e.kind !== "group" && et.length >= 2 && sameWithMiddle(et, toks);
    }
    if (pass) best = e;
  }
  return best;
}

/**
 * The entity a name of one word `w` (mention `m`) refers to among `pool`, the entities listed under it: what
 * `find(a, w) ?? find(b, w) ?? find(c, w) ?? find(d, w)` answers for the four tests below, in one walk of the list. A
 * test is weighed only while no earlier test has an answer (an answer of an earlier test is the answer).
 */
function oneWordReferent(pool: readonly Entity[] | undefined, w: string, m: Mention): Entity | undefined {
  if (!pool) return undefined;
  /** A person's full name whose surname is the word (`Smith` after `John Smith`). */
  let surname: Entity | undefined;
  /** A person's full name whose first name is the word. */
  let given: Entity | undefined;
  /** `GateHouse` after `GateHouse Media`, `Apple` after `Apple Inc.`: the short form of a company's name. */
  let company: Entity | undefined;
  /** The word met alone before. */
  let alone: Entity | undefined;
  for (let n = pool.length - 1; n >= 0 && pool.length - n <= MAX_CANDIDATES; n--) {
    const e = pool[n]!;
    const et = e.nameTokens;
    const seen = e.lastSeen;
    if (!surname || seen > surname.lastSeen) {
      if (et.length > 1 && surnameOf(et) === w && compatible(e, m) && e.kind !== "organization" && e.kind !== "place") surname = e;
    }
    if (surname) continue;
    if (!given || seen > given.lastSeen) {
      if (et.length > 1 && et[0] === w && e.kind === "person" && compatible(e, m) && m.entityKind !== "organization") given = e;
    }
    if (given) continue;
    if (!company || seen > company.lastSeen) {
      if (et[0] === w && e.kind !== "person" && e.kind !== "place" && companyShortForm(et)) company = e;
    }
    if (company) continue;
    if ((!alone || seen > alone.lastSeen) && et.length === 1 && et[0] === w) alone = e;
  }
  return surname ?? given ?? company ?? alone;
}

/** `/^the\s/i.test(text)` by character code: `the` in any case, then white space. */
export function opensWithThe(text: string): boolean {
  return (text.charCodeAt(0) | 32) === 116 && (text.charCodeAt(1) | 32) === 104 && (text.charCodeAt(2) | 32) === 101 && isWhitespace(text.charCodeAt(3));
}

/** `s.split(/\s+/).pop()`: the text after the last white space (all of `s` without any), without splitting. */
function lastWord(s: string): string {
  let k = s.length - 1;
  while (k >= 0 && !isWhitespace(s.charCodeAt(k))) k--;
  return k < 0 ? s : s.slice(k + 1);
}

/** An acronym as written (`WHO`, `U.S`, `AT&T`). */
const ACRONYM = /^\p{Lu}[\p{Lu}&.]*\p{Lu}$/u;

/** `ACRONYM.test(name)`, with most names (a lower-case second letter) told apart before the regular expression. */
function isAcronym(name: string): boolean {
  // No read past the name's end (a one-letter name has no acronym): it cost the optimised caller its code.
  if (name.length < 2) return false;
  const c = name.charCodeAt(1);
  return !(c >= 97 && c <= 122) && ACRONYM.test(name);
}

/** `U.S.` → `US`. */
function withoutPeriods(s: string): string {
  return s.includes(".") ? s.replace(/\./g, "") : s;
}

/** A text without a final `'s` or `’s` (`Putin’s` → `Putin`). */
function withoutApostropheS(s: string): string {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return s;
  const a = s.charCodeAt(n - 2);
  return a === 39 || a === 0x2019 ? s.slice(0, n - 2) : s;
}

/** Two names of the same words (`toks.join(" ")` equal, without building either string). */
function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
/** Words an acronym skips (`Center for Disease Control and Prevention` → CDC…). */
const ACRONYM_SKIPS = new Set(["of", "for", "and", "the", "on", "in", "at", "to", "&"]);

/** Initials of an organisation's name: its words' first letters, grammatical words left out (`Drug Enforcement Administration` → `DEA`). */
export function initialsOf(name: string): string {
  let out = "";
  for (const w of name.split(/[\s-]+/)) {
    if (w === "" || ACRONYM_SKIPS.has(w.toLowerCase())) continue;
    const c = w.charAt(0);
    if (c.toUpperCase() === c && c.toLowerCase() !== c) out += c;
  }
  return out;
}

/**
 * Whether an acronym stands for a name with these initials: all of them, or (three letters or more) the leading ones,
 * after a leading demonym (`Chinese Center for Disease Control and Prevention` → `CDC`).
 */
function spells(acronym: string, initials: string): boolean {
  if (acronym.length < 2) return false;
  if (initials === acronym) return true;
  if (acronym.length < 3) return false;
  return initials.startsWith(acronym) || initials.slice(1).startsWith(acronym);
}

/** The last word of a name that is not a suffix (`Patrick Carlineo Jr.` → `carlineo`). */
/** True for a two-word company name whose second word is a corporate suffix (`GateHouse Media`, `Apple Inc`). */
function companyShortForm(toks: readonly string[]): boolean {
  return toks.length === 2 && CORPORATE_SUFFIXES.has(toks[1]!.replace(/\.$/, ""));
}

function surnameOf(toks: readonly string[]): string {
  for (let k = toks.length - 1; k > 0; k--) if (!NAME_SUFFIXES.has(toks[k]!)) return toks[k]!;
  return toks[0]!;
}

/** A name without its suffixes (`jr`, `iii`). */
function core(toks: readonly string[]): readonly string[] {
  let end = toks.length;
  while (end > 1 && NAME_SUFFIXES.has(toks[end - 1]!)) end--;
  return end === toks.length ? toks : toks.slice(0, end);
}

/**
 * Whether two names of two words or more are one person's: the same surname, and the shorter one's words found in
 * order in the longer, which adds only middle names or initials (`C. Eugene Steuerle`, `Te Kaurinui Robert Parata`).
 */
function sameWithMiddle(a: readonly string[], b: readonly string[]): boolean {
  const ca = core(a);
  const cb = core(b);
  const [long, short] = ca.length >= cb.length ? [ca, cb] : [cb, ca];
  if (short.length < 2 || long[long.length - 1] !== short[short.length - 1]) return false;
  if (long.length === short.length) return long.join(" ") === short.join(" ");
  let k = 0;
  for (const w of long) {
    if (k < short.length && w === short[k]) { k++; continue; }
    // A skipped word is an initial anywhere, or a middle name between the first name and the surname.
    if (!(w.length === 1 || (k > 0 && k < short.length))) return false;
  }
  return k === short.length;
}

/** Whether a name says more than the canonical one (more words; at equal length the first one seen stays). */
function fuller(toks: readonly string[], canonical: readonly string[]): boolean {
  return toks.length > canonical.length;
}

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const APPOSITIVE_MAX_TOKENS = 16;

/**
 * A role given in an appositive after a name: `Jane Doe, the company's chief executive, said` or
 * `Gen Zhang Youxia, who is … vice chairman of the Central Military Commission.`
 */
export function readAppositiveRole(text: string, tokens: readonly Token[], m: Mention, last: number): string | null {
  const comma = tokens[m.last];
  if (!comma || comma.text !== ",") return null;
  let a = m.last + 1;
  if (tokens[a]?.lower === "who" && /^(?:is|was|has|had)$/.test(tokens[a + 1]?.lower ?? "")) a += 2;
  let b = a;
  let role = false;
  while (b < last && b - a < APPOSITIVE_MAX_TOKENS) {
    const t = tokens[b]!;
    if (t.kind === "quote" || (t.kind === "punct" && t.text !== "-" && t.text !== "’" && t.text !== "'")) break;
    // Words only from here (punctuation other than a dash or an apostrophe ended the loop): their class bits answer.
    if (t.kind === "word") {
      if ((t.classes & WordClass.SPEECH_VERB) !== 0 && b > a) return null;
      if ((t.classes & (WordClass.ROLE_NOUN | WordClass.HONORIFIC)) !== 0) role = true;
    }
    b++;
  }
  if (!role || b === a) return null;
  const end = tokens[b]?.text;
  if (end !== "," && end !== "." && end !== undefined && end !== ";") return null;
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}
