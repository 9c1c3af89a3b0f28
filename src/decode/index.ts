export { decode, INVALID_UTF8_WARNING } from "./decode";
export type { Decoded, DecodedPart, DecodeOptions } from "./decode";
export { normalizeInput } from "./normalize-input";
export { countTags, countEncodedTags, HTML_ELEMENT_NAMES } from "./count-tags";
export { countHiddenTagStarts } from "./count-hidden-tag-starts";
export { unwrapEncodedMarkup, MAX_ENCODING_LAYERS, MIN_TAG_GAIN, MIN_TAG_GAIN_RATIO } from "./unwrap-encoded-markup";
export type { Unwrapped } from "./unwrap-encoded-markup";
export { splitRegions, MIN_ENCODED_TAGS } from "./split-regions";
export type { Region } from "./split-regions";
