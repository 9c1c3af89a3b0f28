import { expandWords } from "./compress-words";
import { CODES, ESCAPES, MAX_DROP } from "./word-table.generated";
import { PACKED_WORDS, WORDS_ALPHABET, WORDS_LENGTH } from "./word-table.packed.generated";

/**
 * The word table's text for the browser build, which bundles this module in place of table-words.ts
 * (scripts/browser-sources.mjs): expanded from its compressed copy (word-table.packed.generated.ts), 8 KB less gzipped
 * in the bundle, at the cost of running the coder's model once, on the first word look-up.
 */
export function tableWords(): string {
  return expandWords(PACKED_WORDS, WORDS_LENGTH, WORDS_ALPHABET, { codes: CODES, escapes: ESCAPES, maxDrop: MAX_DROP });
}
