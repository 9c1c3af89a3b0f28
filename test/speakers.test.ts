/**
 * Table-driven unit tests of the speakers stage (`src/speakers`): tokens, sentences,
 * mentions and the entity table that merges a person's names.
 */
import { CORPORATE_SUFFIXES } from "../src/lexicon/people";
import { findQuotations } from "../src/quotes";
import { EntityTable, findMentions, MAX_ROLES, splitSentences, tokenize } from "../src/speakers";
import { findSpeakers } from "../src/speakers/find-speakers";
import type { Entity, Mention, Token } from "../src/speakers";

/** Tokens of one paragraph, with its speech quotations as single tokens. */
function tokensOf(text: string): Token[] {
  const { quotes } = findQuotations([text]);
  return tokenize(text, quotes.filter((q) => q.speech).map((span, index) => ({ span, index })));
}

function sentencesOf(text: string): string[] {
  const tokens = tokensOf(text);
  return splitSentences(tokens, 0).map((s) => text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end));
}

/** Every mention of a paragraph, sentence by sentence. */
function mentionsOf(text: string, paragraph = 0): Mention[] {
  const tokens = tokensOf(text);
  return splitSentences(tokens, paragraph).flatMap((s) => findMentions(text, tokens, s.first, s.last, paragraph));
}

