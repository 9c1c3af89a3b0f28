/**
 * schema.json (published as `whosaid/schema.json`) describes what `extractQuotes` returns.
 * These tests validate real results against it and keep it in step with `src/types.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import ts from "typescript";
import { extractQuotes } from "../src/index";
import type { Result } from "../src/types";

const root = new URL("../", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("schema.json", root), "utf8")) as Schema;

// ---------------------------------------------------------------------------
// A tiny JSON Schema (2020-12) validator for the keywords schema.json uses.
// Unknown keywords are an error, so the schema cannot drift into keywords this checks nothing of.
// ---------------------------------------------------------------------------

type Schema = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description"]);
const KEYWORDS = new Set([
  "type", "properties", "required", "items", "enum", "$ref", "$defs", "anyOf",
  "minimum", "maximum", "pattern", "minLength",
]);

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function resolveRef(ref: string): Schema {
  const m = /^#\/\$defs\/(\w+)$/.exec(ref);
  const defs = schema["$defs"] as Record<string, Schema>;
  const target = m ? defs[m[1]!] : undefined;
  if (!target) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

/**
 * Returns the list of problems of `value` against `s`, each prefixed by a JSON pointer.
 * With `closed`, properties the schema does not list are reported too (the library's own output
 * must not carry fields the schema and the types don't know, even though consumers must allow them).
 */
function validate(value: unknown, s: Schema, path = "", closed = false): string[] {
  const errors: string[] = [];
  for (const k of Object.keys(s)) {
    if (!KEYWORDS.has(k) && !ANNOTATIONS.has(k)) throw new Error(`schema keyword ${k} at ${path || "/"} is not supported`);
  }
  if (typeof s["$ref"] === "string") errors.push(...validate(value, resolveRef(s["$ref"]), path, closed));
  if (Array.isArray(s["anyOf"])) {
    const branches = (s["anyOf"] as Schema[]).map((b) => validate(value, b, path, closed));
    if (!branches.some((b) => b.length === 0)) errors.push(`${path}: matches no anyOf branch (${branches.flat().join("; ")})`);
  }
  if (s["type"] !== undefined) {
    const allowed = ([] as string[]).concat(s["type"] as string | string[]);
    const t = jsonType(value);
    if (!allowed.includes(t) && !(t === "integer" && allowed.includes("number"))) {
      errors.push(`${path}: expected ${allowed.join("|")}, got ${t}`);
      return errors;
    }
  }
  if (Array.isArray(s["enum"]) && !(s["enum"] as unknown[]).includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s["enum"])}`);
  }
  if (typeof value === "number") {
    if (typeof s["minimum"] === "number" && value < s["minimum"]) errors.push(`${path}: ${value} < ${s["minimum"]}`);
    if (typeof s["maximum"] === "number" && value > s["maximum"]) errors.push(`${path}: ${value} > ${s["maximum"]}`);
  }
  if (typeof value === "string") {
    if (typeof s["pattern"] === "string" && !new RegExp(s["pattern"], "u").test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${s["pattern"]}`);
    }
    if (typeof s["minLength"] === "number" && [...value].length < s["minLength"]) errors.push(`${path}: shorter than ${s["minLength"]}`);
  }
  if (Array.isArray(value) && s["items"]) {
    value.forEach((item, i) => errors.push(...validate(item, s["items"] as Schema, `${path}/${i}`, closed)));
  }
  if (jsonType(value) === "object") {
    const obj = value as Record<string, unknown>;
    for (const key of (s["required"] as string[] | undefined) ?? []) {
      if (!(key in obj)) errors.push(`${path}: missing required property ${key}`);
    }
    const props = s["properties"] as Record<string, Schema> | undefined;
    if (props) {
      for (const [key, v] of Object.entries(obj)) {
        if (props[key]) errors.push(...validate(v, props[key], `${path}/${key}`, closed));
        else if (closed) errors.push(`${path}: property ${key} is not in the schema`);
      }
    }
  }
  return errors;
}

