import { nounSource, quantitySource, type Mention } from "../speakers/find-mentions";
import type { Sentence } from "../speakers/split-sentences";
import type { Token } from "../speakers/tokenize";
import { QUESTION_WORDS, REPORTING_VERBS, PARTICLE_VERBS, objectParticles } from "../lexicon/reporting-verbs";
import { SPEECH_VERBS } from "../lexicon/speech-verbs";
import type { AnalyzedParagraph } from "./analyze";
import { indexMentions, lowerBound } from "./lookup";
import { isAuxiliary, isStop, type Cue } from "./cues";
import { isFiniteVerb, isFunctionWord, isNounWord, isPastTense, isUnknownWord } from "../speakers/word-tags";
import type { RuleName } from "./rules";

/** A reported clause found in a sentence, before its speaker is resolved. */
export interface ReportedClause {
  readonly start: number;
  readonly end: number;
  /** The source's mention; undefined when the text does not name it (`Asked whether …, Clinton said`). */
  readonly mention: Mention | undefined;
  readonly cue: Cue;
  readonly rule: RuleName;
}

/** A reported clause must have at least this many words to be speech rather than a topic (`said so`). */
const MIN_CLAUSE_WORDS = 4;
/** Endings of nouns the lexicon does not list (`allegations`, `wrongdoing`, `resignation`). */
const NOUN_ENDING = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ism|isms|ance|ances|ence|ences|doing|ship|ships)$/;
/** A speech verb's object needs fewer (`announced his resignation`, `confirmed the meeting`). */
const MIN_SPEECH_OBJECT_WORDS = 2;
/** An infinitive or a question needs fewer (`declined to comment`, `asked why`). */
const MIN_INFINITIVE_WORDS = 2;
/** An object needs fewer still: `endorsed Trump`. */
const MIN_OBJECT_WORDS = 1;
/** How many words a hearer or an object may take before its infinitive or question (`urged the administration to`). */
const OBJECT_REACH = 6;
/** Above this many words before a parenthetical cue (`A, he said, B`), the cue closes the clause instead. */
const PARENTHETICAL_LEAD = 8;
/** Words that open a fronted adverbial rather than a clause: `In the two years since …`, `When the vote came, …`. */
const FRONTED_OPENER = /^(?:in|on|at|after|before|since|during|when|while|if|as|although|though|despite|because|for|over|under|with|without|until|once|by|from|throughout|amid)$/;
/** Speech verbs whose other senses dominate in news (`the state`, `maintains a lead`). */
const NOT_REPORTING = new Set(["state", "maintain"]);
/** Verbs that take a clause without `that` (`Smith said the plan failed`). */
const BARE_CLAUSE = new Set(["say", "tell", "add", "claim", "argue", "insist", "write", "tweet", "warn", "predict", "suggest", "note", "state", "explain", "believe", "contend", "maintain", "assert", "announce", "declare", "report", "reveal", "confirm", "deny", "admit", "acknowledge", "emphasise", "emphasize", "stress", "promise", "vow", "concede"]);
/** Speech verbs after which almost any word opens the clause (`the candidate said families of victims sue`). */
const OPEN_CLAUSE = new Set(["say", "add", "claim", "argue", "insist", "write", "tweet", "believe", "contend", "maintain", "assert", "explain", "note", "suggest", "warn", "predict", "acknowledge", "admit", "concede", "announce", "confirm", "report", "reveal", "declare", "deny", "stress", "emphasise", "emphasize", "promise", "vow"]);
/** Verbs that take their content as a plain object too (`emphasised the importance of …`). */
const OBJECT_CLAUSE = new Set(["emphasise", "emphasize", "stress", "deny", "confirm", "announce", "reveal", "acknowledge", "predict", "note", "promise", "pledge", "vow", "concede", "admit", "reiterate", "propose", "urge", "demand"]);
/** How many words a hearer may take: `told the Des Moines Register on Friday`. */
const MAX_HEARER = 8;
/** Lower-case words of a hearer and of a short time adverbial after it. */
const HEARER_WORDS = /^(?:the|a|an|his|her|their|its|our|my|of|reporters|journalists|supporters|donors|voters|me|us|him|them|host|anchor|radio|television|newspaper|magazine|on|in|last|this|week|month|night|morning|afternoon|evening|interview|during)$/;
/** Verbs whose hearer stands between them and the clause: `told a senior official that`. */
const HEARER_FIRST = new Set(["tell", "inform", "assure", "remind", "warn", "promise", "convince", "persuade"]);
/** Participles that report a clause of their subject's: `…, saying (that) the plan failed`. */
const GERUND_REPORTS = new Set(["say", "add", "note", "argue", "warn", "insist", "claim", "explain", "suggest"]);
const SHORT_ADVERBIALS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|recently|previously|repeatedly|again|also|privately|publicly)$/;
const CLAUSE_END = /^(?:—|–|―|--|;|:|\(|\))$/;
const TIME_WORDS = /^(?:on|in|at|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|previously|repeatedly|again|also|week|month|year|morning|afternoon|evening|night|during|an|a|the|interview|statement|speech|press|conference|release|with|to|reporters|told|of|his|her|their|its|on|twitter|facebook|cnn|fox|msnbc|abc|nbc|cbs|radio|television|tv|news|program|show|email|letter)$/;
/** Words that never open a reported clause: prepositions, conjunctions, answers. */
const NOT_CLAUSE_START = /^(?:in|on|at|of|for|with|to|about|from|by|during|after|before|since|through|into|over|under|against|without|so|as|than|and|but|or|nor|yes|no|nothing|something|anything|goodbye|hello|sorry|thanks|otherwise|too|later|earlier|again|also|then|there|here|instead|please|amen|hi|okay|ok|that|which|what|who|whom|whose|while|when|where|why|how|if|whether|because|though|although|unless|until|like|via|per|amid|among|toward|towards|upon|within|across|behind|beyond|near|off|out|up|down|around|following|including|regarding|concerning|despite|except)$/;
/** Words after which a verb form is a noun (`the show`, `his support`, `a call`) or an infinitive (`to back`). */
const NOUN_BEFORE = /^(?:a|an|the|this|these|those|his|her|their|its|our|my|your|whose|to|of|for|with|from|by|in|on|at|into|about|new|latest|first|last|public|strong|broad|full|own|such|any|no|every|each|some|many|more|most|much|less|widespread|popular|growing|national|political|personal|financial|military|and|or)$/;
/** Forms of `be` and `get` before a participle make it passive (`was found`, `is expected`): the source is not the subject. */
const PASSIVE_BEFORE = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten|becomes|became|'s|’s|self)$/;
/** Where an object ends: a subordinate clause, a participle of its own or a time adverbial. */
const OBJECT_STOP = /^(?:because|after|before|while|when|whereas|as|since|though|although|if|unless|until|saying|calling|adding|arguing|noting|citing|during|despite|amid|yesterday|today|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|who|which|where|but|so|than|even|instead|according)$/;
const TIME_NOUNS = /^(?:week|weekend|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|time)$/;
/** Words after `and` that start a new verb phrase rather than continue a noun phrase (`endorsed Trump and has campaigned`). */
const VERB_AFTER_AND = /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|did|does|do|also|then|later|now|still|even|never|not|said|says|say|told|tells|added|went|got|made|took|gave|came|called|urged)$/;

