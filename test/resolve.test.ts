/**
 * Table-driven tests of how attribution resolves what a speech verb's subject stands for: descriptions (`the
 * company`, `the spokesperson`, `the letter`, `the 56-year-old`), unnamed sources, and cues that are not speech.
 * Each row is an article of paragraphs and, per quotation in reading order, [text, speaker's name or null, mention].
 */
import { extractQuotes } from "../src/index";

type Row = [string, string[], [string, string | null, string | null][]];

function decisions(paragraphs: readonly string[]): [string, string | null, string | null][] {
  const r = extractQuotes(paragraphs.join("\n\n"));
  const names = new Map(r.speakers.map((s) => [s.id, s.name]));
  return r.quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker ? names.get(q.speaker)! : null, q.mention?.text ?? null]);
}

describe("descriptions stand for the entity named before", () => {
  it.each<Row>([
    ["`the company`: the organisation of the sentence before",
      ["Hollowell laid off 40 workers on Monday.", "“The cuts were necessary,” the company said."],
      [["The cuts were necessary,", "Hollowell", "the company"]]],
    ["`the company`: an organisation earlier in the same sentence",
      ["Earlier this year, Hollowell reportedly cut 60 jobs (the company called the number “immaterial”) and others cut more."],
      [["immaterial", "Hollowell", "the company"]]],
    ["`the spokesperson`: the organisation the paragraph before was about",
      ["The Ministry of Transport did not accept the offer.", "“Operating a clinic is not feasible,” the spokesperson said."],
      [["Operating a clinic is not feasible,", "Ministry of Transport", "the spokesperson"]]],
    ["`a spokesperson for X`: X",
      ["A spokesperson for Instagram said: “We regret the delay.”"],
      [["We regret the delay.", "Instagram", "Instagram"]]],
    ["`a survey by X`: X, person or organisation",
      ["According to a 2018 survey by Penelope Abernathy of the University of Elmhurst, the firm has tended to “merge page design” at a central desk."],
      [["merge page design", "Penelope Abernathy", "2018 survey"]]],
    ["`the doctors` after `the Rural Doctors Alliance`: the organisation with that word in its name",
      ["Members of the Rural Doctors Alliance wrote to the minister on Monday.", "“We are exhausted,” the doctors said."],
      [["We are exhausted,", "Rural Doctors Alliance", "the doctors"]]],
    ["`the doctors` with no such organisation: the group itself",
      ["Officials met the doctors on Monday.", "“We are exhausted,” the doctors said."],
      [["We are exhausted,", "doctors", "the doctors"]]],
    ["`the letter`: the authors who spoke last",
      ["The doctors pleaded with the agency in a letter on Monday.", "“We write with urgency,” the doctors stated.",
        "“This is an emergency,” says the letter signed by seven physicians."],
      [["We write with urgency,", "doctors", "the doctors"], ["This is an emergency,", "doctors", "the letter"]]],
    ["`the 48-year-old`: the person the text came back to last, and the quotation's next paragraph too",
      ["Ilse Varga was appointed coach on Monday, replacing Tomas Brek.", "Brek was dismissed last week after five years.",
        "Talks between the club and Varga’s agents went on for days.", "The 48-year-old said after her appointment: “I am proud to be here.", "“The squad is young.”"],
      [["I am proud to be here.", "Ilse Varga", "The 48-year-old"], ["The squad is young.", "Ilse Varga", "The 48-year-old"]]],
    ["`the governor`: a person with that role, not an organisation with the word in its name",
      ["The Republican Governors Association spent $5 million on the race.", "Governor Dana Holt met voters in Dover.", "“We are ready,” the governor said."],
      [["We are ready,", "Dana Holt", "the governor"]]],
  ])("%s", (_name, paragraphs, want) => {
    expect(decisions(paragraphs)).toEqual(want);
  });
});

describe("a description of no one named is an unnamed source", () => {
  it.each<Row>([
    ["`the company` with no organisation named: no speaker, the description kept, and its next sentence too",
      ["Shares fell sharply on Monday.", "“We will not comment on rumours,” the company said. “Our results speak for themselves.”"],
      [["We will not comment on rumours,", null, "the company"], ["Our results speak for themselves.", null, "the company"]]],
    ["`the spokesperson` of no named organisation",
      ["Nobody accepted the offer.", "“Operating a clinic is not feasible,” the spokesperson said."],
      [["Operating a clinic is not feasible,", null, "the spokesperson"]]],
  ])("%s", (_name, paragraphs, want) => {
    expect(decisions(paragraphs)).toEqual(want);
  });

  it("gives an unnamed source no speaker entry and confidence 0, and keeps the rule that found its mention", () => {
    const r = extractQuotes("Shares fell sharply on Monday.\n\n“We will not comment on rumours,” the company said.");
    expect(r.speakers).toEqual([]);
    expect(r.quotes[0]).toMatchObject({ speaker: null, confidence: 0, rule: "cue-after", mention: { text: "the company" } });
  });
});

