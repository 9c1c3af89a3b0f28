import type { Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";

/** Slots of a new table (`Resolutions`): a few times the mentions of an ordinary article. */
const FIRST_SLOTS = 1 << 8;

/**
 * The entities mentions were resolved to, found by the mention's paragraph and first token in an open-addressing table
 * of `[paragraph + 1, first, index]` triples in one `Int32Array` (a map keyed by the mention object hashes it and grows
 * by copying; arrays by paragraph indexed by token grew to every paragraph's length, a fifth of the attribution's
 * allocation); a second mention at the same token, in a map. The table doubles when half full, so it stays in
 * proportion to the mentions resolved.
 */
export class Resolutions {
  /** `[paragraph + 1, first, index into mentions]` by slot; 0 in the first field marks an empty slot. */
  private slots = new Int32Array(3 * FIRST_SLOTS);
  private mask = FIRST_SLOTS - 1;
  private readonly mentions: Mention[] = [];
  private readonly entities: (Entity | null)[] = [];
  private readonly others = new Map<Mention, Entity | null>();

  /** The entity `m` was resolved to (null for none), undefined when it was not resolved. */
  get(m: Mention): Entity | null | undefined {
    const p = m.paragraph, k = m.first;
    if (p >= 0 && k >= 0) {
      const at = this.slotOf(p, k);
      const slots = this.slots;
      if (slots[at] !== 0 && this.mentions[slots[at + 2]!] === m) return this.entities[slots[at + 2]!];
    }
    return this.others.size > 0 ? this.others.get(m) : undefined;
  }

  set(m: Mention, e: Entity | null): void {
    const p = m.paragraph, k = m.first;
    if (!(p >= 0 && k >= 0 && p < 0x7fffffff)) { this.others.set(m, e); return; }
    let at = this.slotOf(p, k);
    const slots = this.slots;
    if (slots[at] !== 0) {
      const n = slots[at + 2]!;
      if (this.mentions[n] === m) this.entities[n] = e;
      else this.others.set(m, e);
      return;
    }
    if (2 * (this.mentions.length + 1) > this.mask + 1) { this.grow(); at = this.slotOf(p, k); }
    this.fill(at, p, k, this.mentions.length);
    this.mentions.push(m);
    this.entities.push(e);
  }

  /** The slot of `(p, k)`, or the empty slot where it would go. */
  private slotOf(p: number, k: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let n = (Math.imul(p, 0x9e3779b1) ^ Math.imul(k, 0x85ebca6b)) >>> 0;
    n = (n ^ (n >>> 15)) & mask;
    while (slots[3 * n] !== 0 && (slots[3 * n] !== p + 1 || slots[3 * n + 1] !== k)) n = (n + 1) & mask;
    return 3 * n;
  }

  private fill(at: number, p: number, k: number, index: number): void {
    const slots = this.slots;
    slots[at] = p + 1;
    slots[at + 1] = k;
    slots[at + 2] = index;
  }

  /** Doubles the table, refiling every entry. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    this.mask = 2 * (this.mask + 1) - 1;
    for (let at = 0; at < old.length; at += 3) if (old[at] !== 0) this.fill(this.slotOf(old[at]! - 1, old[at + 1]!), old[at]! - 1, old[at + 1]!, old[at + 2]!);
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