/**
 * Reported speech without quotation marks. With a speech cue: `X said (that) CLAUSE`, `CLAUSE, X said.`,
 * `A, X said, B.` and `According to X, CLAUSE` / `CLAUSE, according to X.` With the verbs of
 * `lexicon/reporting-verbs` found here: cognition and evidence (`X believes/found/shows (that) CLAUSE`,
 * `CLAUSE, records show.`), intention (`X wants to …`, `X urged Y to …`, `X declined to …`), questions
 * (`X asked (Y) whether …`) and stance towards an object (`X endorsed Y`, `X called for Y`).
 * A clause holding a quotation is left to the quotation finder: its words are a mixed quote, not reported speech.
 */
export function findReported(para: AnalyzedParagraph, s: Sentence, cues: readonly Cue[],
  subjectOf: (c: Cue) => Mention | undefined): ReportedClause[] {
  const { tokens } = para;
  const out: ReportedClause[] = [];
  const spans: [number, number][] = [];
  const add = (a: number, b: number, m: Mention | undefined, cue: Cue, rule: RuleName, minWords: number, clause = true): boolean => {
    if (a < 0 || b <= a) return false;
    while (b > a && tokens[b - 1]!.kind === "punct") b--;
    while (a < b && tokens[a]!.kind === "punct") a++;
    if (b <= a) return false;
    // A reported clause has a verb of its own (`said the plan failed`); `wrote the letter Feb. 2` reports nothing.
    if (clause && !VERBLESS_CONTENT.has(cue.lemma) && !hasFiniteVerb(tokens, a, b)) return false;
    // A clause mostly made of quotation is a mixed quote; one with a quoted fragment is reported speech only after
    // an explicit `that` or for the speech verbs' object (`emphasised the importance of a “…”`).
    let quoted = 0;
    for (let k = a; k < b; k++) if (tokens[k]!.kind === "quote") quoted += tokens[k]!.end - tokens[k]!.start;
    if (quoted > 0 && (quoted / Math.max(1, tokens[b - 1]!.end - tokens[a]!.start) > MAX_QUOTED_SHARE || !allowQuoted(tokens, a, cue))) return false;
    if (countWords(tokens, a, b) < minWords) return false;
    // The source is not its own content; one clause per span.
    if (m && m.first >= a && m.last <= b && rule !== "reported-speech") return false;
    // Nested clauses that share most of their words (`said they believe X`) are one attribution, not two.
    for (let n = spans.length - 1; n >= 0 && spans.length - n <= RECENT_SPANS; n--) {
      const [x, y] = spans[n]!;
      // A clause inside one already reported (`emphasised …, noting that X`) is part of it.
      if ((a >= x && b <= y) || shared(x, y, a, b) * 2 >= Math.max(y - x, b - a)) return false;
    }
    spans.push([a, b]);
    out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, mention: m, cue, rule });
    return true;
  };

  // A headline label: `Lynch: No outside influence on FBI probe`, `Clinton to Planned Parenthood: Trump will reverse …`.
  const label = headlineLabel(para, s);
  if (label) add(label.a, s.last, label.mention, label.cue, "headline-label", MIN_CLAUSE_WORDS - 1, false);

  // A question put to the sentence's speaker: `Asked whether …, Mrs. Clinton said`, `… when asked by a reporter if …`.
  for (const q of askedQuestions(para, s)) add(q.a, q.b, q.mention, q.cue, "reported-speech", MIN_INFINITIVE_WORDS + 1, false);

  // Speech cues found by `findCues`.
  for (const cue of cues) {
    if ((cue.gerund && !GERUND_REPORTS.has(cue.lemma)) || (!cue.reporting && !cue.sourceAfter) || NOT_REPORTING.has(cue.lemma)) continue;
    // `adding to his victories`, `added up`: not a verb of saying.
    if (cue.lemma === "add" && /^(?:to|up|on)$/.test(tokens[cue.last]?.lower ?? "")) continue;
    const m = subjectOf(cue) ?? (cue.lemma === "say" && !cue.gerund ? pollSource(para, s, cue) : undefined) ??
      (cue.sourceAfter ? documentSource(para, s, cue) : undefined);
    if (!m) continue;
    let a = -1;
    let b = -1;
    if (cue.sourceAfter) {
      if (cue.first === s.first || (cue.first === s.first + 1 && tokens[s.first]!.kind === "word")) {
        // `According to X, CLAUSE`
        const comma = findToken(tokens, m.last, s.last, ",", 6);
        if (comma < 0) continue;
        a = comma + 1; b = clauseEnd(tokens, a, s.last);
      } else if (tokens[cue.first - 1]?.text === ",") {
        a = clauseStart(tokens, s.first, cue.first - 1); b = cue.first - 1;
      } else continue;
      add(a, b, m, cue, "according-to", MIN_CLAUSE_WORDS);
      continue;
    }
    const lead = Math.min(m.lead, cue.first);
    const tail = Math.max(m.last, cue.last);
    // `As CNN reported, CLAUSE` and `CLAUSE, as the Times reported.`: the cue in a clause of manner.
    const as = /^(?:the|a|an)$/.test(tokens[lead - 1]?.lower ?? "") ? lead - 2 : lead - 1;
    if (tokens[as]?.lower === "as" && m.last <= cue.first) {
      if (as === s.first) {
        let c = tail;
        while (c < s.last && c - tail <= MAX_TAIL_TOKENS && tokens[c]!.kind === "word") c++;
        // `As Breitbart News reported, even on Friday morning, the White House …`: an adverbial between the commas.
        if (tokens[c]?.text === ",") {
          let d = c + 1;
          while (d < s.last && d - c <= MAX_TAIL_TOKENS && tokens[d]!.kind === "word") d++;
          if (tokens[d]?.text === "," && !hasFiniteVerb(tokens, c + 1, d)) c = d;
          add(c + 1, clauseEnd(tokens, c + 1, s.last), m, cue, "reported-speech", MIN_CLAUSE_WORDS);
          continue;
        }
      } else if (tokens[as - 1]?.text === "," && as - 1 > s.first && closesSentence(tokens, tail, s.last)) {
        add(clauseStart(tokens, s.first, as - 1), as - 1, m, cue, "reported-speech", MIN_CLAUSE_WORDS);
        continue;
      }
    }
    // `At the rally, X said, “…”`: what stands before a cue that opens a quotation is not reported speech.
    let after = tail;
    while (after < s.last && (tokens[after]!.text === "," || tokens[after]!.text === ":")) after++;
    const opensQuote = tokens[after]?.kind === "quote";
    if (opensQuote && tail > cue.first && m.last <= cue.first) continue;
    if (tokens[lead - 1]?.text === "," && lead - 1 > s.first && closesSentence(tokens, tail, s.last)) {
      // `CLAUSE, X said.` or `CLAUSE, said X.`: the cue closes the sentence.
      a = clauseStart(tokens, s.first, lead - 1); b = lead - 1;
    } else if (tokens[lead - 1]?.text === "," && lead - 1 > s.first && tokens[tail]?.text === "," && !opensQuote && m.last <= cue.first + 3) {
      // `A, X said, B.`: a parenthetical cue; the content runs around it, or ends before it when its first part is long.
      const from = clauseStart(tokens, s.first, lead - 1);
      // A long first part without a verb of its own, or opening with a preposition or a subordinator, is a fronted
      // phrase (`In the two years since the drought began, X says, many farms …`): the content runs on after the cue.
      if (countWords(tokens, from, lead - 1) >= PARENTHETICAL_LEAD && hasFiniteVerb(tokens, from, lead - 1) && !FRONTED_OPENER.test(tokens[from]!.lower)) { a = from; b = lead - 1; }
      else { a = from; b = clauseEnd(tokens, tail + 1, s.last); }
    } else if (m.last > cue.first) {
      continue;
    } else {
      // `X said (that) CLAUSE`
      a = clauseAfter(tokens, cue, s.last, para, s);
    }
    if (a < 0) continue;
    if (b < 0) b = clauseEnd(tokens, a, s.last);
    // A speech verb's object (`emphasised the importance of …`) is reported without a verb of its own.
    const object = a === cue.last && OBJECT_CLAUSE.has(cue.lemma);
    // `announced his retirement on Friday`: a time adverbial closing an object is not part of it.
    if (object) b = withoutTrailingTime(tokens, a, b);
    add(a, b, m, cue, "reported-speech", object ? MIN_SPEECH_OBJECT_WORDS : MIN_CLAUSE_WORDS, !object);
  }

  // Cognition, evidence, intention, question and stance verbs, read from the sentence's own words.
  const covered = new Set<number>();
  for (const c of cues) if (c.reporting || c.sourceAfter) for (let k = c.first; k < c.last; k++) covered.add(k);
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.cap || covered.has(i)) continue;
    const prev = tokens[i - 1];
    // `and asked workers if …`: a past form after `and` is a second verb of the subject, not a noun.
    const coordinated = prev?.lower === "and" && isPastForm(t.lower);
    if (prev && !coordinated && (prev.possessive || (prev.kind === "word" && (NOUN_BEFORE.test(prev.lower) || PASSIVE_BEFORE.test(prev.lower))) || prev.text === "-")) continue;
    if (t.lower.endsWith("ing")) continue;
    const found = extraClause(tokens, i, s.last);
    if (!found) continue;
    const cue: Cue = { first: i, last: found.cueLast, lemma: found.lemma, gerund: false, sourceAfter: false, reporting: true, weak: false };
    // `Most Republicans believe …`, `few on either side of the debate think …`: a quantity phrase as the subject.
    // `records show …`, `new fundraising reports show`: a document as the source of evidence, with all its modifiers.
    const subject = subjectOf(cue) ?? pollSource(para, s, cue);
    const doc = EVIDENCE.has(found.lemma) ? documentSubject(para, s, cue) : undefined;
    const m = doc && (!subject || widerDocument(doc, subject)) ? doc : subject;
    if (!m || m.last > cue.first) continue;
    if (found.a < 0) {
      // `CLAUSE, records show.`
      const lead = Math.min(m.lead, cue.first);
      if (!(tokens[lead - 1]?.text === "," && lead - 1 > s.first && closesSentence(tokens, cue.last, s.last))) continue;
      add(clauseStart(tokens, s.first, lead - 1), lead - 1, m, cue, "reported-speech", MIN_CLAUSE_WORDS);
      continue;
    }
    add(found.a, found.b, m, cue, "reported-speech", found.min, found.clause);
  }
  return out;
}