describe("pronouns", () => {
  it.each<Row>([
    ["`they` for the person just quoted, of unknown gender, when no group is more salient",
      ["Some people were surprised by the notices.",
        "Kym Lino, a spokesperson for Ardmore, confirmed that the firm sends notices to people. “We use a model to find such accounts,” they said in an email."],
      [["We use a model to find such accounts,", "Kym Lino", "they"]]],
    ["`When X arrived …, he told reporters`: the subject of the opening clause, not the more salient man",
      ["Minister Owen Pryce praised the deal on Monday.", "When President Tomas Ferreira arrived in Doha, he told reporters: “We hope the swap will pave the way for talks.”"],
      [["We hope the swap will pave the way for talks.", "Tomas Ferreira", "he"]]],
    ["a `he` with no man named goes to the salient person of unknown gender",
      ["Hori Parata spoke at the hui on Sunday.", "“We will protect the river,” he said."],
      [["We will protect the river,", "Hori Parata", "he"]]],
  ])("%s", (_name, paragraphs, want) => {
    expect(decisions(paragraphs)).toEqual(want);
  });

  it("gives a pronoun resolved on salience alone less than 0.9", () => {
    const r = extractQuotes("Hori Parata spoke at the hui on Sunday.\n\n“We will protect the river,” he said.");
    expect(r.quotes[0]!.confidence).toBeLessThan(0.9);
  });
});

describe("names that look like other words, and names the lexicon cannot place", () => {
  it.each<Row>([
    ["`said Will Tjernlund`: a capitalised `Will` is a first name, not an auxiliary, and the next quotation continues him",
      ["“I was on vacation with my parents,” said Will Tjernlund, a consultant for Amazon sellers. “It was a cool image.”"],
      [["I was on vacation with my parents,", "Will Tjernlund", "Will Tjernlund"], ["It was a cool image.", "Will Tjernlund", null]]],
    ["`“…,” as X said`: the cue after the quotation, across `as`",
      ["The plan is “dead on arrival,” as Reed said on Monday."],
      [["dead on arrival,", "Reed", "Reed"]]],
    ["a quotation in a sentence with no speech verb after a speaker of the same paragraph: that speaker",
      ["It is not clear which function came first, Howitt says. Just because scientists found the receptors on the tongue first, “that doesn’t mean that’s the order.”"],
      [["that doesn’t mean that’s the order.", "Howitt", null]]],
    ["a quotation after a sentence about a name of unknown kind: that name",
      ["Rockets were late again this year.", "Bridenstine expects to produce three rockets through 2024. “Adding another rocket is not possible.”"],
      [["Adding another rocket is not possible.", "Bridenstine", null]]],
  ])("%s", (_name, paragraphs, want) => {
    expect(decisions(paragraphs)).toEqual(want);
  });
});

describe("a guess on salience alone is less sure", () => {
  it("gives a speaker found for an age or a spokesperson at most 0.8", () => {
    const r = extractQuotes("The Ministry of Transport did not accept the offer.\n\n“Operating a clinic is not feasible,” the spokesperson said.");
    expect(r.quotes[0]!.confidence).toBeLessThanOrEqual(0.8);
    const named = extractQuotes("“Operating a clinic is not feasible,” Ms Ruiz said.");
    expect(named.quotes[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe("cues that are not speech", () => {
  /** Every quotation and reported clause as [text, speaker's name or null]. */
  function all(text: string): [string, string | null][] {
    const r = extractQuotes(text);
    const names = new Map(r.speakers.map((s) => [s.id, s.name]));
    return r.quotes.map((q) => [q.text, q.speaker ? names.get(q.speaker)! : null]);
  }

  it.each<[string, string, [string, string | null][]]>([
    ["`declined to comment`", "Hollowell declined to comment on the report.", []],
    // A refusal that names its question reports the question (`declined to say whether …`), as news annotates it.
    ["`refused to say whether`", "Ms Ruiz refused to say whether the plant would close.", [["to say whether the plant would close", "Ruiz"]]],
    ["`refused to say` and nothing more", "Ms Ruiz refused to say.", []],
    ["`declined to be interviewed`, and the words said after", "Ms Ruiz declined to be interviewed but said in an email that “nothing has changed”.",
      [["nothing has changed", "Ruiz"]]],
    ["`did not respond to a request for comment`", "Hollowell did not immediately respond to a request for comment.", []],
    ["`could not be reached`", "Ms Ruiz could not be reached for comment on Sunday.", []],
    ["a refusal to act is still reported", "Ms Ruiz declined to endorse the plan.", [["to endorse the plan", "Ruiz"]]],
    ["the recipients of a letter are not its authors",
      "In a letter to Kevin Dale, the acting director of the agency, and Alex Azar, the health secretary, said they would provide 100 doses of the vaccine.",
      [["they would provide 100 doses of the vaccine", null]]],
    ["a name after the letter's recipients is its author", "In a letter to Congress, Ms Ruiz said the plan would fail.", [["the plan would fail", "Ruiz"]]],
    ["`a letter to X, who said`: the recipient speaks in a clause of his own", "Ms Ruiz wrote a letter to Mr Dale, who said: “We will leave.”",
      [["We will leave.", "Dale"]]],
    ["`wrote to X and Y:` the writer speaks", "Ms Ruiz wrote to Mr Dale and Mr Azar on Monday: “The plan will fail.”", [["The plan will fail.", "Ruiz"]]],
  ])("%s", (_name, text, want) => {
    expect(all(text)).toEqual(want);
  });
});

describe("a singular noun phrase of no name is an unnamed source, a plural one a group", () => {
  it.each([
    ["A man said the ferry had not run for a week.", null, "A man"],
    ["The real estate agent said she related to him as someone raised by one parent.", null, "The real estate agent"],
    ["A new study of hibernation shows it gives enhanced protection.", null, "A new study of hibernation"],
    ["Residents said the ferry had not run for a week.", "Residents", "Residents"],
  ])("%s", (sentence, speaker, mention) => {
    const r = extractQuotes(`Harbour news\n\n${sentence}`);
    const q = r.quotes.find((x) => x.kind === "indirect");
    expect(q?.mention?.text).toBe(mention);
    expect(r.speakers.find((s) => s.id === q?.speaker)?.name ?? null).toBe(speaker);
  });
});
