/**
 * The browser build's stand-in for `entities/decode` (tsup.config.ts points every import of it there, htmlparser2's
 * included): named character references are decoded by the browser's own HTML parser instead of the 18 KB table of
 * names the `entities` package ships. Browsers implement the same WHATWG list and the same rules (longest match, legacy
 * names without `;`, the attribute rule for `&amp=`), so the results are the same character for character; numeric
 * references follow the standard's few rules here, without asking the DOM (a page of distinct numbers stays fast) (test/browser/entities.mjs decodes every named reference both ways in
 * Chromium, in text and in attributes, followed by each kind of character).
 *
 * Where there is no DOM (a Web Worker, a server runtime loading the browser build), or it cannot be used (Trusted Types)
 * or decodes otherwise, the `entities` decoder is loaded instead, as a separate chunk, before the module finishes
 * loading (top-level `await`), so the API stays synchronous.
 *
 * Only what whosaid and htmlparser2's Tokenizer use is provided: `decodeHTML`, `EntityDecoder` (text and attribute
 * modes; whosaid never parses XML), `DecodingMode` and the decode trees, which are mere tokens here.
 */

/** How `EntityDecoder` decodes (the values of `entities`' enum). */
export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 } as const;
type Mode = (typeof DecodingMode)[keyof typeof DecodingMode];

let template: HTMLTemplateElement | undefined;

/**
 * Whether this realm's DOM decodes as the HTML standard says: a few references whose decoding differs between the
 * standard and simpler decoders (a legacy name inside a longer word, a legacy name before `=` in an attribute, a
 * Windows-1252 number). False where there is no DOM, where `innerHTML` is refused (a page enforcing Trusted Types) or
 * where a DOM stand-in decodes otherwise.
 */
function platformDecodes(): boolean {
  try {
    if (typeof document === "undefined" || typeof document.createElement !== "function") return false;
    template = document.createElement("template");
    template.innerHTML = '<i title="&amp=&notit;&lt">&notit;&amp&#128;</i>';
    const probe = template.content.firstChild as Element;
    return probe.getAttribute("title") === "&amp=&notit;<" && probe.textContent === "\u00ACit;&\u20AC";
  } catch {
    return false;
  }
}

/** The `entities` decoder, loaded only where the DOM cannot decode (see `platformDecodes`). */
const fallback: typeof import("./entities-fallback") | undefined = platformDecodes() ? undefined : await import("./entities-fallback");

/** Passed to `EntityDecoder` by htmlparser2; the decoder below ignores it (the real one when there is no DOM does not). */
export const htmlDecodeTree = fallback?.htmlDecodeTree as unknown as Uint16Array;
export const xmlDecodeTree = fallback?.htmlDecodeTree as unknown as Uint16Array;

/** Longest named reference (`CounterClockwiseContourIntegral`, 31) and then some: more letters never change a match. */
const MAX_NAME = 32;
/** Decoded names kept per mode before the cache starts over (a page can hold any number of unknown names). */
const CACHE_SIZE = 4096;

const textCache = new Map<string, string>();
const attributeCache = new Map<string, string>();

/**
 * What the browser makes of `ref` (`&` and a name: letters, digits, `;`, `=`) in text or in an attribute value. The
 * markup parsed is only that (no tag can come from the page) and a `<template>`'s content is inert: nothing runs or loads.
 */
function platformDecode(ref: string, attribute: boolean): string {
  const cache = attribute ? attributeCache : textCache;
  let out = cache.get(ref);
  if (out !== undefined) return out;
  const t = template!;
  t.innerHTML = attribute ? `<i title="${ref}"></i>` : ref;
  out = attribute ? (t.content.firstChild as Element).getAttribute("title")! : t.content.textContent!;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(ref, out);
  return out;
}

/** What code points 0x80–0x9F of a numeric reference stand for (Windows-1252; 0: themselves), as the standard says. */
const C1 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

/** The code point a numeric reference gives: U+FFFD for NUL, surrogates and past U+10FFFF, Windows-1252 for C1. */
function numericReplacement(value: number): number {
  if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return 0xfffd;
  return value >= 0x80 && value <= 0x9f ? C1[value - 0x80] || value : value;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
const isAlnum = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);

/** A reference read: characters taken from `&` on (0: none) and what they stand for. */
interface Read {
  consumed: number;
  text: string;
}
const NONE: Read = { consumed: 0, text: "" };

/**
 * Reads the reference whose `&` stands just before `from` in `input`, as the HTML tokenizer would. `null` when the
 * input ends before the reference does and `atEnd` is false (a streaming caller may have more to give).
 */