/** Checks what the schema cannot say: offsets, ids and cross references. */
function crossCheck(r: Result): string[] {
  const errors: string[] = [];
  const speakerIds = new Set(r.speakers.map((s) => s.id));
  const quoteIds = new Set(r.quotes.map((q) => q.id));
  const span = (where: string, s: { text: string; paragraph: number; start: number; end: number }) => {
    const p = r.paragraphs[s.paragraph];
    if (!p) errors.push(`${where}: paragraph ${s.paragraph} does not exist`);
    else if (s.start > s.end || p.text.slice(s.start, s.end) !== s.text) errors.push(`${where}: text is not the slice [${s.start}, ${s.end})`);
  };
  r.paragraphs.forEach((p, i) => { if (p.index !== i) errors.push(`/paragraphs/${i}: index ${p.index}`); });
  r.quotes.forEach((q, i) => {
    if (q.id !== `q${i + 1}`) errors.push(`/quotes/${i}: id ${q.id}`);
    span(`/quotes/${i}`, q);
    if (q.cue) span(`/quotes/${i}/cue`, q.cue);
    if (q.mention) span(`/quotes/${i}/mention`, q.mention);
    if (q.speaker !== null && !speakerIds.has(q.speaker)) errors.push(`/quotes/${i}: unknown speaker ${q.speaker}`);
    if (q.speaker !== null && !r.speakers.find((s) => s.id === q.speaker)?.quotes.includes(q.id)) {
      errors.push(`/quotes/${i}: not listed by its speaker`);
    }
  });
  r.speakers.forEach((s, i) => {
    if (s.id !== `s${i + 1}`) errors.push(`/speakers/${i}: id ${s.id}`);
    for (const id of s.quotes) {
      if (!quoteIds.has(id)) errors.push(`/speakers/${i}: unknown quote ${id}`);
      else if (r.quotes.find((q) => q.id === id)?.speaker !== s.id) errors.push(`/speakers/${i}: quote ${id} names another speaker`);
    }
  });
  return errors;
}

function expectValid(r: Result): void {
  // Through JSON, as a consumer of the CLI sees it.
  const json: unknown = JSON.parse(JSON.stringify(r));
  expect(validate(json, schema, "", true)).toEqual([]);
  expect(crossCheck(r)).toEqual([]);
}

// ---------------------------------------------------------------------------
// Real results
// ---------------------------------------------------------------------------

const reference = new URL("../shared/seed/article.txt", root);
const exampleHtml = new URL("examples/article.html", root);

