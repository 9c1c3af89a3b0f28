/**
 * The sources the browser build (dist/whosaid.browser.js) reads in place of the Node builds' ones: an esbuild plugin
 * used by tsup.config.ts and by bench/browser-size.mjs, so that both build the same bundle.
 *
 * - src/speakers/table-words.ts → table-words.browser.ts: the word table compressed (word-table.packed.generated.ts)
 *   rather than as text; 8 KB less gzipped, expanded on the first word look-up.
 */
import { fileURLToPath } from "node:url";

const SPEAKERS = fileURLToPath(new URL("../src/speakers/", import.meta.url));

/** @type {import("esbuild").Plugin} */
export const browserSources = {
  name: "browser-sources",
  setup(build) {
    build.onResolve({ filter: /^\.\/table-words$/ }, (args) => (args.resolveDir === SPEAKERS.replace(/[\\/]$/, "")
      ? { path: `${SPEAKERS}table-words.browser.ts` }
      : undefined));
  },
};