describe("tokenize", () => {
  it.each<[string, string, [string, Token["kind"]][]]>([
    ["words and punctuation", "He left, again.", [["He", "word"], ["left", "word"], [",", "punct"], ["again", "word"], [".", "punct"]]],
    ["a quotation is one token", "“We will win,” she said.", [["“We will win,”", "quote"], ["she", "word"], ["said", "word"], [".", "punct"]]],
    ["hyphen and apostrophe join words", "The 54-year-old didn’t stop.", [["The", "word"], ["54-year-old", "word"], ["didn’t", "word"], ["stop", "word"], [".", "punct"]]],
    ["a run of dashes is one token", "Yes -- no.", [["Yes", "word"], ["--", "punct"], ["no", "word"], [".", "punct"]]],
    ["a thousands comma is part of its number", "About 3,248,000 fled.", [["About", "word"], ["3,248,000", "word"], ["fled", "word"], [".", "punct"]]],
    ["a comma before a group of other than three digits stays a comma", "In 2015,52 left.", [["In", "word"], ["2015", "word"], [",", "punct"], ["52", "word"], ["left", "word"], [".", "punct"]]],
    ["a comma and a space between numbers stays a comma", "In 2015, 520 left.", [["In", "word"], ["2015", "word"], [",", "punct"], ["520", "word"], ["left", "word"], [".", "punct"]]],
  ])("%s", (_name, text, want) => {
    const tokens = tokensOf(text);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual(want);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each<[string, string, string, boolean]>([
    ["Russia’s envoy", "Russia’s", "russia", true],
    ["China's envoy", "China's", "china", true],
    ["the Joneses' car", "Joneses'", "joneses", true],
    ["Putin spoke", "Putin", "putin", false],
  ])("%j: %j has lower %j, possessive %s", (text, word, lower, possessive) => {
    const t = tokensOf(text).find((x) => x.text === word);
    expect(t && { lower: t.lower, possessive: t.possessive }).toEqual({ lower, possessive });
  });

  it("marks capitalised words and numbers quotation tokens in document order", () => {
    const tokens = tokensOf("“One,” said Ann. “Two,” said Bo.");
    expect(tokens.filter((t) => t.kind === "quote").map((t) => t.quote)).toEqual([0, 1]);
    expect(tokens.filter((t) => t.cap).map((t) => t.text)).toEqual(["Ann", "Bo"]);
  });
});

describe("splitSentences", () => {
  it.each<[string, string, string[]]>([
    ["two plain sentences", "It rained. The match was off.", ["It rained.", "The match was off."]],
    ["Mr. does not end a sentence", "Mr. Smith arrived late. He left early.", ["Mr. Smith arrived late.", "He left early."]],
    ["Sen. does not end a sentence", "Sen. Jane Doe spoke. Then she left.", ["Sen. Jane Doe spoke.", "Then she left."]],
    ["an initial does not end a sentence", "He met J. Smith on Monday.", ["He met J. Smith on Monday."]],
    ["initials joined by periods do not end a sentence before the name", "She met Paul T.K. Oyelaran on Monday. He left.", ["She met Paul T.K. Oyelaran on Monday.", "He left."]],
    ["a state's initials after a comma end a sentence before a name", "The talks were held in Dover, N.H. Maria Lund spoke first.", ["The talks were held in Dover, N.H.", "Maria Lund spoke first."]],
    ["question and exclamation marks end sentences", "Why now? Because! It is time.", ["Why now?", "Because!", "It is time."]],
    ["a cue after a quotation's full stop stays with it", "“We will win.” Smith said.", ["“We will win.” Smith said."]],
    ["a new sentence after a quotation's full stop", "“We will win.” The crowd cheered.", ["“We will win.”", "The crowd cheered."]],
    ["one sentence without a final stop", "No full stop here", ["No full stop here"]],
    ["two apostrophes close a quotation that ends its sentence", "Locals often say, ''Slow water runs deep.'' Facing the flood, they waited.",
      ["Locals often say, ''Slow water runs deep.''", "Facing the flood, they waited."]],
    ["a quotation inside a sentence ends it before a name and its verb", "The mayor called the plan ''a promise kept.'' Ana Ruiz said the vote would wait.",
      ["The mayor called the plan ''a promise kept.''", "Ana Ruiz said the vote would wait."]],
    ["a cue with a title after an opening quotation stays with it", "''Can we win the north?'' Mr. Osei asked.", ["''Can we win the north?'' Mr. Osei asked."]],
    ["an exclamation closed by two apostrophes keeps its cue", "''We won!'' Dr. Abel wrote on Monday.", ["''We won!'' Dr. Abel wrote on Monday."]],
    ["an abbreviation closing a quotation ends nothing before a name", "They flew to the ''U.S.'' Embassy staff met them.", ["They flew to the ''U.S.'' Embassy staff met them."]],
    ["an abbreviation closing a quotation ends a sentence before a pronoun", "She praised the ''U.S.'' He did not.", ["She praised the ''U.S.''", "He did not."]],
    ["a run-on `The` name with a verb of saying after a report starts a sentence", "Ivo Brandt said the board would audit the pilots The Port Authority said it would too.",
      ["Ivo Brandt said the board would audit the pilots", "The Port Authority said it would too."]],
    ["a run-on `The` name with initials", "Nadia Okafor said the crews were owed wages The S.P.A. said they were not.", ["Nadia Okafor said the crews were owed wages", "The S.P.A. said they were not."]],
    ["a `The` title after its noun stays", "Nadia Okafor said the newspaper The Harbour Gazette said the pier was unsafe.", ["Nadia Okafor said the newspaper The Harbour Gazette said the pier was unsafe."]],
    ["a `The` name after a preposition stays", "Officials who spoke with The Harbour Gazette said the pier was unsafe.", ["Officials who spoke with The Harbour Gazette said the pier was unsafe."]],
    ["a `The` name opening a relative with no report before it stays", "The number of sailors The Harbour Gazette reported the board had hired was small.", ["The number of sailors The Harbour Gazette reported the board had hired was small."]],
    ["a `The` name after a verb stays", "Nadia Okafor said an aide who briefed The Harbour Gazette said the pier was unsafe.", ["Nadia Okafor said an aide who briefed The Harbour Gazette said the pier was unsafe."]],
  ])("%s", (_name, text, want) => {
    expect(sentencesOf(text)).toEqual(want);
  });

  it("gives the paragraph index to every sentence", () => {
    const tokens = tokensOf("One. Two.");
    expect(splitSentences(tokens, 7).map((s) => s.paragraph)).toEqual([7, 7]);
  });
});

describe("findMentions", () => {
  it("reads `Russian defence minister Sergei Shoigu` as one name with its role", () => {
    const names = mentionsOf("Russian defence minister Sergei Shoigu met the delegation.").filter((m) => m.kind === "name");
    expect(names.map((m) => ({ name: m.name, role: m.role, text: m.text }))).toEqual([
      { name: "Sergei Shoigu", role: "Russian defence minister", text: "Sergei Shoigu" },
    ]);
  });

  it.each<[string, string, { text: string; name: string; gender?: string; entityKind?: string }]>([
    ["honorific kept in the text, not the name", "Yesterday Mr Putin spoke.", { text: "Mr Putin", name: "Putin", gender: "male", entityKind: "person" }],
    ["female honorific", "On Monday Ms Ada Okafor spoke.", { text: "Ms Ada Okafor", name: "Ada Okafor", gender: "female", entityKind: "person" }],
    ["military rank, family name first", "On Monday Gen Zhang Youxia arrived.", { text: "Gen Zhang Youxia", name: "Zhang Youxia", entityKind: "person" }],
    ["abbreviated title with a period", "On Monday Sen. Jane Doe spoke.", { text: "Sen. Jane Doe", name: "Jane Doe", entityKind: "person" }],
    ["possessive name", "They praised Moscow’s plan.", { text: "Moscow’s", name: "Moscow" }],
  ])("%s: %j", (_name, text, want) => {
    const m = mentionsOf(text).find((x) => x.kind === "name");
    expect(m && Object.fromEntries(Object.keys(want).map((k) => [k, m[k as keyof Mention]]))).toEqual(want);
  });

  it.each<[string, string, Mention["kind"], string]>([
    ["subject pronoun", "She said it was late.", "pronoun", "She"],
    ["object position pronoun", "The crowd cheered as he left.", "pronoun", "he"],
    ["definite description", "The Russian leader emphasised the point.", "description", "The Russian leader"],
    ["group source", "Officials said the road would reopen.", "group", "Officials"],
    ["group source after a date", "On Monday officials said the road would reopen.", "group", "officials"],
  ])("%s: %j has a %s mention %j", (_name, text, kind, mentionText) => {
    expect(mentionsOf(text).map((m) => [m.kind, m.text])).toContainEqual([kind, mentionText]);
  });

  it.each<[string, string, string]>([
    ["Later", "Later Mr Putin left.", "Mr Putin"],
    ["Then", "Then Gen Zhang Youxia arrived.", "Gen Zhang Youxia"],
    ["Yesterday", "Yesterday Chancellor Olaf Brandt spoke.", "Chancellor Olaf Brandt"],
  ])("leaves a sentence-initial %j out of the name", (_word, text, mentionText) => {
    expect(mentionsOf(text).filter((m) => m.kind === "name").map((m) => m.text)).toEqual([mentionText]);
  });

  it.each<[string, string]>([
    ["weekday", "On Wednesday the vote passed."],
    ["month", "In March the vote passed."],
    ["common word starting a sentence", "Speaking later, nobody objected."],
  ])("finds no name in a sentence with only a %s capitalised", (_name, text) => {
    expect(mentionsOf(text).filter((m) => m.kind === "name").map((m) => m.text)).toEqual([]);
  });

  it("keeps every mention's text equal to its slice", () => {
    const text = "Speaking during a meeting with Russian defence minister Sergei Shoigu, Gen Zhang said that the talks were good.";
    for (const m of mentionsOf(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("EntityTable", () => {
  /** Resolves the name mentions of each paragraph in order and returns, for each, the entity's canonical name and id. */
  function resolveAll(paragraphs: readonly string[]): { table: EntityTable; resolved: { text: string; id: number; name: string }[] } {
    const table = new EntityTable();
    const resolved = paragraphs.flatMap((p, i) => mentionsOf(p, i).filter((m) => m.kind === "name").map((m) => {
      const e = table.resolveName(m);
      return { text: m.text, id: e.id, name: e.name };
    }));
    return { table, resolved };
  }

  it.each<[string, string[], string, string[]]>([
    ["`Gen Zhang` joins `Zhang Youxia`", ["Gen Zhang Youxia arrived.", "Gen Zhang spoke later."], "Zhang Youxia", ["Gen Zhang Youxia", "Gen Zhang"]],
    ["`Gen Li` joins `Li Wenhao`", ["Gen Li Wenhao arrived.", "Gen Li spoke later."], "Li Wenhao", ["Gen Li Wenhao", "Gen Li"]],
    ["`Mr Brandt` and `Brandt` join `Chancellor Olaf Brandt`", ["Chancellor Olaf Brandt spoke.", "Mr Brandt left early.", "Brandt returned at noon."], "Olaf Brandt", ["Chancellor Olaf Brandt", "Mr Brandt", "Brandt"]],
    ["`Mr Putin` joins `Vladimir Putin`", ["Russian president Vladimir Putin spoke.", "Mr Putin left early."], "Vladimir Putin", ["Vladimir Putin", "Mr Putin"]],
  ])("%s", (_name, paragraphs, name, aliases) => {
    const { table, resolved } = resolveAll(paragraphs);
    expect(resolved.map((r) => r.name)).toEqual(resolved.map(() => name));
    expect(new Set(resolved.map((r) => r.id)).size).toBe(1);
    const e = table.entities.find((x) => x.name === name);
    expect([...(e?.aliases ?? [])]).toEqual(expect.arrayContaining(aliases));
  });

  it.each<[string, string[]]>([
    ["two people", ["Vladimir Putin met Sergei Shoigu."]],
    ["a man and a woman with the same family name", ["Helen Fenn arrived.", "Mr Fenn spoke next."]],
  ])("keeps %s apart", (_name, paragraphs) => {
    const { resolved } = resolveAll(paragraphs);
    expect(resolved).toHaveLength(2);
    expect(resolved[0]!.id).not.toBe(resolved[1]!.id);
  });

  it("keeps the role written before a name", () => {
    const { table } = resolveAll(["Russian defence minister Sergei Shoigu spoke."]);
    expect(table.entities.find((e) => e.name === "Sergei Shoigu")?.roles).toEqual(["Russian defence minister"]);
  });

  it("keeps at most MAX_ROLES roles per entity, the first ones given", () => {
    const paragraphs = Array.from({ length: MAX_ROLES + 4 }, (_, i) => `Bob Smith, the chief executive of Unit${i} Holdings, said it was over.`);
    const [speaker] = findSpeakers(paragraphs);
    expect(speaker?.roles).toHaveLength(MAX_ROLES);
    expect(speaker?.roles[0]).toBe("the chief executive of Unit0 Holdings");
  });

  it("merges the same group phrase into one entity", () => {
    const table = new EntityTable();
    const groups = ["The officials said it was over.", "By noon the officials said it was not."]
      .flatMap((p, i) => mentionsOf(p, i).filter((m) => m.kind === "group"));
    expect(groups).toHaveLength(2);
    const ids = groups.map((m) => table.resolveGroup(m));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]!.kind).toBe("group");
  });

  it("finds the first entity made with a word, as a scan of every entity does (earliest)", () => {
    // Names met short then in full (renamed under new words), groups, organisations and people sharing words.
    const { table } = resolveAll([
      "Smith said it was over. The officials said it was not.",
      // `Pat Smith` renames the first entity (`Smith`) after `Pat Brown` was made: the `pat` list is out of order.
      "Later Pat Brown met Acme Holdings officials.",
      "Pat Smith replied, and Mary Smith agreed.",
      "Acme said the Smith Foundation would pay. Officials disagreed.",
      "Mr Jones spoke, then Senator Pat Jones replied to Foundation staff.",
    ]);
    for (const m of ["The officials said so.", "Officials said so."].flatMap((p) => mentionsOf(p, 4).filter((x) => x.kind === "group"))) table.resolveGroup(m);
    expect(table.earliest((e) => e.nameTokens.includes("pat"), "pat")?.name).toBe("Pat Smith");
    expect(table.entities.find((e) => e.name === "Pat Smith")!.id).toBeLessThan(table.entities.find((e) => e.name === "Pat Brown")!.id);
    const words = new Set(table.entities.flatMap((e) => e.nameTokens));
    expect(words.size).toBeGreaterThan(5);
    const tests: ((e: Entity) => boolean)[] = [() => true, (e) => e.kind !== "group", (e) => e.kind === "person", (e) => e.nameTokens.length > 1];
    for (const w of [...words, "nobody"]) {
      for (const test of tests) {
        const withWord = (e: Entity) => test(e) && e.nameTokens.includes(w);
        expect(table.earliest(withWord, w)).toBe(table.entities.find(withWord));
      }
    }
  });

  it("resolves a one-word name as the chain of tests in order does, each weighing the latest seen first", () => {
    const table = new EntityTable();
    const name = (text: string, words: string[], paragraph: number, kind: Mention["entityKind"], gender: Mention["gender"]): Mention => ({
      kind: "name", paragraph, first: 0, last: 0, text, start: 0, end: 0, name: text, nameTokens: words, gender, plural: false, role: null,
      entityKind: kind, possessive: false, lead: 0, acronym: null,
    });
    // People, companies and places sharing the words `lee` and `park`, seen in different paragraphs and genders.
    const made: [string, Mention["entityKind"], Mention["gender"]][] = [
      ["Lee", "unknown", "unknown"], ["Park Lee", "person", "female"], ["Lee Park", "person", "male"], ["Lee Media", "organization", "unknown"],
      ["Park", "place", "unknown"], ["Ann Lee", "person", "female"], ["Park Inc", "organization", "unknown"], ["Lee Park", "person", "unknown"],
    ];
    made.forEach(([text, kind, gender], p) => table.resolveName(name(text, text.toLowerCase().split(" "), p, kind, gender)));
    const corporate = (e: Entity) => e.nameTokens.length === 2 && CORPORATE_SUFFIXES.has(e.nameTokens[1]!.replace(/\.$/, ""));
    let p = made.length;
    for (const w of ["Lee", "Park"]) {
      for (const kind of ["person", "organization", "unknown"] as const) {
        for (const gender of ["male", "female", "unknown"] as const) {
          const m = name(w, [w.toLowerCase()], p++, kind, gender);
          const lw = w.toLowerCase();
          const fits = (e: Entity) => m.gender === "unknown" || e.gender === "unknown" || e.gender === m.gender;
          const want = table.find((e) => e.nameTokens.length > 1 && e.nameTokens[e.nameTokens.length - 1] === lw && fits(e) && e.kind !== "organization" && e.kind !== "place", lw)
            ?? table.find((e) => e.nameTokens.length > 1 && e.nameTokens[0] === lw && e.kind === "person" && fits(e) && m.entityKind !== "organization", lw)
            ?? table.find((e) => e.nameTokens[0] === lw && e.kind !== "person" && e.kind !== "place" && corporate(e), lw)
            ?? table.find((e) => e.nameTokens.length === 1 && e.nameTokens[0] === lw, lw);
          const before = table.entities.length;
          const got = table.resolveName(m);
          expect(got.id).toBe(want?.id ?? before);
        }
      }
    }
  });
});

describe("findSpeakers", () => {
  it("merges aliases and keeps roles and mentions", async () => {
    const { findSpeakers } = await import("../src/index");
    const found = findSpeakers([
      "Russian president Vladimir Putin met Gen Zhang Youxia in Moscow.",
      "Mr Putin spoke first, and Gen Zhang replied.",
    ]);
    const putin = found.find((e) => e.name === "Vladimir Putin");
    expect(putin).toMatchObject({ kind: "person", roles: ["Russian president"] });
    expect(putin?.aliases).toEqual(expect.arrayContaining(["Vladimir Putin", "Mr Putin"]));
    expect(putin?.mentions.map((m) => m.text)).toEqual(["Vladimir Putin", "Mr Putin"]);
    expect(found.find((e) => e.name === "Zhang Youxia")?.mentions).toHaveLength(2);
  });

  it.each([[42], [null], ["text"], [[1, 2]]])("throws a TypeError for %p", async (bad) => {
    const { findSpeakers } = await import("../src/index");
    expect(() => findSpeakers(bad as never)).toThrow(TypeError);
  });
});