/** A reported clause is cut after this many tokens: a longer run has no clause structure left to read. */
const MAX_CLAUSE_TOKENS = 160;
/** Adverbials (`in a statement on Tuesday`) after a closing cue are read this far. */
const MAX_TAIL_TOKENS = 12;
/** New clauses are compared with this many of the latest ones for overlap. */
const RECENT_SPANS = 8;

/** How far back from `say` a poll's quantity phrase may start. */
const POLL_SOURCE_REACH = 16;

/** `About 4 in 10 say …`, `52 percent of registered voters say …`: the quantity phrase opening the clause of `say`. */
function pollSource(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  let a = cue.first - 1;
  const floor = Math.max(s.first, cue.first - POLL_SOURCE_REACH);
  while (a >= floor && !(tokens[a]!.kind === "punct" && /^[,;:—–]$/.test(tokens[a]!.text)) && !/^(?:but|and|while|though|although|after|as)$/.test(tokens[a]!.lower)) a--;
  if (a < floor && floor > s.first) return undefined;
  let b = cue.first;
  while (b > a + 1 && isAuxiliary(tokens[b - 1]!)) b--;
  return quantitySource(para.text, tokens, para.index, a + 1, b) ?? undefined;
}

/** How many words may stand between `asked` and its question word (`asked during a January debate why`). */
const MAX_ASKED_GAP = 8;

/**
 * `Asked whether …, X said` and `…, X said when asked if …`: the question a participle `asked` puts to the sentence's
 * speaker. Its source is the agent after `by` (`asked by a reporter whether`); without one the text does not say who
 * asked. The question ends at the comma before the main clause's subject, else where its clause ends.
 */
