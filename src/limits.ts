/** Default for `ExtractOptions.maxInputBytes`: 10 MB. Kept apart so the CLI can read it without loading the pipeline. */
export const DEFAULT_MAX_INPUT_BYTES = 10_000_000;
