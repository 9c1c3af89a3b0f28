/**
 * The table of what each mention was resolved to (src/attribution/resolutions.ts): found by paragraph and first token
 * in a table that grows, a second mention at the same token kept apart, mentions without a place in a map.
 */
import type { Entity } from "../src/speakers/build-entities";
import type { Mention } from "../src/speakers/find-mentions";
import { Resolutions } from "../src/attribution/resolutions";

function mention(paragraph: number, first: number, text = `m${paragraph}.${first}`): Mention {
  return {
    kind: "name", paragraph, first, last: first + 1, text, start: 0, end: text.length, name: text, nameTokens: [text],
    gender: "unknown", plural: false, role: null, entityKind: "person", possessive: false, lead: first, acronym: null,
  };
}

function entity(id: number): Entity {
  return { id, name: `e${id}`, nameTokens: [`e${id}`], kind: "person", gender: "unknown", aliases: new Set(), roles: [], lastSeen: 0, plural: false };
}

describe("Resolutions", () => {
  it("answers undefined for a mention never resolved, and null for one resolved to nothing", () => {
    const r = new Resolutions();
    const m = mention(0, 3);
    expect(r.get(m)).toBeUndefined();
    r.set(m, null);
    expect(r.get(m)).toBeNull();
  });

  it("keeps thousands of mentions across paragraphs as the table grows, and updates one set again", () => {
    const r = new Resolutions();
    const ms: Mention[] = [];
    const es: Entity[] = [];
    for (let p = 0; p < 300; p++) for (let k = 0; k < 40; k += 3) { ms.push(mention(p, k)); es.push(entity(es.length)); r.set(ms[ms.length - 1]!, es[es.length - 1]!); }
    ms.forEach((m, n) => expect(r.get(m)).toBe(es[n]));
    const other = entity(99999);
    r.set(ms[7]!, other);
    expect(r.get(ms[7]!)).toBe(other);
    expect(r.get(ms[8]!)).toBe(es[8]);
    // Same place, another object: never confused with the one filed there.
    expect(r.get(mention(5, 3))).toBeUndefined();
  });

  it("keeps a second mention at the same token apart from the first", () => {
    const r = new Resolutions();
    const a = mention(2, 4, "the company");
    const b = mention(2, 4, "the company’s lawyer");
    r.set(a, entity(1));
    r.set(b, entity(2));
    expect(r.get(a)!.id).toBe(1);
    expect(r.get(b)!.id).toBe(2);
  });

  it("keeps mentions without a paragraph or token place (made by the rules) in a map", () => {
    const r = new Resolutions();
    const m = mention(-1, -1);
    const e = entity(3);
    r.set(m, e);
    expect(r.get(m)).toBe(e);
    expect(r.get(mention(-1, -1))).toBeUndefined();
  });
});