function askedQuestions(para: AnalyzedParagraph, s: Sentence): { a: number; b: number; mention: Mention | undefined; cue: Cue }[] {
  const { tokens } = para;
  const out: { a: number; b: number; mention: Mention | undefined; cue: Cue }[] = [];
  const mentions = para.mentions[sentenceIndex(para, s)] ?? [];
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.lower !== "asked") continue;
    const prev = tokens[i - 1];
    // A participle: at the sentence's start, or after `when`, `after`, `if` or a comma; or a passive (`he was asked
    // what happened`), whose subject is the one asked. Never `she asked`.
    const passive = prev !== undefined && /^(?:was|were|been|being|is|are)$/.test(prev.lower);
    if (!(i === s.first || passive || (prev && (prev.text === "," || /^(?:when|while|after|once|if|as|before|whenever)$/.test(prev.lower))))) continue;
    let k = i + 1;
    let by: Mention | undefined;
    if (tokens[k]?.lower === "by") {
      by = mentions.find((m) => m.lead === k + 1 || m.first === k + 1);
      if (!by) continue;
      k = by.last;
    }
    // `Asked about her own vote, Ms. Smith said …`: the topic of the question.
    const about = tokens[k]?.lower === "about" && !passive && tokens[k + 1]?.kind === "word";
    if (!about) {
      while (k < s.last && k - i <= MAX_ASKED_GAP && tokens[k]!.kind === "word" && !QUESTION_WORDS.has(tokens[k]!.lower)) k++;
      if (!QUESTION_WORDS.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.kind !== "word") continue;
    } else k++;
    const a = k;
    let b = -1;
    if (i === s.first || prev?.text !== ",") {
      // The main clause after the question: its subject, then a verb (`, Mrs. Clinton shook her head`).
      const main = mentions.find((m) => m.lead > a && tokens[m.lead - 1]?.text === "," && tokens[m.last]?.kind === "word" && !tokens[m.last]!.cap);
      if (main) b = main.lead - 1;
    }
    if (b < 0) b = clauseEnd(tokens, a, s.last);
    // A topic is a noun phrase: `about it after a Republican debate` ends before `after`.
    if (about) b = Math.min(b, objectEnd(tokens, a, s.last));
    const cue: Cue = { first: i, last: i + 1, lemma: "ask", gerund: false, sourceAfter: false, reporting: true, weak: false };
    out.push({ a, b, mention: by, cue });
  }
  return out;
}

/** A headline holds at most this many words. */
const MAX_HEADLINE_WORDS = 30;
/** Words that may stand between a label's source and its colon: `Clinton to Planned Parenthood:`, `Gillibrand on Hillary …:`. */
const MAX_LABEL_TAIL = 8;
/** Sources named by a common noun in headlines: `Poll: …`, `Report: …`. */
const LABEL_NOUNS = /^(?:poll|polls|survey|report|study|analysis|sources|source|officials|aides|experts|newspaper|insiders|witnesses)$/;

/**
 * `Lynch: No outside influence on FBI probe.`: a headline (the document's first paragraph, one sentence) that opens
 * with its source and a colon. Not section heads in the body (`Sanders: Win in a walk.`), nor transcripts (`PENCE: …`).
 */
function headlineLabel(para: AnalyzedParagraph, s: Sentence): { a: number; mention: Mention; cue: Cue } | undefined {
  const { tokens } = para;
  if (para.index !== 0 || s.first !== 0 || para.sentences.length !== 1 || countWords(tokens, s.first, s.last) > MAX_HEADLINE_WORDS) return undefined;
  let colon = -1;
  for (let k = s.first + 1; k < s.last && k <= s.first + MAX_LABEL_TAIL + 4; k++) {
    const t = tokens[k]!;
    if (t.text === ":") { colon = k; break; }
    if (t.kind !== "word" && t.text !== "." && t.text !== "-") return undefined;
  }
  if (colon < 0 || tokens[colon + 1]?.kind === undefined) return undefined;
  const mentions = para.mentions[sentenceIndex(para, s)] ?? [];
  let m = mentions.find((x) => x.lead === s.first || x.first === s.first);
  if (!m && tokens[s.first]!.kind === "word" && LABEL_NOUNS.test(tokens[s.first]!.lower) && colon === s.first + 1) {
    m = nounSource(para.text, tokens, para.index, s.first, colon);
  }
  if (!m || m.kind === "pronoun" || m.possessive) return undefined;
  // `Graham: …`, `Clinton camp: …`, `Clinton to Planned Parenthood: …`; a label in capitals is a transcript's.
  const gap = colon - m.last;
  if (gap < 0 || gap > MAX_LABEL_TAIL) return undefined;
  if (gap > 0 && !/^(?:on|to|camp|campaign|says|aide|aides|spokesman|spokeswoman|team|allies)$/.test(tokens[m.last]!.lower)) return undefined;
  if (/^[\p{Lu}\s.'’-]+$/u.test(para.text.slice(tokens[s.first]!.start, tokens[colon]!.start))) return undefined;
  const cue: Cue = { first: colon, last: colon + 1, lemma: ":", gerund: false, sourceAfter: false, reporting: true, weak: false };
  return { a: colon + 1, mention: m, cue };
}

/** How many tokens a source without a name may take after `according to` (`early results of exit polls conducted by …`). */
const MAX_DOCUMENT_SOURCE = 14;

/**
 * `according to a new poll`, `according to FEC records`, `according to the results`: a source that names no one, read
 * as a noun phrase up to the comma, the sentence's end or a new clause. It must open with a determiner or a capital.
 */
function documentSource(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  const a = cue.last;
  const t0 = tokens[a];
  if (!t0 || t0.kind !== "word" || !(t0.cap || /^(?:a|an|the|this|that|these|those|one|two|several|some|many|recent|new|early|preliminary|official|internal|court|public|state|federal|exit|his|her|their|its)$/.test(t0.lower))) return undefined;
  let b = a;
  while (b < s.last && b - a < MAX_DOCUMENT_SOURCE) {
    const t = tokens[b]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, b)) && t.text !== "-" && t.text !== "&") break;
    if (b > a && /^(?:that|which|who|because|but|while|as|when)$/.test(t.lower)) break;
    b++;
  }
  if (b === a || (b < s.last && tokens[b]!.kind === "word")) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/** Verbs of evidence, whose source may be a document (`records show`, `the audit found`). */
const EVIDENCE = new Set(["show", "find", "indicate", "suggest", "reveal", "demonstrate", "confirm"]);
/** Nouns of documents and data that report evidence. */
const DOCUMENT_NOUNS = /^(?:records|filings|filing|documents|document|reports|report|polls|poll|data|figures|results|surveys|survey|studies|study|statistics|numbers|estimates|emails|papers|analysis|analyses|review|audit|investigation|memo|letter|disclosures|returns|tallies|counts|projections|models|research|evidence)$/;
/** How many words a document's noun phrase may take before its verb (`FEC records from the 2008 presidential election cycle`). */
const MAX_DOCUMENT_SUBJECT = 12;

/**
 * Whether a document phrase holds the subject and says more: its modifiers come first (`new fundraising reports` for
 * `reports`) or it holds a name (`FEC records from the 2012 cycle` for `FEC`); `A survey by the board` stays `survey`.
 */
