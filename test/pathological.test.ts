/**
 * The inputs of `npm run bench:pathological` (bench/pathological-inputs.mjs), at a small size:
 * each must give a valid result without throwing. Timings live in the bench, not here.
 */
import { PATHOLOGICAL } from "../bench/pathological-inputs.mjs";
import { extractQuotes } from "../src/index";
import type { Result } from "../src/types";

const SIZE = 30_000;

/** Collects contract violations (plain checks: thousands of `expect` calls would be slow). */
function problems(r: Result): string[] {
  const out: string[] = [];
  r.paragraphs.forEach((p, i) => {
    if (p.index !== i || typeof p.text !== "string") out.push(`paragraph ${i}: index ${p.index}`);
  });
  const quoteIds = new Set(r.quotes.map((q) => q.id));
  if (quoteIds.size !== r.quotes.length) out.push("duplicate quote ids");
  for (const q of r.quotes) {
    const p = r.paragraphs[q.paragraph];
    if (!p) out.push(`${q.id}: paragraph ${q.paragraph} out of range`);
    else if (!(q.start >= 0 && q.start <= q.end) || p.text.slice(q.start, q.end) !== q.text) out.push(`${q.id}: bad span ${q.start}..${q.end}`);
    for (const span of [q.cue, q.mention]) {
      if (span && r.paragraphs[span.paragraph]?.text.slice(span.start, span.end) !== span.text) out.push(`${q.id}: bad cue/mention span`);
    }
    if (q.speaker !== null && !r.speakers.find((s) => s.id === q.speaker)?.quotes.includes(q.id)) out.push(`${q.id}: speaker ${q.speaker} missing or does not list it`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) out.push(`${q.id}: confidence ${q.confidence}`);
  }
  for (const s of r.speakers) for (const id of s.quotes) if (!quoteIds.has(id)) out.push(`${s.id} lists missing ${id}`);
  if (JSON.stringify(JSON.parse(JSON.stringify(r))) !== JSON.stringify(r)) out.push("not JSON data");
  return out.slice(0, 10);
}

describe("pathological inputs give valid results", () => {
  // Generous timeout: a slow stage must show up in the bench, not as a flaky test here.
  it.each(Object.entries(PATHOLOGICAL).map(([name, g]) => [name, g.description, g] as const))("%s: %s", (_name, _d, g) => {
    const input = g.make(SIZE);
    expect(problems(extractQuotes(input))).toStrictEqual([]);
    expect(problems(extractQuotes(new TextEncoder().encode(input)))).toStrictEqual([]);
  }, 60_000);

  it("script and comment contents stay out of the result", () => {
    for (const name of ["unclosed-script", "inline-script", "unclosed-comment"]) {
      const r = extractQuotes(PATHOLOGICAL[name]!.make(SIZE));
      const visible = r.paragraphs.map((p) => p.text).join("\n");
      expect(visible).not.toMatch(/var a\d|function f\d|<p>/);
    }
  });
});
