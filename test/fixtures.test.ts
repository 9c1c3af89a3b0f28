/**
 * Golden fixtures, readability-style: every folder of `test/fixtures/` holds an input
 * (`input.html` or `input.txt`, read as UTF-8; `input.bin`, read as bytes, with the HTTP
 * `Content-Type` in `content-type.txt` when there is one) and an `expected.json`. Only the top-level keys present in `expected.json` are compared:
 *
 * - `title`: string or null, equal.
 * - `meta`: the result's `meta`, equal (every field).
 * - `paragraphs`: array of strings, equal to the result's paragraph texts.
 * - `quotes`: array of objects, compared with the result's quotes in order (indirect ones
 *   left out unless some expected quote has kind "indirect"); same length, and every
 *   field an expected quote lists must match: `text`, `paragraph`, `start`, `end`, `kind`,
 *   `rule`, `speaker` (the speaker's canonical name, or null), `mention` and `cue` (the
 *   span's text, or null).
 * - `speakers`: array of `{ name, kind?, aliases?, roles? }`; each must exist by name with
 *   that kind and at least those aliases and roles. Extra speakers are allowed unless
 *   `"exactSpeakers": true`.
 *
 * Every fixture's result must also keep the span invariant: a quote's, a cue's and a
 * mention's text is the slice of its paragraph at its offsets.
 *
 * Regenerate expected files with `npm run build && node scripts/update-fixtures.mjs [slug…]`
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractQuotes } from "../src/index";
import type { Meta, Quote, Result, Span } from "../src/types";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const INPUTS = ["input.html", "input.txt", "input.bin"] as const;
const QUOTE_FIELDS = ["text", "paragraph", "start", "end", "kind", "speaker", "mention", "cue", "rule"] as const;

type QuoteField = (typeof QUOTE_FIELDS)[number];
type ExpectedQuote = Partial<Record<QuoteField, string | number | null>>;

interface ExpectedSpeaker {
  readonly name: string;
  readonly kind?: string;
  readonly aliases?: readonly string[];
  readonly roles?: readonly string[];
}

interface Expected {
  readonly title?: string | null;
  readonly meta?: Meta;
  readonly paragraphs?: readonly string[];
  readonly quotes?: readonly ExpectedQuote[];
  readonly speakers?: readonly ExpectedSpeaker[];
  readonly exactSpeakers?: boolean;
}

interface Fixture {
  readonly slug: string;
  readonly input: string;
  readonly expected: Expected;
}

function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((slug) => statSync(join(FIXTURES, slug)).isDirectory())
    .sort()
    .map((slug) => {
      const dir = join(FIXTURES, slug);
      const input = INPUTS.find((name) => existsSync(join(dir, name)));
      if (!input) throw new Error(`fixture ${slug}: no ${INPUTS.join(", ")}`);
      if (!existsSync(join(dir, "expected.json"))) throw new Error(`fixture ${slug}: no expected.json`);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
      return { slug, input: join(dir, input), expected };
    });
}

function run(fixture: Fixture): Result {
  const data = fixture.input.endsWith(".bin")
    ? new Uint8Array(readFileSync(fixture.input))
    : readFileSync(fixture.input, "utf8");
  // A `content-type.txt` beside the input is the HTTP header the bytes came with.
  const header = join(fixture.input, "..", "content-type.txt");
  return extractQuotes(data, existsSync(header) ? { contentType: readFileSync(header, "utf8").trim() } : {});
}

/** The value of one quote field in the form expected.json writes it. */
function fieldOf(r: Result, q: Quote, field: QuoteField): string | number | null {
  switch (field) {
    case "speaker": return q.speaker === null ? null : r.speakers.find((s) => s.id === q.speaker)?.name ?? `<unknown id ${q.speaker}>`;
    case "mention": return q.mention?.text ?? null;
    case "cue": return q.cue?.text ?? null;
    default: return q[field];
  }
}

/** A result quote cut down to the fields of the expected quote it is compared with (all fields when there is none). */
function project(r: Result, q: Quote, want: ExpectedQuote | undefined): ExpectedQuote {
  const fields = want ? QUOTE_FIELDS.filter((f) => f in want) : QUOTE_FIELDS;
  const out: ExpectedQuote = {};
  for (const f of fields) out[f] = fieldOf(r, q, f);
  return out;
}

function checkSpan(r: Result, s: Span | null, what: string): void {
  if (s === null) return;
  const p = r.paragraphs[s.paragraph];
  expect({ what, slice: p?.text.slice(s.start, s.end) }).toEqual({ what, slice: s.text });
}

const fixtures = loadFixtures();

describe.each(fixtures.map((f) => [f.slug, f] as const))("fixture %s", (_slug, fixture) => {
  let cached: Result | undefined;
  const result = (): Result => (cached ??= run(fixture));
  const { expected } = fixture;

  it("keeps every quote, cue and mention span equal to its paragraph slice", () => {
    const r = result();
    for (const q of r.quotes) {
      checkSpan(r, { text: q.text, paragraph: q.paragraph, start: q.start, end: q.end }, `${q.id}`);
      checkSpan(r, q.cue, `${q.id}.cue`);
      checkSpan(r, q.mention, `${q.id}.mention`);
    }
  });

  if ("title" in expected) {
    it("title", () => {
      expect(result().title).toBe(expected.title);
    });
  }

  if (expected.meta) {
    const want = expected.meta;
    it("meta", () => {
      expect(result().meta).toEqual(want);
    });
  }

  if (expected.paragraphs) {
    const want = expected.paragraphs;
    it("paragraphs", () => {
      expect(result().paragraphs.map((p) => p.text)).toEqual(want);
    });
  }

  if (expected.quotes) {
    const want = expected.quotes;
    const withIndirect = want.some((q) => q.kind === "indirect");
    it(`quotes${withIndirect ? " (with indirect)" : ""}`, () => {
      const r = result();
      const got = r.quotes.filter((q) => withIndirect || q.kind !== "indirect");
      expect(got.map((q, i) => project(r, q, want[i]))).toEqual(want);
    });
  }

  if (expected.speakers) {
    const want = expected.speakers;
    it(`speakers${expected.exactSpeakers ? " (exact)" : ""}`, () => {
      const r = result();
      const got = want.map((w) => {
        const s = r.speakers.find((x) => x.name === w.name);
        if (!s) return { name: w.name, missing: `no speaker of this name; speakers are ${JSON.stringify(r.speakers.map((x) => x.name))}` };
        return {
          name: s.name,
          ...(w.kind !== undefined ? { kind: s.kind } : {}),
          ...(w.aliases !== undefined ? { aliases: s.aliases } : {}),
          ...(w.roles !== undefined ? { roles: s.roles } : {}),
        };
      });
      expect(got).toEqual(want.map((w) => ({
        ...w,
        ...(w.aliases !== undefined ? { aliases: expect.arrayContaining([...w.aliases]) } : {}),
        ...(w.roles !== undefined ? { roles: expect.arrayContaining([...w.roles]) } : {}),
      })));
      if (expected.exactSpeakers) {
        expect(r.speakers.map((s) => s.name).sort()).toEqual(want.map((s) => s.name).sort());
      }
    });
  }
});
