/** A trailing ` - Site Name` is cut from a `<title>` only when it is at most this many characters. */
export const MAX_SITE_NAME_CHARS = 40;

/**
 * Strips the site name that `<title>` usually carries: of the pieces around ` | ` the
 * longest is kept, and a short last piece after ` - `, ` – ` or ` — ` is cut
 * ("Putin calls for … | The Post" → "Putin calls for …").
 */
export function cleanTitleTag(title: string | null): string | null {
  if (title === null) return null;
  let best = title;
  if (title.includes(" | ")) {
    best = "";
    for (const piece of title.split(" | ")) if (piece.trim().length > best.length) best = piece.trim();
  }
  for (const dash of [" - ", " – ", " — "]) {
    const at = best.lastIndexOf(dash);
    if (at > 0 && best.length - at - dash.length <= MAX_SITE_NAME_CHARS && at >= best.length - at) {
      best = best.slice(0, at).trim();
      break;
    }
  }
  return best === "" ? null : best;
}
