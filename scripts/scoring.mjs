// Word-level helpers shared by the evaluation scripts, as the reference scorer (../shared/tools/score.mjs) defines them.

/** The words of a text: NFC, lower case, letters and digits only. */
export const words = (s) => String(s ?? "").normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A text as its words joined by single spaces. */
export const norm = (s) => words(s).join(" ");

/** Word overlap of two texts: shared words (with multiplicity) over the longer one's word count. */
export function overlap(a, b) {
  const wa = words(a), wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const m = new Map();
  for (const w of wa) m.set(w, (m.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) { const c = m.get(w) ?? 0; if (c > 0) { shared++; m.set(w, c - 1); } }
  return shared / Math.max(wa.length, wb.length);
}
