/**
 * Table-driven unit tests of the attribution stage (`src/attribution`): `analyze` reads the
 * paragraphs around their quotations, `attribute` runs the ordered rules of `RULES`.
 */
import { analyze, analyzeParagraphs, attribute, attributeParagraphs, RULES } from "../src/attribution";
import type { Attributed } from "../src/attribution";
import { findQuotations } from "../src/quotes";
import type { QuoteSpan } from "../src/quotes";

function run(paragraphs: readonly string[], options: { readonly indirect?: boolean } = {}): { spans: readonly QuoteSpan[]; out: Attributed } {
  const spans = findQuotations(paragraphs).quotes.filter((q) => q.speech);
  return { spans, out: attribute(analyze(paragraphs, spans), options) };
}

/** Each quotation as [text, speaker's canonical name or null, rule]. */
function decisions(paragraphs: readonly string[]): [string, string | null, string][] {
  const { spans, out } = run(paragraphs);
  return spans.map((s, i) => [s.text, out.quotes[i]!.entity?.name ?? null, out.quotes[i]!.rule]);
}

describe("analyze", () => {
  it("makes each quotation one token and records where it sits", () => {
    const paragraphs = ["The mayor spoke. “We will rebuild,” she said.", "“Soon,” she added."];
    const spans = findQuotations(paragraphs).quotes;
    const a = analyze(paragraphs, spans);
    expect(a.paragraphs.map((p) => p.sentences.length)).toEqual([2, 1]);
    expect(a.sites).toEqual([{ paragraph: 0, sentence: 1, token: 4 }, { paragraph: 1, sentence: 0, token: 0 }]);
    expect(a.paragraphs[0]!.tokens[4]!.kind).toBe("quote");
  });

  it("finds mentions in the writer's words only, not inside quotations", () => {
    const paragraphs = ["“Tell Mr Smith I said no,” Ms Jones said."];
    const a = analyze(paragraphs, findQuotations(paragraphs).quotes);
    expect(a.paragraphs[0]!.mentions.flat().map((m) => m.text)).toEqual(["Ms Jones"]);
  });

  it("reads paragraphs one at a time to the same decisions as the whole analysis", () => {
    const paragraphs = [
      "Senator Barney Frank spoke to reporters on Tuesday.", "“We will not give up,” he said.", "",
      "Frank added that the bill would pass. “Soon,” said Ms Jones, a spokeswoman for the committee.",
      "The committee said: ", "“It is done.”",
    ];
    const spans = findQuotations(paragraphs).quotes.filter((q) => q.speech);
    const whole = attribute(analyze(paragraphs, spans));
    const streamed = attributeParagraphs(analyzeParagraphs(paragraphs, spans), spans);
    const view = (a: Attributed) => ({
      quotes: a.quotes.map((q) => [q.entity?.name ?? null, q.rule, q.confidence, q.cue]),
      reported: a.reported.map((r) => [r.entity?.name ?? null, r.rule, r.paragraph, r.start, r.end]),
    });
    expect(view(streamed)).toEqual(view(whole));
    expect(whole.quotes.filter((q) => q.entity).length).toBeGreaterThan(1);
  });
});

describe("attribute: rules", () => {
  it.each<[string, string[], [string, string | null, string][]]>([
    ["cue before, with a colon", ["Mr Putin said: “We will win this.”"],
      [["We will win this.", "Putin", "cue-before"]]],
    ["cue after, name", ["“We will win this,” Mr Putin said."],
      [["We will win this,", "Putin", "cue-after"]]],
    ["cue after, `said X` inversion", ["“This bill protects farmers,” said Sen. Jane Doe, a Democrat."],
      [["This bill protects farmers,", "Jane Doe", "cue-after"]]],
    ["cue after, pronoun", ["Ewan Dale spoke at the harbour.", "“We will close the port,” he said."],
      [["We will close the port,", "Ewan Dale", "cue-after"]]],
    ["according to", ["According to Rana Vell, the bridge is “no longer safe”."],
      [["no longer safe", "Rana Vell", "according-to"]]],
    ["dash attribution", ["“This is a blow to every family.” — Sen. Carla Brennan"],
      [["This is a blow to every family.", "Carla Brennan", "dash-attribution"]]],
    ["continuation paragraph", ["“We have baked bread here for forty years,” Mr Sarraf said.", "“Nobody complained until now.”"],
      [["We have baked bread here for forty years,", "Sarraf", "cue-after"], ["Nobody complained until now.", "Sarraf", "continuation"]]],
    ["multi-paragraph quotation", ["Ms Vasquez said: “We will deepen the channel.", "“We will build a rail spur.”"],
      [["We will deepen the channel.", "Vasquez", "cue-before"], ["We will build a rail spur.", "Vasquez", "multi-paragraph"]]],
    ["colon introduction in the paragraph before", ["Governor Nadia Roff spoke on Sunday.", "The governor told reporters:", "“Leave now.”"],
      [["Leave now.", "Nadia Roff", "colon-intro"]]],
    ["transcript label", ["Gus Moran interviewed the mayor.", "MORAN: “Why should anyone believe you?”"],
      [["Why should anyone believe you?", "Gus Moran", "transcript-label"]]],
  ])("%s", (_name, paragraphs, want) => {
    expect(decisions(paragraphs)).toEqual(want);
  });
});

