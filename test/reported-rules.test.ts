import { expectReported, reportedTexts } from "./support/reported";
import { REPORTED_RULES, REPORTED_SOURCES, rulesFor } from "../src/attribution/reported/rules";
import type { FoundClause, ReportedContext, ReportedRule } from "../src/attribution/reported/context";

/** One invented sentence per reported-speech rule: the rule that must read it, its content and its speaker. */
const CASES: ReadonlyArray<readonly [rule: string, sentence: string, content: string, speaker: string | null]> = [
  ["reported-headline-label", "Okafor: Ferry terminal will reopen in April", "Ferry terminal will reopen in April", "Okafor"],
  ["reported-headline-says", "Ferry Terminal Will Reopen In April, Nadia Okafor Says.", "Ferry Terminal Will Reopen In April", "Nadia Okafor"],
  ["reported-asked-participle", "When asked by Ivo Brandt whether the welders had been paid, Nadia Okafor shook her head.", "whether the welders had been paid", "Ivo Brandt"],
  ["reported-fronted-participle", "Noting that the welders had been paid late, Nadia Okafor said the board would act.", "the welders had been paid late", "Nadia Okafor"],
  ["reported-relative-said", "The board kept the toll, which Nadia Okafor said was a mistake.", "was a mistake", "Nadia Okafor"],
  ["reported-according-to-aside", "Most of the welders, according to Nadia Okafor, were paid late last winter.", "Most of the welders, according to Nadia Okafor, were paid late last winter", "Nadia Okafor"],
  ["reported-according-to", "According to Nadia Okafor, the terminal will reopen in April.", "the terminal will reopen in April", "Nadia Okafor"],
  ["reported-according-to", "The terminal will reopen in April, according to Nadia Okafor.", "The terminal will reopen in April", "Nadia Okafor"],
  ["reported-according-to", "According to the harbour's chief engineer, Dr Nadia Okafor, the cracks were found in March.", "the cracks were found in March", "Nadia Okafor"],
  ["reported-as-reported", "As the Harbour Gazette reported, the terminal will reopen in April.", "the terminal will reopen in April", "Harbour Gazette"],
  ["reported-passive-agent", "The closure of the east pier was first reported by the Harbour Gazette.", "The closure of the east pier", "Harbour Gazette"],
  ["reported-closing-cue", "The terminal will reopen in April, Nadia Okafor said on Tuesday.", "The terminal will reopen in April", "Nadia Okafor"],
  ["reported-closing-cue", "The terminal will reopen in April, harbour board spokeswoman Nadia Okafor said.", "The terminal will reopen in April", "Nadia Okafor"],
  ["reported-closing-cue", "The terminal will reopen in April, harbour officials said Friday, as crews began clearing the pier.", "The terminal will reopen in April", "officials"],
  ["reported-closing-cue", "The terminal will reopen in April, said Nadia Okafor, a senior engineer with the board that runs the port.", "The terminal will reopen in April", "Nadia Okafor"],
  ["reported-closing-cue", "The crews will return next week, Nadia Okafor told the Harbour Gazette on Thursday, a day after the vote.", "The crews will return next week", "Nadia Okafor"],
  ["reported-closing-cue", "The crews will return next week, the harbour's chief engineer maintains.", "The crews will return next week", null],
  ["reported-closing-cue", "In Harbourton, the crews will return to the pier next week, said Nadia Okafor.", "In Harbourton, the crews will return to the pier next week", "Nadia Okafor"],
  ["reported-parenthetical-cue", "Most of the delays, Nadia Okafor said, were caused by a shortage of welders.", "Most of the delays, Nadia Okafor said, were caused by a shortage of welders", "Nadia Okafor"],
  ["reported-parenthetical-cue", "The difference now, Nadia Okafor told me on Friday, is that the crews are paid on time.", "The difference now, Nadia Okafor told me on Friday, is that the crews are paid on time", "Nadia Okafor"],
  ["reported-colon", "Nadia Okafor told reporters: The terminal will reopen in April.", "The terminal will reopen in April", "Nadia Okafor"],
  ["reported-told-hearer", "Nadia Okafor told the Harbour Gazette that the terminal would reopen in April.", "the terminal would reopen in April", "Nadia Okafor"],
  ["reported-told-hearer", "Nadia Okafor told commuters she would reopen the terminal in April.", "she would reopen the terminal in April", "Nadia Okafor"],
  ["reported-said-that", "Nadia Okafor said on Tuesday that the terminal would reopen in April.", "the terminal would reopen in April", "Nadia Okafor"],
  ["reported-said-clause", "Nadia Okafor said the terminal would reopen, but that fares would rise by a fifth.", "the terminal would reopen, but that fares would rise by a fifth", "Nadia Okafor"],
  ["reported-said-clause", "Nadia Okafor said the terminal would reopen in April.", "the terminal would reopen in April", "Nadia Okafor"],
  ["reported-said-clause", "Nadia Okafor said commuters still want a faster boat.", "commuters still want a faster boat", "Nadia Okafor"],
  ["reported-indirect-question", "Nadia Okafor did not say when the terminal would reopen.", "when the terminal would reopen", "Nadia Okafor"],
  ["reported-indirect-question", "Nadia Okafor told reporters how the terminal would be rebuilt.", "how the terminal would be rebuilt", "Nadia Okafor"],
  ["reported-indirect-question", "Nadia Okafor often tells the story of how the mayor talked her into running the port.", "how the mayor talked her into running the port", "Nadia Okafor"],
  ["reported-indirect-question", "Ivo Brandt told stories about why the welders left the yard.", "why the welders left the yard", "Ivo Brandt"],
  ["reported-speech-object", "Nadia Okafor announced her resignation.", "her resignation", "Nadia Okafor"],
  ["reported-said-same", "Nadia Okafor said the same of the terminal.", "the same of the terminal", "Nadia Okafor"],
  ["reported-gerund-content", "Nadia Okafor admitted closing the terminal in April.", "closing the terminal in April", "Nadia Okafor"],
  ["reported-asked", "Councillor Ivo Brandt asked whether the welders had been paid on time.", "whether the welders had been paid on time", "Ivo Brandt"],
  ["reported-call-for", "Councillor Ivo Brandt called on the board to review the contract.", "the board to review the contract", "Ivo Brandt"],
  ["reported-call-for", "Councillor Ivo Brandt warned against a hasty sale of the pier.", "a hasty sale of the pier", "Ivo Brandt"],
  ["reported-intention", "Nadia Okafor declined to sign the contract.", "to sign the contract", "Nadia Okafor"],
  ["reported-promise-infinitive", "Nadia Okafor promised to reopen the terminal by April.", "to reopen the terminal by April", "Nadia Okafor"],
  ["reported-promise-infinitive", "Nadia Okafor spoke to the crews on Friday, promising to reopen the terminal by April.", "to reopen the terminal by April", "Nadia Okafor"],
  ["reported-said-that", "Nadia Okafor opened the meeting, stressing that the terminal would reopen in April.", "the terminal would reopen in April", "Nadia Okafor"],
  ["reported-told-hearer", "Nadia Okafor pitched the plan by telling the crews that the terminal would reopen in April.", "the terminal would reopen in April", "Nadia Okafor"],
  ["reported-belief", "Nadia Okafor believes that the harbour can handle twice as many ships.", "the harbour can handle twice as many ships", "Nadia Okafor"],
  ["reported-evidence", "Councillor Ivo Brandt found that most welders had been paid late.", "most welders had been paid late", "Ivo Brandt"],
  ["reported-closing-verb", "The harbour can handle twice as many ships, Nadia Okafor believes.", "The harbour can handle twice as many ships", "Nadia Okafor"],
  ["reported-stance", "Councillor Ivo Brandt criticised the board's handling of the contract.", "the board's handling of the contract", "Ivo Brandt"],
  ["reported-noun-claim", "Councillor Ivo Brandt repeated his claim that the welders had been paid late.", "the welders had been paid late", "Ivo Brandt"],
  ["reported-hearsay", "The harbour board has reportedly hired a new pilot.", "The harbour board has reportedly hired a new pilot", null],
  ["reported-poll", "About 4 in 10 say they would pay higher fares for faster boats.", "they would pay higher fares for faster boats", "About 4 in 10"],
  ["reported-document", "Most ferries ran late last winter, according to the harbour records.", "Most ferries ran late last winter", "harbour records"],
  ["reported-document", "According to exit polls, Nadia Okafor won a third of the vote.", "Nadia Okafor won a third of the vote", "exit polls"],
  ["reported-said-clause", "The ferry operator said the terminal would reopen in April.", "the terminal would reopen in April", null],
  ["reported-said-clause", "Nadia Okafor says, win or lose in the vote, she is staying on the board.", "win or lose in the vote, she is staying on the board", "Nadia Okafor"],
  ["reported-said-clause", "Nadia Okafor says she respects Ivo Brandt and calls him a friend.", "she respects Ivo Brandt", "Nadia Okafor"],
  ["reported-said-clause", "Nadia Okafor recalled the terminal had flooded twice that winter.", "the terminal had flooded twice that winter", "Nadia Okafor"],
  ["reported-said-clause", "Ivo Brandt complained the contract was rushed through the board.", "the contract was rushed through the board", "Ivo Brandt"],
  ["reported-said-clause", "Nadia Okafor on Tuesday said the terminal would reopen in April.", "the terminal would reopen in April", "Nadia Okafor"],
  ["reported-said-clause", "Okafor -- chair of the harbour board, a post she has held since 2019 -- said the terminal would reopen in April.", "the terminal would reopen in April", "Okafor"],
  ["reported-said-that", "Nadia Okafor is stressing that the terminal will reopen in April.", "the terminal will reopen in April", "Nadia Okafor"],
  ["reported-said-that", "The union and its members say that the terminal will reopen in April.", "the terminal will reopen in April", "members"],
];

