/**
 * Collapses every run of whitespace (line breaks and no-break spaces included) to one
 * space and trims both ends. One linear regular-expression pass.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
