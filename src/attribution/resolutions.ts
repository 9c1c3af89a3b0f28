import type { Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";

/**
 * The entities mentions were resolved to, found by the mention's paragraph and first token (two array reads, where a
 * map keyed by the mention object hashes it and grows by copying); a second mention at the same token, in a map.
 */
export class Resolutions {
  private readonly mentions: Mention[][] = [];
  private readonly entities: (Entity | null)[][] = [];
  private readonly others = new Map<Mention, Entity | null>();

  /** The entity `m` was resolved to (null for none), undefined when it was not resolved. */
  get(m: Mention): Entity | null | undefined {
    const row = this.mentions[m.paragraph];
    if (row !== undefined && row[m.first] === m) return this.entities[m.paragraph]![m.first];
    return this.others.size > 0 ? this.others.get(m) : undefined;
  }

  set(m: Mention, e: Entity | null): void {
    const p = m.paragraph, k = m.first;
    if (!(p >= 0 && k >= 0)) { this.others.set(m, e); return; }
    while (this.mentions.length <= p) { this.mentions.push([]); this.entities.push([]); }
    const row = this.mentions[p]!;
    const there = row[k];
    if (there === undefined || there === m) { row[k] = m; this.entities[p]![k] = e; }
    else this.others.set(m, e);
  }
}

/** A set of one table's entities, found by id (a set of objects asks the runtime for the object's hash on every look-up). */
export class EntitySet {
  private readonly byId: (Entity | undefined)[] = [];
  private readonly others = new Set<Entity>();

  has(e: Entity): boolean {
    return this.byId[e.id] === e || (this.others.size > 0 && this.others.has(e));
  }

  add(e: Entity): void {
    const id = e.id;
    while (this.byId.length <= id) this.byId.push(undefined);
    const there = this.byId[id];
    if (there === undefined) this.byId[id] = e;
    else if (there !== e) this.others.add(e);
  }
}
