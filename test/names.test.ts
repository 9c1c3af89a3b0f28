/**
 * Table-driven tests of speaker names as a fact-checker cites them: canonical names, acronyms, words that are never
 * a speaker, and the kind of each entity. Every text here is written for the project.
 */
import { extractQuotes, findSpeakers } from "../src/index";

/** The speaker's name of each quotation, in order. */
function speakersOf(text: string): (string | null)[] {
  const r = extractQuotes(text);
  const byId = new Map(r.speakers.map((s) => [s.id, s.name]));
  return r.quotes.filter((q) => q.kind !== "indirect").map((q) => (q.speaker === null ? null : byId.get(q.speaker) ?? null));
}

function namesOf(paragraphs: string[]): string[] {
  return findSpeakers(paragraphs).map((e) => e.name);
}

describe("canonical names", () => {
  it.each<[string, string, string[]]>([
    ["an initial inside a name", "Marta B. Quill, the family’s lawyer, said the ruling was “a relief.”", ["Marta B. Quill"]],
    ["a bare verb of saying as a middle name after a first name", "Penelope Muse Harwick said newsrooms had “shrunk by half.”", ["Penelope Muse Harwick"]],
    ["a title with `of` before the name", "Secretary of State Dana Whitlock said the talks were “a hopeful sign.”", ["Dana Whitlock"]],
    ["a first name that is also an auxiliary, after the verb", "“Five of them swiped away,” said Will Ostrander, a consultant.", ["Will Ostrander"]],
    ["a possessive inside an organisation's name", "On Monday, the Farmers’ Journal, the paper of the union, warned that there was “no room for compromise”.", ["Farmers’ Journal"]],
    ["a short acronym opening a title", "U.S. Attorney Ronald Pike Jr. said the case “speaks for itself.”", ["Ronald Pike Jr"]],
    ["initials joined by periods inside a name", "“We are not done,” said Paul T.K. Oyelaran, the union’s treasurer.", ["Paul T.K. Oyelaran"]],
    ["initials joined by periods after a title", "Board Chairman R.J. Mbeki said the vote was “long overdue.”", ["R.J. Mbeki"]],
  ])("%s", (_name, text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });

  it.each<[string, string[], string]>([
    ["a middle name", ["Te Kaurinui Robert Parata spoke first.", "“We will stay,” Te Kaurinui Parata said."], "Te Kaurinui Robert Parata"],
    ["a leading initial", ["C. Eugene Steuerle wrote the report.", "“It adds up,” Eugene Steuerle said."], "C. Eugene Steuerle"],
    ["a suffix and a middle initial", ["Harold Venn Jr. pleaded guilty on Monday.", "The judge sentenced Harold T. Venn to a year.", "“I am sorry,” Venn said."], "Harold Venn Jr"],
    ["a surname the lexicon knows as a place, then the full name", ["“We need a big rocket,” Stafford said.", "The witnesses, former astronaut Tom Stafford and an engineer, agreed."], "Tom Stafford"],
  ])("merges %s into one person", (_name, paragraphs, name) => {
    const found = findSpeakers(paragraphs).filter((e) => e.kind !== "group");
    const person = found.find((e) => e.name === name);
    expect(person).toBeDefined();
    expect(found.filter((e) => e !== person && e.kind === "person" && person!.name.endsWith(e.name.split(" ").pop()!))).toEqual([]);
  });

  it("keeps two people with the same surname apart", () => {
    expect(namesOf(["Ana Ruiz Soto spoke.", "Luis Ruiz Soto answered."])).toEqual(["Ana Ruiz Soto", "Luis Ruiz Soto"]);
  });
});

describe("names outside the first-name lexicon", () => {
  it("take the gender of the pronouns that follow them", () => {
    expect(speakersOf("Hori Parata is a Ngātiwai elder. He has looked after stranded whales for decades.\n\nAroha Te Pania joined him on the beach. She brought water.\n\n“We carry them home,” he said."))
      .toEqual(["Hori Parata"]);
  });

  it("keep a family name written first (`Gen Zhang` → Zhang Youxia)", () => {
    expect(speakersOf("Gen Zhang Youxia met the delegation.\n\n“The talks were good,” Gen Zhang said.")).toEqual(["Zhang Youxia"]);
  });
});