function widerDocument(doc: Mention, subject: Mention): boolean {
  if (doc.first > subject.lead || doc.last < subject.last) return false;
  return doc.first < subject.lead || (subject.kind === "name" && doc.last > subject.last);
}

/** `records show`, `new fundraising reports show`, `FEC records from the 2008 cycle show`: a document noun phrase right before the verb. */
function documentSubject(para: AnalyzedParagraph, s: Sentence, cue: Cue): Mention | undefined {
  const { tokens } = para;
  let b = cue.first;
  while (b > s.first && isAuxiliary(tokens[b - 1]!)) b--;
  let a = b;
  let head = false;
  while (a > s.first && b - a < MAX_DOCUMENT_SUBJECT) {
    const t = tokens[a - 1]!;
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, a - 1)) && t.text !== "-") break;
    if (t.kind === "word" && /^(?:and|but|or|that|which|while|as|because|so)$/.test(t.lower)) break;
    if (t.kind === "word" && DOCUMENT_NOUNS.test(t.lower)) head = true;
    a--;
  }
  if (!head || a === b) return undefined;
  return nounSource(para.text, tokens, para.index, a, b);
}

/** Index of sentence `s` in its paragraph (sentences are sorted by their first token). */
function sentenceIndex(para: AnalyzedParagraph, s: Sentence): number {
  return lowerBound(para.sentences, s.first, (x) => x.first);
}

/** Above this share of quoted characters, the clause is a direct quotation, reported as such. */
const MAX_QUOTED_SHARE = 0.5;

/** A quoted fragment may stand inside a clause introduced by `that` or inside a speech verb's object. */
function allowQuoted(tokens: readonly Token[], a: number, cue: Cue): boolean {
  return tokens[a - 1]?.lower === "that" || OBJECT_CLAUSE.has(cue.lemma) || tokens[a - 1]?.text === ":";
}

/** Tokens two ranges share. */
function shared(x: number, y: number, a: number, b: number): number {
  return Math.max(0, Math.min(y, b) - Math.max(x, a));
}

interface ExtraClause {
  readonly lemma: string;
  readonly cueLast: number;
  /** Content range; `a` < 0 when the verb closes the sentence and the content comes before it. */
  readonly a: number;
  readonly b: number;
  readonly min: number;
  /** True for a finite clause, which must hold a verb; false for an infinitive, a question or an object. */
  readonly clause: boolean;
}

/** The content of a verb of `lexicon/reporting-verbs` at token `i`, by the first of its classes that fits. */
function extraClause(tokens: readonly Token[], i: number, last: number): ExtraClause | undefined {
  const form = tokens[i]!.lower;
  let k = i + 1;
  const next = tokens[k];
  // Question: `asked (the senator) whether …`.
  const q = REPORTING_VERBS.question.get(form);
  if (q) {
    const w = skipObject(tokens, k, last, (t) => QUESTION_WORDS.has(t.lower));
    if (w >= 0 && tokens[w + 1]?.kind === "word") return { lemma: q, cueLast: i + 1, a: w, b: clauseEnd(tokens, w, last), min: MIN_INFINITIVE_WORDS + 1, clause: false };
  }
  // Particle: `called for …`, `pushed for …`.
  const p = PARTICLE_VERBS.get(form);
  if (p && next?.kind === "word") {
    const parts = objectParticles(p);
    if (parts.includes(next.lower)) {
      let e = k + 1;
      while (parts.includes(tokens[e]?.lower ?? "") && e - k < 2) e++;
      // `called on Congress to act`: the object and its infinitive.
      const to = skipObject(tokens, e, last, (t) => t.lower === "to");
      if (to >= 0 && tokens[to + 1]?.kind === "word" && !tokens[to + 1]!.cap) return { lemma: p, cueLast: e, a: e, b: clauseEnd(tokens, e, last), min: MIN_INFINITIVE_WORDS + 1, clause: false };
      if (startsObject(tokens[e])) return { lemma: p, cueLast: e, a: e, b: objectEnd(tokens, e, last), min: MIN_OBJECT_WORDS, clause: false };
    }
  }
  // Infinitive: `wants to …`, `urged the administration to …`, `declined to comment`.
  const inf = REPORTING_VERBS.infinitive.get(form);
  if (inf && !anonymityFormula(tokens, k)) {
    if (next?.lower === "to" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.cap) return { lemma: inf, cueLast: i + 1, a: k, b: clauseEnd(tokens, k, last), min: MIN_INFINITIVE_WORDS, clause: false };
    const to = skipObject(tokens, k, last, (t) => t.lower === "to");
    if (to > k && tokens[to + 1]?.kind === "word" && !tokens[to + 1]!.cap && !SPEECH_VERBS.has(tokens[k]!.lower)) {
      return { lemma: inf, cueLast: i + 1, a: k, b: clauseEnd(tokens, k, last), min: MIN_INFINITIVE_WORDS + 1, clause: false };
    }
  }
  // Clause: `believes (that) …`, `found that …`, `records show …`; or closing the sentence: `…, the report found.`
  const c = REPORTING_VERBS.clause.get(form);
  if (c) {
    while (k < last && isAuxiliary(tokens[k]!) && tokens[k]!.lower !== "to") k++;
    if (tokens[k]?.lower === "that" && tokens[k + 1]?.kind === "word") return { lemma: c, cueLast: i + 1, a: k + 1, b: clauseEnd(tokens, k + 1, last), min: MIN_CLAUSE_WORDS, clause: true };
    // `found he gave money to both parties`, but not `found him to be …` nor a list (`found X, Y and Z`).
    if (startsClause(tokens[k]) && tokens[k + 1]?.lower !== "to" && tokens[k + 2]?.lower !== "to" && !tokens.slice(k, Math.min(last, k + OBJECT_REACH)).some((t) => t.text === ",")) {
      return { lemma: c, cueLast: i + 1, a: k, b: clauseEnd(tokens, k, last), min: MIN_CLAUSE_WORDS + 1, clause: true };
    }
    if (tokens[k] === undefined || k >= last || /^[.!?]$/.test(tokens[k]!.text)) return { lemma: c, cueLast: i + 1, a: -1, b: -1, min: MIN_CLAUSE_WORDS, clause: true };
  }
  // Object: `endorsed Trump`, `criticized the president's foreign policy`.
  const o = REPORTING_VERBS.object.get(form);
  if (o && !form.endsWith("ing") && startsObject(next)) {
    let a = k;
    // `accused X of …`: the whole phrase.
    return { lemma: o, cueLast: i + 1, a, b: objectEnd(tokens, a, last), min: MIN_OBJECT_WORDS, clause: false };
  }
  return undefined;
}

