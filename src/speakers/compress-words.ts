/**
 * A context-mixing coder for the front-coded word table (word-table.generated.ts), so the browser build carries the
 * table in about three quarters of what gzip makes of it: the table's spellings are most of the bundle
 * (`npm run bench:size`), and gzip, xz and bzip2 all stay above what a model of the table's own layout reaches.
 *
 * Each character of the table is coded bit by bit with a binary arithmetic coder; the probability of each bit is a
 * mix of the predictions of several contexts (the last 1–6 characters, the word written so far, the character of the
 * previous word at the same place — the table is sorted —, the end of the word before its paradigm code, …), the
 * mixing weights learnt as the text goes, as in lpaq. Encoder and decoder run the same model, so the text comes back
 * exactly; everything is integer arithmetic, so every JavaScript engine decodes the same text.
 *
 * `scripts/build-lexicon.mjs` compresses the table and checks that it expands back; the browser build expands it on
 * the first word look-up (table-words.browser.ts), the Node builds read the table as it is (table-words.ts).
 */

/** How the table is laid out (word-table.generated.ts): what the model reads to know where a word starts and ends. */
export interface WordTableLayout {
  /** Characters that end an entry and name its paradigm; the last `escapes` start a code of two characters. */
  readonly codes: string;
  /** How many of `codes` are escapes. */
  readonly escapes: number;
  /** Most characters an entry drops from the previous word; one more means the entry starts from nothing. */
  readonly maxDrop: number;
}

/** Bits of a counter's index: 2^22 counters of 4 bytes (16 MB) while the table is coded, freed after; 2^21 codes 0.25 KB larger. */
const TABLE_BITS = 22;
/** How fast the mixing weights follow their errors. */
const LEARNING_RATE = 12;
/** A counter moves by 1/(n + 1.5) of its error after n updates, n at most this: later bits weigh as much as older. */
const COUNT_LIMIT = 30;
/** The 64 characters the coded bytes are written with, 6 bits each (no character JavaScript would escape). */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** `'0'`: an entry starts with `'0'` + how many characters it drops. */
const ZERO = 0x30;
/** Where a character stands in its entry. */
const Phase = { DROP: 0, WORD: 1, SECOND_CODE: 2 } as const;

/** lpaq's logistic curve at 33 points, 12-bit probabilities: squash(x) = 4096 / (1 + e^(-x/256)). */
const SQUASH_POINTS = [1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901, 3975, 4022, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094];

/** The logistic function on [-2047, 2047], interpolated: a 12-bit probability. */
function squash(x: number): number {
  if (x > 2047) return 4095;
  if (x < -2047) return 1;
  const w = x & 127;
  const i = (x >> 7) + 16;
  return (SQUASH_POINTS[i]! * (128 - w) + SQUASH_POINTS[i + 1]! * w + 64) >> 7;
}

/** The inverse of `squash` for each 12-bit probability. */
function stretchTable(): Int16Array {
  const table = new Int16Array(4096);
  let next = 0;
  for (let x = -2047; x <= 2047; x++) {
    const p = squash(x);
    for (let j = next; j <= p; j++) table[j] = x;
    next = p + 1;
  }
  for (let j = next; j < 4096; j++) table[j] = 2047;
  return table;
}

/** Hashes two integers into one. */
function mix2(a: number, b: number): number {
  return Math.imul((Math.imul(a, 0x2545f491) ^ (a >>> 15)) + b + 1, 0x9e3779b1) ^ 0x5bd1e995;
}

/** Hashes `values[from..to)` with a seed. */
function hashRange(values: readonly number[], from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = Math.max(0, from); i < to; i++) h = mix2(h, values[i]!);
  return h;
}

/**
 * The model both directions run: `begin` a character, `predict` (a 12-bit probability of a 1) and `learn` each of its
 * `bits` bits, the highest first (`node`: 1, then node * 2 + bit), `end` it with the character's index in the alphabet.
 */
interface Model {
  readonly bits: number;
  begin(): void;
  predict(node: number): number;
  learn(bit: number): void;
  end(symbol: number): void;
}

/** Contexts mixed for each bit (`begin` lists them). */
const INPUTS = 11;