function readReference(input: string, from: number, attribute: boolean, atEnd: boolean): Read | null {
  let i = from;
  const n = input.length;
  if (input.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = (input.charCodeAt(i) | 32) === 120; /* x */
    if (hex) i++;
    const digitStart = i;
    while (i < n && (hex ? isHex(input.charCodeAt(i)) : isDigit(input.charCodeAt(i)))) i++;
    if (i === n && !atEnd) return null;
    if (i === digitStart) return NONE;
    let value = 0;
    for (let d = digitStart; d < i && value <= 0x10ffff; d++) {
      const c = input.charCodeAt(d);
      value = value * (hex ? 16 : 10) + (c <= 57 ? c - 48 : (c | 32) - 87);
    }
    if (input.charCodeAt(i) === 59 /* ; */) i++;
    return { consumed: 1 + i - from, text: String.fromCodePoint(numericReplacement(value)) };
  }
  while (i < n && i - from < MAX_NAME && isAlnum(input.charCodeAt(i))) i++;
  if (i === n && !atEnd) return null;
  if (i === from) return NONE;
  const semicolon = input.charCodeAt(i) === 59;
  // In an attribute a name without `;` followed by `=` stays as written: the `=` is part of the question.
  const equals = attribute && input.charCodeAt(i) === 61;
  const tail = input.slice(from, semicolon ? i + 1 : i);
  const ref = `&${tail}${equals ? "=" : ""}`;
  let out = platformDecode(ref, attribute);
  if (out === ref) return NONE;
  if (equals) out = out.slice(0, -1);
  // The browser gave the replacement, then the characters after the name it matched: find where they start. The
  // replacement is never empty, and no replacement ends with the letter or `;` its own name ends with.
  let kept = 0;
  while (kept < out.length - 1 && kept < tail.length && out.charCodeAt(out.length - 1 - kept) === tail.charCodeAt(tail.length - 1 - kept)) kept++;
  return { consumed: 1 + tail.length - kept, text: out.slice(0, out.length - kept) };
}

/** Decodes the character references of HTML text (as `entities`' `decodeHTML`, legacy mode). */
export function decodeHTML(text: string): string {
  if (fallback) return fallback.decodeHTML(text);
  let out = "";
  let last = 0;
  let amp = text.indexOf("&");
  while (amp !== -1) {
    const read = readReference(text, amp + 1, false, true)!;
    if (read.consumed > 0) {
      out += text.slice(last, amp) + read.text;
      last = amp + read.consumed;
      amp = text.indexOf("&", last);
    } else {
      amp = text.indexOf("&", amp + 1);
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * `entities`' streaming decoder as htmlParser2's Tokenizer drives it: `startEntity` after an `&`, `write` from the
 * character after it (the number of characters taken with the `&`, 0 for none, -1 when the input ends first), `end`
 * when there is no more input. Each code point of the replacement goes to `emitCodePoint` with the count.
 */
class PlatformEntityDecoder {
  private mode: Mode = DecodingMode.Legacy;
  private pending = "";

  constructor(private readonly emitCodePoint: (codePoint: number, consumed: number) => void) {}

  startEntity(mode: Mode): void {
    this.mode = mode;
    this.pending = "";
  }

  write(input: string, offset: number): number {
    // A reference cut by the end of an earlier chunk goes on with this one (whosaid writes each page in one chunk).
    const text = this.pending === "" ? input : this.pending + input.slice(offset);
    const from = this.pending === "" ? offset : 0;
    const read = readReference(text, from, this.mode === DecodingMode.Attribute, false);
    if (read === null) {
      this.pending = text.slice(from);
      return -1;
    }
    this.pending = "";
    return this.emit(read);
  }

  end(): number {
    const read = readReference(this.pending, 0, this.mode === DecodingMode.Attribute, true)!;
    this.pending = "";
    return this.emit(read);
  }

  private emit(read: Read): number {
    if (read.consumed === 0) return 0;
    for (const c of read.text) this.emitCodePoint(c.codePointAt(0)!, read.consumed);
    return read.consumed;
  }
}

/** `entities`' `EntityDecoder`: the platform one, or the real one where there is no DOM. */
export const EntityDecoder = function EntityDecoder(tree: Uint16Array, emitCodePoint: (codePoint: number, consumed: number) => void) {
  return fallback ? new fallback.EntityDecoder(tree, emitCodePoint) : new PlatformEntityDecoder(emitCodePoint);
} as unknown as new (tree: Uint16Array, emitCodePoint: (codePoint: number, consumed: number) => void) => {
  startEntity(mode: Mode): void;
  write(input: string, offset: number): number;
  end(): number;
};