/** `asked not to be named`, `declined to be identified`: a source's condition of anonymity reports nothing. */
function anonymityFormula(tokens: readonly Token[], k: number): boolean {
  let x = k;
  if (tokens[x]?.lower === "not") x++;
  return tokens[x]?.lower === "to" && tokens[x + 1]?.lower === "be" && /^(?:named|identified|quoted|cited)$/.test(tokens[x + 2]?.lower ?? "");
}

/** Skips a short object (a hearer) up to a token that passes `stop`; -1 when punctuation or a quotation comes first. */
function skipObject(tokens: readonly Token[], from: number, last: number, stop: (t: Token) => boolean): number {
  for (let k = from; k < last && k <= from + OBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && stop(t)) return k;
    if (t.kind !== "word") return -1;
    if (k > from && SPEECH_VERBS.has(t.lower) && !t.cap) return -1;
  }
  return -1;
}

function startsObject(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  if (t.cap) return true;
  return /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|what|both|all|any|more|new|further|stricter|tougher|greater|higher|lower|legislation|policies|plans|efforts|calls|action|changes|reforms|proposals)$/.test(t.lower);
}

/** Where an object ends: punctuation, a quotation, a subordinate clause, a time adverbial or a new verb after `and`. */
function objectEnd(tokens: readonly Token[], a: number, last: number): number {
  last = Math.min(last, a + MAX_CLAUSE_TOKENS);
  for (let k = a; k < last; k++) {
    const t = tokens[k]!;
    // `Sen. Ted Cruz`: the period of an abbreviation does not end the object.
    if (t.kind !== "word" && !(t.text === "." && !isStop(tokens, k))) return k;
    if (k === a) continue;
    if (OBJECT_STOP.test(t.lower)) return k;
    if ((t.lower === "last" || t.lower === "this" || t.lower === "next" || t.lower === "on" || t.lower === "in" || t.lower === "earlier") && TIME_NOUNS.test(tokens[k + 1]?.lower ?? "")) return k;
    if ((t.lower === "and" || t.lower === "or") && VERB_AFTER_AND.test(tokens[k + 1]?.lower ?? "")) return k;
    if (t.lower === "and" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.cap && (SPEECH_VERBS.has(tokens[k + 1]!.lower) || /ed$/.test(tokens[k + 1]!.lower))) return k;
  }
  return last;
}

/** The start of the clause after a speech cue (`said (that) …`), or -1. */
function clauseAfter(tokens: readonly Token[], cue: Cue, last: number, para: AnalyzedParagraph, s: Sentence): number {
  // Adverbials before `that` are skipped (`said in a statement on Tuesday that`); without `that`, only short ones (`said Tuesday`).
  let k = cue.last;
  const that = findToken(tokens, cue.last, last, "that", 8);
  // `argued during Saturday’s Democratic presidential debate that …`, `says at a campaign stop in Toledo, Ohio, that …`:
  // a prepositional phrase of any words (no verb of saying, no quotation) before `that`, which opens a clause
  // (`that he is …`), not a relative (`in a documentary that showed …`).
  const far = /^(?:in|at|on|during|to|with|before|after|from|over)$/.test(tokens[cue.last]?.lower ?? "") ? findToken(tokens, cue.last, last, "that", ADVERBIAL_REACH) : -1;
  if (that >= 0 && tokens.slice(cue.last, that).every((t) => t.kind === "word" && (TIME_WORDS.test(t.lower) || t.cap || isAuxiliary(t)))) k = that;
  else if (far >= 0 && startsClause(tokens[far + 1]) && tokens[far - 1]?.lower !== "condition" && tokens.slice(cue.last, far).every((t) => (t.kind === "word" && !(SPEECH_VERBS.has(t.lower) && !t.cap)) || t.text === ",")) k = far;
  else {
    while (k < last && (isAuxiliary(tokens[k]!) || (tokens[k]!.kind === "word" && SHORT_ADVERBIALS.test(tokens[k]!.lower)))) k++;
    // `said on Friday he met …`, `said in a statement the plan …`: a short time or place adverbial before a bare clause.
    if (/^(?:on|in|at|last|this|during)$/.test(tokens[k]?.lower ?? "")) {
      let x = k + 1;
      while (x < last && x - k <= 3 && tokens[x]!.kind === "word" && (TIME_WORDS.test(tokens[x]!.lower) || tokens[x]!.cap)) x++;
      if (x > k + 1 && startsClauseStrict(tokens[x])) k = x;
    }
  }
  const lemma = cue.lemma;
  if (HEARER_FIRST.has(lemma)) {
    // Skip the hearer: `told a senior Chinese military official that`, `told reporters he would …`.
    const that2 = findToken(tokens, cue.last, last, "that", ADVERBIAL_REACH);
    // `told “Meet the Press” that …`: a programme's title in marks may be the hearer.
    if (that2 >= 0 && !tokens.slice(cue.last, that2).some((t) => t.kind !== "word" && !QUOTE_MARK.test(t.text))) k = that2;
    else {
      const mentions = para.mentions[sentenceIndex(para, s)] ?? [];
      const ix = indexMentions(mentions);
      const hearer = ix.byFirst.get(cue.last) ?? ix.byLead.get(cue.last);
      if (hearer && startsClauseStrict(tokens[hearer.last])) return hearer.last;
      // `told the National Post he’s …`, `told reporters on Friday he would …`: a hearer the mention finder did not read.
      let x = cue.last;
      while (x < last && x - cue.last < MAX_HEARER && tokens[x]!.kind === "word" && (tokens[x]!.cap || HEARER_WORDS.test(tokens[x]!.lower))) x++;
      if (x > cue.last && startsClauseStrict(tokens[x])) return x;
    }
  }
  // `said that, if elected, he would …`: a parenthetical may open the clause.
  if (tokens[k]?.lower === "that") return tokens[k + 1]?.kind === "word" || tokens[k + 1]?.text === "," ? k + 1 : -1;
  if (BARE_CLAUSE.has(lemma) && !HEARER_FIRST.has(lemma) && startsClause(tokens[k])) return k;
  if (OPEN_CLAUSE.has(lemma) && openClause(tokens, k, last)) return k;
  // `says despite being a Stanford alumna, she plans …`, `said if elected he would …`: a fronted subordinate clause.
  if (OPEN_CLAUSE.has(lemma) && subordinateFirst(tokens, k, last)) return k;
  // `asked workers if they planned …`, `asked Clinton whether …`: a question after its hearer.
  if (lemma === "ask" || lemma === "wonder" || lemma === "question") {
    const w = skipObject(tokens, k, last, (t) => QUESTION_WORDS.has(t.lower));
    if (w >= 0 && tokens[w + 1]?.kind === "word") return w;
  }
  // `isn’t saying what other techniques he would support`, `did not say when`: an indirect question.
  if ((lemma === "say" || lemma === "tell" || lemma === "explain") && QUESTION_WORDS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.kind === "word") return k;
  // `announced his resignation`, `denied wrongdoing`, `confirmed reports that …`: the object of a speech verb.
  if (OBJECT_CLAUSE.has(lemma) && tokens[k]?.kind === "word" && (/^(?:the|a|an|his|her|their|its|our|this|that|any|new|plans)$/.test(tokens[k]!.lower) ||
    (!tokens[k]!.cap && (isNounWord(tokens[k]!.lower) || NOUN_ENDING.test(tokens[k]!.lower)) && !isFunctionWord(tokens[k]!.lower) && !isAuxiliary(tokens[k]!)))) {
    return k;
  }
  return -1;
}