/** The model of the table's layout, fresh: the encoder and the decoder each run one over the same characters. */
function createModel(alphabet: string, layout: WordTableLayout): Model {
  const bits = Math.max(1, Math.ceil(Math.log2(alphabet.length)));
  const stretch = stretchTable();
  const reciprocal = new Int32Array(COUNT_LIMIT + 1);
  for (let n = 0; n <= COUNT_LIMIT; n++) reciprocal[n] = Math.floor(65536 / (n + 1.5));
  // What each symbol is in the layout: 1 a code, 2 an escape (a second code character follows).
  const role = new Uint8Array(alphabet.length);
  for (let i = 0; i < layout.codes.length; i++) {
    const s = alphabet.indexOf(layout.codes[i]!);
    if (s >= 0) role[s] = i >= layout.codes.length - layout.escapes ? 2 : 1;
  }
  // A counter: its probability of a 1 (16 bits) above how many times it was updated (8 bits).
  const counters = new Int32Array(1 << TABLE_BITS).fill(32768 << 8);
  const mask = (1 << TABLE_BITS) - 1;
  // One set of mixing weights per place in the entry and bit node: what predicts well differs between them.
  const weights = new Int32Array((3 << bits) * INPUTS).fill(Math.floor(131072 / INPUTS));
  const base = new Int32Array(INPUTS);
  const slots = new Int32Array(INPUTS);
  const inputs = new Int32Array(INPUTS);
  const history: number[] = [];
  let previous: number[] = [];
  let word: number[] = [];
  let phase: number = Phase.DROP;
  let lastCode = 0;
  let suffixLength = 0;
  let weightBase = 0;
  let nodeWeights = 0;
  let p = 2048;

  return {
    bits,
    begin() {
      const n = history.length;
      const last = n > 0 ? history[n - 1]! : 0;
      const at = word.length;
      const aligned = at < previous.length ? previous[at]! + 1 : 0;
      base[0] = mix2(1, phase);
      base[1] = mix2(2, last * 256 + phase);
      base[2] = mix2(3, hashRange(history, n - 2, n, phase));
      base[3] = mix2(4, hashRange(history, n - 3, n, phase));
      base[4] = mix2(5, hashRange(history, n - 4, n, phase));
      // The table is sorted: a word's next character is at or after the previous word's character at the same place.
      base[5] = mix2(8, (aligned * 256 + (at > 0 ? word[at - 1]! : 255)) * 4 + phase);
      base[6] = mix2(13, hashRange(history, n - 2, n, aligned * 3 + phase));
      // The end of the word so far predicts its paradigm code (`-ing` words are verb forms).
      base[7] = mix2(9, hashRange(word, at - 3, at, phase * 11 + (at < previous.length ? 1 : 0)));
      base[8] = mix2(10, hashRange(word, at - 2, at, lastCode * 8 + phase));
      // How much the previous entry wrote predicts how much this one drops.
      base[9] = mix2(11, (previous.length * 64 + suffixLength) * 64 + lastCode);
      base[10] = 0x31337;
      // The counters of one context's bits lie side by side (the bit node is added to the context's slot), so a
      // character reads a few neighbouring cache lines per context rather than one line per bit.
      for (let k = 0; k < INPUTS; k++) base[k] = Math.imul(base[k]!, 0x27d4eb2f) >>> (32 - TABLE_BITS);
      weightBase = (phase << bits) * INPUTS;
    },
    predict(node) {
      const w = weightBase + node * INPUTS;
      nodeWeights = w;
      let dot = 0;
      for (let k = 0; k < INPUTS; k++) {
        const slot = (base[k]! + node) & mask;
        slots[k] = slot;
        inputs[k] = stretch[counters[slot]! >> 12]!;
        dot += weights[w + k]! * inputs[k]!;
      }
      p = Math.min(4095, Math.max(1, squash(Math.floor(dot / 65536))));
      return p;
    },
    learn(bit) {
      const err = ((bit << 12) - p) * LEARNING_RATE;
      const target = bit ? 65535 : 0;
      const w = nodeWeights;
      for (let k = 0; k < INPUTS; k++) {
        weights[w + k]! += (inputs[k]! * err) >> 16;
        const slot = slots[k]!;
        const state = counters[slot]!;
        const n = state & 255;
        const q = state >> 8;
        counters[slot] = ((q + (((target - q) * reciprocal[n]!) >> 16)) << 8) | (n < COUNT_LIMIT ? n + 1 : n);
      }
    },
    end(symbol) {
      history.push(symbol);
      if (phase === Phase.DROP) {
        const drop = alphabet.charCodeAt(symbol) - ZERO;
        word = drop > layout.maxDrop ? [] : previous.slice(0, previous.length - drop);
        suffixLength = 0;
        phase = Phase.WORD;
      } else if (phase === Phase.WORD) {
        if (role[symbol] === 0) {
          word.push(symbol);
          suffixLength++;
        } else {
          lastCode = symbol;
          if (role[symbol] === 2) phase = Phase.SECOND_CODE;
          else {
            previous = word;
            phase = Phase.DROP;
          }
        }
      } else {
        previous = word;
        phase = Phase.DROP;
      }
    },
  };
}

