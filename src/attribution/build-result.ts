import type { QuoteSpan } from "../quotes";
import type { Entity } from "../speakers/build-entities";
import type { Mention } from "../speakers/find-mentions";
import type { Quote, Span, Speaker } from "../types";
import type { Attributed, Attribution, CueSite } from "./attribute";

/**
 * Turns attribution decisions into the result's quotes and speakers, ids in reading order (`q1…`, `s1…`).
 * @example
 * const { quotes, speakers } = buildQuotes(paragraphs, spans, attribute(analyze(paragraphs, spans)));
 */
export function buildQuotes(paragraphs: readonly string[], spans: readonly QuoteSpan[], attributed: Attributed): { quotes: Quote[]; speakers: Speaker[] } {
  interface Item { paragraph: number; start: number; end: number; kind: Quote["kind"]; a: Attribution }
  const items: Item[] = [];
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    items.push({ paragraph: q.paragraph, start: q.start, end: q.end, kind: q.kind, a: attributed.quotes[i]! });
  }
  for (const r of attributed.reported) items.push({ paragraph: r.paragraph, start: r.start, end: r.end, kind: "indirect", a: r });
  items.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || (x.kind === "indirect" ? 1 : 0) - (y.kind === "indirect" ? 1 : 0));

  const ids = new Map<Entity, string>();
  const speakerQuotes = new Map<Entity, string[]>();
  const quotes: Quote[] = items.map((it, n) => {
    const id = `q${n + 1}`;
    const e = it.a.entity;
    let sid: string | null = null;
    if (e) {
      sid = ids.get(e) ?? `s${ids.size + 1}`;
      ids.set(e, sid);
      const list = speakerQuotes.get(e) ?? [];
      list.push(id);
      speakerQuotes.set(e, list);
      if (it.a.mention) e.aliases.add(it.a.mention.text);
    }
    const text = paragraphs[it.paragraph]!.slice(it.start, it.end);
    return {
      id, text, paragraph: it.paragraph, start: it.start, end: it.end, kind: it.kind, speaker: sid,
      cue: it.a.cue ? span(paragraphs, it.a.cue) : null,
      mention: it.a.mention ? mentionSpan(paragraphs, it.a.mention, e) : null,
      // An unnamed source (`the spokesperson`, `a survey`) keeps the rule that found its mention; no speaker, no confidence.
      // A rule that names no source by its nature (`reported-hearsay`) keeps both.
      confidence: e || it.a.sourceless ? it.a.confidence : 0, rule: e || it.a.mention || it.a.sourceless ? it.a.rule : "none",
    };
  });
  const speakers: Speaker[] = [...ids].map(([e, id]) => ({
    id, name: e.name, kind: e.kind, aliases: aliasesOf(e), roles: [...e.roles], quotes: speakerQuotes.get(e) ?? [],
  }));
  return { quotes, speakers };
}

function span(paragraphs: readonly string[], s: CueSite & { readonly paragraph: number }): Span {
  return { text: paragraphs[s.paragraph]!.slice(s.start, s.end), paragraph: s.paragraph, start: s.start, end: s.end };
}

/**
 * The mention as the text writes it: an organisation's name keeps the article before it (`the IMF said`, `according
 * to the Associated Press`), as its noun phrase; a person's name has none.
 */
function mentionSpan(paragraphs: readonly string[], m: Mention, e: Entity | null): Span {
  const text = paragraphs[m.paragraph]!;
  const start = m.kind === "name" && e?.kind === "organization" && m.lead === m.first && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) ? m.start - 4 : m.start;
  return { text: text.slice(start, m.end), paragraph: m.paragraph, start, end: m.end };
}

/** `the ` right before a name, at the paragraph's start or after a non-letter. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;

/** A capital first letter (a regular expression built once: written inline, the bundle builds it again per call). */
const UPPER_START = /^\p{Lu}/u;
const PRONOUN_OR_ARTICLE = /^(?:He|She|It|They|The|A|An)\b/;

/** `UPPER_START.test(s)`: an ASCII first letter by its code, any other by the expression. */
function upperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(s);
}

function isName(alias: string): boolean {
  if (!upperStart(alias)) return false;
  // Only `A`, `H`, `I`, `S` and `T` open a pronoun or an article.
  const c = alias.charCodeAt(0);
  return !((c === 65 || c === 72 || c === 73 || c === 83 || c === 84) && PRONOUN_OR_ARTICLE.test(alias));
}

/** Names first (canonical, then as written, then the bare short name), then descriptions and pronouns. */
function aliasesOf(e: Entity): string[] {
  const all = [e.name, ...e.aliases];
  const out: string[] = [];
  // `He` and `he` are one alias, written with its capital.
  const at = new Map<string, number>();
  for (const a of all) {
    const key = a.toLowerCase();
    const i = at.get(key);
    if (i === undefined) { at.set(key, out.length); out.push(a); }
    else if (upperStart(a) && !upperStart(out[i]!)) out[i] = a;
  }
  // Each alias asked once whether it is a name.
  const names: string[] = [];
  const others: string[] = [];
  for (const a of out) (isName(a) ? names : others).push(a);
  for (const a of others) names.push(a);
  return names;
}
