import { HONORIFICS, ORGANIZATION_WORDS, ROLE_NOUNS, type Gender } from "../lexicon/people";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import type { SpeakerKind } from "../types";
import type { Mention } from "./find-mentions";
import type { Token } from "./tokenize";

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
    if (toks.length >= 2) {
      const key = toks.join(" ");
      const lastTok = toks[toks.length - 1]!;
      found = this.find((e) => e.nameTokens.length === toks.length && e.nameTokens.join(" ") === key, lastTok)
        ?? this.find((e) => e.nameTokens.length === 1 && e.nameTokens[0] === lastTok && e.kind !== "place" && e.kind !== "organization" && m.entityKind !== "organization", lastTok)
        ?? this.find((e) => e.nameTokens.length > toks.length && containsRun(e.nameTokens, toks), toks[0]);
      if (found && found.nameTokens.length < toks.length) { found.name = m.name; found.nameTokens = toks; this.register(found); }
    } else {
      const w = toks[0]!;
      const compatible = (e: Entity) => m.gender === "unknown" || e.gender === "unknown" || e.gender === m.gender;
      found = this.find((e) => e.nameTokens.length > 1 && e.nameTokens[e.nameTokens.length - 1] === w && compatible(e) && e.kind !== "organization" && e.kind !== "place", w)
        ?? this.find((e) => e.nameTokens.length > 1 && e.nameTokens[0] === w && e.kind === "person" && compatible(e) && m.entityKind !== "organization", w)
        ?? this.find((e) => e.nameTokens.length === 1 && e.nameTokens[0] === w, w);
    }
    if (!found) {
      found = { id: this.entities.length, name: m.name, nameTokens: toks, kind: m.entityKind, gender: m.gender, aliases: new Set(), roles: [], lastSeen: m.paragraph, plural: false };
      this.entities.push(found);
      this.register(found);
    }
    if (found.kind === "unknown" || (found.kind !== "person" && m.entityKind === "person" && found.nameTokens.length > 1)) {
      if (m.entityKind !== "unknown") found.kind = m.entityKind;
    }
    if (found.gender === "unknown" && m.gender !== "unknown") found.gender = m.gender;
    found.aliases.add(m.text.replace(/['’]s$/, ""));
    if (toks.length === 1 && found.nameTokens.length > 1) found.aliases.add(m.name);
    if (m.role && !found.roles.includes(m.role)) found.roles.push(m.role);
    found.lastSeen = m.paragraph;
    return found;
  }

  /** The entity of a group source (`officials`, `the campaign`), one per distinct phrase. */
  resolveGroup(m: Mention): Entity {
    const key = m.name.toLowerCase();
    // `the ministry` after `The Ministry of Water Resources`: a definite organisation noun names the organisation.
    const head = key.split(/\s+/).pop() ?? key;
    if (/^the\s/i.test(m.text) && !m.plural && ORGANIZATION_WORDS.has(head)) {
      const org = this.find((e) => e.kind === "organization" && e.nameTokens.length > 1 && e.nameTokens.includes(head), head);
      if (org) { org.aliases.add(m.text); org.lastSeen = m.paragraph; return org; }
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

  private register(e: Entity): void {
    for (const t of e.nameTokens) {
      const list = this.byToken.get(t);
      if (!list) this.byToken.set(t, [e]);
      else if (!list.includes(e)) list.push(e);
    }
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
    if (SPEECH_VERBS.has(t.lower) && b > a) return null;
    if (ROLE_NOUNS.has(t.lower) || HONORIFICS.has(t.lower)) role = true;
    b++;
  }
  if (!role || b === a) return null;
  const end = tokens[b]?.text;
  if (end !== "," && end !== "." && end !== undefined && end !== ";") return null;
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}
