// Inputs built to be slow (issue #5). Each generator takes a target size in UTF-8 bytes and
// returns a string of about that size. Shared by bench/pathological.mjs (timings) and
// test/pathological.test.ts (no crash, valid result, at small sizes).

import { existsSync, readFileSync } from "node:fs";

// The reference article (entity-encoded WordPress markup), read at run time when present.
const SEED_PATH = new URL("../../shared/seed/article.txt", import.meta.url);
const FALLBACK_ARTICLE = "Headline here\n\nMr Putin said: “We will cooperate.”\n\n“It is calm,” he added. Gen Zhang said that ties were strong.\n\n";
let seedText = null;
function seedArticle() {
  if (seedText === null) seedText = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, "utf8") : FALLBACK_ARTICLE;
  return seedText;
}

/** Repeats `unit(i)` until the UTF-8 size reaches `bytes`. */
function fill(bytes, unit, head = "", tail = "") {
  const parts = [head];
  let size = Buffer.byteLength(head, "utf8") + Buffer.byteLength(tail, "utf8");
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += Buffer.byteLength(u, "utf8");
  }
  parts.push(tail);
  return parts.join("");
}

/** A pronounceable distinct capitalised surname for every i (Bakoti, Bakotu, …). */
export function surname(i) {
  const C = "bdfgklmnprstvz", V = "aeiou";
  let s = "";
  let n = i + 1;
  while (n > 0) {
    s += C[n % C.length] + V[Math.floor(n / C.length) % V.length];
    n = Math.floor(n / (C.length * V.length));
  }
  return s[0].toUpperCase() + s.slice(1);
}

const WORDS = "the minister said that talks would continue next week despite the row over funding".split(" ");
const word = (i) => WORDS[i % WORDS.length];

