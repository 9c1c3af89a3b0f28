import { rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

/**
 * The HTML parser and its packages, which publish ESM only. Every build carries its own copy of the parts it uses:
 * Node < 20.19 cannot `require()` them, so the CommonJS build must; and left external, `import("whosaid")` would load
 * htmlparser2's index, which loads domutils, dom-serializer and entities' encoder — about 25 modules whosaid does not
 * use — a cold start of 2.1× an empty `node` instead of 1.7× (`npm run bench:startup -- --baseline`, same run).
 */
const ESM_ONLY = ["htmlparser2", "domhandler", "domutils", "domelementtype", "dom-serializer", "entities"];
const esmOnly = ESM_ONLY.map((name) => new RegExp(`^${name}(/|$)`));

/**
 * Fails the browser build on any Node built-in (tsup would quietly leave `node:fs` external and
 * the bundle would break in browsers). The library must run anywhere; only the CLI may use Node.
 */
const BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")})$`);
const noNodeBuiltins: Plugin = {
  name: "no-node-builtins",
  setup(build) {
    build.onResolve({ filter: BUILTIN }, (args) => ({
      errors: [{ text: `"${args.path}" is a Node built-in, imported by ${args.importer}: the library must not use Node-only modules (the CLI may)` }],
    }));
  },
};

/**
 * The browser build decodes character references with the browser's own HTML parser (src/decode/browser-entities.ts)
 * rather than carrying `entities`' table of named references (17 KB of the 132 KB gzipped bundle): every import of
 * `entities/decode`, htmlparser2's included, is pointed there. The one file allowed the real module is the chunk loaded
 * where there is no DOM (a Web Worker).
 */
const BROWSER_ENTITIES = fileURLToPath(new URL("src/decode/browser-entities.ts", import.meta.url));
const platformEntities: Plugin = {
  name: "platform-entities",
  setup(build) {
    build.onResolve({ filter: /^entities\/decode$/ }, (args) =>
      args.importer.endsWith("entities-fallback.ts") ? undefined : { path: BROWSER_ENTITIES });
  },
};

export default defineConfig((options) => {
  // Clean once, synchronously, before the parallel builds below start writing into dist/
  // (tsup's per-config `clean` races with the other configs).
  if (!options.watch) rmSync("dist", { recursive: true, force: true });
  return [
    {
      // ESM library: the ESM-only packages are bundled (tree-shaken), so importing it reads one file.
      entry: { index: "src/index.ts" },
      format: ["esm"],
      dts: true,
      sourcemap: false,
      target: "node18",
      platform: "neutral",
      mainFields: ["module", "main"],
      noExternal: esmOnly,
    },
    {
      // CJS library: the ESM-only packages are bundled.
      // Its declarations are the ESM ones, copied by scripts/copy-dts.mjs (one declaration build, not two).
      entry: { index: "src/index.ts" },
      format: ["cjs"],
      dts: false,
      sourcemap: false,
      target: "node18",
      platform: "neutral",
      // `neutral` resolves `module`/`exports` conditions; add `main` so CJS-only fallbacks resolve too.
      mainFields: ["module", "main"],
      noExternal: esmOnly,
    },
    {
      // Browser ESM bundle: everything inside, no Node built-ins allowed (the build fails on any).
      entry: { "whosaid.browser": "src/index.ts" },
      format: ["esm"],
      dts: false,
      sourcemap: false,
      minify: true,
      // es2022 for the top-level `await` that loads the entity decoder where there is no DOM (browser-entities.ts).
      target: "es2022",
      platform: "browser",
      noExternal: [/.*/],
      // The no-DOM decoder is its own chunk, loaded only there.
      splitting: true,
      esbuildOptions(o) {
        o.chunkNames = "whosaid.browser.entities-[hash]";
      },
      esbuildPlugins: [noNodeBuiltins, platformEntities],
      removeNodeProtocol: false, // else tsup marks every `node:` import external before the check runs
      outExtension: () => ({ js: ".js" }),
    },
    {
      entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
      format: ["esm"],
      dts: false,
      target: "node18",
      platform: "node",
      noExternal: esmOnly,
      banner: { js: "#!/usr/bin/env node" },
    },
  ];
});