/** Where a reported clause ends (or starts): each boundary of the clause grammar with an invented sentence. */
const BOUNDS: ReadonlyArray<readonly [what: string, sentence: string, content: string]> = [
  ["a pair of dashes holds an interpolation", "Nadia Okafor said most of the welders — a crew hired in March — had been paid late.", "most of the welders — a crew hired in March — had been paid late"],
  ["a closing clause may hold dashes in pairs", "Most of the 52 welders — a crew hired in March — were paid late, Nadia Okafor said.", "Most of the 52 welders — a crew hired in March — were paid late"],
  ["a contrast of the writer's ends it", "Nadia Okafor said all welders sign contracts, though she did not discuss their terms.", "all welders sign contracts"],
  ["a noun phrase in apposition to the clause ends it", "Nadia Okafor said the board would cut 300 jobs, a loss rivalling the cuts of 2009.", "the board would cut 300 jobs"],
  ["the terms of anonymity end it", "Ivo Brandt confirmed the meeting on condition of anonymity because he was not authorised to speak.", "the meeting"],
  ["according to after a colon opens it", "The figures are clear: according to Nadia Okafor, 40 of the 52 welders were paid late.", "40 of the 52 welders were paid late"],
  ["a time never cuts a clause", "Nadia Okafor said the terminal would close from 10 p.m. on Friday until Monday.", "the terminal would close from 10 p.m. on Friday until Monday"],
  ["a source's appositive after a closing cue is no content", "The terminal will reopen in April, said Nadia Okafor, chair of the harbour board.", "The terminal will reopen in April"],
  ["a participle after a closing cue is no content", "The terminal will reopen in April, Nadia Okafor said, adding that fares would rise.", "The terminal will reopen in April"],
  ["a parenthetical cue inside a long clause that goes on", "Most of the welders were paid late last winter, Nadia Okafor said, since the board had frozen its accounts.", "Most of the welders were paid late last winter, Nadia Okafor said, since the board had frozen its accounts"],
  ["a parenthetical cue after a long clause, then a conjunction that goes on", "Most of the welders were paid late last winter, Nadia Okafor said, and the board has since apologised.", "Most of the welders were paid late last winter, Nadia Okafor said, and the board has since apologised"],
  ["a parenthetical cue after a long clause, then a relative", "Most of the welders were paid late last winter, Nadia Okafor said, which the board has since denied.", "Most of the welders were paid late last winter"],
  ["a relative `that` after an infinitive is no hearer's `that`", "Nadia Okafor warned the board to refrain from further steps that would worsen the situation.", "the board to refrain from further steps that would worsen the situation"],
  ["an interpolation between spaced hyphens opens a bare clause", "The harbour board has said welders and riggers - local, seasonal or on contract - would be paid by Friday.", "welders and riggers - local, seasonal or on contract - would be paid by Friday"],
  ["a fronted adverbial does not end a clause before its verb", "Nadia Okafor said that in 2019, Ivo Brandt allowed the crews to think the pier was safe.", "in 2019, Ivo Brandt allowed the crews to think the pier was safe"],
  ["an infinitive of a verb of saying is no new report", "Nadia Okafor said that Ivo Brandt allowed his crews and the public to think the pier was safe.", "Ivo Brandt allowed his crews and the public to think the pier was safe"],
  ["a new subject with its own verb of saying ends it", "Nadia Okafor said the pier was safe, and Ivo Brandt said the crews agreed.", "the pier was safe"],
  ["a name with initials is never cut", "Nadia Okafor said the U.S. Securities and Exchange Commission had opened an inquiry.", "the U.S. Securities and Exchange Commission had opened an inquiry"],
  ["a contrast without a clause of its own goes on", "Nadia Okafor said the pier was safe for walkers, but not for cars.", "the pier was safe for walkers, but not for cars"],
  ["a contrast phrase without a verb goes on", "Nadia Okafor said the crews would be paid in full, but only in the spring.", "the crews would be paid in full, but only in the spring"],
  ["a contrast with a pronoun subject and a verb of its own ends it", "Nadia Okafor said the pier was safe, but they stayed away.", "the pier was safe"],
  ["a contrast with a noun subject and a plain verb goes on", "Nadia Okafor said the pier was safe, but the crews stayed away.", "the pier was safe, but the crews stayed away"],
  ["a contrast phrase that fronts a clause ends it", "Nadia Okafor said the pier was safe, but for the crews, it was a risk.", "the pier was safe"],
  ["a present in -s after a modal is the speaker's second predicate", "Nadia Okafor says she will not sign the contract and considers it unfair.", "she will not sign the contract"],
  ["a past form after an infinitive is the speaker's second predicate", "Nadia Okafor has vowed to reopen the pier and praised the crews on Monday.", "to reopen the pier"],
  ["a participle after a participial cue's clause is the speaker's", "Ivo Brandt spoke on Monday, warning that the pier could close and asking the board for more money.", "the pier could close"],
  ["a progressive of the clause goes on after `and`", "Nadia Okafor said prices were rising and falling every week.", "prices were rising and falling every week"],
  ["a participle inside an interpolation between dashes goes on", "Ivo Brandt spoke on Monday, saying the plan -- new cranes and training local crews -- was too costly.", "the plan -- new cranes and training local crews -- was too costly"],
  ["a new subject after `and` goes on with the report", "Nadia Okafor said the crews will stay and she considers it a victory.", "the crews will stay and she considers it a victory"],
  ["a contrast of facts with its own subject after `, while` goes on", "Nadia Okafor said the north pier would reopen in May, while the south pier would stay closed.", "the north pier would reopen in May, while the south pier would stay closed"],
  ["a participle after `, while` ends it", "Nadia Okafor said the pier would reopen in May, while acknowledging that the work was late.", "the pier would reopen in May"],
  ["a concession after `, although` with its own verb of saying ends it", "Nadia Okafor said the pier would reopen in May, although she admitted the work was late.", "the pier would reopen in May"],
  ["a contrast with its own verb of saying after `, while` ends it", "Nadia Okafor said the pier would reopen in May, while Ivo Brandt said it would take a year.", "the pier would reopen in May"],
  ["a relative with a pronoun of the report as its subject goes on", "Nadia Okafor said the crews were heading to the pier to unload the ferry, which they were doing when the storm hit.", "the crews were heading to the pier to unload the ferry, which they were doing when the storm hit"],
  ["a relative with a named subject of its own ends it", "Nadia Okafor said the board approved the new levy, which the court has put on hold.", "the board approved the new levy"],
  ["a relative with a verb of saying ends it", "Nadia Okafor said the board approved the new levy, which she has described as unfair.", "the board approved the new levy"],
  ["a relative with a pronoun after an infinitive ends it", "Nadia Okafor urged the board to reopen the pier, which it would need to do before May.", "the board to reopen the pier"],
  ["a second subject before the verb of saying is no new report", "Nadia Okafor says she stayed neutral between the union and Ivo Brandt so she would not be accused of bias.", "she stayed neutral between the union and Ivo Brandt so she would not be accused of bias"],
  ["a second `that` clause with its own verb of saying goes on", "Nadia Okafor said the pier would open in May and that she thinks it will pay off.", "the pier would open in May and that she thinks it will pay off"],
  ["a name with joined initials is never cut", "Nadia Okafor said former governor Paul T.K. Oyelaran had approved the pier.", "former governor Paul T.K. Oyelaran had approved the pier"],
  ["a closing clause opened by a name with joined initials keeps it whole", "Former governor Paul T.K. Oyelaran approved the pier in 2009, Nadia Okafor said.", "Former governor Paul T.K. Oyelaran approved the pier in 2009"],
];

