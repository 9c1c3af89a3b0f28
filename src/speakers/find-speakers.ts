import { analyze } from "./analyze";
import { findQuotations } from "../quotes";
import type { Span, SpeakerKind } from "../types";
import { EntityTable } from "./build-entities";
import { addRole, readAppositiveRole } from "./build-entities";

/** A person, organisation, place or group named in the text, whether or not it is quoted. */
export interface NamedEntity {
  /** Canonical name: the fullest name seen, without honorific. */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Every surface form of the name (`Vladimir Putin`, `Mr Putin`, `Putin`). */
  readonly aliases: readonly string[];
  /** Roles written before the name or in an appositive (`Russian president`). */
  readonly roles: readonly string[];
  /** Every name mention, in reading order. */
  readonly mentions: readonly Span[];
}

/**
 * Finds the people, organisations and places named in paragraphs of text, with aliases merged
 * (`Mr Putin` → Vladimir Putin, `Gen Zhang` → Zhang Youxia) and roles kept. The writer's words only:
 * names inside quotations are not read.
 *
 * @example
 * findSpeakers(["Russian president Vladimir Putin met Gen Zhang Youxia.", "Mr Putin spoke first."])
 * // → [{ name: "Vladimir Putin", kind: "person", roles: ["Russian president"], … }, { name: "Zhang Youxia", … }]
 */
export function findSpeakers(paragraphs: readonly string[]): NamedEntity[] {
  if (!Array.isArray(paragraphs) || paragraphs.some((p) => typeof p !== "string")) {
    throw new TypeError("findSpeakers expects an array of strings");
  }
  const quotes = findQuotations(paragraphs).quotes.filter((q) => q.speech);
  const analysis = analyze(paragraphs, quotes);
  const table = new EntityTable();
  const mentions = new Map<number, Span[]>();
  for (const para of analysis.paragraphs) {
    para.sentences.forEach((s, si) => {
      for (const m of para.mentions[si]!) {
        if (m.kind !== "name") continue;
        const e = table.resolveName(m);
        const role = readAppositiveRole(para.text, para.tokens, m, s.last);
        if (role) addRole(e, role);
        const list = mentions.get(e.id) ?? [];
        list.push({ text: m.text, paragraph: para.index, start: m.start, end: m.end });
        mentions.set(e.id, list);
      }
    });
  }
  return table.entities.map((e) => ({
    name: e.name, kind: e.kind, aliases: [...new Set([e.name, ...e.aliases])], roles: [...e.roles], mentions: mentions.get(e.id) ?? [],
  }));
}
