import { WORDS } from "./word-table.generated";

/**
 * The word table's text (`WORDS` of word-table.generated.ts), as the Node builds read it: the text itself. The browser
 * build reads table-words.browser.ts in its place (tsup.config.ts), which expands a compressed copy.
 */
export function tableWords(): string {
  return WORDS;
}
