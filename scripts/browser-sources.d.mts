import type { Plugin } from "esbuild";

/** The esbuild plugin that gives the browser build its own sources (see browser-sources.mjs). */
export declare const browserSources: Plugin;