const INPUTS: ReadonlyArray<readonly [string, string | Uint8Array]> = [
  ["plain text", 'Mayor Jane Doe said: "We will rebuild the bridge by spring."\n\n"It is a promise," she added.\n\nCritics said that the plan was too expensive.'],
  ["html with metadata", '<html lang="en-gb"><head><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;Bridge"><meta name="author" content="By Ana Lind and Tom Berg"><meta property="article:published_time" content="2024-03-05T09:00:00+0100"><link rel="canonical" href="/bridge"><meta property="og:url" content="https://example.com/x"></head><body><p>&ldquo;We will rebuild,&rdquo; Ms Doe said.</p></body></html>'],
  ["html", '<html><head><title>Bridge</title></head><body><nav>Home</nav><p>&ldquo;We will rebuild,&rdquo; Ms Doe said.</p><p>The council, according to its chair, &ldquo;has no money&rdquo;.</p></body></html>'],
  ["entity-encoded html", "Bridge\n\n&lt;p&gt;&OpenCurlyDoubleQuote;We will rebuild&comma;&CloseCurlyDoubleQuote; Ms Doe said&period;&lt;&sol;p&gt;"],
  ["utf-8 bytes with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("He said: \u201cYes, it\u2019s true.\u201d")])],
  ["unclosed and stray marks", 'She said: "this never ends\n\nA lone \u201d mark and \u2019 apostrophes \u2018 here.'],
  ["empty", ""],
  ["only whitespace", " \n\t \n"],
];

describe("schema.json", () => {
  test("is a draft 2020-12 schema whose $refs all resolve", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(() => resolveRef(JSON.parse(`{${ref}}`).$ref)).not.toThrow();
    // Exercising every keyword once proves the validator knows all of them.
    expect(validate({}, schema)).toContain(": missing required property title");
  });

  test("the validator rejects what it should", () => {
    const ok = extractQuotes('"Yes," he said.');
    expect(validate(JSON.parse(JSON.stringify(ok)), schema)).toEqual([]);
    const bad = (patch: Record<string, unknown>) => validate({ ...ok, ...patch }, schema);
    expect(bad({ title: 3 })).not.toEqual([]);
    expect(bad({ paragraphs: [{ index: -1, text: "" }] })).not.toEqual([]);
    expect(bad({ paragraphs: [{ index: 0.5, text: "" }] })).not.toEqual([]);
    const quote = { id: "q1", text: "x", paragraph: 0, start: 0, end: 1, kind: "direct", speaker: null, cue: null, mention: null, confidence: 0.5, rule: "r" };
    expect(bad({ quotes: [quote] })).toEqual([]);
    expect(bad({ quotes: [{ ...quote, kind: "shouted" }] })).not.toEqual([]);
    expect(bad({ quotes: [{ ...quote, confidence: 1.5 }] })).not.toEqual([]);
    expect(bad({ quotes: [{ ...quote, speaker: "x1" }] })).not.toEqual([]);
    expect(bad({ quotes: [{ ...quote, cue: { text: "said", paragraph: 0, start: 0 } }] })).not.toEqual([]);
    expect(bad({ quotes: [{ ...quote, mention: "Mr X" }] })).not.toEqual([]);
    expect(bad({ warnings: [{ code: "x" }] })).not.toEqual([]);
    expect(bad({ speakers: [{ id: "s1", name: "A", kind: "alien", aliases: [], roles: [], quotes: [] }] })).not.toEqual([]);
    expect(bad({ meta: { ...ok.meta, published: "yesterday" } })).not.toEqual([]);
    expect(bad({ meta: { ...ok.meta, published: "2019-05-14T10:30:00+02:00" } })).toEqual([]);
    expect(bad({ meta: { ...ok.meta, url: "javascript:alert(1)" } })).not.toEqual([]);
    expect(bad({ meta: { ...ok.meta, authors: [""] } })).not.toEqual([]);
    expect(bad({ meta: { ...ok.meta, language: "English" } })).not.toEqual([]);
    expect(bad({ meta: null })).not.toEqual([]);
    // Consumers must accept fields added later; the library's own output may not carry unknown ones.
    expect(bad({ extra: 1 })).toEqual([]);
    expect(validate({ ...ok, extra: 1 }, schema, "", true)).not.toEqual([]);
  });

  test.each(INPUTS)("validates the result of %s", (_name, input) => {
    expectValid(extractQuotes(input));
    expectValid(extractQuotes(input, { indirect: false }));
  });

  // CI has ../shared beside the checkout; a bare clone skips this one, saying why.
  (existsSync(reference) ? test : test.skip)(
    existsSync(reference) ? "validates the result of the reference article" : "skipped: the reference article (../shared/seed/article.txt, outside the repository) is absent",
    () => {
      const r = extractQuotes(readFileSync(reference, "utf8"));
      expect(r.paragraphs.length).toBeGreaterThan(0);
      expectValid(r);
      expectValid(extractQuotes(readFileSync(reference)));
    },
  );

  test("validates the result of examples/article.html", () => {
    if (!existsSync(exampleHtml)) return;
    expectValid(extractQuotes(readFileSync(exampleHtml, "utf8")));
  });

  test("validates the results of arbitrary text", () => {
    const piece = fc.constantFrom("\u201c", "\u201d", '"', "'", "\u2018", "\u2019", " said ", " he ", "Mr Smith", ": ", ".", "\n\n", "<p>", "</p>", "&amp;", "&lt;p&gt;", "according to ", "x");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const r = extractQuotes(parts.join(""));
        const problems = [...validate(JSON.parse(JSON.stringify(r)), schema, "", true), ...crossCheck(r)];
        if (problems.length) throw new Error(problems.join("\n"));
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------
// In step with src/types.ts
// ---------------------------------------------------------------------------

const source = ts.createSourceFile("types.ts", readFileSync(new URL("src/types.ts", root), "utf8"), ts.ScriptTarget.Latest, true);
const interfaces = new Map<string, ts.InterfaceDeclaration>();
const aliases = new Map<string, ts.TypeAliasDeclaration>();
source.forEachChild((node) => {
  if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
});

/** The JSON types a TypeScript type allows, with referenced interfaces and aliases named (`Span`, `QuoteKind`). */
function tsShape(node: ts.TypeNode): string[] {
  if (ts.isUnionTypeNode(node)) return [...new Set(node.types.flatMap(tsShape))].sort();
  if (ts.isParenthesizedTypeNode(node)) return tsShape(node.type);
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return tsShape(node.type);
  if (ts.isArrayTypeNode(node)) return [`array<${tsShape(node.elementType).join("|")}>`];
  if (ts.isLiteralTypeNode(node)) {
    if (node.literal.kind === ts.SyntaxKind.NullKeyword) return ["null"];
    if (ts.isStringLiteral(node.literal)) return ["string"];
  }
  if (ts.isTypeReferenceNode(node)) return [node.typeName.getText(source)];
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return ["string"];
    case ts.SyntaxKind.NumberKeyword: return ["number"];
    case ts.SyntaxKind.BooleanKeyword: return ["boolean"];
    default: throw new Error(`type ${node.getText(source)} has no JSON Schema counterpart in this test`);
  }
}

/** The same description read from a schema node. */
function schemaShape(s: Schema): string[] {
  if (typeof s["$ref"] === "string") return [s["$ref"].replace("#/$defs/", "")];
  if (Array.isArray(s["anyOf"])) return [...new Set((s["anyOf"] as Schema[]).flatMap(schemaShape))].sort();
  const types = ([] as string[]).concat(s["type"] as string | string[]);
  return types.map((t) => {
    if (t === "integer") return "number";
    if (t === "array") return `array<${schemaShape(s["items"] as Schema).join("|")}>`;
    return t;
  }).sort();
}

const defs = schema["$defs"] as Record<string, Schema>;
const RESULT_TYPES = ["Result", "Meta", "Paragraph", "Span", "Quote", "Speaker", "Warning"] as const;

describe("schema.json is in step with src/types.ts", () => {
  test.each(RESULT_TYPES)("interface %s", (name) => {
    const decl = interfaces.get(name);
    expect(decl).toBeDefined();
    const node = name === "Result" ? schema : defs[name];
    expect(node).toBeDefined();
    const props = node!["properties"] as Record<string, Schema>;
    const members = decl!.members.filter(ts.isPropertySignature);
    expect(members.length).toBe(decl!.members.length); // no methods or index signatures in result types
    const fromTypes = Object.fromEntries(members.map((m) => [
      m.name.getText(source),
      { required: !m.questionToken, shape: tsShape(m.type!) },
    ]));
    const required = new Set((node!["required"] as string[] | undefined) ?? []);
    const fromSchema = Object.fromEntries(Object.entries(props).map(([key, s]) => [
      key,
      { required: required.has(key), shape: schemaShape(s) },
    ]));
    expect(fromSchema).toEqual(fromTypes);
    for (const key of required) expect(props).toHaveProperty(key);
  });

  test.each(["QuoteKind", "SpeakerKind"])("enum %s", (name) => {
    const alias = aliases.get(name);
    expect(alias).toBeDefined();
    const literals = (ts.isUnionTypeNode(alias!.type) ? alias!.type.types : [alias!.type]).map((t) => {
      if (!ts.isLiteralTypeNode(t) || !ts.isStringLiteral(t.literal)) throw new Error(`${name} has a non-string member`);
      return t.literal.text;
    });
    expect(defs[name]?.["type"]).toBe("string");
    expect([...(defs[name]?.["enum"] as string[])].sort()).toEqual(literals.sort());
  });

  test("every type the result types refer to has a definition", () => {
    const referenced = new Set<string>();
    for (const name of RESULT_TYPES) {
      for (const m of interfaces.get(name)!.members.filter(ts.isPropertySignature)) {
        for (const shape of tsShape(m.type!)) {
          for (const word of shape.replace(/^array<|>$/g, "").split("|")) {
            if (/^[A-Z]/.test(word)) referenced.add(word);
          }
        }
      }
    }
    for (const name of referenced) expect(Object.keys(defs)).toContain(name);
    expect(Object.keys(defs).sort()).toEqual([...referenced, ...RESULT_TYPES.filter((n) => n !== "Result")].filter((v, i, a) => a.indexOf(v) === i).sort());
  });
});
