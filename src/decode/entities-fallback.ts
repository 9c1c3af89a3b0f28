/**
 * The `entities` decoder for the browser build where there is no DOM to decode with (browser-entities.ts loads this
 * chunk only there). tsup.config.ts lets this file, and only this one, import the real `entities/decode`.
 */
export { decodeHTML, EntityDecoder, htmlDecodeTree } from "entities/decode";