describe("a verb of saying after a name", () => {
  it("is no group noun (`Orrin reports:`)", () => {
    expect(speakersOf("The paper sent its reporter Stephanie Orrin to the rally.\n\nOrrin reports:\n\n“The crowd was loud and happy.”")).toEqual(["Stephanie Orrin"]);
  });
});

describe("acronyms", () => {
  it.each<[string, string, string[]]>([
    ["defined in brackets", "The Maritime Safety Administration (MSA) said the port was “closed for now.” The MSA said it would “reopen soon.”",
      ["Maritime Safety Administration", "Maritime Safety Administration"]],
    ["spelled by the initials of a name met first", "The National Flood Agency said the river was “still rising.” The NFA said it was “watching closely.”",
      ["National Flood Agency", "National Flood Agency"]],
    ["met before the name it stands for", "The NFA said the river was “still rising.” Later the National Flood Agency said it was “watching closely.”",
      ["National Flood Agency", "National Flood Agency"]],
    ["spelled by the leading initials after a demonym", "The Chinese Center for Disease Control and Prevention said the risk was “very low.” The CDC said there was “no need” to worry.",
      ["Chinese Center for Disease Control and Prevention", "Chinese Center for Disease Control and Prevention"]],
    ["well known and undefined, not read as a word", "Untreated, the disease is “nearly always fatal”, says WHO.", ["WHO"]],
  ])("%s", (_name, text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });

  it("reads `and` inside a name whose initials the article writes as an acronym", () => {
    const found = findSpeakers(["Children were held in PWA custody.", "Ports and Waterways Authority did not reply.", "PWA said the offer was late."]);
    expect(found.filter((e) => e.kind === "organization").map((e) => e.name)).toContain("Ports and Waterways Authority");
    expect(speakersOf("Children were held in CBP custody.\n\nCustoms and Border Protection, part of Homeland Security, declined the offer.\n\n“It is not feasible,” CBP said."))
      .toEqual(["Customs and Border Protection"]);
  });

  it("keeps two names joined by `and` apart when no acronym spells them", () => {
    expect(namesOf(["Ana Lee and Bo Park arrived."])).toEqual(["Ana Lee", "Bo Park"]);
  });

  it("keeps an organisation's name whole when it holds a role word", () => {
    const found = findSpeakers(["Those infected fall ill within a week, says the World Health Organization."]);
    expect(found.map((e) => [e.name, e.kind])).toEqual([["World Health Organization", "organization"]]);
  });

  it("merges an acronym into the organisation it spells", () => {
    const found = findSpeakers(["The World Health Organization met.", "WHO said more."]);
    expect(found.map((e) => e.name)).toEqual(["World Health Organization"]);
    expect(found[0]!.aliases).toContain("WHO");
  });
});

describe("organisations named `<plural> for <name>`", () => {
  it("reads the name whole at a sentence's start", () => {
    expect(speakersOf("Voters for Clean Rivers argues that the plan would “poison the delta.”")).toEqual(["Voters for Clean Rivers"]);
    expect(findSpeakers(["Voters for Clean Rivers met."]).map((e) => [e.name, e.kind])).toEqual([["Voters for Clean Rivers", "organization"]]);
  });

  it("gives the organisation the group its plural named first (`the workers`)", () => {
    expect(speakersOf("The workers wrote to the board.\n\nThe workers, members of a new group Workers for Safe Wards, offered to help.\n\n“The wards are full,” the workers stated."))
      .toEqual(["Workers for Safe Wards"]);
  });

  it("leaves a plural before `for` and one capitalised word alone", () => {
    expect(namesOf(["Plans for Brexit were ready."])).toEqual(["Brexit"]);
  });
});

