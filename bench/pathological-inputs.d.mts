/** Types for bench/pathological-inputs.mjs (imported by test/pathological.test.ts). */
export interface PathologicalInput {
  /** What the input looks like. */
  readonly description: string;
  /** Builds the input at about `bytes` UTF-8 bytes. */
  make(bytes: number): string;
}
/** A pronounceable distinct capitalised surname for every i. */
export declare function surname(i: number): string;
/** Inputs built to be slow, by name. */
export declare const PATHOLOGICAL: Readonly<Record<string, PathologicalInput>>;