describe("attribute: choosing among mentions", () => {
  it.each<[string, string[], [string, string | null][]]>([
    ["pronoun agrees in gender (she → the woman, though a man was named last)",
      ["Ms Quist and Mr Fenn met on Monday.", "“We disagree about the budget,” said Mr Fenn.", "“We agree about the schools,” she said."],
      [["We disagree about the budget,", "Fenn"], ["We agree about the schools,", "Quist"]]],
    ["pronoun agrees in gender (he → the man, though a woman was named last)",
      ["Mr Fenn and Ms Quist met on Monday.", "“We disagree about the budget,” said Ms Quist.", "“We agree about the schools,” he said."],
      [["We disagree about the budget,", "Quist"], ["We agree about the schools,", "Fenn"]]],
    ["a name in a fronted phrase is not the speaker",
      ["Speaking after a meeting with Mr Ostrov, Ms Marsh said that the talks were “going in the right direction”."],
      [["going in the right direction", "Marsh"]]],
    ["the object of `invited` is not the speaker",
      ["“Our armies have trained together for years,” Mr Solberg said.", "He invited Gen Okonjo to discuss “joint patrols on the river”."],
      [["Our armies have trained together for years,", "Solberg"], ["joint patrols on the river", "Solberg"]]],
    ["a partial quotation inside reported speech",
      ["Ms Lund added that the police would respond in a “calm and balanced way” to the protests."],
      [["calm and balanced way", "Lund"]]],
    ["a description resolves to the named person",
      ["Senator Margit Olsen opened the hearing.", "“I want to know why,” the senator said."],
      [["I want to know why,", "Margit Olsen"]]],
    ["an inverted cue's role gives way to the name in apposition",
      ["“The ferry stays,” said the company's chief executive, Ivo Brandt."],
      [["The ferry stays,", "Ivo Brandt"]]],
  ])("%s", (_name, paragraphs, want) => {
    expect(decisions(paragraphs).map(([text, name]) => [text, name])).toEqual(want);
  });
});

describe("attribute: reported speech", () => {
  it.each<[string, string, string, string, string]>([
    ["`X said that …`", "Mr Dale said that the plan would fail.", "the plan would fail", "Dale", "reported-said-that"],
    ["`X said …` without that", "Rosa Klein said the new road would cut journey times.", "the new road would cut journey times", "Rosa Klein", "reported-said-clause"],
    ["`…, X said.`", "Construction could start next spring, Rosa Klein said.", "Construction could start next spring", "Rosa Klein", "reported-closing-cue"],
  ])("%s", (_name, paragraph, clause, speaker, rule) => {
    const { out } = run([paragraph]);
    expect(out.reported.map((r) => [paragraph.slice(r.start, r.end), r.entity?.name ?? null, r.rule])).toEqual([[clause, speaker, rule]]);
  });

  it("reports nothing when indirect is false", () => {
    expect(run(["Mr Dale said that the plan would fail."], { indirect: false }).out.reported).toEqual([]);
  });

  it("finds no speech in a sentence without a speech verb", () => {
    expect(run(["The bypass is expected to cost £40m and take three years to build."]).out.reported).toEqual([]);
  });
});

describe("attribute: decisions", () => {
  it("leaves a quotation nobody is said to have spoken with rule `none`", () => {
    const { out } = run(["“We will never give up.”", "The march ended at noon."]);
    expect(out.quotes.map((q) => [q.entity, q.rule, q.confidence])).toEqual([[null, "none", 0]]);
  });

  it("gives a confidence no higher than its rule's, and lower for a pronoun than for a name", () => {
    const { out } = run(["“We will win this,” Mr Putin said.", "“We will win it again,” he said."]);
    const [byName, byPronoun] = out.quotes;
    expect(byName!.confidence).toBe(RULES[byName!.rule]);
    expect(byPronoun!.confidence).toBeLessThan(byName!.confidence);
    expect(byPronoun!.confidence).toBeGreaterThan(0);
  });

  it("names the mention and the cue it used, as spans of the text", () => {
    const paragraphs = ["“We will win this,” Mr Putin said."];
    const { out } = run(paragraphs);
    const a = out.quotes[0]!;
    expect(a.mention && paragraphs[a.mention.paragraph]!.slice(a.mention.start, a.mention.end)).toBe("Mr Putin");
    expect(a.cue && paragraphs[a.cue.paragraph]!.slice(a.cue.start, a.cue.end)).toBe("said");
  });
});

describe("RULES", () => {
  it.each(Object.entries(RULES))("%s has a confidence in [0, 1]", (_rule, confidence) => {
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it("scores `none` 0 and every other rule above 0", () => {
    expect(RULES.none).toBe(0);
    expect(Object.entries(RULES).filter(([rule, c]) => rule !== "none" && c <= 0)).toEqual([]);
  });

  it.each([
    "multi-paragraph", "transcript-label", "cue-after", "cue-before", "according-to", "dash-attribution",
    "colon-intro", "continuation", "same-sentence", "sentence-cue", "sentence-subject", "paragraph-speaker", "previous-subject", "paragraph-continuation",
    "reported-said-that", "reported-closing-cue", "reported-according-to", "reported-told-hearer", "reported-asked",
    "reported-poll", "reported-document",
  ])("lists the rule %s", (rule) => {
    expect(Object.keys(RULES)).toContain(rule);
  });
});