describe("kinds", () => {
  it.each<[string, string, string, string]>([
    ["a place that speaks is an organisation", "Brighton said in a statement: “Our new coach starts on Monday.”", "Brighton", "organization"],
    ["a name after an article only qualifies a role", "A Nevada water official says the lake is “lower than ever.”", "Nevada water official", "group"],
    ["two demonyms joined by `and` qualify one group", "The Russian and Syrian defence ministries said the attack was by “bandit formations.”", "Russian and Syrian defence ministries", "group"],
  ])("%s", (_name, text, name, kind) => {
    const r = extractQuotes(text);
    const sp = r.speakers.find((s) => s.id === r.quotes[0]!.speaker);
    expect([sp?.name, sp?.kind]).toEqual([name, kind]);
  });
});

describe("never a speaker", () => {
  it.each<[string, string, (string | null)[]]>([
    ["a dateline at the paragraph's start", "MERIDIAN, Miss. — Rosa Delgado waved at the crowd. “Don’t mind me!” she told them.", ["Rosa Delgado"]],
    ["a dateline with an agency", "LISBON (Reuters) — “We are ready,” the minister Joao Prata said.", ["Joao Prata"]],
    ["a sentence-initial word glued to a known name", "Tim Kettle spoke at noon.\n\nHosting Kettle at the fair “is our dream,” Ann Lowe said.\n\n“We are glad,” Kettle said.", ["Ann Lowe", "Tim Kettle"]],
  ])("%s", (_name, text, want) => {
    expect(speakersOf(text)).toEqual(want);
    expect(extractQuotes(text).speakers.map((s) => s.name)).not.toContain("MERIDIAN");
  });

  it.each<[string, string[], string[]]>([
    ["pronoun contractions", ["They’ll want a deal, and You’re right to ask.", "We’ve said so."], []],
    ["a word after a colon", ["DEAR READER: There is more to this story."], []],
    ["a role word alone opening a sentence", ["Health bosses said the risk was low."], []],
    ["a common word the article writes in lower case elsewhere", ["Prison staff were tired.", "The prison was short of guards."], []],
    ["a common word glued to a first name", ["Employee Sam Ortiz fought back."], ["Sam Ortiz"]],
    ["the plural of a common noun opening a sentence", ["Teachers chanted slogans.", "Studies have shown the opposite."], []],
  ])("%s", (_name, paragraphs, want) => {
    expect(namesOf(paragraphs)).toEqual(want);
  });
});

describe("a company's short form joins its full name", () => {
  it.each([
    ["Shares of GateHouse Media rose on Monday. “We are stronger,” GateHouse said.", "GateHouse Media"],
    ["“We are stronger,” GateHouse said. Shares of GateHouse Media rose on Monday.", "GateHouse Media"],
    ["Shares of Media General rose on Monday. “We are stronger,” Media General said.", "Media General"],
  ])("%s", (text, name) => {
    const r = extractQuotes(`Business news\n\n${text}`);
    expect(r.speakers.map((s) => s.name)).toEqual([name]);
  });
});

describe("the word that opens a subordinate clause is not part of the source", () => {
  it("Before X's chief engineer concluded that …", () => {
    const r = extractQuotes("Harbour news\n\nBefore Harbourton's chief engineer concluded that the pier was safe, the ferry stopped running.");
    const q = r.quotes.find((x) => x.kind === "indirect");
    expect(r.speakers.find((s) => s.id === q?.speaker)?.name).toBe("Harbourton's chief engineer");
  });
});

describe("a pronoun finds the subject of an opening clause", () => {
  it("When X walked in, the women turned around. “…” he told them.", () => {
    const r = extractQuotes("Harbour news\n\nWhen Patrick walked into the room, the women turned around.\n\n“Don’t mind me!” he told them.");
    expect(r.speakers.find((s) => s.id === r.quotes[0]?.speaker)?.name).toBe("Patrick");
  });
});

describe("an organisation named with `of` is read whole", () => {
  it.each([
    ["The Harbourton Chamber of Commerce said in a statement that it was deeply concerned.", "Harbourton Chamber of Commerce"],
    ["The Academy of Motion Picture Arts said it would review the rules.", "Academy of Motion Picture Arts"],
  ])("%s", (text, name) => {
    const r = extractQuotes(`Harbour news\n\n${text}`);
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([[name, "organization"]]);
  });
});