describe("reported-speech rules", () => {
  test.each(CASES)("%s: %s", (rule, sentence, content, speaker) => {
    expectReported(sentence, rule, content, speaker);
  });

  test.each(BOUNDS)("bounds: %s", (_what, sentence, content) => {
    expect(reportedTexts(sentence)).toContain(content);
  });

  test.each([
    ["a refusal to comment", "Nadia Okafor declined to comment."],
    ["a refusal to comment for a story", "Nadia Okafor declined to comment for this story."],
    ["a story told without a question", "Nadia Okafor told the story of the mayor who talked her into running the port."],
  ])("nothing reported for %s", (_what, sentence) => {
    expect(reportedTexts(sentence)).toEqual([]);
  });

  test("every rule has a case", () => {
    const named = new Set(CASES.map((c) => c[0]));
    expect([...REPORTED_RULES, ...REPORTED_SOURCES].map((r) => r.name).filter((n) => !named.has(n))).toEqual([]);
  });

  test("a rule reads nothing of a candidate it does not list (`candidates`), so passing over it changes nothing", () => {
    // Every candidate of every case, tried against the rules `rulesFor` leaves out: each must find nothing.
    const rules = REPORTED_RULES as readonly ReportedRule[];
    const originals = rules.map((r) => r.find);
    const skipped: string[] = [];
    let candidates = 0;
    const check = (ctx: ReportedContext): void => {
      candidates++;
      const tried = rulesFor(ctx);
      rules.forEach((r, n) => {
        if (!tried.includes(r) && originals[n]!(ctx) !== null) skipped.push(`${r.name} on a ${ctx.kind} candidate`);
      });
    };
    rules.forEach((r, n) => {
      (r as { find: (ctx: ReportedContext) => FoundClause | null }).find = (ctx) => {
        if (r === rulesFor(ctx)[0]) check(ctx);
        return originals[n]!(ctx);
      };
    });
    try {
      for (const [, sentence] of CASES) reportedTexts(sentence);
    } finally {
      rules.forEach((r, n) => { (r as { find: (ctx: ReportedContext) => FoundClause | null }).find = originals[n]!; });
    }
    expect(candidates).toBeGreaterThan(CASES.length);
    expect(skipped).toEqual([]);
    expect(new Set(rules.flatMap((r) => r.candidates))).toEqual(new Set(["label", "headline", "asked", "speech-before", "speech-after", "verb", "noun", "hearsay"]));
  });

  test.each([...REPORTED_RULES, ...REPORTED_SOURCES].map((r) => [r.name, r] as const))("%s has a confidence and a one-line doc", (_name, r) => {
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.doc).not.toContain("\n");
  });
});
