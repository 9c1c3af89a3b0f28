import type { QuoteSpan } from "../quotes";
import { documentWords } from "./document-words";
import { findMentions, type Mention } from "./find-mentions";
import { splitSentences, type Sentence } from "./split-sentences";
import { tokenize, type Token } from "./tokenize";

/** A paragraph read for attribution: its tokens (quotations as single tokens), sentences and mentions. */
export interface AnalyzedParagraph {
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Mentions of each sentence, in order. */
  readonly mentions: readonly (readonly Mention[])[];
}

/** Where a quotation sits: its paragraph, sentence and token. */
export interface QuoteSite {
  readonly paragraph: number;
  readonly sentence: number;
  readonly token: number;
}

/** The whole document read for attribution. */
export interface Analysis {
  readonly paragraphs: readonly AnalyzedParagraph[];
  readonly quotes: readonly QuoteSpan[];
  readonly sites: readonly QuoteSite[];
}

const NO_QUOTES: readonly { span: QuoteSpan; index: number }[] = [];

/**
 * Tokenises every paragraph around its quotations, splits sentences and finds mentions in the writer's words only.
 * @example
 * const paragraphs = ["“We will win,” Ms Ruiz said."];
 * const analysis = analyze(paragraphs, findQuotations(paragraphs).quotes);
 * // analysis.paragraphs[0].mentions[0][0].text === "Ms Ruiz"
 */
export function analyze(paragraphs: readonly string[], quotes: readonly QuoteSpan[]): Analysis {
  const sites: QuoteSite[] = new Array(quotes.length);
  const out: AnalyzedParagraph[] = [];
  for (const para of analyzeParagraphs(paragraphs, quotes)) {
    para.sentences.forEach((s, si) => {
      for (let k = s.first; k < s.last; k++) {
        const t = para.tokens[k]!;
        if (t.kind === "quote") sites[t.quote] = { paragraph: para.index, sentence: si, token: k };
      }
    });
    out.push(para);
  }
  return { paragraphs: out, quotes, sites };
}

/**
 * The paragraphs read one at a time, in order, as `analyze` reads them. Attribution consumes each before the next is
 * read, so that tokens, sentences and mentions live for one paragraph rather than the whole document: a page of
 * hundreds of thousands of short paragraphs otherwise kept them all, and the garbage collector walked them again and
 * again (a third of the time on such pages).
 */
export function* analyzeParagraphs(paragraphs: readonly string[], quotes: readonly QuoteSpan[]): Generator<AnalyzedParagraph, void, undefined> {
  // Quotations by paragraph; only paragraphs that hold one get a list (a page may have hundreds of thousands of paragraphs).
  const byParagraph = new Map<number, { span: QuoteSpan; index: number }[]>();
  for (let index = 0; index < quotes.length; index++) {
    const span = quotes[index]!;
    if (span.paragraph < 0 || span.paragraph >= paragraphs.length) continue;
    const list = byParagraph.get(span.paragraph);
    if (list) list.push({ span, index });
    else byParagraph.set(span.paragraph, [{ span, index }]);
  }
  // Tokens of full names seen so far: `Frank` alone is a name once `Barney Frank` has been met.
  const known = new Set<string>();
  // The case each word takes across the article: a capitalised common word opening a sentence is no name.
  const words = documentWords(paragraphs);
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const qs = byParagraph.get(p)?.sort((a, b) => a.span.open - b.span.open) ?? NO_QUOTES;
    const tokens = tokenize(text, qs);
    const sentences = splitSentences(tokens, p);
    const mentions: (readonly Mention[])[] = new Array(sentences.length);
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      const found = findMentions(text, tokens, s.first, s.last, p, known, words);
      for (const m of found) if (m.kind === "name" && m.nameTokens.length > 1 && m.entityKind !== "organization") for (const w of m.nameTokens) known.add(w);
      mentions[si] = found;
    }
    yield { index: p, text, tokens, sentences, mentions };
  }
}