/** How many tokens a bare clause's subject may run before its verb (`two dozen of Sen. Rand Paul’s Kentucky supporters in …`). */
const OPEN_CLAUSE_REACH = 14;

/** A past-tense form: one the lexicon lists (`lost`, `won`) or a regular one it does not (`undertaxed`). */
function isPastForm(lower: string): boolean {
  return isPastTense(lower) || (lower.length > 4 && lower.endsWith("ed") && isUnknownWord(lower));
}

/** `b`, or where a closing time adverbial (`on Friday`, `last week`, `earlier this month`) starts. */
function withoutTrailingTime(tokens: readonly Token[], a: number, b: number): number {
  let end = b;
  while (end > a && tokens[end - 1]!.kind === "punct") end--;
  for (let k = Math.max(a + 1, end - 3); k < end; k++) {
    if (/^(?:on|last|this|next|earlier|later|in)$/.test(tokens[k]!.lower) && TIME_NOUNS.test(tokens[end - 1]!.lower)) return k;
  }
  return b;
}

/** A quotation mark left as punctuation: the marks of a title, which is no quotation. */
const QUOTE_MARK = /^["“”‘’'«»„]$/;

/** How many tokens a prepositional phrase may take between a cue and its `that`. */
const ADVERBIAL_REACH = 14;

/** How far a fronted subordinate clause may run before its main clause's subject. */
const SUBORDINATE_REACH = 16;

/** `despite being …, she plans`, `if elected president he could`: a subordinator, then a main clause with a subject and a verb. */
function subordinateFirst(tokens: readonly Token[], k: number, last: number): boolean {
  if (!/^(?:despite|if|when|once|after|before|although|though|because|while|unless|until|as)$/.test(tokens[k]?.lower ?? "")) return false;
  for (let x = k + 2; x < last && x <= k + SUBORDINATE_REACH; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" && t.text !== ",") return false;
    if (t.kind === "word" && startsClauseStrict(t) && hasFiniteVerb(tokens, x, Math.min(last, x + 3))) return true;
  }
  return false;
}

/** A lower-case word that may open a bare clause after `said`: not a preposition or an answer, and a verb follows soon. */
function openClause(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || t.lower.endsWith("ly")) return false;
  // `says too much is made of …`: a degree word before a quantity opens the clause.
  if (NOT_CLAUSE_START.test(t.lower) && !(t.lower === "too" && /^(?:much|many|few|little)$/.test(tokens[k + 1]?.lower ?? "")) &&
    !(/^(?:at|about|nearly|almost|more|over|up)$/.test(t.lower) && /^(?:least|most|\d.*|half|a|one|two|three|four|five|six|seven|eight|nine|ten|than|to)$/.test(tokens[k + 1]?.lower ?? ""))) return false;
  // `said families of victims sue`: a finite verb within a few words, before any punctuation.
  for (let x = k + 1; x < last && x < k + OPEN_CLAUSE_REACH; x++) {
    const u = tokens[x]!;
    // `34,570 citizens`, `Sen. Rand Paul`: a thousands comma or an abbreviation's period goes on.
    if (u.kind !== "word" && !(u.text === "," && /^\d/.test(tokens[x + 1]?.text ?? "")) && !(u.text === "." && !isStop(tokens, x))) return false;
    if (u.kind !== "word") continue;
    if (FINITE.test(u.lower.replace(/’/g, "'"))) return true;
    // `says millions lost their homes`: a past form after the subject's first words.
    if (!u.cap && isPastForm(u.lower) && !NOUN_BEFORE.test(tokens[x - 1]!.lower)) return true;
  }
  return false;
}

/** Where a clause before a cue starts: after a fronted `But`, a dateline dash or an opening colon. */
function clauseStart(tokens: readonly Token[], first: number, end: number): number {
  let a = Math.max(first, end - MAX_CLAUSE_TOKENS);
  for (let k = a; k < end; k++) if (tokens[k]!.kind === "punct" && /^(?:—|–|―|--|;|:)$/.test(tokens[k]!.text)) a = k + 1;
  return a;
}

/** Only adverbials (`in a statement`, `on Tuesday`) stand between `from` and the sentence's final stop. */
function closesSentence(tokens: readonly Token[], from: number, last: number): boolean {
  let k = from;
  while (k < last && k - from <= MAX_TAIL_TOKENS && ((tokens[k]!.kind === "word" && (TIME_WORDS.test(tokens[k]!.lower) || tokens[k]!.cap)) || tokens[k]!.text === ",")) k++;
  return k >= last || /^[.!?]$/.test(tokens[k]!.text);
}

function findToken(tokens: readonly Token[], from: number, to: number, text: string, max: number): number {
  for (let k = from; k < to && k < from + max; k++) if (tokens[k]!.lower === text || tokens[k]!.text === text) return k;
  return -1;
}

/**
 * A clause ends at the sentence end, a dash, semicolon or bracket, a participial cue (`, adding that …`),
 * `according to`, or a second verb of saying (`… and said that …`, `…, he said`).
 */