/**
 * Compresses the word table's text (front-coded entries as scripts/build-lexicon.mjs writes them) into characters of
 * `DIGITS`. Run by the script; `expandWords` gives the text back.
 *
 * @returns the coded text and the alphabet `expandWords` needs (the table's characters, sorted)
 */
export function compressWords(text: string, layout: WordTableLayout): { packed: string; alphabet: string } {
  const alphabet = [...new Set(text)].sort().join("");
  const model = createModel(alphabet, layout);
  const bytes: number[] = [];
  let low = 0;
  let high = 0xffffffff;
  for (const ch of text) {
    const symbol = alphabet.indexOf(ch);
    model.begin();
    let node = 1;
    for (let b = model.bits - 1; b >= 0; b--) {
      const bit = (symbol >> b) & 1;
      const mid = low + ((high - low) >>> 12) * model.predict(node);
      if (bit) high = mid;
      else low = mid + 1;
      model.learn(bit);
      node = node * 2 + bit;
      while (((low ^ high) & 0xff000000) === 0) {
        bytes.push(high >>> 24);
        low = (low << 8) >>> 0;
        high = ((high << 8) | 255) >>> 0;
      }
    }
    model.end(symbol);
  }
  bytes.push(low >>> 24, (low >>> 16) & 255, (low >>> 8) & 255, low & 255);
  let packed = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    packed += DIGITS[n >> 18]! + DIGITS[(n >> 12) & 63]! + DIGITS[(n >> 6) & 63]! + DIGITS[n & 63]!;
  }
  return { packed, alphabet };
}

/**
 * The word table's text back from `compressWords`' output: `length` characters of `alphabet`. Runs the same model as
 * the encoder; about as long as a few hundred thousand look-ups, once (the browser build's first word look-up).
 */
export function expandWords(packed: string, length: number, alphabet: string, layout: WordTableLayout): string {
  const bytes = new Uint8Array(Math.floor((packed.length * 3) / 4) + 4);
  const digit = new Int8Array(128);
  for (let i = 0; i < DIGITS.length; i++) digit[DIGITS.charCodeAt(i)] = i;
  for (let i = 0, j = 0; i + 3 < packed.length + 3 && i < packed.length; i += 4, j += 3) {
    const n = (digit[packed.charCodeAt(i)]! << 18) | (digit[packed.charCodeAt(i + 1)]! << 12) | (digit[packed.charCodeAt(i + 2)]! << 6) | digit[packed.charCodeAt(i + 3)]!;
    bytes[j] = n >> 16;
    bytes[j + 1] = (n >> 8) & 255;
    bytes[j + 2] = n & 255;
  }
  const model = createModel(alphabet, layout);
  let next = 4;
  let x = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  let low = 0;
  let high = 0xffffffff;
  const out: string[] = [];
  for (let c = 0; c < length; c++) {
    model.begin();
    let node = 1;
    for (let b = model.bits - 1; b >= 0; b--) {
      const mid = low + ((high - low) >>> 12) * model.predict(node);
      const bit = x <= mid ? 1 : 0;
      if (bit) high = mid;
      else low = mid + 1;
      model.learn(bit);
      node = node * 2 + bit;
      while (((low ^ high) & 0xff000000) === 0) {
        low = (low << 8) >>> 0;
        high = ((high << 8) | 255) >>> 0;
        x = ((x << 8) | (bytes[next++] ?? 0)) >>> 0;
      }
    }
    const symbol = node - (1 << model.bits);
    model.end(symbol);
    out.push(alphabet[symbol]!);
  }
  return out.join("");
}
