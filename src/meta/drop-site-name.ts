/** Separators between a headline and a site name in titles (`Storm hits coast | The Courier`). */
const SEPARATORS = [" | ", " - ", " – ", " — ", " · ", " :: ", " • "];

/** Letters and digits only, lower-cased: `The Hill` and `TheHill` compare equal. */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Removes the site's name from the end or the start of a headline when a separator sets it off
 * (`Storm hits coast | TheHill` with site `The Hill` → `Storm hits coast`). Only the site's own
 * name goes, compared without case, spaces or punctuation; any other tail (`| Editorial`) stays.
 * @example
 * dropSiteName("Storm hits coast - The Courier", "The Courier") // "Storm hits coast"
 */
export function dropSiteName(headline: string, siteName: string | null): string {
  if (siteName === null) return headline;
  const site = key(siteName);
  if (site === "") return headline;
  for (const sep of SEPARATORS) {
    const last = headline.lastIndexOf(sep);
    if (last > 0 && key(headline.slice(last + sep.length)) === site) return headline.slice(0, last).trim();
    const first = headline.indexOf(sep);
    if (first > 0 && key(headline.slice(0, first)) === site && first + sep.length < headline.length) return headline.slice(first + sep.length).trim();
  }
  return headline;
}