function clauseEnd(tokens: readonly Token[], a: number, last: number): number {
  last = Math.min(last, a + MAX_CLAUSE_TOKENS);
  for (let k = a; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) return k;
    const nx = tokens[k + 1]?.lower ?? "";
    // `, adding that …`: the participle goes on reporting, unless it carries a quotation of its own.
    if (t.text === "," && /^(?:adding|saying|noting|arguing|insisting|explaining|warning|calling|stressing|according)$/.test(nx)) {
      if (nx === "according") return k;
      for (let x = k + 1; x < last; x++) if (tokens[x]!.kind === "quote") return k;
    }
    if (t.text === "," && (nx === "but" || nx === "however")) return k;
    // `…, while about 4 in 10 want …`: a contrast opens a clause of its own.
    if (t.text === "," && (nx === "while" || nx === "whereas")) return k;
    // `…, who is the ex-wife of …` to the sentence's end: a relative clause of the writer's about the last noun.
    if (t.text === "," && k > a && /^(?:which|who|whom|where)$/.test(nx) && !hasComma(tokens, k + 2, last)) return k;
    // `…, and has championed an agenda …`: a second predicate of the sentence's subject.
    if (t.text === "," && nx === "and" && /^(?:has|have|had)$/.test(tokens[k + 2]?.lower ?? "") && isPastForm(tokens[k + 3]?.lower ?? "")) return k;
    // `…, putting them ahead of …`: a participial phrase of the sentence, not of the report.
    if (t.text === "," && k > a && nx.endsWith("ing") && tokens[k + 1]!.kind === "word" && !tokens[k + 1]!.cap && !CONTINUING_PARTICIPLES.has(nx) && isParticiple(nx)) return k;
    // `… and three-quarters said …`, `…, though she acknowledged …`: a new subject with its own verb of saying.
    if ((t.text === "," || /^(?:and|but|though|although|while)$/.test(t.lower)) && k > a && newReport(tokens, k + 1, last)) return k;
    if ((t.lower === "and" || t.lower === "but" || t.text === ",") && k > a) {
      let x = k + 1;
      while (x < last && isAuxiliary(tokens[x]!) && tokens[x]!.lower !== "to") x++;
      const v = tokens[x];
      if (v && v.kind === "word" && !v.cap && SPEECH_VERBS.has(v.lower) && !v.lower.endsWith("ing") && !NOT_REPORTING.has(v.lower)) return tokens[k - 1]?.text === "," ? k - 1 : k;
    }
  }
  return last;
}

/** Participles that go on with the report (`, adding that …`) or belong to its content (`, including …`). */
const CONTINUING_PARTICIPLES = new Set(["adding", "saying", "noting", "arguing", "insisting", "explaining", "warning", "stressing", "calling", "including", "excluding", "according", "following", "regarding", "concerning", "pending"]);

/** A gerund or present participle: an `-ing` form that is neither a noun (`building`, `nothing`) nor a preposition (`during`). */
function isParticiple(lower: string): boolean {
  return lower.length > 5 && !isNounWord(lower) && !isFunctionWord(lower);
}

/** How many words a new subject may run before its verb of saying (`more than 4 in 10 said`). */
const NEW_SUBJECT_REACH = 7;

/** Forms of a verb of saying that report on their own (`said`, `says`, `acknowledged`); `rules`, `states` are nouns as often. */
const REPORT_FORM = /^(?:[a-z]+ed|said|says|say|told|tells|wrote|writes|thought|thinks|think)$/;

/** A new subject followed by a finite verb of saying starts at `k`: `three-quarters said`, `she acknowledged`. */
function newReport(tokens: readonly Token[], k: number, last: number): boolean {
  if (tokens[k]?.kind !== "word" || isAuxiliary(tokens[k]!)) return false;
  for (let x = k + 1; x < last && x <= k + NEW_SUBJECT_REACH; x++) {
    const t = tokens[x]!;
    if (t.kind !== "word" && t.text !== "-" && t.text !== ".") return false;
    if (t.kind !== "word" || t.cap) continue;
    if (isAuxiliary(t)) continue;
    if (SPEECH_VERBS.has(t.lower) && REPORT_FORM.test(t.lower) && !NOT_REPORTING.has(t.lower)) {
      // `the plan said to cost …` is no report; the subject must not be a bare article.
      return !/^(?:the|a|an)$/.test(tokens[x - 1]!.lower);
    }
    if (/^(?:that|which|who|to|is|are|was|were)$/.test(t.lower)) return false;
  }
  return false;
}

/** True when a comma stands between `from` and `to`. */
function hasComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text === ",") return true;
  return false;
}

/** A word without its contraction (`he’d` → `he`, `they’re` → `they`). */
function bare(lower: string): string {
  return lower.replace(/['’](?:d|ll|re|ve|m|s)$/, "");
}

function startsClauseStrict(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  return /^(?:he|she|they|it|we|i|you|there)$/.test(bare(t.lower));
}

function startsClause(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === "quote") return false;
  if (t.kind !== "word") return false;
  return t.cap || /^(?:he|she|they|it|we|i|you|there|the|a|an|his|her|their|its|our|this|these|those|no|nobody|everyone|someone|all|some|many|most|both)$/.test(bare(t.lower));
}

/** Verbs whose content may be a bare noun phrase: `the poll shows Clinton taking a lead`, `tweeted his congratulations`. */
const VERBLESS_CONTENT = new Set(["show", "find", "reveal", "indicate", "demonstrate", "charge", "confirm", "tweet"]);

/** Finite forms that mark a clause: auxiliaries, modals, their negations and contractions (`she’s`, `doesn’t`). */
const FINITE = /^(?:is|are|was|were|am|has|have|had|will|would|could|should|can|may|might|must|shall|do|does|did|cannot|[a-z]+n't|[a-z]+'(?:s|re|ve|d|ll|m)|'(?:s|re|ve|d|ll|m))$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|it|who)$/;

/**
 * A clause's verb: an auxiliary, a finite form the lexicon knows, a regular past (`commented`), a present after a noun
 * (`the program brings`) or any verb after a subject pronoun (`they only buy American`).
 */
function hasFiniteVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return true;
    if (t.kind !== "word" || (t.cap && k > a)) continue;
    const w = t.lower.replace(/’/g, "'");
    // `he’s`, `it’s`, `there’s`: an `’s` the tokenizer did not read as a possessive is `is` or `has`.
    if (!t.possessive && /['’]s$/.test(t.text)) return true;
    const prev = k > a ? tokens[k - 1]! : undefined;
    // `wrote the letter and sent it`: a verb right after a conjunction shares the report's own subject.
    if (prev && /^(?:and|or|but|then)$/.test(prev.lower)) continue;
    if (FINITE.test(w) || isFiniteVerb(w)) return true;
    if (w.length > 4 && w.endsWith("ed")) return true;
    if (prev && prev.kind === "word" && !NOUN_BEFORE.test(prev.lower)) {
      if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && isUnknownWord(w)) return true;
      if ((SUBJECT_PRONOUN.test(prev.lower) || (SUBJECT_PRONOUN.test(tokens[k - 2]?.lower ?? "") && k - 2 >= a && prev.lower.endsWith("ly"))) && !isFunctionWord(w)) return true;
    }
    if (prev && SUBJECT_PRONOUN.test(prev.lower) && /^(?:only|also|just|still|never|already|really|even)$/.test(w)) return true;
  }
  return false;
}

function countWords(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === "word") n++; else if (tokens[k]!.kind === "quote") n += 2;
  return n;
}