/** name → { description, make(bytes) => string } */
export const PATHOLOGICAL = {
  "open-curly-marks": { description: "“ ×N (nothing else)", make: (b) => fill(b, () => "“") },
  "open-curly-words": { description: "“word ×N, never closed", make: (b) => fill(b, (i) => `“${word(i)} `) },
  "close-curly-words": { description: "word” ×N, never opened", make: (b) => fill(b, (i) => `${word(i)}” `) },
  "straight-quotes": { description: '" ×N (nothing else)', make: (b) => fill(b, () => '"') },
  "straight-quotes-words": { description: '"word ×N (odd pairing everywhere)', make: (b) => fill(b, (i) => `"${word(i)} `) },
  "apostrophes": { description: "’ ×N", make: (b) => fill(b, () => "’") },
  "single-open-marks": { description: "‘ ×N", make: (b) => fill(b, () => "‘") },
  "apostrophes-words": { description: "don’t ‘word Russia’s ’90s mixed ×N", make: (b) => fill(b, (i) => (i % 3 === 0 ? `don’t ‘${word(i)} ` : i % 3 === 1 ? `Russia’s ’90s ` : `‘${word(i)}’ `)) },
  "unclosed-p": { description: "<p>text ×N, never closed (60k at 1 MB)", make: (b) => fill(b, (i) => `<p>${word(i)} ${word(i + 1)} `) },
  "nested-div": { description: "20k nested <div> with attributes, a quote at the bottom", make: (b) => {
    const n = Math.max(1, Math.floor(b / 52));
    const open = (i) => `<div class="wrapper-${i % 97}" id="d${i}">`;
    return fill(b / 2, open) + "<p>“Hello there,” said Mr Smith.</p>" + "</div>".repeat(n);
  } },
  "no-space": { description: "letters, marks and punctuation without a single space", make: (b) => fill(b, (i) => (i % 2 ? "said“Hello,”MrSmith." : "abcdefghijklmnopqrstuvwxyz")) },
  "one-long-word": { description: "a single 1 MB word", make: (b) => "x".repeat(b) },
  "unclosed-script": { description: "<p>…</p><script> then markup-like JS to the end", make: (b) => fill(b, (i) => `var a${i} = "<p>“x,” said Mr Smith.</p>"; `, "<html><body><p>“Hello,” said Mr Smith.</p><script>") },
  "unclosed-comment": { description: "<p>…</p><!-- then markup to the end", make: (b) => fill(b, () => `<p>“x,” said Mr Smith.</p> `, "<html><body><p>“Hello,” said Mr Smith.</p><!--") },
  "entity-amp": { description: "&amp; ×200k", make: (b) => fill(b, () => "&amp;") },
  "entity-ldquo-hex": { description: "&#x201C; ×N", make: (b) => fill(b, () => "&#x201C;") },
  "entity-newline": { description: "&NewLine; ×N", make: (b) => fill(b, () => "&NewLine;") },
  "entity-mixed-words": { description: "&lt;p&gt;&OpenCurlyDoubleQuote;word&comma; ×N (encoded markup flood)", make: (b) => fill(b, (i) => `&lt;p&gt;&OpenCurlyDoubleQuote;${word(i)}&comma; `) },
  "double-encoded": { description: "&amp;lt;p&amp;gt;…&amp;lt;/p&amp;gt; ×N", make: (b) => fill(b, (i) => `&amp;lt;p&amp;gt;&amp;ldquo;Quote ${i},&amp;rdquo; said Mr ${surname(i % 500)}.&amp;lt;/p&amp;gt;\n`) },
  "fronted-clause-said": { description: "While + `X said that …` ×N, one sentence without a comma", make: (b) => fill(b, (i) => `the minister said that talks would continue ${word(i)} `, "While ") },
  "said-sentences-one-paragraph": { description: "Mr X said “…” ×N in one paragraph, distinct names", make: (b) => fill(b, (i) => `Mr ${surname(i)} said “this is quote number ${i}.” `) },
  "said-sentences-paragraphs": { description: "Mr X said “…” ×N, one paragraph each", make: (b) => fill(b, (i) => `Mr ${surname(i)} said “this is quote number ${i}.”\n\n`) },
  "said-sentences-html": { description: "<p>“…,” Mr X said.</p> ×N", make: (b) => fill(b, (i) => `<p>“This is quote number ${i},” Mr ${surname(i)} said.</p>\n`) },
  "pronoun-chain": { description: "one name then He said “…” ×N, one paragraph each", make: (b) => fill(b, (i) => `He said “quote ${i}.”\n\n`, "Mr Smith spoke to reporters.\n\n") },
  "multi-paragraph-quote": { description: "“paragraph without closing mark ×N (continuation chain)", make: (b) => fill(b, (i) => `“This is part ${i} of a very long statement\n\n`, "Mr Smith said:\n\n") },
  "inline-script": { description: "an article with 1 MB of inline <script> in the middle", make: (b) => fill(b, (i) => `function f${i}(a){return a<${i}&&a>0?"“x”":'<p>'}\n`, "<html><body><article><p>“Hello,” said Mr Smith.</p><script>", "</script><p>“Bye,” said Mr Jones.</p></article></body></html>") },
  "deep-quote-nesting": { description: "“‘“‘… nested N deep, then closed", make: (b) => {
    const half = Math.floor(b / 2);
    const opens = fill(half, (i) => (i % 2 ? "‘a " : "“b "));
    const n = opens.length / 3;
    return "Mr Smith said " + opens + Array.from({ length: n }, (_, i) => ((n - 1 - i) % 2 ? "’ " : "” ")).join("");
  } },
  "guillemets-nesting": { description: "«‹„「 nested openers then closers", make: (b) => {
    const O = ["«", "‹", "„", "「"], C = ["»", "›", "“", "」"];
    const k = Math.floor(b / 8);
    return "Mr Smith said " + Array.from({ length: k }, (_, i) => O[i % 4] + "x ").join("") + Array.from({ length: k }, (_, i) => C[(k - 1 - i) % 4] + " ").join("");
  } },
  "seed-article-repeated": { description: "the reference article (entity-encoded markup) repeated to size", make: (b) => fill(b, () => seedArticle() + "\n\n") },
  "blank-lines": { description: "\\n\\n ×N with single letters (hundreds of thousands of paragraphs)", make: (b) => fill(b, (i) => (i % 2 ? "\n\n" : "a")) },
  // Issue #14: a sentence-end test that backtracked over a whole quotation; a transcript-label
  // pattern that backtracked over runs of spaces; tens of thousands of one short sentence.
  "quote-of-bangs": { description: "Bob Smith said: “!!!…!0” Bob agreed. (one quotation of punctuation)", make: (b) => fill(b, () => "!", "Bob Smith said: “", "0” Bob agreed.") },
  "quote-label-spaces": { description: "“\\tA followed by spaces and no colon (transcript-label shape)", make: (b) => fill(b, () => "  ", "Mr Smith said: “\tA", " ”") },
  // A transcript label (`SMITH:`) looked for its name among every entity of the article: quadratic (1 MB: 23 s).
  "transcript-labels": { description: "“SEN X: …” ×N, one paragraph each, each label a new name", make: (b) => fill(b, (i) => `“SEN ${surname(i).toUpperCase()}: We will vote on it.”\n\n`) },
  // Each new role of a speaker was searched for among all of its roles: quadratic (1 MB: 4.3 s).
  "one-name-many-roles": { description: "Bob Smith, the chief executive of X Holdings, said “yes.” ×N, each role new", make: (b) => fill(b, (i) => `Bob Smith, the chief executive of ${surname(i)} Holdings, said “yes.”\n\n`) },
  // The headline test of a quoted fragment counted the words of the whole sentence at every cue: quadratic on one
  // sentence without a stop (0.5 MB: 3.4 s).
  "says-quoted-one-sentence": { description: "Smith says the plan was “good”, ×N (one paragraph, one sentence)", make: (b) => fill(b, () => "Smith says the plan was “good”, ") },
  "mr-smith-said-yes": { description: "Mr Smith said “yes”.  ×N (one paragraph, one name)", make: (b) => fill(b, () => "Mr Smith said “yes”. ") },
  // Issue 14: htmlparser2 keeps its open-element stack in quadratic time; the parser's nesting limit bounds it.
  "div-open-flood": { description: "<div> ×N, never closed (400k at 2 MB)", make: (b) => fill(b, () => "<div>") },
  "nested-table-cells": { description: "<table><tr><td> nested ×N", make: (b) => fill(b, () => "<table><tr><td>") },
  "div-then-unmatched-span": { description: "k <div> then k unmatched </span>", make: (b) => "<div>".repeat(Math.floor(b / 12)) + "</span>".repeat(Math.floor(b / 12)) },
  "form-divs-forms": { description: "<form> + k <div> + k <form>", make: (b) => "<form>" + "<div>".repeat(Math.floor(b / 11)) + "<form>".repeat(Math.floor(b / 11)) },
  "aside-divs-title-entities": { description: "<aside> + k <div> + <title> + k &amp; (title text under a deep stack)", make: (b) => "<aside>" + "<div>".repeat(Math.floor(b / 10)) + "<title>" + "&amp;".repeat(Math.floor(b / 10)) },
};
