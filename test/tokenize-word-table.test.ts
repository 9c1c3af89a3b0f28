/**
 * tokenize keeps what each word tells in a table (src/speakers/tokenize.ts): short words' characters in a pool, longer
 * ones by their string, the longest not at all; the table grows and is emptied when full. Whatever the table holds,
 * a word's token must be what reading the word afresh gives.
 */
import { tokenize, type Token } from "../src/speakers";
import { wordClasses, wordForms } from "../src/speakers/word-tags";

/** What a plain word (no apostrophe) tells, read afresh. */
function expected(word: string): Pick<Token, "text" | "lower" | "cap" | "possessive" | "classes" | "forms"> {
  const lower = word.toLowerCase();
  return { text: word, lower, cap: /^\p{Lu}/u.test(word), possessive: false, classes: wordClasses(lower), forms: wordForms(lower) };
}

function words(text: string): Pick<Token, "text" | "lower" | "cap" | "possessive" | "classes" | "forms">[] {
  return tokenize(text, []).filter((t) => t.kind === "word").map(({ text: w, lower, cap, possessive, classes, forms }) => ({ text: w, lower, cap, possessive, classes, forms }));
}

describe("tokenize's word table", () => {
  it("gives each word of any length its own reading, met once or again, whatever words of the same start it holds", () => {
    const list: string[] = [];
    for (let n = 1; n <= 50; n++) {
      const w = "statesmanship".repeat(4).slice(0, n);
      list.push(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1));
    }
    const text = list.join(" ");
    const want = list.map(expected);
    expect(words(text)).toEqual(want);
    expect(words(text)).toEqual(want);
    expect(words(`${text} ${text}`)).toEqual([...want, ...want]);
  });

  it("reads a long word's possessive and plural possessive alike when met again", () => {
    const text = "Internationalization’s reach and the Internationalizations' reach";
    const first = tokenize(text, []).map((t) => [t.text, t.lower, t.possessive]);
    expect(first).toEqual([["Internationalization’s", "internationalization", true], ["reach", "reach", false], ["and", "and", false], ["the", "the", false], ["Internationalizations'", "internationalizations", true], ["reach", "reach", false]]);
    expect(tokenize(text, []).map((t) => [t.text, t.lower, t.possessive])).toEqual(first);
  });

  it("stays right as it grows past its first size and is emptied when full", () => {
    const many = Array.from({ length: 70000 }, (_, i) => `w${i.toString(36)}`);
    const paragraphs: string[] = [];
    for (let i = 0; i < many.length; i += 5000) paragraphs.push(many.slice(i, i + 5000).join(" "));
    for (const p of paragraphs) expect(words(p).map((t) => t.text)).toEqual(p.split(" "));
    const again = many.filter((_, i) => i % 997 === 0).join(" ");
    expect(words(again)).toEqual(again.split(" ").map(expected));
    expect(words("Said said SAID")).toEqual(["Said", "said", "SAID"].map(expected));
  });
});
